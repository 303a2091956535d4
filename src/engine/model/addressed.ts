/**
 * What the court's reasoning addresses: the considerations the doctrine asks for (the
 * 《民法典》第998条 factors, the probability of re-generation, 个人信息保护法第27条's reasonable
 * scope, product liability …) and the reasoning moves it warns against (dialogue is not
 * disclosure, the plaintiff must prove the lowered evaluation, total revenue as profit …).
 * Each entry keeps the sentence that shows it, for diagnostics and for the assessment.
 *
 * Everything here is read from 本院认为 (and 查明 where facts are meant), with quotations
 * masked, so the parties' arguments and quoted statutes do not count.
 */
import type { JudgmentDocument, Sentence } from '../document/document';

export type Factor998 = 'occupation' | 'scope' | 'fault' | 'purpose' | 'manner' | 'consequence';

export interface Addressed {
  /** 第998条 factors discussed with a fact of the case (a bare list of them does not count). */
  factors998: Map<Factor998, number>;
  /** The probability of re-generation weighed on evidence (technical evidence, repeated generations, measures). */
  regenerationWeighed?: number;
  /** 个人信息保护法第27条: reasonable scope / significant impact analysed. */
  pipl27?: number;
  /** Product liability analysed (defect, producer's liability, 第1202条). */
  productLiability?: number;
  /** Intent found (故意, 间接故意) and serious circumstances (情节严重) found, for punitive damages. */
  seriousCircumstances?: number;
  /** A later notice after a qualifying earlier one was ignored. */
  laterNotice?: number;
  /** The court names statutory damages as its method (法定赔偿, 著作权法第54条第2款 …). */
  statutoryMethod?: number;
  /** The court weighs the part of the profit the infringing content caused (贡献, 比例, 占比). */
  profitApportioned?: number;
  /** Reasoning moves the doctrine warns against, by sentence. */
  dialogueNotDisclosure?: number;
  plaintiffMustProveEvaluation?: number;
  publicInfoInfringingWithout27?: number;
  totalRevenueAsProfit?: number;
  generationsTimesProfit?: number;
  intentFromRegulation?: number;
  downstreamCounted?: number;
  /** The reasoning ties the level of an award to a stated fact (for GAI018). */
  levelReasoned: number[];
}

const FACTORS: [Factor998, RegExp][] = [
  ['occupation', /职业|身份|从业|执业|从事|经营|系[^,;。]{0,12}(医生|律师|教师|会计师|演员|学者|企业家|公职)/],
  ['scope', /影响范围|传播范围|接收[^,;。]{0,8}(使用者|用户)|生成[^,;。]{0,6}次|次数|浏览量|阅读量|访问量|点击量|曝光量|使用者(数量|人数)|范围有限|范围较(小|广)/],
  ['fault', /过错|过失|注意义务/],
  ['purpose', /目的/],
  ['manner', /方式|人机对话|一对一|交互/],
  ['consequence', /后果|损害程度|造成[^,;。]{0,10}(影响|损失)|社会评价/],
];

const NEGATED = /(未|没有|并未|不|无|并非|难以)[^,;。]{0,6}$/;

function first(sentences: Sentence[], re: RegExp, also?: RegExp): number | undefined {
  for (const s of sentences) {
    const m = re.exec(s.masked);
    if (!m) continue;
    if (NEGATED.test(s.masked.slice(Math.max(0, m.index - 8), m.index))) continue;
    if (also && !also.test(s.masked)) continue;
    return s.index;
  }
  return undefined;
}

