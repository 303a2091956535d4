/**
 * A small TextMate grammar test runner for the Markdown injection in `syntaxes/`.
 *
 * It tokenizes a test file the way VS Code does (vscode-textmate + the Oniguruma WASM build),
 * with the injection attached to a Markdown base grammar, and checks the assertions written in
 * the file. Markdown has no line comments and Chinese characters are two columns wide, so the
 * caret columns of `vscode-tmgrammar-test` would be hard to write and to read; an assertion
 * names the text it is about instead:
 *
 *     本院认为，依照《民法典》第1183条之规定，判决如下：
 *     <!-- expect 《民法典》第1183条 is support.function.citation.judgment -->
 *     <!-- expect 判决如下 has keyword.control.part -->
 *     <!-- expect@2 本院 not * -->
 *
 * - An assertion is a whole line `<!-- expect[@N] TEXT VERB SCOPE -->` about the nearest line
 *   above it that is neither an assertion nor blank (the source line); TEXT is its N-th
 *   occurrence there (first by default).
 * - `is SCOPE`: every character of TEXT carries SCOPE and the characters just before and after
 *   it do not (the token spans exactly TEXT). `has SCOPE`: every character carries it, the token
 *   may be longer. `not SCOPE`: no character carries it; `not *` means no `….judgment` scope.
 * - A character carries SCOPE when one of its scopes is SCOPE or starts with `SCOPE.`.
 * - Assertion lines are HTML comments, so they are tokenized with the rest (the injection must
 *   leave comments alone) and render as nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

export type Verb = 'is' | 'has' | 'not';

export interface Assertion {
  /** 0-based line of the assertion in its file. */
  line: number;
  /** 0-based line the assertion is about. */
  source: number;
  text: string;
  nth: number;
  verb: Verb;
  scope: string;
}

const ASSERTION = /^<!--\s*expect(?:@(\d+))?\s+(.+?)\s+(is|has|not)\s+(\S+)\s*-->\s*$/;

/** Whether a line is an assertion (including a malformed one, which `parseAssertions` reports). */
export const isAssertionLine = (line: string): boolean => /^<!--\s*expect\b/.test(line);

/** The assertions of a test file, and the lines that look like assertions but are malformed. */
export function parseAssertions(lines: readonly string[]): { assertions: Assertion[]; errors: string[] } {
  const assertions: Assertion[] = [];
  const errors: string[] = [];
  let source = -1;
  lines.forEach((line, i) => {
    if (!isAssertionLine(line)) {
      if (line.trim() !== '') source = i;
      return;
    }
    const m = ASSERTION.exec(line);
    if (!m) errors.push(`line ${i + 1}: malformed assertion: ${line}`);
    else if (source < 0) errors.push(`line ${i + 1}: assertion with no source line above it`);
    else assertions.push({ line: i, source, nth: m[1] ? Number(m[1]) : 1, text: m[2]!, verb: m[3] as Verb, scope: m[4]! });
  });
  return { assertions, errors };
}

/** Walks up from this file (in `out/test/unit` or `test/grammar`) to the repository root. */
export function repoRoot(): string {
  for (const start of [__dirname, process.cwd()]) {
    let dir = start;
    for (let i = 0; i < 6; i++) {
      try {
        if (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name === 'judgment-lint') return dir;
      } catch {
        /* not here */
      }
      dir = join(dir, '..');
    }
  }
  return process.cwd();
}

export const INJECTION_PATH = 'syntaxes/judgment.injection.tmLanguage.json';
export const STUB_PATH = 'test/grammar/markdown-stub.tmLanguage.json';

let wasm: Promise<void> | undefined;

