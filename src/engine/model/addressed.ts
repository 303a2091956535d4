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
import type { Party } from './parties';
import type { Voices } from './voices';
import { IP_WORDS, NOTICE_FEE } from './claims';

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
  downstreamCounted?: number;
  /** The court holds dialogue output is disclosure (不特定使用者均可获得). */
  disclosureReasoned?: number;
  /** The court refuses to multiply generations by a unit profit. */
  generationsRejected?: number;
  /** The court excludes a third party's losses (第1175条, 因果关系中断). */
  downstreamExcluded?: number;
  /** The court treats the false content as prima facie evidence of lowered evaluation. */
  primaFacie?: number;
  /** Lawfully disclosed sensitive information (illness, biometrics …) held free to process without consent. */
  sensitivePublicFree?: number;
  /** Paragraphs (blocks) that tie the level of an award to a stated figure of the case (GAI018). */
  levelReasonedBlocks: Set<number>;
  /** Paragraphs that fix an amount 综合上述因素, weighing what was said before them (GAI008). */
  refersBackBlocks: Set<number>;
  /** Reasoning sentences that name an IP right or work (GAI003). */
  ipSentences: Set<number>;
  /** The reasoning refuses the first notice's cost (GAI010's paragraph). */
  firstNoticeRefused?: number;
  /** An award says it covers the first notice too (两次律师函费用, 首次通知…费用 granted). */
  firstNoticeIncluded?: number;
  /** A granting reasoning sentence that names a notice's cost. */
  noticeFeeGranted?: number;
  /** Where the court frames the case as a generative-AI service tort (GAI021). */
  genAIFraming?: number;
  /** The first reasoning sentence naming a device (robot, vehicle). */
  deviceSentence?: number;
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

/** The court's own words in a sentence (reported speech blanked, same length), once per sentence. */
function courtTextReader(voices: Voices): (s: Sentence) => string {
  const known = new Map<number, string>();
  return (s) => {
    const cached = known.get(s.index);
    if (cached !== undefined) return cached;
    const clauses = voices(s);
    let text = s.masked;
    if (!clauses.every((c) => c.speaker === 'court')) {
      const chars = s.masked.split('');
      for (const c of clauses) if (c.speaker !== 'court') for (let i = c.start; i < c.end; i++) chars[i] = ' ';
      text = chars.join('');
    }
    known.set(s.index, text);
    return text;
  };
}

/** The first sentence whose court text matches `re` (and `also`), not negated just before it. */
function firstMatch(courtText: (s: Sentence) => string, sentences: Sentence[], re: RegExp, also?: RegExp, negatable = true): number | undefined {
  const all = re.global ? re : new RegExp(re.source, re.flags + 'g');
  for (const s of sentences) {
    const t = courtText(s);
    if (t.search(re) < 0) continue;
    // Any occurrence the clause does not negate (测试均未再生成 … 再次生成的几率较低).
    let open = !negatable;
    if (!open) {
      all.lastIndex = 0;
      for (const m of t.matchAll(all)) if (!NEGATED.test(t.slice(Math.max(0, m.index! - 8), m.index!))) { open = true; break; }
    }
    if (!open) continue;
    if (also && !also.test(t)) continue;
    return s.index;
  }
  return undefined;
}

/**
 * A sentence that ties a level to a stated figure of the case: a ground (考虑到, 鉴于, 根据, 扣除,
 * 合计 …) and a count or sum (3260个账号, 合同金额96000元). The blank of an inserted template
 * (【】个) counts: the judge fills it in.
 */
function tiesLevelToFigure(t: string): boolean {
  if (!/(考虑到|鉴于|根据|结合|由于|扣除|按照|参照|合计|共计|据此)/.test(t)) return false;
  return /(\d[\d,.]{0,20})\s{0,2}(个|名|次|份|人|位|单|%)|[一二三四五六七八九十百千万两]+(个|名|次|份|人|位|单)|【[^】]{0,20}】(个|名|次|份|人|位|单|元)|\d[\d,.]{0,20}\s{0,2}(元|万元)[^。]{0,30}(扣除|合计|共计|其中)/.test(t);
}

