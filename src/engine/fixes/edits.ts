/**
 * Building blocks of quick fixes: where reasoning goes, how an order item is rewritten or
 * removed. Every function returns precise edits (or nothing when the draft's shape is not
 * one it can edit safely): it never touches text outside the ranges it names.
 */
import type { Fix, TextEdit } from '../types';
import { sentenceSpan, type Sentence } from '../document/document';
import type { CaseModel } from '../model/case';
import type { OrderItem } from '../model/claims';
import { findKinds, type ClaimKind } from '../model/kinds';
import { toChineseNumeral } from '../text/numbers';

/** Applies non-overlapping edits to a text (used by the CLI, the tests and the fix-safety checks). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at || e.end < e.start || e.end > text.length) throw new Error('overlapping or out-of-range edit');
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

/**
 * Puts a reasoning paragraph where a judge would, so that the reasoning does not contradict
 * itself: in place of the paragraph given over to the remedy being reversed, else in place of
 * the sentences that only grant it, else as a new paragraph at the end of 本院认为 (before a
 * closing 综上 paragraph, or before 依照…判决如下 in a one-line judgment). Undefined when the
 * draft has no reasoning.
 */
const reasoningEdits = new WeakMap<CaseModel, Map<string, TextEdit[] | undefined>>();

export function reasoningEdit(model: CaseModel, paragraph: string, reversing: ClaimKind[], alsoAllowed: ClaimKind[] = []): TextEdit[] | undefined {
  // Every finding of a rule asks the same question of the same model: answer it once per model
  // (a long draft with many grants would otherwise cost findings × sentences).
  let known = reasoningEdits.get(model);
  if (!known) reasoningEdits.set(model, (known = new Map()));
  const key = `${reversing.join(',')}|${alsoAllowed.join(',')}|${paragraph}`;
  if (!known.has(key)) known.set(key, findReasoningEdit(model, paragraph, reversing, alsoAllowed));
  return known.get(key)?.map((e) => ({ ...e }));
}

function findReasoningEdit(model: CaseModel, paragraph: string, reversing: ClaimKind[], alsoAllowed: ClaimKind[]): TextEdit[] | undefined {
  const doc = model.document;
  const reasoning = model.reasoning;
  if (reasoning.length === 0) return undefined;

  const target = new Set(reversing);
  const allowed = new Set([...reversing, ...alsoAllowed]);
  const mentionsIn = (s: Sentence) => model.mentionsBySentence.get(s.index) ?? [];
  const grants = (s: Sentence) => mentionsIn(s).some((m) => target.has(m.kind) && m.stance === 'granted' && m.speaker === 'court');
  const onlyAllowed = (s: Sentence) => mentionsIn(s).every((m) => allowed.has(m.kind));
  const opensPart = (s: Sentence) => /^(本院认为|法院认为|综上)/.test(s.text);

  // A paragraph given over to this remedy (关于赔礼道歉。…本院予以支持。): replace it whole.
  const blocks = [...new Set(reasoning.map((s) => s.block))];
  for (const b of blocks) {
    const inBlock = doc.blockSentences[b]!.map((i) => doc.sentences[i]!);
    if (inBlock.some((s) => s.section !== 'reasoning' || opensPart(s))) continue;
    if (!inBlock.some(grants) || !inBlock.every(onlyAllowed)) continue;
    const first = sentenceSpan(doc, inBlock[0]!);
    const last = sentenceSpan(doc, inBlock[inBlock.length - 1]!);
    return [{ start: first.start, end: last.end, newText: paragraph }];
  }
  // Else the sentences that do nothing but grant it: the first becomes the paragraph, the rest go.
  const granting = reasoning.filter((s) => grants(s) && onlyAllowed(s) && !opensPart(s));
  if (granting.length) {
    return granting.map((s, i) => {
      const span = sentenceSpan(doc, s);
      // A topic sentence just before it (关于精神损害抚慰金。) goes too: the paragraph brings its own.
      const topic = doc.sentences[s.index - 1];
      if (i === 0 && topic && topic.block === s.block && /^关于[^。]{1,20}。?$/.test(topic.text) && mentionsIn(topic).some((m) => target.has(m.kind))) {
        span.start = sentenceSpan(doc, topic).start;
      }
      return { start: span.start, end: span.end, newText: i === 0 ? paragraph : '' };
    });
  }
  return insertReasoning(model, paragraph);
}

