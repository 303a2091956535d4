/**
 * Build-time generator of the rule pages' data (see src/vscode/rule-pages-data.d.ts).
 *
 * For each registered rule: its catalog metadata and English text, its sources resolved to the
 * statutes the engine ships (with each cited article's text and the doctrine's note on it), the
 * header comment of its file, and two examples cut from its fixtures — the first `fires-*` draft,
 * around the finding it gives, and the first `silent-*` draft, around the passage most like it.
 *
 * Runs in Node inside the esbuild process (src/build/rule-pages-plugin.mjs): it reads the fixtures
 * and the rule files, so nothing needs to be read when the extension runs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RulePage, RulePageArticle, RulePageExample, RulePageSource } from 'judgment-lint:rule-pages';
import { analyze, explainCitation, MESSAGES_EN, parseSource, RULES, sourceLabel, type Citation, type Rule } from '../engine/index';

/** How many characters of a line to keep on each side of the place that matters. */
const CONTEXT = 120;
/** The longest flagged text shown whole. */
const MAX_FLAGGED = 400;

interface FixtureHead {
  caseName: string;
  expect: { code: string; snippet?: string }[];
  /** Where the draft begins, after the expectation comment. */
  bodyStart: number;
}

function readHead(text: string): FixtureHead {
  const head: FixtureHead = { caseName: '', expect: [], bodyStart: 0 };
  const m = /^\s*<!--\s*judgment-lint-fixture\b([\s\S]*?)-->/.exec(text);
  if (!m) return head;
  head.bodyStart = m.index + m[0].length;
  for (const raw of m[1]!.split(/\r?\n/)) {
    const line = raw.trim();
    const kv = /^([a-z-]+):\s*(.*)$/.exec(line);
    if (!kv) continue;
    if (kv[1] === 'case') head.caseName = kv[2]!;
    if (kv[1] === 'expect') {
      const e = /^([A-Z]+\d{3})\s*(?:@\s*(.+))?$/.exec(kv[2]!);
      if (e) head.expect.push(e[2] ? { code: e[1]!, snippet: e[2].trim() } : { code: e[1]! });
    }
  }
  return head;
}

/** The lines around [start, end), each line cut to CONTEXT characters beside the range. */
function excerptAround(text: string, bodyStart: number, start: number, end: number): string {
  let from = text.lastIndexOf('\n', start - 1) + 1;
  let to = text.indexOf('\n', end);
  if (to < 0) to = text.length;
  from = Math.max(from, bodyStart);
  // One line of lead-in (判决如下：, the paragraph before) when it is short.
  const prevEnd = from - 1;
  if (prevEnd > bodyStart) {
    let p = prevEnd;
    while (p > bodyStart && text[p - 1] === '\n') p--;
    const prevStart = Math.max(bodyStart, text.lastIndexOf('\n', p - 1) + 1);
    if (p - prevStart > 0 && p - prevStart <= CONTEXT && from - p <= 2) from = prevStart;
  }
  const lines: string[] = [];
  let at = from;
  for (const line of text.slice(from, to).split('\n')) {
    const lineStart = at;
    const lineEnd = at + line.length;
    at = lineEnd + 1;
    // Keep CONTEXT characters on either side of the range within this line.
    const a = Math.max(lineStart, Math.min(start, lineEnd) - CONTEXT);
    const b = Math.min(lineEnd, Math.max(end, lineStart) + CONTEXT);
    let cut = text.slice(a, b);
    if (b - a > 2 * CONTEXT + MAX_FLAGGED) cut = text.slice(a, a + 2 * CONTEXT + MAX_FLAGGED) + '……';
    lines.push((a > lineStart ? '……' : '') + cut + (b < lineEnd && !cut.endsWith('……') ? '……' : ''));
  }
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** Where the departing example's finding is: by running the engine, else by the expected snippet. */
function departingRange(rule: Rule, text: string, head: FixtureHead): [number, number] | undefined {
  const expected = head.expect.find((e) => e.code === rule.code);
  try {
    const findings = analyze(text).findings.filter((f) => f.code === rule.code);
    const firstLine = (s: number, e: number) => text.slice(s, e).split('\n')[0]!;
    const f = (expected?.snippet && findings.find((x) => firstLine(x.range.start, x.range.end).includes(expected.snippet!))) || findings[0];
    if (f) return [f.range.start, f.range.end];
  } catch {
    // The engine is the build's to check, not the pages': fall back to the snippet.
  }
  if (expected?.snippet) {
    const at = text.indexOf(expected.snippet, head.bodyStart);
    if (at >= 0) return [at, at + expected.snippet.length];
  }
  return undefined;
}

const bigrams = (s: string): Set<string> => {
  const t = s.replace(/[\s\p{P}\p{S}]/gu, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) out.add(t.slice(i, i + 2));
  return out;
};

/** The sentence of the correct draft most like the departing one's flagged text (Dice over bigrams). */
function likestSentence(text: string, bodyStart: number, flagged: string): [number, number] | undefined {
  const target = bigrams(flagged);
  if (target.size === 0) return undefined;
  let best: [number, number] | undefined;
  let bestScore = 0;
  for (const m of text.slice(bodyStart).matchAll(/[^。！？；\n]+[。！？；]?/g)) {
    const s = bodyStart + m.index!;
    const grams = bigrams(m[0]);
    let shared = 0;
    for (const g of grams) if (target.has(g)) shared++;
    const score = (2 * shared) / (grams.size + target.size);
    if (score > bestScore) {
      bestScore = score;
      best = [s, s + m[0].length];
    }
  }
  return best;
}

function fixturesOf(root: string, code: string): { fires: string[]; silent: string[] } {
  const dir = join(root, 'test/fixtures', code);
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).sort() : [];
  return { fires: files.filter((f) => f.startsWith('fires-')), silent: files.filter((f) => f.startsWith('silent-')) };
}

