/**
 * The fixture harness (see test/fixtures/README.md): parses a fixture's expectations and
 * checks the engine's findings against them, failing on a missing or an extra finding.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { analyze, LineIndex, type Finding } from '../../src/engine/index';

export const ROOT = resolve(__dirname, '../../..');

export interface Expectation {
  code: string;
  snippet?: string;
}

export interface Fixture {
  file: string;
  name: string;
  text: string;
  isFixture: boolean;
  caseName: string;
  expect: Expectation[];
  ignore: Set<string>;
  fix?: string;
  fixedContains: string[];
}

export function listMarkdown(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listMarkdown(p));
    else if (name.endsWith('.md') && name !== 'README.md' && name !== 'CASES.md') out.push(p);
  }
  return out;
}

export function readFixture(file: string): Fixture {
  const text = readFileSync(file, 'utf8');
  const head = /^\s*<!--\s*judgment-lint-fixture\b([\s\S]*?)-->/.exec(text);
  const fx: Fixture = {
    file,
    name: relative(ROOT, file),
    text,
    isFixture: Boolean(head),
    caseName: '',
    expect: [],
    ignore: new Set(),
    fixedContains: [],
  };
  if (!head) return fx;
  for (const raw of head[1]!.split(/\r?\n/)) {
    const line = raw.trim();
    const m = /^([a-z-]+):\s*(.*)$/.exec(line);
    if (!m) continue;
    const [, key, value] = m as unknown as [string, string, string];
    if (key === 'case') fx.caseName = value;
    else if (key === 'expect') {
      const e = /^([A-Z]+\d{3})\s*(?:@\s*(.+))?$/.exec(value);
      if (!e) throw new Error(`${fx.name}: bad expect line '${line}'`);
      fx.expect.push(e[2] ? { code: e[1]!, snippet: e[2].trim() } : { code: e[1]! });
    } else if (key === 'ignore') for (const c of value.split(/[\s,]+/).filter(Boolean)) fx.ignore.add(c);
    else if (key === 'fix') fx.fix = value.trim();
    else if (key === 'fixed-contains') fx.fixedContains.push(value.trim());
  }
  return fx;
}

function describe(f: Finding, lines: LineIndex): string {
  const p = lines.position(f.range.start);
  return `${f.code}@${p.line}:${p.column} «${lines.lineText(p.line).slice(Math.max(0, p.column - 1), p.column + 24)}»`;
}

/** Compares findings with expectations; returns the problems (empty when all is well). */
export function compare(fx: Fixture, text: string, findings: Finding[]): string[] {
  const lines = new LineIndex(text);
  const problems: string[] = [];
  const left = findings.filter((f) => !fx.ignore.has(f.code));
  const unmatched: Expectation[] = [];
  // Snippet expectations first, so that a bare one cannot steal a finding a snippet needs.
  const ordered = [...fx.expect].sort((a, b) => Number(Boolean(b.snippet)) - Number(Boolean(a.snippet)));
  for (const e of ordered) {
    const i = left.findIndex((f) => {
      if (f.code !== e.code) return false;
      if (!e.snippet) return true;
      const a = lines.position(f.range.start).line;
      const b = lines.position(Math.max(f.range.start, f.range.end - 1)).line;
      for (let l = a; l <= b; l++) if (lines.lineText(l).includes(e.snippet)) return true;
      return false;
    });
    if (i < 0) unmatched.push(e);
    else left.splice(i, 1);
  }
  for (const e of unmatched) problems.push(`missing ${e.code}${e.snippet ? ` @ ${e.snippet}` : ''}`);
  for (const f of left) problems.push(`extra ${describe(f, lines)}`);
  return problems;
}

/**
 * Every line of `before` that no edit overlaps must still be in `after`, in order: a fix
 * touches only its own ranges.
 */
export function linesOutsideEditsKept(before: string, after: string, edits: { start: number; end: number }[]): string[] {
  const lines = before.split('\n');
  const lost: string[] = [];
  let offset = 0;
  let cursor = 0;
  for (const line of lines) {
    const start = offset;
    const end = offset + line.length;
    offset = end + 1;
    const touched = edits.some((e) => e.start <= end && start <= e.end);
    if (touched || line.trim() === '') continue;
    const at = after.indexOf(line, cursor);
    if (at < 0) lost.push(line);
    else cursor = at + line.length;
  }
  return lost;
}

export function lintFixture(text: string) {
  return analyze(text);
}
