/**
 * Suppression comments in the draft, and the edits that write them.
 *
 *     <!-- judgment-lint-disable GAI001 GAI002 -->      from here on (no codes: every rule)
 *     <!-- judgment-lint-enable GAI001 -->               from here on again (no codes: every rule)
 *     <!-- judgment-lint-disable-next-line GAI001 -->    findings that start on the next line
 *     <!-- judgment-lint-disable-line GAI001 -->         findings that start on this line
 *     <!-- judgment-lint-disable-file GAI001 -->         the whole file, wherever the comment is
 *
 * Codes may be separated by spaces or commas; the first word that is not a code ends the list,
 * so a reason can follow: `<!-- judgment-lint-disable-next-line GAI001 合议庭决定保留 -->`.
 * HTML comments are invisible in rendered Markdown and the engine skips them, so writing one
 * never changes what the rest of the draft says. Comments inside code blocks count too (the
 * scan reads the text, not the Markdown tree).
 *
 * The scan is linear: `indexOf` from comment to comment, nothing that can backtrack, and a
 * draft with no `judgment-lint-` in it costs one search.
 */
import type { Finding, TextEdit } from './types';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  /** Upper-case codes; empty means every rule. */
  codes: string[];
  /** The comment's [start, end) offsets, `<!--` to `-->` inclusive. */
  start: number;
  end: number;
  /** Where another code can be inserted (after the last code, or after the directive's name). */
  codesEnd: number;
}

const PREFIX = 'judgment-lint-';
const KINDS: ReadonlySet<string> = new Set<DirectiveKind>(['disable', 'enable', 'disable-line', 'disable-next-line', 'disable-file']);

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0x3000;
const isSeparator = (c: number) => isSpace(c) || c === 44 /* , */ || c === 0xff0c; /* ， */
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;

/** A rule code: letters then digits (GAI001, cite002). */
function isCode(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && isLetter(text.charCodeAt(i))) i++;
  if (i === start || i === end) return false;
  while (i < end && isDigit(text.charCodeAt(i))) i++;
  return i === end;
}

/** Every suppression comment in the text, in order. */
export function findDirectives(text: string): Directive[] {
  const out: Directive[] = [];
  if (!text.includes(PREFIX)) return out;
  const fences = fencedRanges(text);
  let from = 0;
  for (;;) {
    const open = text.indexOf('<!--', from);
    if (open < 0) break;
    const close = text.indexOf('-->', open + 4);
    if (close < 0) break;
    from = close + 3;
    // A comment shown as code (a fenced example of the syntax) switches nothing off.
    if (fences.some(([a, b]) => a <= open && open < b)) continue;
    const d = readDirective(text, open, close);
    if (d) out.push(d);
  }
  return out;
}

/** The fenced code blocks (``` or ~~~, up to three spaces in), as [start, end) offsets; an unclosed fence runs to the end. */
function fencedRanges(text: string): [number, number][] {
  // Fence lines, found by searching for the markers rather than walking every line of a huge draft.
  const lines: { at: number; end: number; mark: string; bare: boolean }[] = [];
  for (const marker of ['```', '~~~']) {
    for (let i = text.indexOf(marker); i >= 0; i = text.indexOf(marker, i + 3)) {
      const lineStart = text.lastIndexOf('\n', i - 1) + 1;
      if (i - lineStart > 3 || text.slice(lineStart, i).trim() !== '') continue;
      let j = i;
      while (text[j] === marker[0]) j++;
      const nl = text.indexOf('\n', j);
      const end = nl < 0 ? text.length : nl;
      lines.push({ at: lineStart, end, mark: text.slice(i, j), bare: text.slice(j, end).trim() === '' });
      // Go on from the next line (the loop adds 3).
      i = end - 2;
    }
  }
  lines.sort((a, b) => a.at - b.at);
  const out: [number, number][] = [];
  let open: (typeof lines)[number] | undefined;
  for (const l of lines) {
    if (!open) open = l;
    else if (l.mark[0] === open.mark[0] && l.mark.length >= open.mark.length && l.bare) {
      out.push([open.at, l.end]);
      open = undefined;
    }
  }
  if (open) out.push([open.at, text.length]);
  return out;
}

