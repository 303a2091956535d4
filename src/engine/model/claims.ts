/**
 * Claims and what the court does with them.
 *
 * Three readings, one per kind of passage:
 * - the plaintiff's numbered claim items (诉讼请求 1. 2. 3.), stance `claimed`;
 * - the court's sentences in 查明 and 本院认为, read clause by clause: a stance word
 *   (予以支持 / 不予支持 / 应当… / 不宜…) decides the kinds named before it in the sentence and in
 *   its own clause, while the parties' reported words never decide anything themselves;
 * - the order items (一、二、三、), which grant what they order and deny what they 驳回.
 */
import type { Span } from '../types';
import { COURT_SECTIONS, sentenceSpan, type JudgmentDocument, type Section, type Sentence } from '../document/document';
import { maskQuotes, type Speaker } from '../text/clauses';
import { findAmounts, parseChineseNumeral, principalAmounts } from '../text/numbers';
import { findKinds, type ClaimKind } from './kinds';
import { partyNamed, type Party } from './parties';
import type { Voices } from './voices';

export type Stance = 'claimed' | 'granted' | 'denied' | 'undecided';

export interface ClaimMention {
  kind: ClaimKind;
  section: Section;
  stance: Stance;
  /** Whose words decided the stance (the court's, or the party whose claim it is). */
  speaker: Speaker;
  /** Disposed of without a decision on the merits (另案处理, 不予处理). */
  disposed: boolean;
  amount?: number;
  /** How the court fixed the amount, where the deciding sentence says (酌定 / 法定赔偿). */
  method?: 'discretionary' | 'statutory';
  sentence: number;
  /** Where the kind is named. */
  span: Span;
  /** Index into CaseModel.claimItems or CaseModel.orders. */
  item?: number;
  obligor?: Party;
  beneficiary?: Party;
}

export interface ClaimItem {
  number: number;
  label: string;
  sentences: number[];
  text: string;
  kinds: ClaimKind[];
  amounts: number[];
  /** Words naming what is asked for (搬家费, 租金差价) when no kind word does. */
  terms: string[];
  span: Span;
  /** The kind was inferred (money asked for under a name of its own), so terms decide first. */
  inferred: boolean;
  /** How the court answered the item, if it did. */
  answer?: { how: 'kind' | 'term' | 'fees' | 'dismissal'; sentence?: number; stance?: 'granted' | 'denied' | 'disposed' };
}

export type Disposition = 'grant' | 'deny' | 'dismissRest' | 'dismissAll' | 'costs';

export interface OrderItem {
  number: number;
  label: string;
  style: NonNullable<Sentence['item']>['style'] | 'none';
  sentences: number[];
  text: string;
  disposition: Disposition;
  kinds: ClaimKind[];
  amounts: number[];
  obligor?: Party;
  beneficiary?: Party;
  /** The whole item, label included. */
  span: Span;
  /** The label (一、), or an empty span where the item has none. */
  labelSpan: Span;
  /** From after the label to before the item's closing ； or 。 */
  contentSpan: Span;
  /** The deadline phrase as written (于本判决生效之日起十日内), if any. */
  deadline?: string;
  /** The bundled sum of an item that adds several kinds up (经济损失及合理开支共计…元). */
  total?: number;
  /** Where the item publishes a statement: general media (报纸, 网站首页) or the fitting ways (推送, 专门页面). */
  publication?: 'media' | 'fitting';
  /** The item serves 消除影响、恢复名誉 (by kind or in its own words). */
  servesElimination: boolean;
  /** The item names the cost of a notice (律师函费用, 通知费用). */
  namesNoticeFee: boolean;
  /** The item names an IP right or work (著作权, 作品, 署名, 商标, 专利). */
  namesIP: boolean;
}

