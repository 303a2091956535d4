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
import type { Citation } from './citations';
import { clauseAt } from '../text/clauses';
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
  /** A sentence splitting liability in the paragraph that finds the user's fault. */
  reductionWithUserFault?: number;
  /** 第1173条 reduction (or a share the user bears) applied. */
  reductionApplied?: number;
  /** 第1168条 joint liability applied. */
  jointApplied?: number;
  /** Harm during research and development, before circulation (PL011). */
  rndStage?: number;
  /** The court treats the case as product liability (affirms 产品责任 / 缺陷, or relies on 第1202–1203条). */
  treatedAsProduct?: number;
  /** The findings record a purchase (of the product or of the part that caused the harm). */
  purchased?: number;
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
const UNPROVEN = /(不能|难以|无法|不足以|尚不足以|未能)[^,;。]{0,4}(认定|证明|表明|证实)|(没有|无|并无|尚无|缺乏)(证据|事实)|未能?(提交|提供|举示|举出)[^,;。]{0,6}证据|未能?举证|是否|能否|可否|如果|假如|倘若/;
/** What follows 第…条规定， is the statute's text, not a finding. */
const QUOTES_STATUTE = /(条|款|项)(明确)?规定[,:]|规定[:][^。]*$/;
/** The court reporting or rejecting a view rather than holding it. */
const REPORTING = /有观点|有学者|有人认为|学界|学说|域外|国外|境外|如果|假如|若|是否|能否|可否|例如|比如/;
const VIEW = /主张|抗辩|意见|观点|说法|请求|要求|认为|诉请/;
const REJECTING = /不予支持|不能成立|不予采纳|不予采信|不予认可|不予确认|于法无据|缺乏法律依据|没有法律依据|不符合法律规定|本院不予/;

// PL001: a subject-like AI bearing liability or holding a subject's standing.
const PERSON_PREDICATE =
  /(独立|自行|自身|本身|自己)?(承担|负担|负有|负)[^,;。]{0,8}(责任|赔偿)|(具有|具备|享有|取得|拥有|赋予)[^,;。]{0,8}(民事主体|法律主体|主体资格|主体地位|法律人格|人格|权利能力|行为能力)|(是|系(?!统|列)|属于|作为|成为|视为|认定为|列为)[^,;。]{0,6}(民事主体|法律主体|侵权主体|责任主体|赔偿主体|适格被告)/;
/** Between the AI and its predicate: someone else is the subject, or the AI is only the cause. */
const NOT_THE_SUBJECT = /造成|致|导致|引起|损害|所致|产生的|对|向|由|其|被告|原告|公司|生产者|销售者|设计者|使用|所有人|管理人|运营/;
const BEFORE_SUBJECT = /对|因|就|由于|使用|利用|通过|基于|被告|原告|公司|生产者|销售者|设计者|使用人|驾驶人|针对|关于|在|由/;
/** Nouns that name the AI as a thing that could be a clause's subject. */
const AI_SUBJECT = /人工智能|机器人|智能体|智能客服|虚拟人|数字人|智能助手|AI助手|自动驾驶系统|驾驶系统|智能系统|大模型|该系统|该模型|该算法|该程序|AI/;
/** Someone else as the clause's subject. */
const OTHER_SUBJECT = /被告|原告|公司|生产者|销售者|设计者|制造商|开发者|运营者|使用人|使用者|驾驶人|用户|所有人|管理人|本院|法院|当事人/;

// PL002
const PLAINTIFF_PROVES_FAULT = /证明[^,;。]{0,24}(存在|具有|有)(主观)?(过错|过失)/;
const PLAINTIFF_DUTY = /应当?(负责)?(举证)?证明[^,;。]{0,24}(存在|具有|有)(主观)?(过错|过失)/;
const FAULT_PRINCIPLE = /(适用|实行|采用|遵循)(一般)?过错(责任)?(原则|归责)|以[^,;。]{0,12}(存在)?(过错|过失)为(要件|前提|条件)|(过错|过失)是[^,;。]{0,8}(要件|前提)/;
const PRODUCER_WORDS = /生产者|设计者|制造商|生产商|制造者/;
const NO_FAULT_EXCUSE = /(不存在|没有|无|并无)(主观)?(过错|过失)/;
const NOT_LIABLE = /不承担|不应承担|无须承担|无需承担|不负|免除|驳回/;