/**
 * The 第998条 factors discussed in these sentences, each with the first sentence that discusses it.
 * A list whose factors stand close together (综合考虑职业、影响范围、过错程度等因素), or the statute
 * restated, names them without discussing them; a list whose factors each come with the case's
 * facts (…共向十六个账号输出的影响范围…) discusses them.
 */
export function factorsIn(sentences: readonly Sentence[]): Map<Factor998, number> {
  const factors998 = new Map<Factor998, number>();
  for (const s of sentences) {
    const t = s.masked;
    const hits = FACTORS.map(([f, re]) => [f, re.exec(t)?.index] as const).filter((h): h is readonly [Factor998, number] => h[1] !== undefined);
    const at = hits.map((h) => h[1]);
    const bare = hits.length >= 3 && Math.max(...at) - Math.min(...at) < 8 * hits.length;
    if (bare) continue;
    for (const [f] of hits) if (!factors998.has(f)) factors998.set(f, s.index);
  }
  return factors998;
}

/** 原告（or the plaintiff by name）未能证明其社会评价降低 / 应由原告承担举证责任: the plaintiff's burden. */
function plaintiffMustProve(parties: Party[]): RegExp {
  const names = parties
    .filter((p) => p.role === 'plaintiff')
    .flatMap((p) => [p.name, ...p.aliases])
    .filter((n) => n.length >= 2)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const who = ['原告', ...names].join('|');
  return new RegExp(
    `(${who})[^,;。]{0,10}(未能|未|没有|不能)[^,;。]{0,10}(证明|举证|提交证据)[^。]{0,30}(社会评价|降低[^。]{0,6}评价|评价[^。]{0,4}降低)|应由(${who})[^。]{0,8}承担举证责任`,
  );
}

