/**
 * Markdown → blocks of plain, normalised text with a map back to the original offsets.
 *
 * The rest of the engine never sees Markdown syntax: it reads `Block.text` (inline markup
 * removed, entities and escapes decoded, full-width forms folded, Traditional script
 * simplified) and turns positions in it into original offsets through `Block.src`.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Nodes, Parent, Root } from 'mdast';
import { normalizeForAnalysis } from '../text/normalize';

export type BlockKind = 'heading' | 'paragraph' | 'listItem' | 'tableCell';

export interface Block {
  kind: BlockKind;
  /** Normalised plain text of the block. */
  text: string;
  /** Original [start, end) of each character of `text`; length 2 × text.length. */
  src: Int32Array;
  /** Original offsets of the whole block node (including Markdown markers). */
  start: number;
  end: number;
  /** Heading depth, or 0. */
  depth: number;
  /** The whole paragraph is bold (`**本院认为**`): drafts use this as a heading. */
  bold: boolean;
  /** For ordered Markdown list items: the item's number. */
  ordinal?: number;
  /** For list items: the original offset where the item's marker starts. */
  itemStart?: number;
}

const processor = unified().use(remarkParse);

/** Text gathered for one block: pieces of text, and the source span of every character. */
interface Collector {
  parts: string[];
  starts: number[];
  ends: number[];
}

/**
 * Lines up a node's decoded `value` with its source slice, character by character.
 * Mismatches come from escapes (\*), entities (&hellip;), and container prefixes (`> `,
 * list indentation) after soft line breaks; each value character gets the source span it came from.
 */
function align(value: string, source: string, base: number, out: Collector): void {
  if (value === source) {
    out.parts.push(value);
    for (let i = 0; i < value.length; i++) {
      out.starts.push(base + i);
      out.ends.push(base + i + 1);
    }
    return;
  }
  let j = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (j < source.length && source[j] === ch) {
      out.parts.push(ch);
      out.starts.push(base + j);
      out.ends.push(base + j + 1);
      j++;
      continue;
    }
    if (source[j] === '\\' && source[j + 1] === ch) {
      out.parts.push(ch);
      out.starts.push(base + j);
      out.ends.push(base + j + 2);
      j += 2;
      continue;
    }
    if (source[j] === '&') {
      let k = j + 1;
      while (k < source.length && k - j < 34 && source[k] !== ';') k++;
      if (source[k] === ';') {
        out.parts.push(ch);
        out.starts.push(base + j);
        out.ends.push(base + k + 1);
        j = k + 1;
        continue;
      }
    }
    // Skip a short run of source characters the value does not have (container prefixes).
    let k = j;
    while (k < source.length && k - j < 64 && source[k] !== ch) k++;
    if (k < source.length && source[k] === ch) {
      out.parts.push(ch);
      out.starts.push(base + k);
      out.ends.push(base + k + 1);
      j = k + 1;
    } else {
      // No source character for it (e.g. the second half of a decoded entity): zero width.
      const at = base + Math.min(j, source.length);
      out.parts.push(ch);
      out.starts.push(at);
      out.ends.push(at);
    }
  }
}

function collectInline(node: Nodes, text: string, out: Collector): void {
  // Iterative walk: deeply nested inline markup must not exhaust the stack.
  const stack: Nodes[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    switch (n.type) {
      case 'text':
      case 'inlineCode': {
        const p = n.position;
        if (!p || p.start.offset === undefined || p.end.offset === undefined) break;
        align(n.value, text.slice(p.start.offset, p.end.offset), p.start.offset, out);
        break;
      }
      case 'break': {
        const at = n.position?.start.offset ?? 0;
        out.parts.push('\n');
        out.starts.push(at);
        out.ends.push(n.position?.end.offset ?? at);
        break;
      }
      case 'html':
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        break;
      default:
        if ('children' in n) {
          const kids = (n as Parent).children as Nodes[];
          for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
        }
    }
  }
}

function isWholeBold(node: Parent): boolean {
  const kids = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  return kids.length > 0 && kids.every((c) => c.type === 'strong');
}