const NO_FAULT_HELD = /无过错责任|无过错归责|不以[^,;。]{0,12}(过错|过失)为(要件|前提|条件)|(无须|无需|不必|不需要)[^,;。]{0,12}证明[^,;。]{0,16}(过错|过失)/;

// PL003
const DESIGNER = /设计者|设计方|设计单位|软件设计|算法设计|系统设计/;
const THIRD_PARTY_ARTICLE = /第一千二百零四条|第1204条/;
const NOT_THIRD_PARTY = /(不属于|并非|不是|而非|不能认定为|不应认定为|不宜认定为)[^,;。]{0,20}(第一千二百零四条|第1204条|第三人)/;
/** The injured party may not reach the designer directly. */
const NOT_DIRECT = /(不能|无权|不得|不应|无法|不可)直接(请求|要求|主张|向|对)|不直接(向|对)[^,;。]{0,10}承担|要求其承担[^,;。]{0,10}缺乏依据|(仅|只)(对|向)生产者[^,;。]{0,6}承担/;

const DESIGNER_DIRECT = /第一千二百零二条|第1202条|与生产者(并列|同为|相同|一样)|第一层次|直接(向原告|对原告)?承担/;

// PL004
const ULTIMATE = /(最终|终局)(的)?(赔偿)?责任|最终责任人|最终承担/;
const RECOURSE_TO_SELLER = /向[^,;。]{0,10}(销售者|经销商|销售商)[^,;。]{0,4}追偿/;
const SELLER = /销售者|经销商|销售商|销售方/;
/** Final shares between the defendants: 各承担百分之五十, 按七比三分担. */
const SHARES = /各(自)?承担[^,;。]{0,8}(百分之|%|\d{1,3}%|[一二三四五六七八九]成)|(按|以)[^,;。]{0,10}(比例|比)[^,;。]{0,6}(分担|承担)|[一二三四五六七八九]比[一二三四五六七八九]|百分之[一二三四五六七八九十]+的(赔偿)?责任/;
const SELLER_FAULT = /(存在|具有|有)(一定的?)?过错|过错(导致|致使|造成|使)/;
const STATUTE_CONDITIONAL = /过错使产品存在缺陷的/;

const INTERMEDIATE = /中间责任|向[^,;。]{0,10}(生产者|制造商|生产商|设计者)[^,;。]{0,4}追偿/;

// PL005
const REVERSAL = /举证责任倒置|倒置[^,;。]{0,6}举证责任/;
const DEFENDANT_PROVES_NO_DEFECT = /证明[^,;。]{0,20}(不存在|没有|无|不具有)[^,;。]{0,6}缺陷|(不存在|无)缺陷的举证责任|就[^,;。]{0,14}(不存在|没有|无|不具有)[^,;。]{0,4}缺陷[^,;。]{0,8}(承担|负)[^,;。]{0,4}举证责任|(不存在|没有|无)缺陷[^,;。]{0,6}(由|应由)(被告|生产者|设计者|销售者)[^,;。]{0,6}(举证|证明)/;
const STATUTORY_EXEMPTION = /投入流通时|科学技术水平|科技水平|未将产品投入流通/;
const EASED = /表见证明|举证责任缓和|较大可能性|较大的可能性|高度可能|初步证明|推定[^,;。]{0,8}缺陷/;

// PL006
const DEFECT_FOUND = /(存在|具有|构成|属于|系|有)[^,;。]{0,6}缺陷|缺陷产品|(承担|构成|成立)[^,;。]{0,4}产品责任|(规定|所称|所指)的缺陷/;
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
const DEV_RISK = /(科学技术水平|科技水平|技术水平)[^。]{0,24}(尚?不能|无法|不能够|未能|难以)发现|发展风险|开发风险|第四十一条第二款第三项|第41条第2款第3项/;
const ACCEPTS = /免责|免除[^,;。]{0,6}责任|不承担[^,;。]{0,6}责任|不应承担|予以(支持|采纳|认可|确认)|(抗辩|主张)[^,;。]{0,6}成立|可以免除|符合[^,;。]{0,20}(免责|情形)/;
const DOUBTS = /未能证明|无法证明|不能证明|没有证据|缺乏证据|证据不足|不足以|不符合|不适用|不能成立|不予采纳|不予采信|不予认可|须证明|方可|才能免|应当证明/;
const TRACKING = /第一千二百零六条|第1206条|跟踪观察|召回|补救措施|停止销售|投入流通后发现|售后(跟踪|监测|观察)/;