/** The directive in the comment text[open, close + 3), if it is one. */
function readDirective(text: string, open: number, close: number): Directive | undefined {
  let i = open + 4;
  while (i < close && isSpace(text.charCodeAt(i))) i++;
  if (!text.startsWith(PREFIX, i)) return undefined;
  let j = i + PREFIX.length;
  while (j < close && !isSeparator(text.charCodeAt(j))) j++;
  const kind = text.slice(i + PREFIX.length, j);
  if (!KINDS.has(kind)) return undefined;
  const codes: string[] = [];
  let codesEnd = j;
  for (;;) {
    while (j < close && isSeparator(text.charCodeAt(j))) j++;
    if (j >= close) break;
    let k = j;
    while (k < close && !isSeparator(text.charCodeAt(k))) k++;
    if (!isCode(text, j, k)) break; // a reason follows
    codes.push(text.slice(j, k).toUpperCase());
    codesEnd = k;
    j = k;
  }
  return { kind: kind as DirectiveKind, codes, start: open, end: close + 3, codesEnd };
}

/** Which codes are switched off: all of them (but `except`), or only `codes`. */
class Scope {
  all = false;
  readonly codes = new Set<string>();
  readonly except = new Set<string>();

  disable(codes: readonly string[]): void {
    if (codes.length === 0) {
      this.all = true;
      this.codes.clear();
      this.except.clear();
    } else for (const c of codes) this.all ? this.except.delete(c) : this.codes.add(c);
  }

  enable(codes: readonly string[]): void {
    if (codes.length === 0) {
      this.all = false;
      this.codes.clear();
      this.except.clear();
    } else for (const c of codes) this.all ? this.except.add(c) : this.codes.delete(c);
  }

  has(code: string): boolean {
    return this.all ? !this.except.has(code) : this.codes.has(code);
  }
}

/**
 * Line boundaries found by scanning forward only: callers ask about non-decreasing offsets, so
 * the whole text is read at most once however many questions there are (no line table for a
 * 5 MB draft, and no rescanning of a 2 MB line for each comment on it).
 */
class LineCursor {
  private at = 0;
  private start = 0;
  private end = -1;
  constructor(private readonly text: string) {}

  /** Where the line holding `x` starts: back to the nearest line break, never past the last `x`. */
  startOf(x: number): number {
    const t = this.text;
    let i = x;
    while (i > this.at) {
      const c = t.charCodeAt(i - 1);
      if (c === 10 || (c === 13 && t.charCodeAt(i) !== 10)) break;
      i--;
    }
    if (i > this.at || i === 0) this.start = i;
    this.at = x;
    return this.start;
  }

  /** The offset of the line break that ends the line holding `x` (or the text's length). */
  endOf(x: number): number {
    if (this.end >= x) return this.end;
    const t = this.text;
    let i = x;
    while (i < t.length && t.charCodeAt(i) !== 10 && t.charCodeAt(i) !== 13) i++;
    return (this.end = i);
  }
}

/** The line a disable-line / disable-next-line comment speaks for, [start, end], and its codes. */
interface LineScope {
  start: number;
  end: number;
  /** Empty: every rule. */
  codes: string[];
}

/**
 * The findings the draft's suppression comments leave, in their original order. A finding is
 * judged by where it starts; a `disable`/`enable` comment takes effect after its end.
 */
export function applySuppressions(text: string, findings: readonly Finding[]): Finding[] {
  const directives = findDirectives(text);
  if (directives.length === 0 || findings.length === 0) return [...findings];

  const file = new Scope();
  const ranged: Directive[] = [];
  const lineScopes: LineScope[] = [];
  const here = new LineCursor(text);
  const below = new LineCursor(text);
  for (const d of directives) {
    if (d.kind === 'disable-file') file.disable(d.codes);
    else if (d.kind === 'disable' || d.kind === 'enable') ranged.push(d);
    else {
      let start: number;
      let end: number;
      if (d.kind === 'disable-line') {
        start = here.startOf(d.start);
        end = here.endOf(d.start);
      } else {
        const eol = here.endOf(d.end);
        if (eol >= text.length) continue; // no next line
        start = eol + (text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? 2 : 1);
        end = below.endOf(start);
      }
      lineScopes.push({ start, end, codes: d.codes });
    }
  }
  // Nearly in order already (a disable-line after a disable-next-line on one line is not):
  // sort, and give each line one list of codes.
  lineScopes.sort((a, b) => a.start - b.start);
  const lines: LineScope[] = [];
  for (const cur of lineScopes) {
    const prev = lines[lines.length - 1];
    if (!prev || prev.start !== cur.start) lines.push({ ...cur, codes: [...cur.codes] });
    else if (cur.codes.length === 0 || prev.codes.length === 0) prev.codes = [];
    else for (const c of cur.codes) if (!prev.codes.includes(c)) prev.codes.push(c);
  }

  // One sweep over the findings by start, with the comments in text order.
  const order = findings.map((_, i) => i).sort((a, b) => findings[a]!.range.start - findings[b]!.range.start);
  const keep = new Array<boolean>(findings.length).fill(true);
  const region = new Scope();
  let nextRanged = 0;
  let nextLine = 0;
  for (const i of order) {
    const f = findings[i]!;
    const at = f.range.start;
    while (nextRanged < ranged.length && ranged[nextRanged]!.end <= at) {
      const d = ranged[nextRanged++]!;
      if (d.kind === 'disable') region.disable(d.codes);
      else region.enable(d.codes);
    }
    while (nextLine < lines.length && lines[nextLine]!.end < at) nextLine++;
    const line = lines[nextLine];
    if (file.has(f.code) || region.has(f.code) || (line && line.start <= at && (line.codes.length === 0 || line.codes.includes(f.code)))) keep[i] = false;
  }
  return findings.filter((_, i) => keep[i]);
}

