/**
 * The Markdown injection grammar (syntaxes/judgment.injection.tmLanguage.json): it is valid,
 * every pattern compiles with Oniguruma and none can backtrack super-linearly, VS Code is told
 * to inject it, and the assertions in test/grammar/*.md hold — against the stand-in Markdown
 * grammar always, and against VS Code's own Markdown grammar when the toolchain cache has it.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import {
  checkFile,
  INJECTION_PATH,
  loadMarkdownWithInjection,
  onigLib,
  parseAssertions,
  repoRoot,
  scopesPerChar,
  STUB_PATH,
} from '../grammar/runner';

const root = repoRoot();
const grammarJson = () => JSON.parse(readFileSync(join(root, INJECTION_PATH), 'utf8'));
const testFiles = readdirSync(join(root, 'test/grammar'))
  .filter((f) => f.endsWith('.md'))
  .sort();

/** Every regular expression of a grammar, with where it sits. */
function patternsOf(node: unknown, path = '$'): { path: string; source: string }[] {
  if (!node || typeof node !== 'object') return [];
  const out: { path: string; source: string }[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (['match', 'begin', 'end', 'while'].includes(key) && typeof value === 'string') out.push({ path: `${path}.${key}`, source: value });
    else out.push(...patternsOf(value, `${path}.${key}`));
  }
  return out;
}

/** Every scope name a grammar gives (name, contentName, capture names). */
function scopeNamesOf(node: unknown): string[] {
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) =>
    (key === 'name' || key === 'contentName') && typeof value === 'string' ? value.split(/\s+/) : scopeNamesOf(value),
  );
}

/**
 * Groups that contain a quantifier and are themselves repeated (`*`, `+`, `{n,}`, `{n,m}` with
 * m > 1): the shape of catastrophic backtracking. An optional group (`?`) may hold quantifiers.
 */
function repeatedQuantifiedGroups(source: string): string[] {
  const found: string[] = [];
  const quantifierAt = (at: number): { max: number; length: number } | undefined => {
    const m = /^(?:[*+?]|\{(\d*)(,?)(\d*)\})[?+]?/.exec(source.slice(at));
    if (!m) return undefined;
    const max = m[0].startsWith('?') ? 1 : '*+'.includes(m[0][0]!) ? Infinity : m[2] ? (m[3] ? Number(m[3]) : Infinity) : Number(m[1]);
    return { max, length: m[0].length };
  };
  const stack: { start: number; quantified: boolean }[] = [];
  let quantified = false; // the group being read holds a quantifier so far
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '(') {
      stack.push({ start: i, quantified });
      quantified = false;
      i += /^\((?:\?(?:<[=!]|[:=!>]|<[A-Za-z_]\w*>|[imx-]+:?))?/.exec(source.slice(i))![0].length;
      continue;
    }
    if (c === ')') {
      const open = stack.pop();
      const q = quantifierAt(i + 1);
      if (quantified && q && q.max > 1) found.push(source.slice(open?.start ?? 0, i + 1 + q.length));
      quantified = (open?.quantified ?? false) || quantified || !!q;
      i += 1 + (q?.length ?? 0);
      continue;
    }
    let atomEnd = i + 1;
    if (c === '\\') {
      atomEnd = /[pP]/.test(source[i + 1] ?? '') && source[i + 2] === '{' ? source.indexOf('}', i) + 1 : i + 2;
    } else if (c === '[') {
      let depth = 0;
      for (let j = i; j < source.length; j++) {
        if (source[j] === '\\') j++;
        else if (source[j] === '[') depth++;
        else if (source[j] === ']' && --depth === 0) {
          atomEnd = j + 1;
          break;
        }
      }
    }
    const q = quantifierAt(atomEnd);
    if (q) quantified = true;
    i = atomEnd + (q?.length ?? 0);
  }
  return found;
}