// PL010
const USER_FAULT = /(存在|具有|有)(一定的?|明显的?|重大的?|较大的?|主要的?)?(过错|过失)|(自身|本人)(亦|也)?(的|有|存在)?(一定的?)?(过错|过失)|操作不当|操作失误|违规操作|违反操作|违反(产品)?(使用)?说明书|未按(照)?[^,;。]{0,14}(操作|使用|说明|提示|要求)|疏于|未尽到?[^,;。]{0,12}义务|未及时接管|未接管/;
/** The user's own harm: 第1173条 reduction (or a share the user bears). */
const REDUCTION = /第一千一百七十三条|第1173条|过失相抵|与有过失|减轻[^,;。]{0,10}责任|自行承担|自负|责任比例|按[^,;。]{0,8}比例|\d{1,3}%|百分之|主要责任|次要责任|同等责任|[一二三四五六七八九]成/;
/** Harm to others: 第1168条 joint liability. */
const JOINT = /第一千一百六十八条|第1168条|连带(赔偿)?责任|共同侵权/;

// PL011
/** Harm during research, development or testing: the phase and the harm in one clause. */
const RND_HARM = /(研发|测试|试验|路测|内测|试运行|样机|原型机|工程机)[^,;。]{0,12}(阶段|期间|过程中|时|中)[^。]{0,30}(致|造成|发生|撞|受伤|伤害|损害|事故|砸|夹|击伤)|(处于|尚在|仍在|仍处于)[^,;。]{0,4}(研发|测试|试验|道路测试)(阶段|中|过程)/;
const NOT_CIRCULATED = /(尚未|未曾|并未|没有|从未|未)(投入流通|上市|销售|对外销售|投放市场|投入市场|量产|定型)|(尚未|未曾|并未|从未|亦未|未)向[^,;。]{0,10}交付|工程样机|原型机/;
const PURCHASED = /购买|购得|采购|购入|外购|买受/;
const CIRCULATED = /已(经)?(投入流通|上市|销售|投放市场|投入市场)|上市(销售)?后|购买|购得|售出|出售给/;
const NOT_PRODUCT = /(不属于|不构成|不适用|并非|不是|无关)[^,;。]{0,10}产品责任|产品责任[^,;。]{0,8}(不适用|不能适用)/;
const TREATED_PRODUCT = /(承担|构成|成立|属于|适用|按照|依照)[^,;。]{0,6}产品责任|产品(存在|具有)[^,;。]{0,6}缺陷|缺陷产品/;

// ---------------------------------------------------------------- reading

/** The clause (within the clause text) holding `at`, split at ，；： */
function clauseAround(t: string, at: number): string {
  const { start, end } = clauseAt(t, at);
  return t.slice(start, end);
}

const GLOBAL = new Map<RegExp, RegExp>();
function globalOf(re: RegExp): RegExp {
  let g = GLOBAL.get(re);
  if (!g) GLOBAL.set(re, (g = new RegExp(re.source, 'g')));
  return g;
}

/**
 * A match of `re` that its own clause does not negate, doubt or make conditional
 * (因产品存在缺陷造成他人损害的, 是否存在缺陷), and that is not the text of a statute quoted
 * after 第…条规定，.
 */
function affirmedMatch(t: string, re: RegExp): RegExpExecArray | undefined {
  if (!re.test(t)) return undefined;
  for (const m of t.matchAll(globalOf(re))) {
    const at = m.index!;
    const { start, end } = clauseAt(t, at);
    // Blanked titles and quotations do not separate a negation from what it negates.
    const before = t.slice(start, at).replace(/\s+/g, '');
    if (NEG_BEFORE.test(before) || UNPROVEN.test(before) || QUOTES_STATUTE.test(t.slice(Math.max(0, start - 40), at))) continue;
    const clause = t.slice(start, end);
    if (/^\s*(因|凡|如|若|对于)/.test(clause) && /的\s*$/.test(clause)) continue;
    // 原告要求…承担连带责任的诉讼请求，本院不予支持: a view or request the court turns down.
    if (VIEW.test(clause) && REJECTING.test(t.slice(at, at + clause.length + 40))) continue;
    return m as RegExpExecArray;
  }
  return undefined;
}