export function readAddressed(doc: JudgmentDocument, parties: Party[], voices: Voices): Addressed {
  const courtText = courtTextReader(voices);
  const first = (sentences: Sentence[], re: RegExp, also?: RegExp, negatable = true) => firstMatch(courtText, sentences, re, also, negatable);
  const reasoning = doc.sentences.filter((s) => s.section === 'reasoning' && !s.heading);
  const findings = doc.sentences.filter((s) => (s.section === 'findings' || s.section === 'reasoning') && !s.heading);
  const factors998 = factorsIn(reasoning);

  const a: Addressed = { factors998, levelReasonedBlocks: new Set(), refersBackBlocks: new Set(), ipSentences: new Set() };
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
  set('laterNotice', first(findings, /(再次|第二次|第二份|二次|又)[^,;。]{0,12}(通知|发函|投诉|律师函|函件)|(通知|发函|投诉|律师函)[^,;。]{0,6}(两次|二次|多次)/));
  set('statutoryMethod', first(reasoning, /法定赔偿|第五十四条第二款|第54条第2款|第七十一条第二款|第71条第2款|第六十三条第三款|第63条第3款|五百元以上五百万元以下/));
  set('profitApportioned', first(reasoning, /(贡献|比例|占比|分摊|部分利润|相应部分|与侵权内容(相关|有关)的部分)/));
  set(
    'dialogueNotDisclosure',
    first(reasoning, /(仅|只)[^,;。]{0,12}(使用者|提问者|用户)[^,;。]{0,6}(可见|知悉|看到|获得)|不具有公开性|未(向|被)[^,;。]{0,10}公开|不属于公开|不构成公开/, /(不构成|不存在|未造成|没有|并未|未)[^。]{0,12}(损害|侵害|侵权)/, false),
  );
  set(
    'plaintiffMustProveEvaluation',
    first(reasoning, plaintiffMustProve(parties), /评价|举证责任/, false),
  );
  set(
    'publicInfoInfringingWithout27',
    first(reasoning, /(已经?(自行)?公开|自行公开|合法公开|已公开|已(由|在|经由)[^。]{0,24}(公示|公布|公开))[^。]{0,40}(个人信息|信息)/),
  );
  set('totalRevenueAsProfit', first(reasoning, /(以|将)[^。]{0,8}(净利润|总利润|利润|收入|营收|营业额)[^。]{0,16}(作为|认定为|视为)[^。]{0,12}(违法所得|获利|获益|侵权所得)|(全部|总|整体)(营业)?(收入|营收|利润|获利)[^。]{0,20}(作为|认定为|即为|视为)[^。]{0,10}(获利|获益|违法所得|利益)|(以|按)[^。]{0,10}(全部|总)(营业)?(收入|营收|利润)[^。]{0,10}(计算|确定)[^。]{0,10}(获利|违法所得|赔偿)|(经营|运营)[^。]{0,16}(所获|获得|取得)(的)?(全部)?(利润|收入|营收)[^。]{0,24}(即为|就是|作为|认定为|视为)[^。]{0,12}(违法所得|获利|获益|侵权所得)/));
  set('generationsTimesProfit', first(reasoning, /(生成|调用|使用)次数[^。]{0,30}(乘以|×|\*|相乘|乘)[^。]{0,20}(利润|收益|单价|费用)|(利润|收益|单价)[^。]{0,20}(乘以|×|\*|相乘|乘)[^。]{0,20}(生成|调用)次数/));
  set('disclosureReasoned', first(reasoning, /不特定(的)?使用者均可|任何(使用者|人)均可[^。]{0,20}(获得|获取)|应当认定为(已被)?公开|应当认定[^。]{0,10}已被公开/, undefined, false));
  set('generationsRejected', first(reasoning, /不(宜|应|能)[^。]{0,10}以生成次数[^。]{0,20}(乘积|相乘|乘以)|生成[^。]{0,10}不(等同|等于)于销售|生成次数[^。]{0,16}(性质不同|不同于|不能等同|不宜等同|不等同)|(以|按)生成次数[^。]{0,24}(计算方式|计算方法|方法)[^。]{0,10}不予(采纳|支持|采信)/, undefined, false));
  set('downstreamExcluded', first(reasoning, /第三人的行为所致|第一千一百七十五条|第1175条|中断[^。]{0,16}因果关系|不应计入[^。]{0,10}赔偿范围/, undefined, false));
  // 被告所称上述信息已经公开，实为他人非法获取: the court denies the information was lawfully public.
  if (a.publicInfoInfringingWithout27 !== undefined && /(非法获取|并非合法|不属于[^。]{0,6}合法公开|所称|所谓)/.test(doc.sentences[a.publicInfoInfringingWithout27]!.masked)) {
    delete a.publicInfoInfringingWithout27;
  }
  set('primaFacie', first(reasoning, /(作为|构成)[^。]{0,16}(社会评价)?降低的初步证据|初步证据[^。]{0,10}社会评价/, undefined, false));
  if (!first(reasoning, /敏感个人信息|单独同意|第二十八条|第二十九条|第28条|第29条/, undefined, false)) {
    // In one paragraph: sensitive information, disclosed, and held fine to process.
    for (const b of [...new Set(reasoning.map((s) => s.block))]) {
      const para = doc.blockSentences[b]!.map((i) => doc.sentences[i]!);
      const text = para.map((s) => courtText(s)).join('');
      if (!/(疾病|病情|病史|健康|医疗|诊疗|生物识别|人脸|宗教|行踪|金融账户|银行卡|未成年)/.test(text)) continue;
      if (!/(已经?(自行)?公开|自行公开|合法公开|已公开)/.test(text)) continue;
      const free = para.find((s) => /(合理处理|合理的范围|不构成侵权|可以处理|无需[^。]{0,4}同意)/.test(courtText(s)));
      if (free) {
        a.sensitivePublicFree = free.index;
        break;
      }
    }
  }
  // A paragraph where a third party spread the content and the loss that followed is awarded
  // against the provider all the same (no exclusion, and not the provider's own publication).
  for (const b of [...new Set(reasoning.map((s) => s.block))]) {
    const para = doc.blockSentences[b]!.map((i) => doc.sentences[i]!);
    const text = para.map((s) => s.masked).join('');
    const spread = para.find((s) => {
      const m = /(转发|截图发布|截图转发|转载|扩散|二次传播|传播范围[^,;。]{0,4}扩大)/.exec(s.masked);
      // 本案不存在第三人将案涉内容进一步转发的情形: no spreading.
      if (!m || /(不存在|未发现|没有|并无|未|无)[^,;。]{0,16}$/.test(s.masked.slice(0, m.index))) return false;
      return /(使用者|用户|网友|他人|第三人|家长|同事|[\u4e00-\u9fff]某)/.test(s.masked);
    });
    if (!spread) continue;
    if (!/(应由[^,;。]{0,12}(赔偿|负担|承担)|一并(负担|赔偿|承担)|本院予以支持|酌定[^。]{0,30}赔偿)/.test(text)) continue;
    if (/(不应|不宜|不予)[^。]{0,10}(计入|纳入|由[^。]{0,10}(负担|承担|赔偿))|第三人造成|中断[^。]{0,10}因果关系|应由[^。]{0,12}(转发|第三人|发布者)/.test(text)) continue;
    // The spread's loss left to another case (系案外人转载行为所致…本案不予处理，可另案处理).
    if (/(转发|转载|扩散|传播)[^。]{0,24}(所致|造成)[^。]{0,40}(另案|不予处理|另行(主张|起诉))/.test(text)) continue;
    if (/(被告|公司)[^。]{0,10}(通过|在)其?[^。]{0,12}(官方|账号|公众号)[^。]{0,8}(发布|转发|推送)/.test(text)) continue;
    a.downstreamCounted = spread.index;
    break;
  }

  const blocks = [...new Set(reasoning.map((s) => s.block))];
  for (const b of blocks) {
    const para = doc.blockSentences[b]!.map((i) => doc.sentences[i]!);
    if (para.some((s) => tiesLevelToFigure(courtText(s)))) a.levelReasonedBlocks.add(b);
    if (para.some((s) => /(上述|以上|前述)(因素|情节|情况|事实)/.test(s.masked))) a.refersBackBlocks.add(b);
  }
  for (const s of reasoning) if (IP_WORDS.test(courtText(s))) a.ipSentences.add(s.index);
  set('firstNoticeRefused', first(reasoning, /首次(的)?通知[^。]{0,60}(不予支持|不宜纳入|不属于)|对首次通知的费用/, undefined, false));
  const firstIncluded = /(两次|(?<!第)二次|首次|第一次|第一份|各次|历次)[^。]{0,12}(通知|律师函|发函)|(通知|律师函)[^。]{0,6}(两次|共计)/;
  set(
    'firstNoticeIncluded',
    doc.sentences.find((s) => s.section === 'orders' && firstIncluded.test(s.masked))?.index ??
      first(reasoning.filter((s) => /(予以支持|应予支持|赔偿)/.test(s.masked) && !/(不宜|不予|不应)/.test(s.masked)), firstIncluded, undefined, false),
  );
  set('noticeFeeGranted', first(reasoning, NOTICE_FEE, /(予以支持|应予支持|酌情支持|应当赔偿|应由[^。]{0,10}赔偿)/, false));
  set('genAIFraming', first(reasoning, /(生成式人工智能|人工智能服务)[^。]{0,60}(服务提供者|提供者)[^。]{0,80}(责任|规则|处理|注意义务|过错)|(服务提供者|提供者)[^。]{0,60}(生成式人工智能|人工智能服务)[^。]{0,80}(责任|规则|处理|注意义务|过错)/, undefined, false));
  set('deviceSentence', first(reasoning, /人形机器人|(?<!聊天|对话|问答|客服)机器人|自动驾驶|智能汽车|智能网联汽车|辅助驾驶|领航驾驶|智能驾驶|手术机器人|无人机|车辆/, undefined, false));
  return a;
}