export function readAddressed(doc: JudgmentDocument): Addressed {
  const reasoning = doc.sentences.filter((s) => s.section === 'reasoning' && !s.heading);
  const findings = doc.sentences.filter((s) => (s.section === 'findings' || s.section === 'reasoning') && !s.heading);

  const factors998 = new Map<Factor998, number>();
  for (const s of reasoning) {
    const t = s.masked;
    const hits = FACTORS.map(([f, re]) => [f, re.exec(t)?.index] as const).filter((h): h is readonly [Factor998, number] => h[1] !== undefined);
    // 综合考虑职业、影响范围、过错程度等因素, or the statute restated: naming the factors is not
    // discussing them. A list whose factors stand close together is a bare list; one whose factors
    // each come with the case's facts (…共向十六个账号输出的影响范围…) is a discussion.
    const at = hits.map((h) => h[1]);
    const bare = hits.length >= 3 && Math.max(...at) - Math.min(...at) < 8 * hits.length;
    if (bare || /第九百九十八条|第998条|条规定/.test(t)) continue;
    for (const [f] of hits) if (!factors998.has(f)) factors998.set(f, s.index);
  }

  const a: Addressed = { factors998, levelReasoned: [] };
  const set = <K extends keyof Addressed>(k: K, v: Addressed[K] | undefined) => {
    if (v !== undefined) a[k] = v;
  };
  set(
    'regenerationWeighed',
    first(reasoning, /(再次生成|再生成|重复生成|再度生成|生成几率|生成概率|生成的可能性)/, /(技术|专家|鉴定|有专门知识的人|测试|次中|多次|次生成|措施|过滤)[^。]{0,40}(较高|较低|很高|很低|极低|不高|高|低)|(较高|较低|很高|很低|极低|不高)/),
  );
  set('pipl27', first(reasoning, /第二十七条|第27条|合理(的)?范围|重大影响/));
  set('productLiability', first(reasoning, /产品缺陷|缺陷产品|产品责任|第一千二百零二条|第1202条|第一千二百零三条|第1203条|产品质量法/));
  set('seriousCircumstances', first(reasoning, /情节严重|情节恶劣|情节特别严重/));
  set('laterNotice', first(findings, /(再次|第二次|二次|又)[^,;。]{0,10}(通知|发函|投诉)|(通知|发函|投诉)[^,;。]{0,6}(两次|二次|多次)/));
  set('statutoryMethod', first(reasoning, /法定赔偿|第五十四条第二款|第54条第2款|第七十一条第二款|第71条第2款|第六十三条第三款|第63条第3款|五百元以上五百万元以下/));
  set('profitApportioned', first(reasoning, /(贡献|比例|占比|分摊|部分利润|相应部分|与侵权内容(相关|有关)的部分)/));
  set(
    'dialogueNotDisclosure',
    first(reasoning, /(仅|只)[^,;。]{0,12}(使用者|提问者|用户)[^,;。]{0,6}(可见|知悉|看到|获得)|不具有公开性|未(向|被)[^,;。]{0,10}公开|不属于公开|不构成公开/, /(不构成|不存在|未造成|没有)[^。]{0,12}(损害|侵害|侵权)/),
  );
  set(
    'plaintiffMustProveEvaluation',
    first(reasoning, /(原告|其)[^,;。]{0,10}(未能|未|没有|不能)[^,;。]{0,10}(证明|举证|提交证据)[^。]{0,30}社会评价/),
  );
  set(
    'publicInfoInfringingWithout27',
    first(reasoning, /(已经?(自行)?公开|自行公开|合法公开|已公开)[^。]{0,40}(个人信息|信息)/),
  );
  set('totalRevenueAsProfit', first(reasoning, /(全部|总|整体)(营业)?(收入|营收|利润|获利)[^。]{0,20}(作为|认定为|即为|视为)[^。]{0,10}(获利|获益|违法所得|利益)|(以|按)[^。]{0,10}(全部|总)(营业)?(收入|营收|利润)[^。]{0,10}(计算|确定)[^。]{0,10}(获利|违法所得|赔偿)/));
  set('generationsTimesProfit', first(reasoning, /(生成|调用|使用)次数[^。]{0,30}(乘以|×|\*|相乘|乘)[^。]{0,20}(利润|收益|单价|费用)|(利润|收益|单价)[^。]{0,20}(乘以|×|\*|相乘|乘)[^。]{0,20}(生成|调用)次数/));
  set('intentFromRegulation', first(reasoning, /(暂行办法|管理办法|规定)[^。]{0,60}(故意|间接故意)|(故意|间接故意)[^。]{0,60}(暂行办法|第七条|第八条|监管|备案|安全评估)/));
  set('downstreamCounted', first(reasoning, /(转发|转载|二次传播|传播|散布)[^。]{0,40}(损失|损害)[^。]{0,30}(应|纳入|一并|予以)(由被告|赔偿|支持|计算)/));

  // A sentence that ties a level to a fact: 鉴于/考虑到/根据 … with a number or an evidenced fact.
  for (const s of reasoning) {
    if (/(鉴于|考虑到|根据|结合|因)[^。]{0,60}(\d|[一二三四五六七八九十百千万]+(名|次|人|个|倍|位))[^。]{0,60}(酌定|确定|认定|支持)/.test(s.masked)) a.levelReasoned.push(s.index);
  }
  return a;
}
