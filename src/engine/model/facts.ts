/**
 * The facts of the case the rules need (RULES.md, "What the engine must understand first").
 * Each fact is read from the court's own sentences (查明, 本院认为) unless said otherwise, with
 * quotations masked and negated mentions (不存在故意, 并非…) discarded.
 */
import type { JudgmentDocument, Sentence } from '../document/document';
import type { Party } from './parties';
import type { Voices } from './voices';
import { parseChineseNumeral } from '../text/numbers';
import { clauseAt } from '../text/clauses';

export type Right =
  | 'lifeBodyHealth' | 'reputation' | 'honour' | 'privacy' | 'personalInformation' | 'portrait' | 'voice' | 'name'
  | 'copyright' | 'trademark' | 'patent';

export const PERSONALITY_RIGHTS: ReadonlySet<Right> = new Set(['reputation', 'honour', 'privacy', 'personalInformation', 'portrait', 'voice', 'name']);
export const IP_RIGHTS: ReadonlySet<Right> = new Set(['copyright', 'trademark', 'patent']);

export type Stage = 'training' | 'generation' | 'removal';
export type Measures = 'none' | 'partial' | 'adequate' | 'unknown';
export type Fault = 'none' | 'negligence' | 'gross' | 'intent' | 'unknown';
export type DefendantRole = 'provider' | 'developer' | 'deployer' | 'platform' | 'user' | 'producer' | 'seller' | 'designer' | 'unknown';

export interface Evidence {
  sentence: number;
  text: string;
}

export interface CaseFacts {
  genAI: boolean;
  genAIEvidence: Evidence[];
  /** Harm caused by an AI product in circulation (model/product.ts decides). */
  aiProduct: boolean;
  embodied: boolean;
  rights: Right[];
  stage: Stage;
  notice: boolean;
  measuresAfterNotice: Measures;
  fault: Fault;
  /** The stage the intent finding concerns, where one is found, and the sentences that find it. */
  intentStage?: 'generation' | 'removal';
  intentSentences: number[];
  /** Earliest date named in the findings (ISO yyyy-mm-dd). */
  factsDate?: string;
  /** The judgment's own date (the signature's 二〇二五年三月十日), ISO. */
  judgmentDate?: string;
  defendantRoles: Map<Party, DefendantRole>;
}

// ---------------------------------------------------------------- vocabulary

const GENAI_STRONG = /生成式人工智能|人工智能生成|生成式AI|AIGC|大模型|大语言模型|语言模型|聊天机器人|对话机器人|文生图|文生视频|图生图|AI绘画|AI绘图|AI生成|AI聊天|AI陪伴|AI换脸|AI声音|智能体(?![型温重态积检育表])|ChatGPT|GPT-?\d|文心一言|通义千问|豆包|Kimi|提示词|prompt|深度合成|人工智能服务|人工智能模型|AI模型|AI助手|智能助手|模型输出|模型生成|自动生成/i;
const GENAI_WEAK = /人工智能|AI|算法|模型|生成/g;

const RIGHTS: [Right, RegExp][] = [
  ['lifeBodyHealth', /生命权|身体权|健康权|人身损害|人身伤害|身体损伤|身体伤害|人身伤亡|人身损失|(烧|烫|摔|撞|砸|夹|咬|割|刺)伤|骨折|伤残|残疾赔偿金|死亡赔偿金/],
  ['reputation', /名誉权|名誉|诽谤|社会评价/],
  ['honour', /荣誉权/],
  ['privacy', /隐私权|隐私/],
  ['personalInformation', /个人信息/],
  ['portrait', /肖像权|肖像/],
  ['voice', /声音权|声音权益|声音/],
  ['name', /姓名权/],
  ['copyright', /著作权|版权|信息网络传播权|复制权|改编权/],
  ['trademark', /商标权|商标/],
  ['patent', /专利权|专利/],
];

const NEGATION_BEFORE = /(不|无|非|未|没有|并无|并非|难谓|难以认定|不存在|不具有|不具备|排除|而非|否认|不构成)[^,;。]{0,6}$/;

/** True when `term` at `at` in `text` is not negated within its clause. */
function affirmed(text: string, at: number): boolean {
  const before = text.slice(clauseAt(text, at).start, at);
  // 无证据表明其存在故意, 尚不足以认定…故意: the clause denies what follows.
  return !NEGATION_BEFORE.test(before) && !NO_PROOF.test(before);
}