const MEDIA = /报纸|报刊|日报|晚报|法制报|期刊|杂志|电视台?|广播|媒体|网站首页|首页显著位置|官方网站|门户网站/;
const FITTING = /推送|专门(开辟)?(的)?页面|专门开辟|专题页面|专栏/;
/** 律师函费用, 通知的费用: what a notice cost. */
export const NOTICE_FEE = /(通知|律师函|告知函|发函)(的)?(费|费用)/;
/** Words that name an IP right or a work. */
export const IP_WORDS = /著作权|版权|作品|署名|商标|专利/;

// ---------------------------------------------------------------- stance words

const DISPOSE = /另案处理|另行(主张|起诉|解决|处理)|不予处理|不予理涉|本案不予审理/;
const DENY = /不予支持|不予准许|不予认可|不再支持|难以支持|不能支持|无法支持|驳回|不宜|不应当?|不再适用|无须|无需|不必|不需要|缺乏(事实(和|与|及)?)?(法律)?依据|依据不足|证据不足|于法无据|不能成立|不构成严重精神损害|不成立精神损害|已无必要|无必要|没有必要/;
const DENY_MODAL = /不宜|不应当?|无须|无需|不必|不需要/;
const GRANT = /予以支持|应予支持|亦予支持|一并支持|亦应支持|本院(予以)?支持|本院(对|就)[^,;。]{0,16}?(酌情|依法)?(予以)?支持|予以准许|于法有据|合法有据|酌定|酌情(确定|支持|判定|认定)|确定为/;
const GRANT_MODAL = /(应当|理应|应予|应|须|判令|确定|判定)[^,;。]{0,12}?(向原告|赔偿|支付|承担|赔礼|道歉|消除|恢复|删除|停止|刊登|发布|推送|澄清)/;
// 超出部分不予支持: the excess is denied, which grants the rest.
const EXCESS_DENIED = /^(对)?(超出|超过|其余|剩余|过高|多余|其他|高出)(的)?部分/;
// 该项诉讼请求, 此项请求, 上述主张: a decision about what the paragraph is about.
const ANAPHOR = /(该|此|这)(项|一)?(诉讼)?(请求|主张|诉请)|上述(诉讼)?(请求|主张)|对此/;
// Narrated facts (被告已删除…, 被告删除了…) are not remedies awaiting a decision.
const PERFECTIVE = /已经|已|业已|曾|了/;

interface ClauseStance {
  stance?: 'granted' | 'denied';
  disposed: boolean;
  modal: boolean;
}

function stanceOf(clause: string): ClauseStance {
  if (DISPOSE.test(clause)) return { disposed: true, modal: false };
  if (EXCESS_DENIED.test(clause.trim()) && DENY.test(clause)) return { stance: 'granted', disposed: false, modal: false };
  if (DENY.test(clause)) return { stance: 'denied', disposed: false, modal: DENY_MODAL.test(clause) };
  if (GRANT.test(clause)) return { stance: 'granted', disposed: false, modal: false };
  if (GRANT_MODAL.test(clause)) return { stance: 'granted', disposed: false, modal: true };
  return { disposed: false, modal: false };
}

// ---------------------------------------------------------------- helpers

function attachAmounts(masked: string, mentions: { at: number; m: ClaimMention }[]): void {
  for (const a of findAmounts(masked)) {
    // The amount belongs to the nearest kind named before it in the sentence.
    let best: { at: number; m: ClaimMention } | undefined;
    for (const x of mentions) if (x.at <= a.start && (!best || x.at > best.at)) best = x;
    if (best && best.m.amount === undefined) best.m.amount = a.yuan;
  }
}

const OBLIGOR = /^(被告|第三人)([^,;。]{0,40}?)(于|应|向|在|赔偿|支付|停止|删除|立即|自|须|就|对|,|$)/;
const BENEFICIARY = /(?:向|赔偿|支付|给付)(原告[^,;。]{0,24}?)(?:赔礼|道歉|支付|赔偿|经济|精神|各项|损失|合理|维权|\d|[一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾]|,|;|。|$)/;

function whoOwes(text: string, parties: Party[]): Party | undefined {
  const m = OBLIGOR.exec(text);
  if (m) return partyNamed(parties, m[1] === '第三人' ? 'third' : 'defendant', m[1]! + m[2]!);
  return undefined;
}

