/**
 * What the court says about product liability (RULES.md, PL; [Yang §1–§3]): whether the case is
 * about an AI product at all, whether the AI itself is made a subject, and the moves the
 * product-liability rules weigh — fault, the designer's tier, the seller's ultimate liability,
 * the burden of proving the defect, the defect's type, punitive damages, the development-risk
 * defence, the user's own fault and the research-and-development stage.
 *
 * Everything is read from the court's own clauses of 本院查明 and 本院认为 (quotations and book
 * titles masked, the parties' reported words left out), and a term counts only where nothing in
 * its clause negates it. Each finding keeps its sentence, for diagnostics and the assessment.
 */
import type { JudgmentDocument, Sentence } from '../document/document';
import type { Clause } from '../text/clauses';
import type { Citation } from './citations';
import type { CaseFacts } from './facts';
import type { Party } from './parties';
import type { Voices } from './voices';

export interface ProductFacts {
  /** The draft is about AI at all (PL001 applies to any such draft). */
  aiRelated: boolean;
  /** Harm caused by an AI product put into circulation, or a 产品责任纠纷 about one (the other PL rules). */
  aiProduct: boolean;
  /** The court's sentences that make the AI or robot a subject, or its bearer of liability (PL001). */
  personhood: number[];
  /** The court requires the producer's or designer's fault (PL002). */
  faultRequired?: number;
  /** The designer is held reachable only through recourse, as a 第1204条 third party (PL003). */
  designerThirdParty?: number;
  /** The seller is made to bear ultimate liability (PL004). */
  sellerUltimate?: number;
  /** The court finds that the seller's fault caused the defect. */
  sellerFault?: number;
  /** The burden of proving the defect is reversed onto the defendant (PL005). */
  burdenReversed?: number;
  /** The court holds product liability to be no-fault (无过错责任; 无须证明过错). */
  noFaultHeld?: number;
  /** The designer is held directly liable beside the producer (第1202条). */
  designerDirect?: number;
  /** The seller's liability is held intermediate (中间责任), or the seller may recover from the producer. */
  sellerIntermediate?: number;
  /** The court eases the burden instead (表见证明, 举证责任缓和). */
  burdenEased?: number;
  /** The first sentence that finds a defect or product liability. */
  defectFound?: number;
  /** The reasoning names the defect's type (设计缺陷 …) or relies on 第1206条 for it. */
  defectTypeNamed?: number;
  /** 明知缺陷仍生产、销售, or no effective remedial measures under 第1206条 (PL007). */
  punitiveFault?: number;
  /** Death or serious damage to health found (PL007). */
  seriousHarm?: number;
  /** A punitive multiple above two (PL008): the sentence and the multiple. */
  punitiveMultiple?: { sentence: number; multiple: number };
  /** The development-risk defence accepted (PL009). */
  devRiskAccepted?: number;
  /** The post-sale tracking duty (第1206条, 召回, 补救措施) addressed. */
  trackingAddressed?: number;
  /** The user's own fault found (PL010); `userIsPlaintiff` when the user is the harmed plaintiff. */
  userFault?: { sentence: number; userIsPlaintiff: boolean };
  /** 第1173条 reduction or 第1168条 joint liability applied, or shares allocated. */
  allocationApplied?: number;
  /** Harm during research and development, before circulation (PL011). */
  rndStage?: number;
  /** The court treats the case as product liability (affirms 产品责任 / 缺陷, or relies on 第1202–1203条). */
  treatedAsProduct?: number;
  /** The court says the case is not product liability. */
  notProduct?: number;
}

// ---------------------------------------------------------------- vocabulary