function examples(root: string, rule: Rule): Pick<RulePage, 'departing' | 'correct' | 'fixtureCounts'> {
  const { fires, silent } = fixturesOf(root, rule.code);
  const out: Pick<RulePage, 'departing' | 'correct' | 'fixtureCounts'> = { fixtureCounts: { fires: fires.length, silent: silent.length } };
  let flagged = '';
  if (fires[0]) {
    const file = `test/fixtures/${rule.code}/${fires[0]}`;
    const text = readFileSync(join(root, file), 'utf8');
    const head = readHead(text);
    const range = departingRange(rule, text, head);
    const example: RulePageExample = { file, caseName: head.caseName, excerpt: '' };
    if (range) {
      flagged = text.slice(range[0], range[1]);
      example.excerpt = excerptAround(text, head.bodyStart, range[0], range[1]);
      example.flagged = flagged.length > MAX_FLAGGED ? flagged.slice(0, MAX_FLAGGED) + '……' : flagged;
    }
    out.departing = example;
  }
  if (silent[0]) {
    const file = `test/fixtures/${rule.code}/${silent[0]}`;
    const text = readFileSync(join(root, file), 'utf8');
    const head = readHead(text);
    const range = flagged ? likestSentence(text, head.bodyStart, flagged) : undefined;
    out.correct = { file, caseName: head.caseName, excerpt: range ? excerptAround(text, head.bodyStart, range[0], range[1]) : '' };
  }
  return out;
}

/** The articles a statute source cites, with their text (a range 第28–29条 gives each article). */
function articlesOf(source: string): Pick<RulePageSource, 'kind' | 'lawId' | 'articles'> {
  const ref = parseSource(source);
  if (ref.kind !== 'statute') return { kind: ref.kind, articles: [] };
  const articles: RulePageArticle[] = [];
  for (const a of ref.articles) {
    for (let n = a.article; n <= (a.through ?? a.article) && n - a.article < 20; n++) {
      const c: Citation = {
        title: ref.title, bracketed: true, article: n, span: { start: 0, end: 0 }, sentence: 0,
        inBasis: false, instrument: 'law', historical: false, delayInterest: false, byCourt: false,
      };
      if (ref.law) c.law = ref.law;
      const info = explainCitation(c);
      const article: RulePageArticle = { article: n, heading: info.heading };
      if (ref.law) article.lawId = ref.law.id;
      if (info.version) article.version = info.version;
      if (info.text) article.text = info.text;
      if (info.note) article.note = info.note;
      if (info.problem) article.problem = info.problem;
      articles.push(article);
    }
  }
  return { kind: 'statute', articles, ...(ref.law ? { lawId: ref.law.id } : {}) };
}

/** The rule file's header comment, without the comment markers and its first (code slug) line. */
function doctrineOf(root: string, code: string): string {
  const file = join(root, 'src/engine/rules', `${code}.ts`);
  if (!existsSync(file)) return '';
  const m = /^\s*\/\*\*([\s\S]*?)\*\//.exec(readFileSync(file, 'utf8'));
  if (!m) return '';
  const lines = m[1]!.split('\n').map((l) => l.replace(/^\s*\* ?/, '').trimEnd());
  while (lines.length && !lines[0]!.trim()) lines.shift();
  // The first line names the code and slug (and sometimes the sources), which the page shows already.
  if (lines[0]?.startsWith(code)) lines.shift();
  return lines.join('\n').trim().replace(/([^\n])\n(?=[^\n])/g, '$1 ');
}

export function rulePage(root: string, rule: Rule): RulePage {
  const en = MESSAGES_EN[rule.code];
  const page: RulePage = {
    code: rule.code,
    slug: rule.slug,
    severity: rule.severity,
    basis: rule.basis,
    message: rule.message,
    fixes: [...rule.fixes],
    sources: rule.sources.map((s) => ({ source: s, zh: sourceLabel(s), en: sourceLabel(s, 'en'), ...articlesOf(s) })),
    doctrine: doctrineOf(root, rule.code),
    ...examples(root, rule),
  };
  if (en) {
    page.messageEn = en.message;
    page.fires = en.fires;
    if (en.silent) page.silent = en.silent;
    if (en.fixes) page.catalogFixes = en.fixes;
  }
  return page;
}

/** Every registered rule's page, keyed by code. */
export function generateRulePages(root: string): { pages: Record<string, RulePage> } {
  const pages: Record<string, RulePage> = {};
  for (const rule of RULES) pages[rule.code] = rulePage(root, rule);
  return { pages };
}
