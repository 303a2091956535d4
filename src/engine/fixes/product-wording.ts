/**
 * The reasoning paragraphs the product-liability quick fixes insert (PL001–PL011). Court
 * register, the statute cited, the article's author never named; 【】 marks what only the judge
 * can fill in (which defect, which fact), so nothing unverified is asserted as found.
 */
import type { CaseModel } from '../model/case';
import { defendants } from '../model/case';
import { who } from './wording';

function defendantPhrase(model: CaseModel): string {
  const ds = defendants(model);
  return ds.length === 1 ? who('被告', ds[0]) : '各被告';
}

/** PL001: the sentence that replaces an AI-as-subject holding. */
export function notASubjectSentence(): string {
  return '人工智能系统（含智能机器人）属于产品，系民事法律关系的客体，不具有民事主体资格，不能成为承担侵权责任的主体；其造成的损害，应当依法由设计者、生产者、销售者或者使用人承担相应责任。';
}

/** PL002: product liability is no-fault. */
export function noFaultParagraph(model: CaseModel): string {
  return (
    `关于归责原则。《中华人民共和国民法典》第一千二百零二条规定，因产品存在缺陷造成他人损害的，生产者应当承担侵权责任。产品责任适用无过错责任原则，` +
    `原告无须证明${defendantPhrase(model)}存在过错，只需证明产品存在缺陷、损害事实以及缺陷与损害之间的因果关系；人工智能产品的设计者对设计缺陷承担责任，亦不以其过错为要件。`
  );
}

/** PL003: the designer as a first-tier subject beside the producer. */
export function designerParagraph(): string {
  return (
    '关于设计者的责任。人工智能产品的缺陷往往源于其软件及算法的设计，设计者对产品安全的控制力与生产者相当。' +
    '设计者不属于《中华人民共和国民法典》第一千二百零四条所称运输者、仓储者等第三人，而应与生产者同为第一千二百零二条意义上的责任主体，' +
    '对设计缺陷造成的损害直接向被侵权人承担无过错责任，并承担最终责任；生产者、销售者赔偿后，有权向设计者追偿。'
  );
}

/** PL004: the seller's liability is intermediate unless its fault caused the defect. */
export function sellerParagraph(): string {
  return (
    '关于销售者的责任。依照《中华人民共和国民法典》第一千二百零三条，被侵权人可以向产品的生产者请求赔偿，也可以向产品的销售者请求赔偿。' +
    '销售者对被侵权人承担的是中间责任；产品缺陷由生产者造成的，销售者赔偿后，有权向生产者追偿。' +
    '只有因销售者的过错使产品存在缺陷的，销售者才承担最终责任，本案【现有证据能否证明销售者的过错导致缺陷：请写明】。'
  );
}

/** PL005: the eased burden (prima facie proof) instead of a reversal. */
export function easedBurdenParagraph(): string {
  return (
    '关于产品缺陷的举证责任。产品存在缺陷的举证责任仍由原告承担，但人工智能产品的算法与运行数据由设计者、生产者掌握，原告举证能力有限，' +
    '应当适用举证责任缓和：原告提交的证据能够证明产品存在缺陷具有较大可能性的，依照经验法则推定产品存在缺陷（表见证明），' +
    '由被告提出反证予以推翻；被告不能推翻的，认定缺陷存在。本案中，【原告已提交的证据及其证明程度：请写明】。'
  );
}

/** PL006: name the defect's type. */
export function defectTypeParagraph(): string {
  return (
    '关于产品缺陷的类型。《中华人民共和国产品质量法》第四十六条规定，缺陷是指产品存在危及人身、他人财产安全的不合理的危险。' +
    '结合查明的事实，涉案产品的缺陷属于【设计缺陷／制造缺陷／警示说明缺陷／跟踪观察缺陷（《中华人民共和国民法典》第一千二百零六条）】，' +
    '理由是【产品软件、算法或制造、警示说明、投入流通后的补救如何造成不合理危险：请写明】。缺陷类型关系到最终责任由设计者还是生产者承担。'
  );
}

/** PL007: the two conditions of 第1207条, each to be found on the evidence. */
export function punitiveConditionsParagraph(): string {
  return (
    '关于惩罚性赔偿。《中华人民共和国民法典》第一千二百零七条规定的惩罚性赔偿，须同时具备两项条件：' +
    '一是明知产品存在缺陷仍然生产、销售，或者没有依据第一千二百零六条的规定采取有效补救措施；二是造成他人死亡或者健康严重损害。' +
    '本院认定，被告明知涉案产品存在【具体缺陷】仍然生产、销售【或：发现缺陷后未采取有效补救措施】，造成原告【死亡／健康严重损害】【请核实并写明证据；两项条件不能同时成立的，惩罚性赔偿不应支持】。'
  );
}

/** PL009: the tracking duty after the development-risk defence. */
export function trackingParagraph(): string {
  return (
    '关于跟踪观察义务。即使产品投入流通时的科学技术水平尚不能发现缺陷的存在，依照《中华人民共和国民法典》第一千二百零六条，' +
    '产品投入流通后发现存在缺陷的，生产者、销售者仍应当及时采取停止销售、警示、召回等补救措施；未及时采取补救措施或者补救措施不力造成损害扩大的，' +
    '对扩大的损害也应当承担侵权责任。本案中，【被告在产品投入流通后是否跟踪观察、发现缺陷后是否及时采取补救措施：请写明】。'
  );
}

/** PL010: the user's fault beside the defect. */
export function allocationParagraph(userIsPlaintiff: boolean): string {
  return userIsPlaintiff
    ? '关于责任分担。涉案产品存在缺陷，原告作为使用人对损害的发生亦有过错，依照《中华人民共和国民法典》第一千一百七十三条的规定，可以减轻被告的赔偿责任。' +
        '综合缺陷与原告过错各自对损害发生的原因力，本院酌定被告承担【】%的赔偿责任。'
    : '关于责任分担。涉案产品存在缺陷，使用人对损害的发生亦有过错，二者结合造成同一损害，依照《中华人民共和国民法典》第一千一百六十八条的规定，' +
        '产品责任人与使用人应当承担连带责任；其内部责任份额，【按缺陷与使用人过错的原因力确定：请写明】。';
}

/** PL011: harm before circulation is not product liability. */
export function rndStageParagraph(): string {
  return (
    '关于本案是否适用产品责任。产品责任以产品投入流通为前提，损害发生于研发、测试阶段，涉案人工智能产品尚未投入流通的，' +
    '不属于产品责任，不适用《中华人民共和国民法典》第一千二百零二条的规定，而应依照第一千一百六十五条第一款，按照一般侵权责任审查研发者是否存在过错。'
  );
}