/** Inserts a paragraph just before the paragraph holding `s` (or before `s` itself in a one-line judgment). */
export function insertBefore(model: CaseModel, s: Sentence, paragraph: string): TextEdit {
  const doc = model.document;
  const block = doc.blocks[s.block]!;
  const first = doc.sentences[doc.blockSentences[s.block]![0]!]!;
  if (first.section === 'reasoning' && block.kind === 'paragraph' && !opensReasoning(first)) {
    return { start: block.start, end: block.start, newText: paragraph + '\n\n' };
  }
  const at = sentenceSpan(doc, s).start;
  return { start: at, end: at, newText: paragraph };
}

/** Inserts text right after sentence `index`, in the same paragraph. */
export function afterSentence(model: CaseModel, index: number, text: string): TextEdit {
  const at = sentenceSpan(model.document, model.document.sentences[index]!).end;
  return { start: at, end: at, newText: text };
}

/** Inserts a new reasoning paragraph where it belongs, replacing nothing. */
export function insertReasoning(model: CaseModel, paragraph: string): TextEdit[] | undefined {
  if (model.reasoning.length === 0) return undefined;
  const at = insertionPoint(model);
  return [{ start: at.at, end: at.at, newText: at.before + paragraph + at.after }];
}

/** Where a new reasoning paragraph goes: end of 本院认为, before a closing 综上 paragraph. */
function insertionPoint(model: CaseModel): { at: number; before: string; after: string } {
  const doc = model.document;
  const reasoning = model.reasoning;
  const basis = doc.sentences.find((s) => s.section === 'basis');
  const last = reasoning[reasoning.length - 1]!;
  if (basis && basis.block === last.block) return { at: sentenceSpan(doc, basis).start, before: '', after: '' };
  const lastBlock = doc.blocks[last.block]!;
  const firstOfLast = reasoning.find((s) => s.block === last.block)!;
  const earlier = reasoning.filter((s) => s.block !== last.block);
  if (/^综上/.test(firstOfLast.text) && earlier.length && firstOfLast.start === 0) {
    return { at: lastBlock.start, before: '', after: '\n\n' };
  }
  if (lastBlock.kind === 'paragraph' && reasoning.filter((s) => s.block === last.block).length === countInBlock(model, last.block)) {
    return { at: lastBlock.end, before: '\n\n', after: '' };
  }
  return { at: sentenceSpan(doc, last).end, before: '', after: '' };
}

function countInBlock(model: CaseModel, block: number): number {
  return model.document.blockSentences[block]!.length;
}

/** The original text of [from, to) inside a sentence (offsets in its normalised text). */
function originalSlice(model: CaseModel, s: Sentence, from: number, to: number): string {
  const span = sentenceSpan(model.document, s, from, to);
  return model.document.text.slice(span.start, span.end);
}

/** Parts of an order item as written: who must act, and the deadline phrase. */
export function orderParts(model: CaseModel, item: OrderItem): { obligor?: string; deadline?: string } {
  const first = model.document.sentences[item.sentences[0]!]!;
  const labelEnd = first.item?.labelEnd ?? 0;
  const body = first.text.slice(labelEnd);
  const out: { obligor?: string; deadline?: string } = {};
  const who = /^(被告|第三人)[^,;。于应向在赔支停删立自须就对]{0,40}/.exec(body);
  if (who) out.obligor = originalSlice(model, first, labelEnd, labelEnd + who[0].length);
  const when = /(于|自)本判决(发生法律效力|生效)(之日|后)(起)?[^,;。]{0,6}?日内/.exec(body);
  if (when) out.deadline = originalSlice(model, first, labelEnd + when.index, labelEnd + when.index + when[0].length);
  return out;
}