const NO_PROOF = /(无|没有|缺乏|尚无|并无)(证据|事实)(表明|证明|显示|证实)|(不能|难以|不足以|无法)[^,;。]{0,4}(认定|证明|表明)|(未|并未|亦未|没有|不予)(能)?认定/;

function courtSentences(doc: JudgmentDocument): Sentence[] {
  return doc.sentences.filter((s) => (s.section === 'findings' || s.section === 'reasoning') && !s.heading);
}

// ---------------------------------------------------------------- readings

function readGenAI(doc: JudgmentDocument): { genAI: boolean; evidence: Evidence[] } {
  const evidence: Evidence[] = [];
  let weak = 0;
  for (const s of doc.sentences) {
    if (s.section === 'signature' || s.section === 'appeal') continue;
    const m = GENAI_STRONG.exec(s.text);
    if (m) {
      if (evidence.length < 5) evidence.push({ sentence: s.index, text: m[0] });
    } else if (s.section === 'findings' || s.section === 'reasoning') {
      weak += (s.text.match(GENAI_WEAK) ?? []).length;
    }
  }
  return { genAI: evidence.length > 0 || weak >= 6, evidence };
}

function readRights(doc: JudgmentDocument): Right[] {
  const found = new Set<Right>();
  for (const s of doc.sentences) {
    // The cause of action (案由) in the title or procedure, and the court's reasoning.
    const cause = (s.section === 'procedure' || s.section === 'title') && /纠纷/.test(s.text);
    if (!cause && s.section !== 'reasoning') continue;
    const t = s.masked;
    for (const [right, re] of RIGHTS) if (re.test(t)) found.add(right);
  }
  return [...found];
}

const NOTICE = /(通知|投诉|举报|律师函|告知函|发函|去函|致函|反馈)[^。]{0,30}(被告|平台|客服|其)|(收到|接到|接获)[^。,]{0,12}(通知|投诉|举报|函)|(提交|发送|发出|寄送)[^。,]{0,12}(投诉|通知|举报|律师函|告知函)/;
const NOTICE_DEFECT = /通知(不合格|不符合|未包含|缺乏|不具备)|未提供(身份|真实身份|初步证据|侵权内容)/;
const MEASURES_PARTIAL = /(仅|只)(屏蔽|删除|过滤|处理|下架)(了)?(部分|个别|少量|若干)?|(仅|只)(对|就|针对)[^。,;]{0,20}(屏蔽|删除|过滤|设置|处理)|部分(屏蔽|删除|过滤)|措施(不足|不充分|不到位|不力)|仍(然)?(能|可|可以|会|能够)(再次)?生成/;
const MEASURES_NONE = /未采取[^。,;]{0,20}?措施|未(作|予|进行)(任何)?(处理|回应|回复)|置之不理|不予理会|仍未(删除|屏蔽|处理)|未删除|未屏蔽/;
const MEASURES_ADEQUATE = /(及时|迅速|立即|已经?|当即)(删除|屏蔽|过滤|下架|断开|采取(了)?(必要|有效)?措施)/;

function readRemoval(doc: JudgmentDocument): { notice: boolean; measures: Measures } {
  let notice = false;
  let defect = false;
  const seen = { none: false, partial: false, adequate: false };
  for (const s of courtSentences(doc)) {
    const t = s.masked;
    const n0 = NOTICE.exec(t);
    // 原告起诉前未向被告发出通知 is no notice.
    if (n0 && affirmed(t, n0.index) && !/(未|没有|并未|从未|未曾)[^,;。]{0,12}$/.test(t.slice(0, n0.index)) && !/(未|没有)/.test(n0[0])) notice = true;
    if (NOTICE_DEFECT.test(t)) defect = true;
    const p = MEASURES_PARTIAL.exec(t);
    if (p && affirmed(t, p.index)) seen.partial = true;
    const n = MEASURES_NONE.exec(t);
    if (n && !/(并非|不是|并不是)$/.test(t.slice(Math.max(0, n.index - 4), n.index))) seen.none = true;
    const a = MEASURES_ADEQUATE.exec(t);
    if (a && affirmed(t, a.index)) seen.adequate = true;
  }
  if (!notice || defect) return { notice: notice && !defect, measures: 'unknown' };
  const measures: Measures = seen.partial ? 'partial' : seen.none ? 'none' : seen.adequate ? 'adequate' : 'unknown';
  return { notice: true, measures };
}