function makeBlock(kind: BlockKind, node: Parent, text: string, extra: Partial<Block>): Block | undefined {
  const out: Collector = { parts: [], starts: [], ends: [] };
  collectInline(node as Nodes, text, out);
  if (out.starts.length === 0) return undefined;
  const raw = out.parts.join('');
  const src = new Int32Array(raw.length * 2);
  for (let i = 0; i < raw.length; i++) {
    src[2 * i] = out.starts[i]!;
    src[2 * i + 1] = out.ends[i]!;
  }
  return {
    kind,
    text: normalizeForAnalysis(raw),
    src,
    start: node.position?.start.offset ?? out.starts[0]!,
    end: node.position?.end.offset ?? out.ends[out.ends.length - 1]!,
    depth: 0,
    bold: kind === 'paragraph' && isWholeBold(node),
    ...extra,
  };
}

/** Deeper container nesting than any judgment has; beyond it the parser's work grows fast. */
const MAX_NESTING = 32;

/**
 * Blanks container markers (>, -, *, +, 1.) nested deeper than MAX_NESTING at the start of a
 * line, keeping every offset: thousands of nested list or quote levels take remark-parse
 * seconds (its container handling is quadratic in depth), and no draft needs them.
 */
export function flattenDeepNesting(text: string): string {
  let out: string[] | undefined;
  let lineStart = 0;
  while (lineStart < text.length) {
    let depth = 0;
    let i = lineStart;
    while (i < text.length) {
      const c = text[i]!;
      if (c === ' ' || c === '\t') {
        i++;
        // Nesting by indentation: a marker this far in stands for as many levels.
        if (i - lineStart >= 2 * MAX_NESTING && depth === 0) depth = MAX_NESTING;
        continue;
      }
      if (c === '>' || ((c === '-' || c === '*' || c === '+') && (text[i + 1] === ' ' || text[i + 1] === '\t'))) {
        depth++;
      } else if (c >= '0' && c <= '9') {
        let j = i;
        while (j < text.length && j - i < 9 && text[j]! >= '0' && text[j]! <= '9') j++;
        if ((text[j] === '.' || text[j] === ')') && (text[j + 1] === ' ' || text[j + 1] === '\t')) {
          depth++;
          if (depth > MAX_NESTING) {
            out ??= text.split('');
            for (let k = i; k <= j; k++) out[k] = ' ';
          }
          i = j + 1;
          continue;
        }
        break;
      } else break;
      if (depth > MAX_NESTING) {
        out ??= text.split('');
        out[i] = ' ';
      }
      i++;
    }
    const nl = text.indexOf('\n', i);
    lineStart = nl < 0 ? text.length : nl + 1;
  }
  return out ? out.join('') : text;
}

/** Blocks already parsed, by the text of the stretch they came from (offsets relative to it). */
export interface BlockCache {
  get(stretch: string): readonly Block[] | undefined;
  set(stretch: string, blocks: readonly Block[]): void;
}

/**
 * Parses Markdown into text blocks in document order.
 *
 * The text is cut into stretches at blank lines where no Markdown construct can continue across
 * the cut (see `stretches`), and each stretch is parsed on its own: the blocks are the same as a
 * parse of the whole, memory stays bounded by the largest stretch, and with a `cache` (an editing
 * session) a stretch whose text has not changed is not parsed again.
 */
export function parseBlocks(text: string, cache?: BlockCache): Block[] {
  const out: Block[] = [];
  for (const [from, to] of stretches(text)) {
    const stretch = text.slice(from, to);
    let blocks = cache?.get(stretch);
    if (!blocks) {
      blocks = parseStretch(stretch);
      cache?.set(stretch, blocks);
    }
    for (const b of blocks) out.push(from === 0 ? b : shifted(b, from));
  }
  return out;
}