function whoReceives(text: string, parties: Party[]): Party | undefined {
  const m = BENEFICIARY.exec(text);
  if (m) return partyNamed(parties, 'plaintiff', m[1]!);
  const plaintiffs = parties.filter((p) => p.role === 'plaintiff');
  return plaintiffs.length === 1 ? plaintiffs[0] : undefined;
}

const DEADLINE = /于本判决(发生法律效力|生效)(之日|后)(起)?[^,;。]{0,6}?日内|自本判决(发生法律效力|生效)(之日|后)(起)?[^,;。]{0,6}?日内/;

// ---------------------------------------------------------------- extraction

export interface ClaimsReading {
  claimItems: ClaimItem[];
  orders: OrderItem[];
  mentions: ClaimMention[];
}

function groupItems(doc: JudgmentDocument, section: Section, stopAt?: RegExp): { first: Sentence; sentences: Sentence[] }[] {
  const groups: { first: Sentence; sentences: Sentence[] }[] = [];
  let current: { first: Sentence; sentences: Sentence[] } | undefined;
  let stopped = false;
  for (const s of doc.sentences) {
    if (s.section !== section || s.heading) {
      if (current && s.section !== section) current = undefined;
      continue;
    }
    if (stopAt && stopAt.test(s.text)) {
      stopped = true;
      current = undefined;
      continue;
    }
    if (stopped) continue;
    if (s.item) {
      current = { first: s, sentences: [s] };
      groups.push(current);
    } else if (current && s.block === current.sentences[current.sentences.length - 1]!.block) {
      current.sentences.push(s);
    } else if (current) {
      current = undefined;
    }
  }
  return groups;
}

/**
 * Requests listed without numbers (请求判令：二被告停止侵害…；赔礼道歉…；赔偿…。): each
 * ；-separated request of the claims paragraph is an item, numbered in order.
 */
function runOnRequests(doc: JudgmentDocument, stopAt: RegExp): { first: Sentence; sentences: Sentence[] }[] {
  const out: { first: Sentence; sentences: Sentence[] }[] = [];
  let started = false;
  for (const s of doc.sentences) {
    if (s.section !== 'claims' || s.heading) {
      if (started) break;
      continue;
    }
    if (stopAt.test(s.text)) break;
    if (!started && !/(诉讼请求|请求判令|请求法院|请求:)/.test(s.text)) continue;
    started = true;
    if (findKinds(s.masked).length || /(赔偿|支付|返还)[^;。]{0,40}元/.test(s.masked)) out.push({ first: s, sentences: [s] });
    if (s.text.endsWith('。')) break;
  }
  return out.length >= 2 ? out : [];
}

function spanOf(doc: JudgmentDocument, sentences: Sentence[]): Span {
  const a = sentenceSpan(doc, sentences[0]!);
  const b = sentenceSpan(doc, sentences[sentences.length - 1]!);
  return { start: a.start, end: b.end };
}