/** Replaces an order item's content (between its label and its closing ；/。). */
export function rewriteOrder(item: OrderItem, content: string): TextEdit {
  return { start: item.contentSpan.start, end: item.contentSpan.end, newText: content };
}

/** The item's label renumbered, in the draft's own characters: 三、→ 二、, （3）→ （2）. */
function labelFor(model: CaseModel, item: OrderItem, n: number): string | undefined {
  const written = model.document.text.slice(item.labelSpan.start, item.labelSpan.end);
  switch (item.style) {
    case 'chinese':
    case 'paren':
      return /[一二三四五六七八九十]+/.test(written) ? written.replace(/[一二三四五六七八九十]+/, toChineseNumeral(n)) : undefined;
    case 'arabic':
      return /[0-9０-９]+/.test(written) ? written.replace(/[0-9０-９]+/, String(n)) : undefined;
    default:
      return undefined;
  }
}

/**
 * Takes one kind out of the orders: the whole item when it orders nothing else (later items
 * renumbered), or just its phrase (、精神损害抚慰金10000元) when the item orders several things.
 * Undefined when the item adds them into one total (共计…), which only the judge can re-split.
 */
export function removeFromOrders(model: CaseModel, item: OrderItem, kind: ClaimKind): TextEdit[] | undefined {
  const others = item.kinds.filter((k) => k !== kind && k !== 'costs');
  const index = model.orders.indexOf(item);
  if (others.length === 0) {
    if (model.orders.length < 2) return undefined;
    const next = model.orders[index + 1];
    const edits: TextEdit[] = [];
    if (next) {
      edits.push({ start: item.span.start, end: next.span.start, newText: '' });
      for (const later of model.orders.slice(index + 1)) {
        if (later.labelSpan.end === later.labelSpan.start) continue;
        const label = labelFor(model, later, later.number - 1);
        if (label === undefined) continue;
        edits.push({ start: later.labelSpan.start, end: later.labelSpan.end, newText: label });
      }
    } else {
      const prev = model.orders[index - 1]!;
      edits.push({ start: prev.contentSpan.end, end: item.contentSpan.end, newText: '' });
    }
    return edits;
  }
  if (/共计|合计|总计|总额/.test(item.text)) return undefined;
  for (const sIndex of item.sentences) {
    const s = model.document.sentences[sIndex]!;
    const masked = s.masked;
    const hit = findKinds(masked).find((k) => k.kind === kind);
    if (!hit) continue;
    const before = masked.slice(0, hit.start);
    const lead = /(、|,|及|和|以及|并|,并|;)(另|再)?(向原告[^,;。]{0,20}?)?(支付|赔偿|给付)?$/.exec(before);
    if (!lead) return undefined;
    const after = masked.slice(hit.end);
    const tail = /^(人民币)?\s{0,2}[\d,.零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟]{1,20}\s{0,2}万?元/.exec(after);
    const from = lead.index;
    const to = hit.end + (tail ? tail[0].length : 0);
    const span = sentenceSpan(model.document, s, from, to);
    return [{ start: span.start, end: span.end, newText: '' }];
  }
  return undefined;
}

/** Sorts edits and drops exact duplicates; undefined when two of them overlap. */
export function combineEdits(edits: (TextEdit | undefined)[]): TextEdit[] | undefined {
  const list = edits.filter((e): e is TextEdit => e !== undefined).sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < list.length; i++) if (list[i]!.start < list[i - 1]!.end) return undefined;
  return list;
}