function shifted(b: Block, by: number): Block {
  const src = new Int32Array(b.src.length);
  for (let i = 0; i < src.length; i++) src[i] = b.src[i]! + by;
  const moved: Block = { ...b, src, start: b.start + by, end: b.end + by };
  if (b.itemStart !== undefined) moved.itemStart = b.itemStart + by;
  return moved;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** HTML blocks that run until a closing token rather than a blank line: [opening, closing]. */
const HTML_BLOCKS: [RegExp, RegExp][] = [
  [/^ {0,3}<(script|pre|style|textarea)(\s|>|$)/i, /<\/(script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
const LIST_MARKER = /^([-*+]|\d{1,9}[.)])(\s|$)/;
/** Link reference and footnote definitions reach across the whole document. */
const DEFINITION = /^ {0,3}\[[^\]\n]{1,999}\]:/m;

/**
 * Where the text may be cut: at the first line after a run of blank lines, when that line starts
 * at the margin with something that begins a block of its own (not a list item, which may belong
 * to the list before; not indented, which may continue it), and no fenced code, HTML comment or
 * raw HTML block is open. A text with link definitions is not cut.
 */
export function stretches(text: string): [number, number][] {
  if (DEFINITION.test(text)) return [[0, text.length]];
  const cuts: [number, number][] = [];
  let from = 0;
  let fence: string | undefined;
  // An open HTML block that may span blank lines (CommonMark types 1–5) and what closes it.
  let open: RegExp | undefined;
  let blank = false;
  let pos = 0;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl);
    const isBlank = line.trim() === '';
    if (!fence && !open && blank && !isBlank && pos > from && !/^[ \t]/.test(line) && !LIST_MARKER.test(line) && !line.startsWith('>')) {
      cuts.push([from, pos]);
      from = pos;
    }
    if (fence) {
      if (line.trimStart().startsWith(fence)) fence = undefined;
    } else if (open) {
      if (open.test(line)) open = undefined;
    } else {
      const f = FENCE.exec(line);
      if (f) fence = f[1]!;
      else {
        // These blocks open only at the margin; inline HTML ends with its paragraph.
        const h = HTML_BLOCKS.find(([start]) => start.test(line));
        if (h && !h[1].test(line.replace(h[0], ''))) open = h[1];
      }
    }
    blank = isBlank;
    pos = nl + 1;
  }
  cuts.push([from, text.length]);
  return cuts;
}

/** Parses one stretch of Markdown into blocks; offsets relative to it. Exported for the tests that compare cut and uncut parses. */
export function parseStretch(text: string): Block[] {
  const tree = processor.parse(flattenDeepNesting(text)) as Root;
  const blocks: Block[] = [];
  interface Frame {
    node: Nodes;
    item?: { ordinal?: number; start: number; first: boolean };
  }
  const stack: Frame[] = [{ node: tree }];
  while (stack.length) {
    const { node, item } = stack.pop()!;
    switch (node.type) {
      case 'heading': {
        const b = makeBlock('heading', node, text, { depth: node.depth });
        if (b) blocks.push(b);
        break;
      }
      case 'paragraph': {
        const extra: Partial<Block> = {};
        let kind: BlockKind = 'paragraph';
        if (item?.first) {
          kind = 'listItem';
          extra.itemStart = item.start;
          if (item.ordinal !== undefined) extra.ordinal = item.ordinal;
          item.first = false;
        }
        const b = makeBlock(kind, node, text, extra);
        if (b) blocks.push(b);
        break;
      }
      case 'tableCell': {
        const b = makeBlock('tableCell', node, text, {});
        if (b) blocks.push(b);
        break;
      }
      case 'list': {
        const start = node.start ?? 1;
        for (let i = node.children.length - 1; i >= 0; i--) {
          const li = node.children[i]!;
          stack.push({
            node: li,
            item: {
              ...(node.ordered ? { ordinal: start + i } : {}),
              start: li.position?.start.offset ?? 0,
              first: true,
            },
          });
        }
        break;
      }
      case 'code':
      case 'html':
      case 'thematicBreak':
      case 'definition':
      case 'yaml' as Nodes['type']:
        break;
      default:
        if ('children' in node) {
          const kids = (node as Parent).children as Nodes[];
          for (let i = kids.length - 1; i >= 0; i--) {
            const k = kids[i]!;
            // A list item's first paragraph carries the item; later ones are plain paragraphs.
            stack.push(item && node.type === 'listItem' ? { node: k, item } : { node: k });
          }
        }
    }
  }
  return blocks;
}