const AI = /人工智能|机器人|智能体|自动驾驶|辅助驾驶|智能驾驶|大模型|智能系统|智能算法|AI/;
const DEVICE = /机器人|自动驾驶|辅助驾驶|智能驾驶|领航|汽车|车辆|无人机|设备|音箱|手表|眼镜|玩具|家电|扫地机|割草机|摄像头|终端|硬件|手术|假肢|外骨骼|门锁|穿戴/;
const PL_WORDS = /产品责任|产品缺陷|缺陷产品|生产者|销售者|设计者|制造商|生产商|投入流通|产品质量法/;
const PL_CAUSE = /产品责任纠纷|产品质量纠纷|产品生产者责任纠纷|产品销售者责任纠纷/;
/** A chat or content service, not a product (RULES.md: a software-only chat service is not one). */
const CHAT_SERVICE = /聊天机器人|对话机器人|问答|对话服务|生成式人工智能服务|人工智能服务|文生图|AI绘画|AI聊天|AI陪伴|提示词/;

/** A negation ahead of a term, within its clause. */
const NEG_BEFORE = /(不|无|非|未|没有|并无|并非|难以|不能|不应|不宜|无须|无需|不必|否认|排除|而非)[^,;。]{0,8}$/;
/** The clause leaves what follows unproven, or asks it: 不能认定…, 没有证据证明…, 是否…. */
const UNPROVEN = /(不能|难以|无法|不足以|尚不足以|未能)[^,;。]{0,4}(认定|证明|表明|证实)|(没有|无|并无|尚无|缺乏)(证据|事实)|是否|能否|可否|如果|假如|倘若/;
/** What follows 第…条规定， is the statute's text, not a finding. */
const QUOTES_STATUTE = /(条|款|项)(明确)?规定[,:]|规定[:][^。]*$/;
/** The court reporting or rejecting a view rather than holding it. */
const REPORTING = /有观点|有学者|有人认为|学界|学说|域外|国外|境外|如果|假如|若|是否|能否|可否|例如|比如/;
const REJECTING = /不予支持|不能成立|不予采纳|不予认可|不予确认|于法无据|缺乏法律依据|没有法律依据|不符合法律规定|本院不予/;

// PL001: a subject-like AI bearing liability or holding a subject's standing.
const PERSON_PREDICATE =
  /(独立|自行|自身|本身|自己)?(承担|负担|负有|负)[^,;。]{0,8}(责任|赔偿)|(具有|具备|享有|取得|拥有|赋予)[^,;。]{0,8}(民事主体|法律主体|主体资格|主体地位|法律人格|人格|权利能力|行为能力)|(是|系|属于|作为|成为|视为|认定为|列为)[^,;。]{0,6}(民事主体|法律主体|侵权主体|责任主体|赔偿主体|适格被告)/;
/** Between the AI and its predicate: someone else is the subject, or the AI is only the cause. */
const NOT_THE_SUBJECT = /造成|致|导致|引起|损害|所致|产生的|对|向|由|其|被告|原告|公司|生产者|销售者|设计者|使用|所有人|管理人|运营/;
const BEFORE_SUBJECT = /对|因|就|由于|使用|利用|通过|基于|被告|原告|公司|生产者|销售者|设计者|使用人|驾驶人|针对|关于|在|由/;
/** Nouns that name the AI as a thing that could be a clause's subject. */
const AI_SUBJECT = /人工智能|机器人|智能体|智能客服|虚拟人|数字人|智能助手|AI助手|自动驾驶系统|驾驶系统|智能系统|大模型|该系统|该模型|该算法|该程序|AI/;
/** Someone else as the clause's subject. */
const OTHER_SUBJECT = /被告|原告|公司|生产者|销售者|设计者|制造商|开发者|运营者|使用人|使用者|驾驶人|用户|所有人|管理人|本院|法院|当事人/;

// PL002
const PLAINTIFF_PROVES_FAULT = /证明[^,;。]{0,24}(存在|具有|有)(主观)?(过错|过失)/;
const FAULT_PRINCIPLE = /(适用|实行|采用|遵循)(一般)?过错(责任)?(原则|归责)|以[^,;。]{0,12}(存在)?(过错|过失)为(要件|前提|条件)|(过错|过失)是[^,;。]{0,8}(要件|前提)/;
const PRODUCER_WORDS = /生产者|设计者|制造商|生产商|制造者/;
const NO_FAULT_EXCUSE = /(不存在|没有|无|并无)(主观)?(过错|过失)/;
const NOT_LIABLE = /不承担|不应承担|无须承担|无需承担|不负|免除|驳回/;