export function readClaims(doc: JudgmentDocument, parties: Party[], voices: Voices): ClaimsReading {
  const mentions: ClaimMention[] = [];

  // The plaintiff's claim items.
  const claimItems: ClaimItem[] = [];
  const STOP = /^(事实(和|与|及)理由|事实理由)/;
  let claimGroups = groupItems(doc, 'claims', STOP);
  if (claimGroups.length === 0) claimGroups = runOnRequests(doc, STOP);
  for (const g of claimGroups) {
    const text = g.sentences.map((s) => s.text).join('');
    const kinds = [...new Set(findKinds(maskQuotes(text)).map((k) => k.kind))];
    const amounts = principalAmounts(text).map((a) => a.yuan);
    const terms = kinds.length ? [] : termsOf(text);
    // 赔偿…搬家费20000元: money asked for under a name of its own is a property claim.
    const inferred = kinds.length === 0 && amounts.length > 0 && /(赔偿|支付|给付|返还)/.test(text);
    if (inferred) kinds.push('property');
    const index = claimItems.length;
    claimItems.push({
      // Bullets and unnumbered requests count in order: the first is item 1.
      number: g.first.item?.number || claimItems.length + 1,
      label: g.first.item?.label ?? '',
      sentences: g.sentences.map((s) => s.index),
      text,
      kinds,
      amounts,
      terms,
      inferred,
      span: spanOf(doc, g.sentences),
    });
    for (const s of g.sentences) {
      const ms = findKinds(s.masked, text).map((k) => ({
        at: k.start,
        m: {
          kind: k.kind, section: 'claims' as Section, stance: 'claimed' as Stance, speaker: 'plaintiff' as Speaker,
          disposed: false, sentence: s.index, span: sentenceSpan(doc, s, k.start, k.end), item: index,
        } satisfies ClaimMention,
      }));
      attachAmounts(s.masked, ms);
      mentions.push(...ms.map((x) => x.m));
    }
  }

  // The court's sentences. Parties may be named instead of 原告/被告 (陈某某主张…).
  // A paragraph's masked text, built once per paragraph (a one-line judgment is one huge paragraph).
  const paragraphs = new Map<number, string>();
  const paragraphOf = (block: number): string => {
    let t = paragraphs.get(block);
    if (t === undefined) {
      t = doc.blockSentences[block]!.map((i) => doc.sentences[i]!.masked).join('');
      paragraphs.set(block, t);
    }
    return t;
  };
  // 关于赔礼道歉。…该项诉讼请求，本院不予支持: a topic sentence names what the paragraph decides.
  let topic: { block: number; kinds: ClaimKind[]; sentence: Sentence; spans: Span[] } | undefined;
  for (const s of doc.sentences) {
    if (!COURT_SECTIONS.has(s.section) || s.section === 'orders' || s.section === 'costs' || s.heading) continue;
    if (topic && topic.block !== s.block) topic = undefined;
    const topicOpen = /^关于[^。,;]{1,24}([。:,]|$)/.exec(s.masked);
    if (topicOpen) {
      const ks = findKinds(topicOpen[0]);
      topic = ks.length
        ? { block: s.block, kinds: ks.map((k) => k.kind), sentence: s, spans: ks.map((k) => sentenceSpan(doc, s, k.start, k.end)) }
        : undefined;
    }
    const clauses = voices(s);
    const sentenceMentions: { at: number; m: ClaimMention }[] = [];
    let pending: ClaimMention[] = [];
    let carry: ClauseStance | undefined;
    const masked = s.masked;
    // Whether emotional harm is anxiety about future misuse is said anywhere in the paragraph.
    const paragraphText = paragraphOf(s.block);
    const decide = (ms: ClaimMention[], st: ClauseStance) => {
      for (const m of ms) {
        m.speaker = 'court';
        if (st.disposed) m.disposed = true;
        else if (st.stance) m.stance = st.stance;
      }
    };
    for (const c of clauses) {
      const kinds = findKinds(c.text, paragraphText.length < 2000 ? paragraphText : masked).map((k) => {
        const m: ClaimMention = {
          kind: k.kind, section: s.section, stance: 'undecided', speaker: c.speaker, disposed: false,
          sentence: s.index, span: sentenceSpan(doc, s, c.start + k.start, c.start + k.end),
        };
        sentenceMentions.push({ at: c.start + k.start, m });
        return m;
      });
      if (c.speaker !== 'court') {
        pending.push(...kinds);
        carry = undefined;
        continue;
      }
      const st = stanceOf(c.text);
      if ((st.stance || st.disposed) && pending.length === 0 && kinds.length === 0 && topic && topic.sentence !== s && ANAPHOR.test(s.masked)) {
        // The decision speaks of 该项请求: it decides the paragraph's topic.
        const t = topic;
        const ms = t.kinds.map((kind, i) => {
          const m: ClaimMention = { kind, section: s.section, stance: 'undecided', speaker: 'court', disposed: false, sentence: s.index, span: t.spans[i]! };
          sentenceMentions.push({ at: c.start, m });
          return m;
        });
        decide(ms, st);
        continue;
      }
      if (st.stance || st.disposed) {
        decide([...pending, ...kinds], st);
        pending = [];
        carry = st.modal ? st : undefined;
      } else if (kinds.length) {
        if (carry) decide(kinds, carry);
        else if (!PERFECTIVE.test(c.text)) pending.push(...kinds);
      }
    }
    attachAmounts(s.masked, sentenceMentions);
    const receiver = whoReceives(s.text, parties);
    // The method is named in the sentence, or for statutory damages anywhere in its paragraph (本院适用法定赔偿。…酌定…).
    const method =
      /法定赔偿/.test(masked) || (/法定赔偿/.test(paragraphText) && /酌定|酌情|确定/.test(masked)) ? 'statutory' : /酌定|酌情|综合(考虑|考量|确定|判定)/.test(masked) ? 'discretionary' : undefined;
    for (const { m } of sentenceMentions) {
      if (receiver) m.beneficiary = receiver;
      if (method && m.stance === 'granted') m.method = method;
      mentions.push(m);
    }
  }

  // The orders.
  const orders: OrderItem[] = [];
  let groups = groupItems(doc, 'orders');
  if (groups.length === 0) {
    // Orders without numbering: each sentence is an item.
    groups = doc.sentences.filter((s) => s.section === 'orders' && !s.heading).map((s) => ({ first: s, sentences: [s] }));
  }
  for (const g of groups) {
    const text = g.sentences.map((s) => s.text).join('');
    const masked = maskQuotes(text);
    const labelEnd = g.first.item?.labelEnd ?? 0;
    const body = masked.slice(labelEnd);
    const kinds = findKinds(body);
    let disposition: Disposition = 'grant';
    if (/驳回/.test(body)) {
      if (/其他|其它|其余|剩余/.test(body)) disposition = 'dismissRest';
      else if (/全部/.test(body) || kinds.length === 0) disposition = 'dismissAll';
      else disposition = 'deny';
    } else if (/(受理费|诉讼费)[^。]{0,60}(负担|承担)/.test(body)) disposition = 'costs';
    const last = g.sentences[g.sentences.length - 1]!;
    let contentEnd = last.text.length;
    while (contentEnd > 0 && /[;。,\s]/.test(last.text[contentEnd - 1]!)) contentEnd--;
    const firstSpan = sentenceSpan(doc, g.first);
    const labelSpan = labelEnd > 0 ? sentenceSpan(doc, g.first, 0, g.first.item!.label.length) : { start: firstSpan.start, end: firstSpan.start };
    const contentStart = sentenceSpan(doc, g.first, labelEnd, labelEnd + 1).start;
    const contentStop = sentenceSpan(doc, last, 0, Math.max(1, contentEnd)).end;
    const index = orders.length;
    const item: OrderItem = {
      number: g.first.item?.number ?? 0,
      label: g.first.item?.label ?? '',
      style: g.first.item?.style ?? 'none',
      sentences: g.sentences.map((s) => s.index),
      text,
      disposition,
      kinds: [...new Set(kinds.map((k) => k.kind))],
      amounts: principalAmounts(body).map((a) => a.yuan),
      span: spanOf(doc, g.sentences),
      labelSpan,
      contentSpan: { start: contentStart, end: Math.max(contentStart, contentStop) },
      servesElimination: kinds.some((k) => k.kind === 'eliminate') || /消除影响|恢复名誉/.test(body),
      namesNoticeFee: NOTICE_FEE.test(body) || kinds.some((k) => k.kind === 'noticeCost'),
      namesIP: IP_WORDS.test(body),
    };
    const deadline = DEADLINE.exec(body);
    if (deadline) item.deadline = deadline[0];
    if (/共计|合计|总计/.test(body) && item.amounts.length) item.total = item.amounts[item.amounts.length - 1]!;
    // The medium is often a title (《北京晚报》), which masking blanks: read the item as written.
    const plain = text.slice(labelEnd);
    if (FITTING.test(plain)) item.publication = 'fitting';
    else if (MEDIA.test(plain)) item.publication = 'media';
    const obligor = whoOwes(body, parties);
    if (obligor) item.obligor = obligor;
    if (disposition === 'grant') {
      const receiver = whoReceives(body, parties);
      if (receiver) item.beneficiary = receiver;
    }
    orders.push(item);
    // Mentions, sentence by sentence, so that each keeps its own range.
    for (const s of g.sentences) {
      const skip = s === g.first ? labelEnd : 0;
      const ms = findKinds(s.masked.slice(skip), masked).map((k) => ({
        at: k.start + skip,
        m: {
          kind: k.kind, section: 'orders' as Section,
          stance: (disposition === 'grant' ? 'granted' : disposition === 'costs' ? 'granted' : 'denied') as Stance,
          speaker: 'court' as Speaker, disposed: false, sentence: s.index,
          span: sentenceSpan(doc, s, k.start + skip, k.end + skip), item: index,
          ...(item.obligor ? { obligor: item.obligor } : {}),
          ...(item.beneficiary ? { beneficiary: item.beneficiary } : {}),
        } satisfies ClaimMention,
      }));
      attachAmounts(s.masked, ms);
      mentions.push(...ms.map((x) => x.m));
    }
  }

  relabelAnxiety(claimItems, orders, mentions);
  // An apology published in the media that the reasoning says serves 消除影响、恢复名誉
  // (应当在《法治日报》刊登致歉声明，向原告赔礼道歉，以消除影响、恢复名誉) serves them in the order too.
  const servingApology = mentions.some(
    (m) => m.kind === 'apology' && m.section === 'reasoning' && m.speaker === 'court' && m.stance === 'granted' && /消除影响|恢复名誉/.test(doc.sentences[m.sentence]!.masked),
  );
  if (servingApology) for (const o of orders) if (o.disposition === 'grant' && o.kinds.includes('apology') && o.publication === 'media') o.servesElimination = true;
  const withdrawn = withdrawnNumbers(doc);
  for (const item of claimItems) {
    const answer = answerTo(doc, item, orders, mentions, withdrawn);
    if (answer) item.answer = answer;
  }
  return { claimItems, orders, mentions };
}