describe('grammar: the Markdown injection', () => {
  it('is a valid injection grammar (JSON, scope name, selector, repository references)', () => {
    const g = grammarJson();
    assert.equal(g.scopeName, 'text.judgment.injection');
    assert.match(g.injectionSelector, /^text\.html\.markdown\b/);
    for (const excluded of ['-comment', '-markup.fenced_code', '-markup.inline.raw', '-markup.raw']) {
      assert.ok(g.injectionSelector.includes(excluded), `selector lacks ${excluded}`);
    }
    const includes = JSON.stringify(g).match(/"include":"#[^"]+"/g) ?? [];
    for (const inc of includes) {
      const name = inc.slice('"include":"#'.length, -1);
      assert.ok(g.repository[name], `#${name} is included but not defined`);
    }
  });

  it('compiles every pattern with Oniguruma', async () => {
    await onigLib(root);
    const patterns = patternsOf(grammarJson());
    assert.ok(patterns.length >= 10, `only ${patterns.length} patterns`);
    for (const p of patterns) {
      assert.doesNotThrow(() => new oniguruma.OnigScanner([p.source]).dispose(), `${p.path} does not compile: ${p.source}`);
    }
  });

  it('repeats no group that holds a quantifier (no nested quantifiers)', () => {
    assert.deepEqual(repeatedQuantifiedGroups('(a+)+'), ['(a+)+'], 'the checker itself');
    assert.deepEqual(repeatedQuantifiedGroups('(?:[,，][0-9][0-9][0-9])+(?:x{1,3})?'), []);
    for (const p of patternsOf(grammarJson())) {
      assert.deepEqual(repeatedQuantifiedGroups(p.source), [], `${p.path}`);
    }
  });

  it('tokenizes hostile 20,000-character lines in bounded time', async function () {
    this.timeout(20_000);
    const grammar = await loadMarkdownWithInjection(STUB_PATH, root);
    const n = 20_000;
    const hostile = {
      'unclosed title': '《' + '中'.repeat(n),
      'titles that never become statutes': '《民法'.repeat(n / 3),
      'an article number without 条': '第' + '一'.repeat(n),
      'a long list': '《民法典》第1条' + '、第2条'.repeat(n / 4),
      'list separators without articles': '《民法典》第1条' + '、第'.repeat(n / 2),
      'a 20,000-digit amount': '1'.repeat(n) + '元',
      'digit groups': '1' + ',000'.repeat(n / 4) + '元',
      'a 20,000-numeral amount': '伍'.repeat(n) + '元',
      'case number opening only': '（2025）' + '京'.repeat(n),
      'unmatched brackets': '（（《《'.repeat(n / 4),
      'claim and part words': '赔礼道歉本院认为诉讼请求'.repeat(n / 10),
    };
    for (const [label, line] of Object.entries(hostile)) {
      const started = Date.now();
      scopesPerChar(grammar, [line], 5_000);
      const ms = Date.now() - started;
      assert.ok(ms < 2_000, `${label}: ${ms} ms`);
    }
  });

  it('is contributed to VS Code and injected into Markdown', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const entry = (pkg.contributes?.grammars ?? []).find((g: { scopeName?: string }) => g.scopeName === 'text.judgment.injection');
    assert.ok(entry, 'package.json contributes.grammars has no entry for text.judgment.injection');
    assert.deepEqual(entry.injectTo, ['text.html.markdown']);
    assert.equal(join(root, entry.path), join(root, INJECTION_PATH));
    assert.equal(entry.language, undefined, 'an injection grammar names no language');
  });

  it('documents every scope it gives in syntaxes/README.md', () => {
    const readme = readFileSync(join(root, 'syntaxes/README.md'), 'utf8');
    const scopes = [...new Set(scopeNamesOf(grammarJson().repository))];
    assert.ok(scopes.length >= 5);
    for (const s of scopes) assert.ok(readme.includes(s), `${s} is not in syntaxes/README.md`);
  });

  it('has test files with at least 40 assertions, all well formed', () => {
    let total = 0;
    for (const f of testFiles) {
      const { assertions, errors } = parseAssertions(readFileSync(join(root, 'test/grammar', f), 'utf8').split(/\r?\n/));
      assert.deepEqual(errors, [], f);
      total += assertions.length;
    }
    assert.ok(total >= 40, `only ${total} assertions`);
  });
});

const vscodeMarkdown = join(
  process.env.JUDGMENT_LINT_VSCODE_HOME || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'judgment-lint', 'vscode-test'),
  'node_modules/code-server/lib/vscode/extensions/markdown-basics/syntaxes/markdown.tmLanguage.json',
);

for (const [label, base] of [
  ['the stand-in Markdown grammar', STUB_PATH],
  ["VS Code's Markdown grammar", vscodeMarkdown],
] as const) {
  describe(`grammar tests on ${label}`, () => {
    for (const f of testFiles) {
      it(f, async function () {
        if (!existsSync(base.startsWith('/') ? base : join(root, base))) this.skip();
        const grammar = await loadMarkdownWithInjection(base, root);
        const { failures } = checkFile(grammar, readFileSync(join(root, 'test/grammar', f), 'utf8'));
        assert.deepEqual(failures, []);
      });
    }
  });
}
