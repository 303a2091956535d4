/**
 * The document model: blocks → sentences, each in one part of the judgment.
 *
 * Parts are found three ways, as drafts mark them: headings (`## 本院认为`), bold lines
 * (`**本院认为**`), and opening phrases alone (本院认为，… / 经审理查明 / 判决如下：). A
 * judgment pasted as one long line is one block; its parts change sentence by sentence.
 */
import type { Span } from '../types';
import { parseBlocks, type Block, type BlockCache } from './markdown';
import { memoized } from '../text/memo';
import { maskQuotes } from '../text/clauses';

export type Section =
  | 'title'
  | 'parties'
  | 'procedure'
  | 'claims'
  | 'defence'
  | 'findings'
  | 'reasoning'
  | 'basis'
  | 'orders'
  | 'costs'
  | 'appeal'
  | 'signature';

/** Parts whose sentences are the court's own words (subject to reported speech inside them). */
export const COURT_SECTIONS: ReadonlySet<Section> = new Set(['findings', 'reasoning', 'basis', 'orders', 'costs']);

export interface Sentence {
  index: number;
  block: number;
  /** [start, end) in the block's normalised text. */
  start: number;
  end: number;
  /** Normalised text of the sentence (trimmed of surrounding white space). */
  text: string;
  /** `text` with quotations and 《titles》 blanked (same length): what the court itself says. */
  masked: string;
  section: Section;
  /** A heading or bold line naming a part. */
  heading: boolean;
  /**
   * A numbered item begins with this sentence: 1. / 1、 / (一) / 一、 / a Markdown list item.
   * `label` is the marker as written (normalised), `labelEnd` the offset in `text` after it.
   */
  item?: { label: string; number: number; style: ItemStyle; labelEnd: number };
}

export type ItemStyle = 'arabic' | 'paren' | 'chinese' | 'list';

export interface JudgmentDocument {
  /** The original text. */
  text: string;
  blocks: Block[];
  sentences: Sentence[];
  /** The indices of each block's sentences. */
  blockSentences: number[][];
  /** True when the draft declares itself an excerpt (节选). */
  excerpt: boolean;
}

// ---------------------------------------------------------------- sentence splitting