const NO_FAULT_HELD = /无过错责任|无过错归责|不以[^,;。]{0,12}(过错|过失)为(要件|前提|条件)|(无须|无需|不必|不需要)[^,;。]{0,12}证明[^,;。]{0,16}(过错|过失)/;

// PL003
const DESIGNER = /设计者|设计方|设计单位|软件设计|算法设计|系统设计/;
const THIRD_PARTY = /第三人|第一千二百零四条|第1204条/;
const ONLY_BY_RECOURSE = /不直接|无需直接|无须直接|不应直接|不对原告|不向原告|不应向原告|仅(对|向)生产者|只(对|向)生产者|(向|对)(其|设计者|设计方)追偿|追偿/;

const DESIGNER_DIRECT = /第一千二百零二条|第1202条|与生产者(并列|同为|相同|一样)|第一层次|直接(向原告|对原告)?承担/;

// PL004
const ULTIMATE = /(最终|终局)(的)?(赔偿)?责任|最终责任人|最终承担/;
const RECOURSE_TO_SELLER = /向[^,;。]{0,10}(销售者|经销商|销售商)[^,;。]{0,4}追偿/;
const SELLER = /销售者|经销商|销售商|销售方/;
const STATUTE_CONDITIONAL = /过错使产品存在缺陷的/;

const INTERMEDIATE = /中间责任|向[^,;。]{0,10}(生产者|制造商|生产商|设计者)[^,;。]{0,4}追偿/;

// PL005
const REVERSAL = /举证责任倒置|倒置[^,;。]{0,6}举证责任/;
const DEFENDANT_PROVES_NO_DEFECT = /证明[^,;。]{0,20}(不存在|没有|无|不具有)[^,;。]{0,6}缺陷|(不存在|无)缺陷的举证责任/;
const STATUTORY_EXEMPTION = /投入流通时|科学技术水平|科技水平|未将产品投入流通/;
const EASED = /表见证明|举证责任缓和|较大可能性|较大的可能性|高度可能|初步证明|推定[^,;。]{0,8}缺陷/;

// PL006
const DEFECT_FOUND = /(存在|具有|构成|属于|系|有)[^,;。]{0,6}缺陷|缺陷产品|(承担|构成|成立)[^,;。]{0,4}产品责任/;
const DEFECT_TYPE = /设计(上|方面|中)?(的|存在|具有|有)?(的)?缺陷|制造(上|过程中)?(的|存在)?缺陷|生产(过程中)?(的|存在)?缺陷|警示(说明)?(缺陷|义务|不足|不充分)|说明(缺陷|不足|不充分)|指示缺陷|跟踪观察|观察缺陷|第一千二百零六条|第1206条/;

// PL007
const KNOWING = /明知[^,;。]{0,16}缺陷|知道[^,;。]{0,10}缺陷[^,;。]{0,10}仍|明知[^。]{0,24}(仍|仍然|依然|继续)(生产|销售|投放|推送)/;
const NO_REMEDY = /未(及时)?(采取|履行)[^,;。]{0,14}(补救|召回|警示|停止销售|更新|修复)|补救措施不力|未(及时)?(召回|修复|停止销售)|拒(不|绝)召回|怠于(召回|采取)/;
const SERIOUS = /死亡|身亡|去世|健康严重损害|严重损害[^,;。]{0,6}健康|重伤|伤残|残疾|瘫痪|植物人/;

// PL008
const MULTIPLE = /([一二两三四五六七八九十\d]{1,3})倍/g;
const PUNITIVE = /惩罚性赔偿/;
const OTHER_PUNITIVE_BASIS = /欺诈|价款|价格|购买|第五十五条第一款|第55条第1款|食品安全法/;
const MULTIPLE_CAP = /倍(以下|以内|之内)|不(超过|得超过|高于)[^,;。]{0,8}倍/;