const TRAINING =
  /未经(原告)?(许可|授权|同意)[^。]{0,30}(训练|素材|语料)|(训练|语料|素材)[^。]{0,30}未经(原告)?(许可|授权|同意)|(专门|刻意|有意|有意识地|特意)[^。]{0,20}(模仿|复刻|复现|再现|还原|克隆|训练数据|训练素材|训练语料)/;

function readTraining(doc: JudgmentDocument): boolean {
  for (const s of doc.sentences) {
    if (s.section !== 'reasoning' || s.heading) continue;
    const t = s.masked;
    const m = TRAINING.exec(t);
    if (m && affirmed(t, m.index)) return true;
  }
  return false;
}

const INTENT = /间接故意|故意|明知|持放任(的)?态度|放任(的)?心态/g;
const GROSS = /重大过失/g;
const NEGLIGENCE = /过失|过错|未尽到?(合理的?)?注意义务|未尽到?[^,;。]{0,8}义务/g;
const NO_FAULT = /(不存在|没有|无|不具有|并无)(主观)?过错|不存在过失|无过失/;
// 故意或者重大过失 quotes the statute's disjunction; it is no finding.
const DISJUNCTION = /(故意或(者)?(重大)?过失|故意或(者)?重大过失|(重大)?过失或(者)?故意)/g;

function readFault(doc: JudgmentDocument, voices: Voices, others: string[]): { fault: Fault; intentStage?: 'generation' | 'removal'; intentSentences: number[] } {
  const intentSentences: number[] = [];
  let intentStage: 'generation' | 'removal' | undefined;
  let gross = false;
  let negligence = false;
  let none = false;
  for (const s of doc.sentences) {
    if (s.section !== 'reasoning' || s.heading) continue;
    // The court's own clauses only: 原告主张被告具有故意 is the plaintiff's word, not a finding.
    const t = s.masked.replace(DISJUNCTION, (m) => ' '.repeat(m.length));
    const court = voices(s).filter((c) => c.speaker === 'court');
    const inCourt = (at: number) => court.some((c) => c.start <= at && at < c.end);
    const userLed = others.some((n) => t.slice(0, 16).includes(n)) || (/^\s*(其|他|她)/.test(t) && othersLead(doc, s, others));
    for (const m of t.matchAll(INTENT)) {
      if (!inCourt(m.index!) || !affirmed(t, m.index!) || !findsIntent(t, m.index!)) continue;
      // 明知产品存在缺陷仍然销售 is 第1207条's knowledge of a product defect, not intent to harm by content.
      if (/^[^,;。]{0,16}缺陷/.test(t.slice(m.index! + m[0].length))) continue;
      // 庄某某明知…仍利用文生图服务伪造: the user's intent is not the provider's.
      const clauseStart = Math.max(t.lastIndexOf(',', m.index!), t.lastIndexOf(';', m.index!), 0);
      const subject = t.slice(Math.max(0, t.lastIndexOf(',', clauseStart - 1) + 1), m.index!);
      if (others.some((n) => subject.includes(n)) && !/(服务提供者|提供者|平台)/.test(subject)) continue;
      // The sentence is about a user (王某某明知…，主观上具有故意; 王某某系使用者。其明知…), unless the clause turns to a provider.
      if (userLed) {
        const clause = t.slice(clauseStart, clauseAt(t, m.index!).end);
        if (!/(服务提供者|提供者|平台|公司|被告)/.test(clause) || others.some((n) => clause.includes(n))) continue;
      }
      if (!intentSentences.includes(s.index)) intentSentences.push(s.index);
      intentStage = /通知|收到|接到|投诉|移除|删除|屏蔽/.test(s.text) ? 'removal' : 'generation';
    }
    for (const m of t.matchAll(GROSS)) if (inCourt(m.index!) && affirmed(t, m.index!)) gross = true;
    for (const m of t.matchAll(NEGLIGENCE)) if (inCourt(m.index!) && affirmed(t, m.index!)) negligence = true;
    if (court.some((c) => NO_FAULT.test(c.text))) none = true;
  }
  if (intentSentences.length) return { fault: 'intent', ...(intentStage ? { intentStage } : {}), intentSentences };
  if (gross) return { fault: 'gross', intentSentences };
  if (negligence) return { fault: 'negligence', intentSentences };
  return { fault: none ? 'none' : 'unknown', intentSentences };
}