const TERM_END = /(费|金|款|差价|开支|损失)/g;
const TERM_STOP = /[的及和与、其等讼理,;:。\s]/;

/**
 * 赔偿因被迫更换住所产生的搬家费及租金差价 → 搬家费, 租金, 租金差价: each thing asked for, as
 * its last word (费, 金, 款 …) with up to two characters before it — what a court repeats.
 */
function termsOf(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(TERM_END)) {
    const end = m.index! + m[0].length;
    // One and two characters before the last word: 借款 as well as 某借款, 搬家费 as well as 家费.
    for (let from = m.index! - 1; from >= Math.max(0, m.index! - 2); from--) {
      const c = text[from]!;
      if (!/[\u4e00-\u9fff]/.test(c) || TERM_STOP.test(c)) break;
      out.add(text.slice(from, end));
    }
  }
  return [...out];
}

/**
 * Whether the court answered a claim item: a decision on one of its kinds in the reasoning or
 * the orders; a decided sentence repeating its own terms (关于搬家费…不予支持); for 诉讼费用, the
 * fee allocation; or a general 驳回原告其他诉讼请求.
 */
// 王某某当庭撤回第五项诉讼请求…本院予以准许: a withdrawn item is disposed of.
const WITHDRAWN = /撤回[^,;。]{0,8}第([一二三四五六七八九十\d]{1,3})项(诉讼)?请求/g;