// PL009
const DEV_RISK = /(科学技术水平|科技水平|技术水平)[^。]{0,24}(尚?不能|无法|不能够|未能|难以)发现[^。]{0,8}缺陷|发展风险|开发风险/;
const ACCEPTS = /免责|免除[^,;。]{0,6}责任|不承担[^,;。]{0,6}责任|不应承担|予以(支持|采纳|认可|确认)|(抗辩|主张)[^,;。]{0,6}成立|可以免除|符合[^,;。]{0,20}(免责|情形)/;
const DOUBTS = /未能证明|无法证明|不能证明|没有证据|缺乏证据|证据不足|不足以|不符合|不适用|不能成立|不予/;
const TRACKING = /第一千二百零六条|第1206条|跟踪观察|召回|补救措施|停止销售|投入流通后发现|售后(跟踪|监测|观察)/;

// PL010
const USER = /原告|使用人|使用者|用户|驾驶人|驾驶员|车主|操作人员|操作者|监护人|患者本人/;
const USER_FAULT = /(存在|具有|有)(一定的?)?(过错|过失)|自身(的)?(过错|过失)|操作不当|操作失误|违规操作|违反操作|未按(照)?[^,;。]{0,14}(操作|使用|说明|提示|要求)|疏于|未尽到?[^,;。]{0,8}(注意|看护|监管|接管|监控)义务|未及时接管|未接管/;
const ALLOCATION = /第一千一百七十三条|第1173条|第一千一百六十八条|第1168条|过失相抵|与有过失|减轻[^,;。]{0,10}责任|连带(赔偿)?责任|自行承担|自负|责任比例|按[^,;。]{0,8}比例|\d{1,3}%|百分之|主要责任|次要责任|同等责任|[一二三四五六七八九]成/;

// PL011
const RND = /研发(阶段|期间|过程|测试)|测试(阶段|期间|过程中|运行)|内部测试|封闭测试|路测|样机|原型机|工程机|尚未投入流通|未投入流通|尚未(上市|销售|投放市场|投入市场|量产)/;
const CIRCULATED = /已(经)?(投入流通|上市|销售|投放市场|投入市场)|上市(销售)?后|购买|购得|售出|出售给/;
const NOT_PRODUCT = /(不属于|不构成|不适用|并非|不是|无关)[^,;。]{0,10}产品责任|产品责任[^,;。]{0,8}(不适用|不能适用)/;
const TREATED_PRODUCT = /(承担|构成|成立|属于|适用)[^,;。]{0,6}产品责任|产品(存在|具有)[^,;。]{0,6}缺陷|缺陷产品/;

// ---------------------------------------------------------------- reading

interface CourtClause {
  s: Sentence;
  c: Clause;
}

function courtClauses(doc: JudgmentDocument, voices: Voices): CourtClause[] {
  const out: CourtClause[] = [];
  for (const s of doc.sentences) {
    if ((s.section !== 'findings' && s.section !== 'reasoning') || s.heading) continue;
    for (const c of voices(s)) if (c.speaker === 'court') out.push({ s, c });
  }
  return out;
}

/** The clause (within the clause text) holding `at`, split at ，；： */
function clauseAround(t: string, at: number): string {
  const start = Math.max(t.lastIndexOf(',', at - 1), t.lastIndexOf(';', at - 1), t.lastIndexOf(':', at - 1)) + 1;
  let end = t.slice(at).search(/[,;:。]/);
  end = end < 0 ? t.length : at + end;
  return t.slice(start, end);
}

/** A match of `re` in the clause whose own clause does not negate it. `prefix` is the sentence before the clause. */
function affirmedMatch(t: string, re: RegExp, prefix = ''): RegExpExecArray | undefined {
  const g = new RegExp(re.source, 'g');
  for (const m of t.matchAll(g)) {
    const at = m.index!;
    const start = Math.max(t.lastIndexOf(',', at - 1), t.lastIndexOf(';', at - 1), t.lastIndexOf(':', at - 1)) + 1;
    const before = t.slice(start, at);
    if (!NEG_BEFORE.test(before) && !UNPROVEN.test(before) && !QUOTES_STATUTE.test(prefix + t.slice(0, at))) return m as RegExpExecArray;
  }
  return undefined;
}