const TERMINATORS = new Set(['。', '!', '?', ';', '\n', '…']);
const ROLE_AHEAD = /^\s{1,8}(原告|被告|第三人|委托诉讼代理人|委托代理人|法定代表人|负责人|审\s?判\s?长|审\s?判\s?员|人民陪审员|书\s?记\s?员|法官助理)/;
const ITEM_AHEAD = /^\s{0,3}(?:\d{1,2}\s{0,2}[.、](?!\d)|\(\s{0,2}(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s{0,2}\)|[一二三四五六七八九十]{1,3}、)/;

type RawSentence = Omit<Sentence, 'section' | 'heading' | 'index' | 'masked'>;

function countQuotes(t: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (t.charCodeAt(i) === 34) n++;
  return n;
}

/** The sentences of a block's text, relative to it (memoized: most blocks are unchanged between two analyses). */
const maskedOf = memoized(maskQuotes);
const openerOf = memoized((key: string) => {
  const cut = key.indexOf('\u0000');
  return openerSection(key.slice(cut + 1), key.slice(0, cut) as Section);
});

const splitText = memoized((t: string): [number, number][] => {
  const out: RawSentence[] = [];
  splitBlockText(t, 0, out);
  return out.map((r) => [r.start, r.end]);
});

function splitBlock(block: Block, blockIndex: number, out: RawSentence[]): void {
  for (const [start, end] of splitText(block.text)) out.push({ block: blockIndex, start, end, text: block.text.slice(start, end) });
}

function splitBlockText(t: string, blockIndex: number, out: RawSentence[]): void {
  let start = 0;
  const push = (s: number, e: number) => {
    let a = s;
    let b = e;
    while (a < b && /\s/.test(t[a]!)) a++;
    while (b > a && /\s/.test(t[b - 1]!)) b--;
    if (b > a) out.push({ block: blockIndex, start: a, end: b, text: t.slice(a, b) });
  };
  for (let i = 0; i < t.length; i++) {
    const ch = t[i]!;
    if (TERMINATORS.has(ch)) {
      // Keep closing quotes and brackets with the sentence they end.
      let e = i + 1;
      while (e < t.length && /[”’"')\]》」』]/.test(t[e]!)) {
        // A straight " after the stop closes a quotation only when one is open in this sentence.
        if (t[e] === '"' && countQuotes(t, start, e) % 2 === 0) break;
        e++;
      }
      if (ch === '…') {
        if (t[e] === '…') continue;
        if (!/[。!?;]/.test(t[e] ?? '')) continue;
      }
      push(start, e);
      start = e;
      i = e - 1;
    } else if (ch === '号' && /^(原告|被告|上诉人|申请人)\s{0,2}[:(]/.test(t.slice(i + 1, i + 8))) {
      // …民初6712号原告:某某公司 — the case number ends the title.
      push(start, i + 1);
      start = i + 1;
    } else if ((ch === ' ' || ch === '\t') && i > start && ROLE_AHEAD.test(t.slice(i, i + 12)) && !/[,、]\s*$/.test(t.slice(start, i))) {
      // A judgment pasted as one line: 民事判决书 (2024)…号 原告:… 被告:… 审判员 …
      push(start, i);
      start = i;
    } else if (ch === ':' && i >= 4 && t.slice(i - 4, i) === '判决如下' && i + 1 < t.length && /\S/.test(t.slice(i + 1, i + 4))) {
      // 判决如下：驳回原告…的全部诉讼请求。 — a single order without a number, on the same line.
      push(start, i + 1);
      start = i + 1;
    } else if (ch === ':' && ITEM_AHEAD.test(t.slice(i + 1, i + 12))) {
      // 诉讼请求：1.判令… / 判决如下：一、… — the list begins a new sentence.
      push(start, i + 1);
      start = i + 1;
    }
  }
  push(start, t.length);
}

const CN_NUM = '一二三四五六七八九十';
function cnValue(s: string): number {
  let v = 0;
  if (s.length === 1) return s === '十' ? 10 : CN_NUM.indexOf(s) + 1;
  if (s.startsWith('十')) return 10 + (CN_NUM.indexOf(s[1]!) + 1);
  const tens = CN_NUM.indexOf(s[0]!) + 1;
  v = tens * 10;
  if (s.length === 3) v += CN_NUM.indexOf(s[2]!) + 1;
  return v;
}

function itemOf(text: string, block: Block, sentenceStartsBlock: boolean): Sentence['item'] {
  let m = /^(\d{1,2})\s{0,2}[.、](?!\d)\s*/.exec(text);
  if (m) return { label: m[0].trim(), number: Number(m[1]), style: 'arabic', labelEnd: m[0].length };
  m = /^\(\s{0,2}([一二三四五六七八九十]{1,3})\s{0,2}\)\s*/.exec(text);
  if (m) return { label: m[0].trim(), number: cnValue(m[1]!), style: 'paren', labelEnd: m[0].length };
  m = /^\(\s{0,2}(\d{1,2})\s{0,2}\)\s*/.exec(text);
  if (m) return { label: m[0].trim(), number: Number(m[1]), style: 'arabic', labelEnd: m[0].length };
  m = /^([一二三四五六七八九十]{1,3})、\s*/.exec(text);
  if (m) return { label: m[0].trim(), number: cnValue(m[1]!), style: 'chinese', labelEnd: m[0].length };
  if (block.kind === 'listItem' && sentenceStartsBlock) {
    return { label: '', number: block.ordinal ?? 0, style: 'list', labelEnd: 0 };
  }
  return undefined;
}

// ---------------------------------------------------------------- parts

const HEADING_TITLES: [RegExp, Section][] = [
  [/^(当事人|当事人(信息|情况)|当事人及(其)?诉讼代理人)$/, 'parties'],
  [/^(审理经过|诉讼经过|案件由来|案件来源)$/, 'procedure'],
  [/(诉讼请求|原告诉称|起诉请求|原告主张|诉请)/, 'claims'],
  [/(辩称|答辩|被告意见|抗辩)/, 'defence'],
  [/(查明|事实认定|认定事实|本院认定的事实|案件事实|审理查明|事实如下)/, 'findings'],
  [/(本院认为|裁判理由|法院认为|争议焦点|说理|判决理由)/, 'reasoning'],
  [/^(法律依据|裁判依据|适用法律)$/, 'basis'],
  [/(判决主文|裁判结果|判决结果|判决如下|判项)/, 'orders'],
  [/^(诉讼费用|案件受理费|诉讼费用负担)$/, 'costs'],
  [/(上诉|告知)/, 'appeal'],
  [/^(落款|署名|合议庭)$/, 'signature'],
];

function headingSection(text: string): Section | undefined {
  // A part's title is short; a long heading line is prose (and not worth the patterns below).
  if (text.length > 40) return undefined;
  const bare = text
    .replace(/^[#\s]*/, '')
    .replace(/^(第[一二三四五六七八九十]{1,3}部分|[一二三四五六七八九十]{1,3}、|\(\s*[一二三四五六七八九十]{1,3}\s*\)|\d{1,2}[.、])\s*/, '')
    .replace(/[\s:：。.、]+$/g, '')
    .replace(/\s+/g, '');
  if (bare.length === 0 || bare.length > 16) return undefined;
  for (const [re, s] of HEADING_TITLES) if (re.test(bare)) return s;
  return undefined;
}

const ORDER: Section[] = [
  'title', 'parties', 'procedure', 'claims', 'defence', 'findings', 'reasoning', 'basis', 'orders', 'costs', 'appeal', 'signature',
];
const rank = (s: Section) => ORDER.indexOf(s);

const PARTY_LINE = /^(原告|被告|第三人|原审原告|原审被告|委托诉讼代理人|委托代理人|共同委托诉讼代理人|法定代表人|负责人|法定代理人)(?:\([^)]{0,12}\))?[^,:。;]{0,40}[:,]/;
const PROCEDURE = /一案/;
const CLAIMS_OPEN = /(向本院提出(如下)?诉讼请求|提出(如下)?诉讼请求|诉讼请求[:为]|^原告[^,:。]{0,40}诉称|起诉请求[:为]|请求法院判令|请求判令)/;
const DEFENCE_OPEN = /^(?!本院|对|关于)[^。;]{0,40}?(辩称|答辩称|答辩意见|未(作|提交)?答辩|未到庭)/;
const FINDINGS_OPEN = /(经审理查明|本院(经审理)?查明|本院经审理认定(事实如下|如下事实)|(本院)?认定(事实|如下事实)如下|经审理认定|对当事人无异议的证据|当事人围绕诉讼请求依法提交了证据)/;
const REASONING_OPEN = /^(本院认为|法院认为|本院经审查认为)/;
const BASIS_OPEN = /判决如下/;
const COSTS_LINE = /^(本案)?(案件)?(受理费|诉讼费)/;
const APPEAL_OPEN = /^如(不服|对本判决不服)/;
const SIGNATURE_LINE = /^(审\s*判\s*长|审\s*判\s*员|代理审判员|人民陪审员|书\s*记\s*员|法官助理|速\s*录\s*员)/;

function openerSection(text: string, current: Section): Section | undefined {
  const r = rank(current);
  if (r >= rank('orders')) {
    if (SIGNATURE_LINE.test(text)) return 'signature';
    if (APPEAL_OPEN.test(text)) return 'appeal';
    if (COSTS_LINE.test(text) && r <= rank('costs')) return 'costs';
    return undefined;
  }
  if (BASIS_OPEN.test(text) && r >= rank('procedure')) return 'basis';
  if (REASONING_OPEN.test(text)) return 'reasoning';
  if (r < rank('reasoning') && FINDINGS_OPEN.test(text)) return 'findings';
  if (r < rank('findings') && DEFENCE_OPEN.test(text)) return 'defence';
  if (r < rank('defence') && CLAIMS_OPEN.test(text)) return 'claims';
  if (r <= rank('procedure') && PARTY_LINE.test(text) && !PROCEDURE.test(text)) return 'parties';
  if (r <= rank('parties') && PROCEDURE.test(text) && /(立案|受理|审理|开庭|起诉)/.test(text)) return 'procedure';
  return undefined;
}

/** Builds the document model of a Markdown judgment draft. */
export function buildDocument(text: string, cache?: BlockCache): JudgmentDocument {
  const blocks = parseBlocks(text, cache);
  const raw: RawSentence[] = [];
  blocks.forEach((b, i) => splitBlock(b, i, raw));
  const sentences: Sentence[] = [];
  // Where each block's text begins, past leading white space (a sentence there starts the block).
  const firstText = blocks.map((b) => {
    const m = /\S/.exec(b.text);
    return m ? m.index : 0;
  });
  let current: Section = 'title';
  let excerpt = false;
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!;
    const block = blocks[r.block]!;
    if (!excerpt && /节选/.test(r.text)) excerpt = true;
    const headingLike = block.kind === 'heading' || block.bold || (block.text.trim().length <= 12 && r.start === 0);
    const fromHeading = headingLike ? headingSection(r.text) : undefined;
    let section: Section;
    let heading = false;
    if (fromHeading) {
      current = fromHeading;
      section = fromHeading;
      heading = true;
    } else {
      const opened = openerOf(`${current}\u0000${r.text}`);
      if (opened) current = opened;
      section = current;
      if (opened === 'basis') {
        // The sentence ending in 判决如下 is the basis; what follows are the orders.
        sentences.push({ ...r, masked: maskedOf(r.text), index: sentences.length, section, heading: false });
        current = 'orders';
        continue;
      }
    }
    const startsBlock = r.start <= firstText[r.block]!;
    const sentence: Sentence = { ...r, masked: maskedOf(r.text), index: sentences.length, section, heading };
    if (!heading) {
      const item = itemOf(r.text, block, startsBlock);
      if (item) sentence.item = item;
    }
    sentences.push(sentence);
  }
  const blockSentences: number[][] = blocks.map(() => []);
  for (const s of sentences) blockSentences[s.block]!.push(s.index);
  return { text, blocks, sentences, blockSentences, excerpt };
}

/** Original-text span of [start, end) in a block's normalised text. */
export function blockSpan(doc: JudgmentDocument, blockIndex: number, start: number, end: number): Span {
  const src = doc.blocks[blockIndex]!.src;
  const a = Math.max(0, Math.min(start, src.length / 2 - 1));
  const b = Math.max(a, Math.min(end, src.length / 2) - 1);
  return { start: src[2 * a]!, end: Math.max(src[2 * a]!, src[2 * b + 1]!) };
}

/** Original-text span of a sentence, or of [from, to) inside it (offsets relative to the sentence). */
export function sentenceSpan(doc: JudgmentDocument, s: Sentence, from = 0, to = s.text.length): Span {
  return blockSpan(doc, s.block, s.start + from, s.start + Math.max(from + 1, to));
}