/** The items the court lets the plaintiff withdraw, by their number (several plaintiffs' lists may share one). */
function withdrawnNumbers(doc: JudgmentDocument): Map<number, number> {
  const out = new Map<number, number>();
  for (const s of doc.sentences) {
    if (s.section === 'claims' || s.section === 'defence' || !s.text.includes('撤回')) continue;
    for (const m of s.masked.matchAll(WITHDRAWN)) {
      const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : parseChineseNumeral(m[1]!);
      if (n !== undefined && !out.has(n)) out.set(n, s.index);
    }
  }
  return out;
}

function answerTo(doc: JudgmentDocument, item: ClaimItem, orders: OrderItem[], mentions: ClaimMention[], withdrawnItems: ReadonlyMap<number, number>): ClaimItem['answer'] {
  const withdrawn = withdrawnItems.get(item.number);
  if (withdrawn !== undefined) return { how: 'term', sentence: withdrawn, stance: 'disposed' };
  const byTerm = item.terms.length ? answerByTerms(doc, item) : undefined;
  if (item.inferred) return byTerm ?? byAmount(item, orders) ?? dismissal(orders);
  for (const k of item.kinds) {
    if (k === 'costs') {
      const fees = doc.sentences.find(
        (s) => (s.section === 'costs' || s.section === 'orders') && /(受理费|诉讼费)[^。]{0,80}(负担|承担)/.test(s.text),
      );
      if (fees) return { how: 'fees', sentence: fees.index, stance: 'granted' };
      continue;
    }
    const decided = mentions.find(
      (m) => m.kind === k && m.speaker === 'court' && (m.section === 'reasoning' || m.section === 'orders') && (m.stance === 'granted' || m.stance === 'denied' || m.disposed),
    );
    if (decided) return { how: 'kind', sentence: decided.sentence };
  }
  return byTerm ?? dismissal(orders);
}