function namesOf(parties: Party[], pred: (p: Party) => boolean): string[] {
  return parties.filter(pred).flatMap((p) => [p.name, ...p.aliases]).filter((n) => n.length >= 2);
}

function mentionsAny(t: string, names: readonly string[]): boolean {
  return names.some((n) => t.includes(n));
}

/**
 * PL001: does the clause make the AI a subject? The subject of a Chinese clause is often left
 * out and carried from the clause before (“该系统即为实际驾驶人，应当作为独立的责任主体…”), so
 * the reading walks the sentence's comma-separated parts keeping who is speaking of whom.
 */
function assertsPersonhood(t: string, otherNames: readonly string[]): boolean {
  let topicIsAI = false;
  for (const part of t.split(/[,;:]/)) {
    const body = part.replace(/^\s*(但|而|且|并|故|因此|同时|亦|也|即|则|所以|然而|此外|据此|本院认为)\s*/, '');
    const ai = AI_SUBJECT.exec(body);
    const subjectMarker = OTHER_SUBJECT.exec(body);
    const aiLeads = ai !== null && ai.index <= 16 && !BEFORE_SUBJECT.test(body.slice(0, ai.index)) && !/^(的|所)/.test(body.slice(ai.index + ai[0].length)) && (!subjectMarker || subjectMarker.index > ai.index);
    const otherLeads = (subjectMarker !== null && subjectMarker.index <= 10 && !aiLeads) || otherNames.some((n) => body.slice(0, 12).includes(n));
    const p = PERSON_PREDICATE.exec(body);
    if (p) {
      const before = body.slice(0, p.index);
      const standing = !/^(独立|自行|自身|本身|自己)?(承担|负担|负有|负)/.test(p[0]);
      const own = aiLeads && ai!.index < p.index && !NOT_THE_SUBJECT.test(body.slice(ai!.index + ai![0].length, p.index));
      // A bare 承担责任 needs the AI named in its own clause; standing (主体, 人格) may be carried over.
      const carried = standing && topicIsAI && !otherLeads && !ai;
      const negated = NEG_BEFORE.test(before) || UNPROVEN.test(before) || /(不|非|无|未)$/.test(before);
      if ((own || carried) && !negated && !/产品责任/.test(body)) return true;
    }
    if (aiLeads) topicIsAI = true;
    else if (otherLeads) topicIsAI = false;
  }
  return false;
}