interface Actor {
  name: string;
  kind: 'plaintiff' | 'product' | 'other';
}

/** The actor named last in `text` (the subject a following predicate most likely has). */
function lastActor(text: string, actors: readonly Actor[]): Actor | undefined {
  let best: Actor | undefined;
  let at = -1;
  for (const a of actors) {
    // 对原告损害的发生存在过错: a name after 对/向/给/致 is the object, not the one at fault.
    let i = text.lastIndexOf(a.name);
    while (i > 0 && /[对向给致使令]/.test(text[i - 1]!)) i = text.lastIndexOf(a.name, i - 1);
    if (i > at || (i === at && i >= 0 && best && a.name.length > best.name.length)) [best, at] = [a, i];
  }
  return best;
}

function courtOpens(s: Sentence, voices: Voices): boolean {
  return voices(s)[0]?.speaker === 'court';
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
export function assertsPersonhood(t: string, otherNames: readonly string[]): boolean {
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
  // Per sentence of 查明 and 本院认为: the court's own clauses (for findings), and the whole
  // sentence (for what the reasoning addresses, which anyone's words may raise).
  const sentences: { s: Sentence; court: string; all: string }[] = [];
  for (const s of doc.sentences) {
    if ((s.section !== 'findings' && s.section !== 'reasoning') || s.heading) continue;
    const court = voices(s).filter((c) => c.speaker === 'court').map((c) => c.text).join(',');
    sentences.push({ s, court, all: s.masked });
  }
  const courtText = sentences.map((x) => x.court).join('。');
  const cause = doc.sentences.some((s) => (s.section === 'title' || s.section === 'procedure') && PL_CAUSE.test(s.masked));
  const aiRelated = facts.genAI || facts.embodied || doc.sentences.some((s) => s.section !== 'signature' && AI.test(s.masked));
  const device = facts.embodied || sentences.some((x) => affirmedMatch(x.court, DEVICE) !== undefined);
  const chatOnly = !device && CHAT_SERVICE.test(courtText);
  const aiProduct = aiRelated && !chatOnly && (cause || (PL_WORDS.test(courtText) && (device || /软件|系统|程序/.test(courtText))));

  const product: ProductFacts = { aiRelated, aiProduct, personhood: [] };
  const plaintiffNames = namesOf(parties, (p) => p.role === 'plaintiff');
  const partyNames = namesOf(parties, () => true);
  const sellerNames = namesOf(parties, (p) => p.role === 'defendant' && facts.defendantRoles.get(p) === 'seller');
  const designerNames = namesOf(parties, (p) => p.role === 'defendant' && facts.defendantRoles.get(p) === 'designer');
  const producerNames = namesOf(parties, (p) => p.role === 'defendant' && (facts.defendantRoles.get(p) === 'producer' || facts.defendantRoles.get(p) === 'designer'));
  const actors: Actor[] = [
    ...parties.flatMap((p) =>
      [p.name, ...p.aliases]
        .filter((n) => n.length >= 2)
        .map((name): Actor => ({ name, kind: p.role === 'plaintiff' ? 'plaintiff' : p.role === 'defendant' && productSide(p) ? 'product' : 'other' })),
    ),
    ...['原告'].map((name): Actor => ({ name, kind: 'plaintiff' })),
    ...['使用人', '使用者', '用户', '驾驶人', '驾驶员', '车主', '操作人员', '操作者', '监护人'].map((name): Actor => ({ name, kind: 'other' })),
    ...['生产者', '销售者', '设计者', '制造商', '生产商', '产品'].map((name): Actor => ({ name, kind: 'product' })),
  ];
  // A defendant on the product's side: producer, seller, designer … or a company whose role is not
  // stated. A person sued beside them with no role stated (刘某某, the drone's operator) is a user.
  function productSide(p: Party): boolean {
    const role = facts.defendantRoles.get(p) ?? 'unknown';
    return role === 'unknown' ? p.kind !== 'natural' : role !== 'user';
  }
  const set = <K extends keyof ProductFacts>(k: K, v: ProductFacts[K] | undefined) => {
    if (v !== undefined && product[k] === undefined) product[k] = v;
  };

  for (const { s, court: t, all } of sentences) {
    const i = s.index;
    const affirmed = (re: RegExp) => affirmedMatch(t, re);
    const addressed = (re: RegExp) => affirmedMatch(all, re) !== undefined;
    const reasoning = s.section === 'reasoning';
    const reports = REPORTING.test(all);
    const rejects = REJECTING.test(all);
    if (!t.trim()) continue;

    // PL001: a subject is carried from clause to clause.
    if (!reports && !rejects && assertsPersonhood(t, partyNames)) product.personhood.push(i);

    // PL002: the plaintiff made to prove fault, or fault made a condition of liability.
    const proves = PLAINTIFF_PROVES_FAULT.exec(t);
    if (proves) {
      const clause = clauseAround(t, proves.index);
      const byPlaintiff = /原告/.test(clause) || mentionsAny(clause, plaintiffNames);
      if (byPlaintiff && !/(无须|无需|不必|不需要|不负|并非)[^,;。]{0,8}证明/.test(clause) && !/(无|非)过错/.test(clause) && affirmed(PLAINTIFF_PROVES_FAULT)) set('faultRequired', i);
    }
    // 原告主张被告承担侵权责任，应当举证证明被告…存在过错: the court allocating the burden, though
    // the sentence opens on the plaintiff's claim (which the voices read as the plaintiff's words).
    const duty = reasoning && !reports && !rejects ? PLAINTIFF_DUTY.exec(all) : null;
    if (duty) {
      const { start } = clauseAt(all, duty.index);
      const before = start > 0 ? all.slice(clauseAt(all, start - 2).start, start) : '';
      if (/^\s*(原告|被侵权人)(主张|请求|要求)/.test(before) && !/(无须|无需|不必|不需要|不负)/.test(all.slice(start, duty.index))) set('faultRequired', i);
    }
    if (reasoning && !reports && affirmed(FAULT_PRINCIPLE)) set('faultRequired', i);
    if (reasoning && (PRODUCER_WORDS.test(t) || mentionsAny(t, producerNames)) && NO_FAULT_EXCUSE.test(t) && NOT_LIABLE.test(t) && !/无过错责任/.test(all)) set('faultRequired', i);
    if (reasoning && addressed(NO_FAULT_HELD)) set('noFaultHeld', i);

    // PL003: the designer reachable only through recourse.
    // The court's holding on the designer is often put as what the plaintiff may not claim
    // (白某某无权直接向其主张赔偿), which reads as the plaintiff's words: the whole sentence counts
    // when the court opens it.
    const d = courtOpens(s, voices) ? all : t;
    const aboutDesigner = DESIGNER.test(d) || mentionsAny(d, designerNames);
    if (reasoning && aboutDesigner) {
      if (affirmedMatch(d, DESIGNER_DIRECT) && !NOT_DIRECT.test(d)) set('designerDirect', i);
      const third = THIRD_PARTY_ARTICLE.test(d) && !NOT_THIRD_PARTY.test(d);
      if (third || affirmedMatch(d, NOT_DIRECT)) set('designerThirdParty', i);
    }

    // PL004: the seller's ultimate liability, or a final share of it, without its fault.
    if (reasoning && !STATUTE_CONDITIONAL.test(all) && !reports) {
      const aboutSeller = SELLER.test(t) || mentionsAny(t, sellerNames);
      const amongDefendants = (PRODUCER_WORDS.test(t) || mentionsAny(t, producerNames) || /(二|两|各)被告/.test(t)) && aboutSeller;
      if ((aboutSeller && affirmed(ULTIMATE)) || affirmed(RECOURSE_TO_SELLER) || (amongDefendants && affirmed(SHARES))) set('sellerUltimate', i);
    }
    if (reasoning && addressed(INTERMEDIATE)) set('sellerIntermediate', i);
    if ((SELLER.test(all) || mentionsAny(all, sellerNames)) && addressed(SELLER_FAULT) && !/无过错|不存在过错|没有过错|无任何过错/.test(all) && !STATUTE_CONDITIONAL.test(all)) set('sellerFault', i);

    // PL005: the burden of proving the defect reversed.
    if (reasoning && !STATUTORY_EXEMPTION.test(t)) {
      const rev = affirmed(REVERSAL);
      const nd = affirmed(DEFENDANT_PROVES_NO_DEFECT);
      const byDefendant = nd && !/原告/.test(clauseAround(t, nd.index)) && !/(无须|无需|不必|不负)[^,;。]{0,8}证明/.test(clauseAround(t, nd.index));
      if ((rev && /缺陷|产品/.test(all)) || byDefendant) set('burdenReversed', i);
    }
    if (addressed(EASED)) set('burdenEased', i);

    // PL006 / PL010: a defect found, and its type.
    const df = affirmed(DEFECT_FOUND);
    // 产品责任以产品存在缺陷为构成要件 states the law, it finds nothing.
    if (df && !/(不存在|没有|无|并无|不具有|并非)[^,;。]{0,8}缺陷/.test(t) && !/为(构成)?(要件|前提|条件)/.test(clauseAround(t, df.index))) set('defectFound', i);
    if (addressed(DEFECT_TYPE)) set('defectTypeNamed', i);

    // PL007
    if (affirmed(KNOWING) || affirmed(NO_REMEDY)) set('punitiveFault', i);
    if (affirmed(SERIOUS) && !/未(造成|导致|致)[^,;。]{0,10}(死亡|健康严重损害|重伤|伤残)/.test(t)) set('seriousHarm', i);

    // PL008
    if (reasoning && PUNITIVE.test(all) && !OTHER_PUNITIVE_BASIS.test(all) && !MULTIPLE_CAP.test(all) && !rejects) {
      for (const m of t.matchAll(MULTIPLE)) {
        const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : CN_SMALL[m[1]!] ?? 0;
        if (n > 2 && !NEG_BEFORE.test(t.slice(Math.max(0, m.index! - 8), m.index!))) set('punitiveMultiple', { sentence: i, multiple: n });
      }
    }

    // PL009
    if (reasoning && DEV_RISK.test(t) && ACCEPTS.test(t) && !DOUBTS.test(t)) set('devRiskAccepted', i);
    if (TRACKING.test(all)) set('trackingAddressed', i);

    // PL010: whose fault — the nearest party named before it in the sentence (a subject carries
    // across clauses: 关某某低头查看手机，未尽到…义务，存在过错).
    const uf = affirmed(USER_FAULT);
    if (uf && !/(无|不存在|没有|并无)(过错|过失)/.test(clauseAround(t, uf.index)) && !product.userFault) {
      const who = lastActor(t.slice(0, uf.index), actors);
      if (who && who.kind !== 'product') product.userFault = { sentence: i, userIsPlaintiff: who.kind === 'plaintiff' };
    }
    if (addressed(REDUCTION)) {
      set('reductionApplied', i);
      // The split that also weighs the user's fault (确定刘某某承担50%…) is where a judge looks first.
      if (product.userFault && product.userFault.sentence >= i - 1 && s.block === doc.sentences[product.userFault.sentence]!.block) set('reductionWithUserFault', i);
    }
    if (addressed(JOINT)) set('jointApplied', i);

    // PL011
    if ((affirmed(RND_HARM) || NOT_CIRCULATED.test(t)) && !CIRCULATED.test(t)) set('rndStage', i);
    // A part bought from a supplier was in circulation, whatever stage the buyer's product was in.
    if (s.section === 'findings' && PURCHASED.test(t)) set('purchased', i);
    if (NOT_PRODUCT.test(all)) set('notProduct', i);
    else if (reasoning && affirmed(TREATED_PRODUCT)) set('treatedAsProduct', i);
  }
  // The court's own reliance on 第1202–1203条 treats the case as product liability too.
  if (product.treatedAsProduct === undefined && product.notProduct === undefined) {
    const c = citations.find((c) => c.byCourt && c.law?.id === 'civil-code' && (c.article === 1202 || c.article === 1203));
    if (c) product.treatedAsProduct = c.sentence;
  }
  return product;
}

const CN_SMALL: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