/** Money asked under a name of its own (医疗费…共计186,400元) and ordered in that sum (各项损失186,400元). */
function byAmount(item: ClaimItem, orders: OrderItem[]): ClaimItem['answer'] {
  const asked = item.amounts[item.amounts.length - 1];
  if (asked === undefined) return undefined;
  const order = orders.find((o) => o.disposition === 'grant' && o.amounts.includes(asked));
  return order ? { how: 'kind', sentence: order.sentences[0]!, stance: 'granted' } : undefined;
}

function dismissal(orders: OrderItem[]): ClaimItem['answer'] {
  const general = orders.find((o) => o.disposition === 'dismissRest' || o.disposition === 'dismissAll');
  return general ? { how: 'dismissal', sentence: general.sentences[0]!, stance: 'denied' } : undefined;
}

/** A decided sentence of the reasoning or the orders that repeats the item's own words. */
function answerByTerms(doc: JudgmentDocument, item: ClaimItem): ClaimItem['answer'] {
  for (const s of doc.sentences) {
    if ((s.section !== 'reasoning' && s.section !== 'orders') || s.heading) continue;
    const t = s.masked;
    if (!item.terms.some((term) => t.includes(term))) continue;
    if (s.section === 'orders') return { how: 'term', sentence: s.index, stance: /驳回/.test(t) ? 'denied' : 'granted' };
    const st = stanceOf(t);
    if (st.disposed) return { how: 'term', sentence: s.index, stance: 'disposed' };
    if (st.stance) return { how: 'term', sentence: s.index, stance: st.stance };
  }
  return undefined;
}

/**
 * Orders say 精神损害抚慰金 whatever the harm was. Where the plaintiff asked for emotional
 * damages only for anxiety about future misuse (焦虑、担心), and neither the claims nor the
 * reasoning speak of any other emotional harm, the grant is of that kind (GAI011's, not GAI002's).
 */
function relabelAnxiety(claimItems: ClaimItem[], orders: OrderItem[], mentions: ClaimMention[]): void {
  const asked = mentions.filter((m) => m.section === 'claims' || m.section === 'reasoning');
  if (!asked.some((m) => m.kind === 'anxiety') || asked.some((m) => m.kind === 'emotional')) return;
  for (const m of mentions) if (m.kind === 'emotional') m.kind = 'anxiety';
  for (const o of orders) o.kinds = o.kinds.map((k) => (k === 'emotional' ? 'anxiety' : k));
  for (const c of claimItems) c.kinds = c.kinds.map((k) => (k === 'emotional' ? 'anxiety' : k));
}