export function readProduct(doc: JudgmentDocument, parties: Party[], voices: Voices, facts: CaseFacts, citations: Citation[]): ProductFacts {
  const court = courtClauses(doc, voices);
  const courtText = court.map((x) => x.c.text).join('。');
  const cause = doc.sentences.some((s) => (s.section === 'title' || s.section === 'procedure') && PL_CAUSE.test(s.masked));
  const aiRelated = facts.genAI || facts.embodied || doc.sentences.some((s) => s.section !== 'signature' && AI.test(s.masked));
  const device = facts.embodied || DEVICE.test(courtText);
  const chatOnly = !device && CHAT_SERVICE.test(courtText);
  const aiProduct = aiRelated && !chatOnly && (cause || (PL_WORDS.test(courtText) && (device || /软件|系统|程序/.test(courtText))));

  const product: ProductFacts = { aiRelated, aiProduct, personhood: [] };
  const plaintiffNames = namesOf(parties, (p) => p.role === 'plaintiff');
  const partyNames = namesOf(parties, () => true);
  const sellerNames = namesOf(parties, (p) => p.role === 'defendant' && facts.defendantRoles.get(p) === 'seller');
  const designerNames = namesOf(parties, (p) => p.role === 'defendant' && facts.defendantRoles.get(p) === 'designer');
  const producerNames = namesOf(parties, (p) => p.role === 'defendant' && (facts.defendantRoles.get(p) === 'producer' || facts.defendantRoles.get(p) === 'designer'));

  const sentenceOf = (x: CourtClause) => x.s.masked;
  const set = <K extends keyof ProductFacts>(k: K, v: ProductFacts[K] | undefined) => {
    if (v !== undefined && product[k] === undefined) product[k] = v;
  };

  const bySentence = new Map<Sentence, string[]>();
  for (const y of court) {
    const list = bySentence.get(y.s);
    if (list) list.push(y.c.text);
    else bySentence.set(y.s, [y.c.text]);
  }
  let previous: Sentence | undefined;

  for (const x of court) {
    const t = x.c.text;
    const firstOfSentence = x.s !== previous;
    previous = x.s;
    const whole = sentenceOf(x);
    const prefix = whole.slice(0, x.c.start);
    const affirmed = (re: RegExp) => affirmedMatch(t, re, prefix);
    const reasoning = x.s.section === 'reasoning';
    const reports = REPORTING.test(whole);
    const rejects = REJECTING.test(whole);

    // PL001, once per sentence over all its court clauses: a subject is carried from clause to clause.
    if (firstOfSentence && !reports && !rejects && assertsPersonhood(bySentence.get(x.s)!.join(','), partyNames)) product.personhood.push(x.s.index);

    if (!reasoning && x.s.section !== 'findings') continue;

    // PL002: the plaintiff made to prove fault, or fault made a condition of liability.
    const proves = PLAINTIFF_PROVES_FAULT.exec(t);
    if (proves) {
      const clause = clauseAround(t, proves.index);
      const byPlaintiff = /原告/.test(clause) || mentionsAny(clause, plaintiffNames);
      if (byPlaintiff && !/(无须|无需|不必|不需要|不负|并非)[^,;。]{0,8}证明/.test(clause) && !/(无|非)过错/.test(clause)) set('faultRequired', x.s.index);
    }
    if (reasoning && !reports && affirmed(FAULT_PRINCIPLE)) set('faultRequired', x.s.index);
    if (reasoning && (PRODUCER_WORDS.test(t) || mentionsAny(t, producerNames)) && NO_FAULT_EXCUSE.test(t) && NOT_LIABLE.test(whole) && !/无过错责任/.test(whole)) {
      set('faultRequired', x.s.index);
    }

    if (reasoning && affirmed(NO_FAULT_HELD)) set('noFaultHeld', x.s.index);

    // PL003
    if (reasoning && (DESIGNER.test(t) || mentionsAny(t, designerNames)) && affirmed(DESIGNER_DIRECT) && !/不直接|不应直接|无需直接|无须直接/.test(t)) {
      set('designerDirect', x.s.index);
    }
    if (reasoning && (DESIGNER.test(t) || mentionsAny(t, designerNames))) {
      const third = THIRD_PARTY.test(t) && !/(不属于|并非|不是|而非|不能认定为)[^,;。]{0,12}第三人/.test(t) && !rejects;
      const recourseOnly = affirmed(ONLY_BY_RECOURSE) && /追偿|不直接|不对原告|不向原告|不应向原告/.test(whole) && NOT_LIABLE.test(whole) || /不直接|不对原告|不向原告/.test(t);
      if ((third && /追偿|第一千二百零四条|第1204条/.test(whole)) || recourseOnly) set('designerThirdParty', x.s.index);
    }

    // PL004
    if (reasoning && !STATUTE_CONDITIONAL.test(whole) && !reports) {
      const aboutSeller = SELLER.test(t) || mentionsAny(t, sellerNames);
      if ((aboutSeller && affirmed(ULTIMATE)) || affirmed(RECOURSE_TO_SELLER)) set('sellerUltimate', x.s.index);
      if (affirmed(INTERMEDIATE)) set('sellerIntermediate', x.s.index);
      if (aboutSeller && affirmed(/(存在|具有|有)(一定的?)?过错|过错(导致|致使|造成|使)/) && !/无过错|不存在过错|没有过错/.test(t)) set('sellerFault', x.s.index);
    }

    // PL005
    if (reasoning && !STATUTORY_EXEMPTION.test(whole)) {
      const rev = affirmed(REVERSAL);
      const nd = DEFENDANT_PROVES_NO_DEFECT.exec(t);
      const byDefendant = nd && !/原告/.test(clauseAround(t, nd.index));
      if ((rev && /缺陷|产品/.test(whole)) || (byDefendant && !/(无须|无需|不必|不负)[^,;。]{0,8}证明/.test(clauseAround(t, nd!.index)))) set('burdenReversed', x.s.index);
    }
    if (affirmed(EASED)) set('burdenEased', x.s.index);

    // PL006 / PL010
    if (!rejects && affirmed(DEFECT_FOUND) && !/(不存在|没有|无|并无|不具有|并非)[^,;。]{0,8}缺陷/.test(t) && /缺陷|产品责任/.test(t)) set('defectFound', x.s.index);
    if (affirmed(DEFECT_TYPE)) set('defectTypeNamed', x.s.index);

    // PL007
    if (affirmed(KNOWING) || affirmed(NO_REMEDY)) set('punitiveFault', x.s.index);
    if (affirmed(SERIOUS) && !/未(造成|导致|致)[^,;。]{0,10}(死亡|健康严重损害|重伤|伤残)/.test(t)) set('seriousHarm', x.s.index);

    // PL008
    if (reasoning && PUNITIVE.test(whole) && !OTHER_PUNITIVE_BASIS.test(whole) && !MULTIPLE_CAP.test(whole) && !rejects) {
      for (const m of t.matchAll(MULTIPLE)) {
        const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : CN_SMALL[m[1]!] ?? 0;
        if (n > 2 && !NEG_BEFORE.test(t.slice(Math.max(0, m.index! - 8), m.index!))) set('punitiveMultiple', { sentence: x.s.index, multiple: n });
      }
    }

    // PL009
    if (reasoning && DEV_RISK.test(t) && ACCEPTS.test(whole) && !DOUBTS.test(whole)) set('devRiskAccepted', x.s.index);
    if (TRACKING.test(t)) set('trackingAddressed', x.s.index);

    // PL010
    const uf = affirmed(USER_FAULT);
    if (uf && !/(无|不存在|没有|并无)(过错|过失)/.test(t)) {
      const clause = clauseAround(t, uf.index);
      const beforeFault = clause.slice(0, clause.indexOf(uf[0]));
      const userNamed = USER.test(beforeFault) || mentionsAny(beforeFault, plaintiffNames);
      const producerNamed = PRODUCER_WORDS.test(beforeFault) || SELLER.test(beforeFault) || /被告/.test(beforeFault);
      if (userNamed && !producerNamed && !product.userFault) {
        product.userFault = { sentence: x.s.index, userIsPlaintiff: /原告/.test(beforeFault) || mentionsAny(beforeFault, plaintiffNames) };
      }
    }
    if (affirmed(ALLOCATION)) set('allocationApplied', x.s.index);

    // PL011
    const rnd = RND.exec(t);
    if (rnd && !/(并非|不是|而非|不属于|已经?结束)[^,;。]{0,6}$/.test(t.slice(0, rnd.index)) && !CIRCULATED.test(t)) set('rndStage', x.s.index);
    if (NOT_PRODUCT.test(t)) set('notProduct', x.s.index);
    else if (reasoning && !rejects && affirmed(TREATED_PRODUCT)) set('treatedAsProduct', x.s.index);
  }
  // The court's own reliance on 第1202–1203条 treats the case as product liability too.
  if (product.treatedAsProduct === undefined && product.notProduct === undefined) {
    const c = citations.find((c) => c.byCourt && c.law?.id === 'civil-code' && (c.article === 1202 || c.article === 1203));
    if (c) product.treatedAsProduct = c.sentence;
  }
  return product;
}

const CN_SMALL: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