/** The Oniguruma library vscode-textmate needs, with the WASM loaded once per process. */
export function onigLib(root = repoRoot()): Promise<textmate.IOnigLib> {
  if (!wasm) {
    const bytes = readFileSync(join(root, 'node_modules/vscode-oniguruma/release/onig.wasm'));
    wasm = oniguruma.loadWASM(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  }
  return wasm.then(() => ({
    createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
    createOnigString: (s: string) => new oniguruma.OnigString(s),
  }));
}

/** Markdown (from `basePath`, absolute or relative to the root) with the injection attached, as VS Code's `injectTo` does. */
export async function loadMarkdownWithInjection(basePath: string, root = repoRoot()): Promise<textmate.IGrammar> {
  const injection = textmate.parseRawGrammar(readFileSync(join(root, INJECTION_PATH), 'utf8'), INJECTION_PATH);
  const base = readFileSync(basePath.startsWith('/') ? basePath : join(root, basePath), 'utf8');
  const registry = new textmate.Registry({
    onigLib: onigLib(root),
    loadGrammar: async (scopeName) =>
      scopeName === 'text.html.markdown'
        ? textmate.parseRawGrammar(base, basePath)
        : scopeName === injection.scopeName
          ? injection
          : null,
    getInjections: (scopeName) => (scopeName === 'text.html.markdown' ? [injection.scopeName] : undefined),
  });
  const grammar = await registry.loadGrammar('text.html.markdown');
  if (!grammar) throw new Error(`no Markdown grammar at ${basePath}`);
  return grammar;
}

/** The scopes of every character of every line. */
export function scopesPerChar(grammar: textmate.IGrammar, lines: readonly string[], timeLimitMs = 0): string[][][] {
  let state = textmate.INITIAL;
  return lines.map((line) => {
    const r = grammar.tokenizeLine(line, state, timeLimitMs || undefined);
    if (r.stoppedEarly) throw new Error(`tokenizing stopped early (over ${timeLimitMs} ms) on: ${line.slice(0, 60)}…`);
    state = r.ruleStack;
    const perChar: string[][] = Array.from({ length: line.length }, () => []);
    for (const t of r.tokens) for (let i = t.startIndex; i < Math.min(t.endIndex, line.length); i++) perChar[i] = t.scopes;
    return perChar;
  });
}

const carries = (scopes: readonly string[] | undefined, scope: string): boolean =>
  !!scopes &&
  scopes.some((s) => (scope === '*' ? s.endsWith('.judgment') : s === scope || s.startsWith(scope + '.')));

function indexOfNth(haystack: string, needle: string, nth: number): number {
  let at = -1;
  for (let k = 0; k < nth; k++) {
    at = haystack.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/** Checks one test file; returns the number of assertions and a message per failure. */
export function checkFile(grammar: textmate.IGrammar, text: string): { count: number; failures: string[] } {
  const lines = text.split(/\r?\n/);
  const { assertions, errors } = parseAssertions(lines);
  const scopes = scopesPerChar(grammar, lines);
  const failures = [...errors];
  for (const a of assertions) {
    const src = lines[a.source]!;
    const where = `line ${a.line + 1} (${a.verb} ${a.scope} on “${a.text}”${a.nth > 1 ? ` #${a.nth}` : ''})`;
    const start = indexOfNth(src, a.text, a.nth);
    if (start < 0) {
      failures.push(`${where}: text not found in line ${a.source + 1}`);
      continue;
    }
    const end = start + a.text.length;
    const chars = scopes[a.source]!.slice(start, end);
    const describe = () =>
      [...new Set(chars.map((s) => s.slice(1).join(' ') || '(none)'))].join(' | ');
    if (a.verb === 'not') {
      if (chars.some((s) => carries(s, a.scope))) failures.push(`${where}: found ${describe()}`);
      continue;
    }
    if (!chars.every((s) => carries(s, a.scope))) {
      failures.push(`${where}: got ${describe()}`);
      continue;
    }
    if (a.verb === 'is') {
      const before = scopes[a.source]![start - 1];
      const after = scopes[a.source]![end];
      if (carries(before, a.scope) || carries(after, a.scope)) failures.push(`${where}: the token is longer than the text`);
    }
  }
  if (assertions.length === 0) failures.push('no assertions in this file');
  return { count: assertions.length, failures };
}