// ---------------------------------------------------------------------------------- edits

function eolOf(text: string): string {
  const n = text.indexOf('\n');
  if (n > 0 && text.charCodeAt(n - 1) === 13) return '\r\n';
  if (n < 0 && text.includes('\r')) return '\r';
  return '\n';
}

/** The offset where the line holding `offset` starts. */
function lineStart(text: string, offset: number): number {
  let i = Math.max(0, Math.min(offset, text.length));
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === 10 || c === 13) break;
    i--;
  }
  return i;
}

/** The line's leading blanks and block-quote markers, so a comment stays inside the same block. */
function linePrefix(text: string, start: number): string {
  let i = start;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 62 /* > */) i++;
    else break;
  }
  return text.slice(start, i);
}

/**
 * The edit that silences `code` for the line holding `offset`: a disable-next-line comment
 * above it, or the code added to one already there (undefined if that one covers it already).
 */
export function disableNextLineEdit(text: string, offset: number, code: string): TextEdit | undefined {
  const start = lineStart(text, offset);
  if (start > 0) {
    // The line above: is it already a disable-next-line comment (and nothing else)?
    const prevStart = lineStart(text, start - 1);
    const line = text.slice(prevStart, start);
    const prev = findDirectives(line);
    const d = prev[0];
    if (prev.length === 1 && d!.kind === 'disable-next-line' && linePrefix(line, 0).length === d!.start && line.slice(d!.end).trim() === '') {
      if (d!.codes.length === 0 || d!.codes.includes(code)) return undefined;
      return { start: prevStart + d!.codesEnd, end: prevStart + d!.codesEnd, newText: ` ${code}` };
    }
  }
  return { start, end: start, newText: `${linePrefix(text, start)}<!-- judgment-lint-disable-next-line ${code} -->${eolOf(text)}` };
}

/**
 * The edit that silences `code` in the whole file: the code added to the file's first
 * disable-file comment, or such a comment at the top (after a BOM and YAML front matter);
 * undefined if the file's comment covers it already.
 */
export function disableFileEdit(text: string, code: string): TextEdit | undefined {
  const existing = findDirectives(text).find((d) => d.kind === 'disable-file');
  if (existing) {
    if (existing.codes.length === 0 || existing.codes.includes(code)) return undefined;
    return { start: existing.codesEnd, end: existing.codesEnd, newText: ` ${code}` };
  }
  const at = afterFrontMatter(text);
  return { start: at, end: at, newText: `<!-- judgment-lint-disable-file ${code} -->${eolOf(text)}` };
}

/** The offset after a BOM and a YAML front matter block (`---` … `---` or `...`), if any. */
function afterFrontMatter(text: string): number {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith('---', bom)) return bom;
  const firstEnd = lineEnd(text, bom);
  if (text.slice(bom, firstEnd).trimEnd() !== '---') return bom;
  let i = nextLine(text, firstEnd);
  while (i < text.length) {
    const end = lineEnd(text, i);
    const line = text.slice(i, end).trimEnd();
    if (line === '---' || line === '...') return nextLine(text, end);
    i = nextLine(text, end);
  }
  return bom; // unterminated: not front matter
}

function lineEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
  return i;
}

function nextLine(text: string, end: number): number {
  if (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10) return end + 2;
  return end < text.length ? end + 1 : end;
}