/** 本院适用法定赔偿 → 本院根据实际情况酌定: the personality-right method, in the paragraph's own sentence. */
export function renameMethodFix(model: CaseModel, sentence: number): Fix[] {
  const doc = model.document;
  for (const i of doc.blockSentences[doc.sentences[sentence]!.block]!) {
    const s = doc.sentences[i]!;
    const m = /(适用|采用|按照|依照|以)?法定赔偿(的方式|方法)?/.exec(s.masked);
    if (!m) continue;
    const span = sentenceSpan(doc, s, m.index, m.index + m[0].length);
    return [{ title: '改称“根据实际情况酌定”（《民法典》第1182条）', edits: [{ ...span, newText: '根据实际情况酌定' }], safe: false }];
  }
  return [];
}

/** Whether a sentence opens 本院认为 (a fix does not replace it whole). */
export function opensReasoning(s: Sentence): boolean {
  return /^(本院认为|法院认为)/.test(s.text);
}

/** 第二百五十三条 → 第二百六十四条 (or 第253条 → 第264条): the article number, in the draft's own numerals. */
export function renumberArticle(model: CaseModel, span: { start: number; end: number }, article: number): TextEdit | undefined {
  const text = model.document.text.slice(span.start, span.end);
  const numeral = /[0-9０-９]/.test(text) ? String(article) : toChineseNumeral(article);
  const newText = text.replace(/(第\s{0,2})([0-9０-９一二三四五六七八九十百千零〇]+)(\s{0,2}条)/, `$1${numeral}$3`);
  return newText === text ? undefined : { start: span.start, end: span.end, newText };
}

/**
 * Takes an article of the Civil Code out of the 依照…判决如下 basis list, with one separator, and
 * with its title when nothing else stands under it: what a fix that removes the only grant the
 * article supported must do, or the basis would cite an article for nothing (CITE003).
 */
export function dropBasisArticle(model: CaseModel, article: number): TextEdit[] {
  const text = model.document.text;
  const edits: TextEdit[] = [];
  for (const c of model.citations) {
    if (!c.inBasis || c.law?.id !== 'civil-code' || c.article !== article) continue;
    let end = c.span.end;
    const sepAfter = /^[、，,]/.test(text.slice(end, end + 1));
    const more = sepAfter && /^[、，,]\s{0,2}第/.test(text.slice(end, end + 4));
    if (c.titleSpan && more) {
      // 《民法典》第1183条第1款、第1165条 → 《民法典》第1165条
      edits.push({ start: c.span.start, end: end + 1, newText: '' });
    } else if (c.titleSpan && sepAfter) {
      // …，《民法典》第1183条，《民事诉讼法》… → …，《民事诉讼法》…
      edits.push({ start: c.titleSpan.start, end: end + 1, newText: '' });
    } else if (/[、，,]$/.test(text.slice(c.span.start - 1, c.span.start))) {
      // 第1165条、第1183条之规定 → 第1165条之规定
      edits.push({ start: c.span.start - 1, end, newText: '' });
    } else return [];
  }
  return edits;
}

/**
 * Rewrites a sentence of the reasoning with `text`, keeping its opening 本院认为， and its closing
 * stop. Refused (undefined) for a sentence that also fixes amounts or orders: those hold more
 * than what is being corrected, and a rewrite would lose it.
 */
export function rewriteSentence(model: CaseModel, index: number, text: string): TextEdit | undefined {
  const s = model.document.sentences[index]!;
  const range = sentenceSpan(model.document, s);
  const written = model.document.text.slice(range.start, range.end);
  if (/\d|元|判令|判决/.test(written)) return undefined;
  const closes = /[。;；]$/.test(written);
  const keep = /^\s*(本院认为|裁判理由|本院經審理認為)\s*[,，:：]?\s*/.exec(written)?.[0].length ?? 0;
  return { start: range.start + keep, end: closes ? range.end - 1 : range.end, newText: text.replace(/。$/, closes ? '' : '。') };
}