/** Whether the sentence before `s`, in the same paragraph, opens with a party that is not a provider. */
function othersLead(doc: JudgmentDocument, s: JudgmentDocument['sentences'][number], others: string[]): boolean {
  const prev = doc.sentences[s.index - 1];
  if (!prev || prev.block !== s.block) return false;
  const lead = prev.masked.slice(0, 16);
  return others.some((n) => lead.includes(n));
}

/**
 * A finding of intent names the defendant and says it had it (存在故意, 构成间接故意, 明知…仍,
 * 持放任态度); a general statement (赔礼道歉多适用于故意侵权的场合) finds nothing.
 */
function findsIntent(t: string, at: number): boolean {
  const { start: clauseStart, end: clauseEnd } = clauseAt(t, at);
  const clause = t.slice(clauseStart, clauseEnd);
  if (/一般|通常|多适用|适用于|场合|情形|若|如果|的话|是否|或者|或/.test(clause)) return false;
  if (t.slice(at, at + 2) === '明知' || t.slice(at, at + 2) === '放任') return true;
  return /(被告|其|服务提供者|提供者|公司)/.test(t.slice(0, clauseEnd)) && /(存在|具有|构成|属于|系|出于|主观|认定|放任|具备)/.test(clause);
}

const EMBODIED = /人形机器人|(?<!聊天|对话|问答|客服)机器人|自动驾驶|智能汽车|智能网联汽车|辅助驾驶|领航驾驶|智能驾驶|手术机器人|无人机|智能设备|车辆[^。]{0,20}(自动|大模型|智能|领航)|(大模型|智能系统)[^。]{0,20}(控制|驾驶)车辆/;

/** 二〇二五年三月十日 (or 2025年3月10日) in the signature block, or the last such date in the draft. */
function readJudgmentDate(doc: JudgmentDocument): string | undefined {
  const DATE = /([二〇零一三四五六七八九○Ｏ]{4}|20\d{2})\s{0,2}年\s{0,2}([一二三四五六七八九十]{1,3}|\d{1,2})\s{0,2}月\s{0,2}([一二三四五六七八九十]{1,3}|\d{1,2})\s{0,2}日/g;
  const toNumber = (x: string) => (/^\d+$/.test(x) ? Number(x) : parseChineseNumeral(x.replace(/[○Ｏ]/g, '〇')));
  let found: string | undefined;
  for (const s of doc.sentences) {
    if (s.section !== 'signature' && s.section !== 'appeal') continue;
    for (const m of s.text.matchAll(DATE)) {
      const [y, mo, d] = [toNumber(m[1]!), toNumber(m[2]!), toNumber(m[3]!)];
      if (!y || !mo || !d || y < 1990 || y > 2100 || mo > 12 || d > 31) continue;
      found = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    }
  }
  return found;
}

function readDate(doc: JudgmentDocument): string | undefined {
  let best: string | undefined;
  for (const s of doc.sentences) {
    if (s.section !== 'findings') continue;
    for (const m of s.text.matchAll(/(20\d{2}|19\d{2})\s{0,1}年\s{0,1}(\d{1,2})\s{0,1}月(?:\s{0,1}(\d{1,2})\s{0,1}日)?/g)) {
      const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${(m[3] ?? '1').padStart(2, '0')}`;
      if (!best || iso < best) best = iso;
    }
  }
  return best;
}

// Provider words first: 灵思公司系…的运营者，向用户提供… is a provider whatever follows.
const ROLE_WORDS: [DefendantRole, RegExp][] = [
  ['provider', /服务提供者|提供者|运营者|运营|提供[^。]{0,10}服务/],
  ['developer', /开发者|研发/],
  ['deployer', /部署者|部署/],
  ['producer', /生产者|制造商|生产商/],
  ['seller', /销售者|经销商|销售商/],
  ['designer', /设计者/],
  ['platform', /平台/],
  ['user', /(系|是|作为|为)[^,;。]{0,10}(用户|使用者|使用人|网络用户)/],
];

const NOT_ROLE = /(并非|不是|并不是|不属于|而非|既非|亦非|也非|也不是|不系|不能认定为|不应认定为)[^,;。]{0,10}?(服务提供者|提供者|运营者|开发者|部署者|生产者|制造商|销售者|设计者|平台)/g;

function readRoles(doc: JudgmentDocument, parties: Party[], genAI: boolean): Map<Party, DefendantRole> {
  const roles = new Map<Party, DefendantRole>();
  for (const p of parties) {
    if (p.role !== 'defendant') continue;
    let role: DefendantRole = 'unknown';
    const names = [p.name, ...p.aliases];
    for (const s of doc.sentences) {
      if (s.section === 'claims' || s.section === 'defence') continue;
      const t = s.masked;
      const at = names.map((n) => t.indexOf(n)).filter((i) => i >= 0);
      if (at.length === 0) continue;
      // 并非服务提供者: a role the court denies is no role.
      const near = t.slice(Math.min(...at), Math.min(...at) + 60).replace(NOT_ROLE, '');
      const hit = ROLE_WORDS.find(([, re]) => re.test(near));
      if (hit && /(系|是|作为|为|属于|即)/.test(near)) {
        role = hit[0];
        if (role !== 'platform') break;
      }
    }
    if (role === 'unknown' && genAI) role = p.kind === 'organisation' ? 'provider' : 'unknown';
    roles.set(p, role);
  }
  return roles;
}

export function readFacts(doc: JudgmentDocument, parties: Party[], voices: Voices): CaseFacts {
  const { genAI, evidence } = readGenAI(doc);
  const rights = readRights(doc);
  const removal = readRemoval(doc);
  const training = genAI && readTraining(doc);
  // Removal: the harm went on after a qualifying notice. Adequate measures ended it, so the
  // harm is the generation stage's.
  const stage: Stage = training ? 'training' : removal.notice && (removal.measures === 'none' || removal.measures === 'partial') ? 'removal' : 'generation';
  const defendantRoles = readRoles(doc, parties, genAI);
  // Intent is the provider's to have: a user defendant's 明知 is about the user.
  const others = parties
    .filter((p) => p.role !== 'defendant' || !PROVIDER_ROLES.has(defendantRoles.get(p) ?? 'unknown'))
    .flatMap((p) => [p.name, ...p.aliases])
    .filter((n) => n.length >= 2);
  const fault = readFault(doc, voices, others);
  // Embodied: the harm came through the device (a collision, an injury), not a device merely named
  // in defamatory content (称某人因自动驾驶事故被追责).
  const court = doc.sentences.filter((s) => s.section === 'findings' || s.section === 'reasoning').map((s) => s.masked).join('');
  const personalityOnly = rights.length > 0 && !rights.includes('lifeBodyHealth');
  const embodied = EMBODIED.test(court) && (rights.includes('lifeBodyHealth') || (!personalityOnly && /(撞|碰撞|受伤|摔倒|摔伤|烫伤|夹伤|损毁|砸)/.test(court)));
  const facts: CaseFacts = {
    genAI,
    genAIEvidence: evidence,
    // Set by the product reading (model/product.ts), which needs the citations too.
    aiProduct: false,
    embodied,
    rights,
    stage,
    notice: removal.notice,
    measuresAfterNotice: removal.measures,
    fault: fault.fault,
    intentSentences: fault.intentSentences,
    defendantRoles,
  };
  // Intent found in a draft whose harm went on after an unheeded notice concerns that stage.
  if (fault.intentStage) facts.intentStage = stage === 'removal' ? 'removal' : 'generation';
  const date = readDate(doc);
  if (date) facts.factsDate = date;
  const judged = readJudgmentDate(doc);
  if (judged) facts.judgmentDate = judged;
  return facts;
}

/** The roles of a defendant that offers, develops or deploys the service ([Xu]'s broad "provider"). */
const PROVIDER_ROLES: ReadonlySet<DefendantRole> = new Set(['provider', 'developer', 'deployer', 'platform']);

/** Whether a defendant is treated as offering, developing or deploying the genAI service. */
export function isProvider(facts: CaseFacts, p: Party | undefined): boolean {
  if (!p) return false;
  const role = facts.defendantRoles.get(p);
  return role !== undefined && PROVIDER_ROLES.has(role);
}
