/**
 * The snippets (snippets/judgment.code-snippets): the file parses, every body is valid VS Code
 * snippet syntax with tab stops numbered 1…N, prefixes are unique, the paragraphs cite statutes
 * and never scholarship, and the judgment skeleton — placeholders filled with their defaults,
 * alone or with the reasoning paragraphs put into 本院认为 — goes through `lint()` without a
 * crash or a failed rule.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/engine/index';
import { repoRoot } from '../grammar/runner';

interface Snippet {
  scope?: string;
  prefix: string | string[];
  description?: string;
  body: string | string[];
}

type Node =
  | { kind: 'text'; value: string }
  | { kind: 'tabstop'; index: number }
  | { kind: 'placeholder'; index: number; children: Node[] }
  | { kind: 'choice'; index: number; options: string[] }
  | { kind: 'variable'; name: string; children: Node[] };

/**
 * A strict reader of VS Code's snippet syntax (`$1`, `${1}`, `${1:default}`, `${1|a,b|}`,
 * `$VAR`, `${VAR:default}`, escapes `\$ \} \\`). Where VS Code would quietly take a stray `$`
 * or an unclosed `${` as text, this throws: in our snippets either is a typing mistake.
 */
export function parseSnippet(body: string): Node[] {
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at ${i}: …${body.slice(Math.max(0, i - 15), i + 15)}…`);
  };
  const readInt = (): number | undefined => {
    const m = /^\d+/.exec(body.slice(i));
    if (!m) return undefined;
    i += m[0].length;
    return Number(m[0]);
  };
  const readName = (): string | undefined => {
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(body.slice(i));
    if (!m) return undefined;
    i += m[0].length;
    return m[0];
  };
  const readChoice = (): string[] => {
    const options: string[] = [];
    let cur = '';
    while (i < body.length) {
      const c = body[i]!;
      if (c === '\\' && i + 1 < body.length && '$}\\,|'.includes(body[i + 1]!)) {
        cur += body[i + 1];
        i += 2;
      } else if (c === ',') {
        options.push(cur);
        cur = '';
        i++;
      } else if (c === '|' && body[i + 1] === '}') {
        options.push(cur);
        i += 2;
        return options;
      } else {
        cur += c;
        i++;
      }
    }
    return fail('unclosed choice');
  };
  const readSequence = (inside: boolean): Node[] => {
    const nodes: Node[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ kind: 'text', value: text });
      text = '';
    };
    while (i < body.length) {
      const c = body[i]!;
      if (c === '\\' && i + 1 < body.length && '$}\\'.includes(body[i + 1]!)) {
        text += body[i + 1];
        i += 2;
      } else if (c === '}' && inside) {
        flush();
        return nodes;
      } else if (c === '$') {
        flush();
        i++;
        if (body[i] === '{') {
          i++;
          const index = readInt();
          const name = index === undefined ? readName() : undefined;
          if (index === undefined && name === undefined) fail('`${` without a number or a variable name');
          if (body[i] === '}') {
            i++;
            nodes.push(index !== undefined ? { kind: 'tabstop', index } : { kind: 'variable', name: name!, children: [] });
          } else if (body[i] === ':') {
            i++;
            const children = readSequence(true);
            if (body[i] !== '}') fail('unclosed placeholder');
            i++;
            nodes.push(index !== undefined ? { kind: 'placeholder', index, children } : { kind: 'variable', name: name!, children });
          } else if (body[i] === '|' && index !== undefined) {
            i++;
            const options = readChoice();
            if (options.length < 2) fail('a choice with fewer than two options');
            nodes.push({ kind: 'choice', index, options });
          } else fail('unexpected character after `${`');
        } else {
          const index = readInt();
          const name = index === undefined ? readName() : undefined;
          if (index === undefined && name === undefined) fail('a `$` that starts nothing (write `\\$`)');
          nodes.push(index !== undefined ? { kind: 'tabstop', index } : { kind: 'variable', name: name!, children: [] });
        }
      } else {
        text += c;
        i++;
      }
    }
    if (inside) fail('unclosed `${`');
    flush();
    return nodes;
  };
  const nodes = readSequence(false);
  if (i !== body.length) fail('unbalanced `}`');
  return nodes;
}

/** Every tab stop of a parsed body with the defaults its occurrences give. */
function tabStops(nodes: Node[], out = new Map<number, string[]>()): Map<number, string[]> {
  for (const n of nodes) {
    if (n.kind === 'text' || n.kind === 'variable') {
      if (n.kind === 'variable') tabStops(n.children, out);
      continue;
    }
    const defaults = out.get(n.index) ?? [];
    out.set(n.index, defaults);
    if (n.kind === 'placeholder') {
      defaults.push(render(n.children, new Map()));
      tabStops(n.children, out);
    } else if (n.kind === 'choice') defaults.push(n.options[0]!);
  }
  return out;
}

/** The text VS Code inserts when the user accepts every default (a bare `$n` mirrors its placeholder). */
function render(nodes: Node[], values: Map<number, string>): string {
  return nodes
    .map((n) => {
      switch (n.kind) {
        case 'text':
          return n.value;
        case 'tabstop':
          return values.get(n.index) ?? '';
        case 'placeholder':
          return render(n.children, values);
        case 'choice':
          return n.options[0]!;
        case 'variable':
          return render(n.children, values);
      }
    })
    .join('');
}

function expand(snippet: Snippet): string {
  const body = Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
  const nodes = parseSnippet(body);
  const values = new Map<number, string>();
  for (const [index, defaults] of tabStops(nodes)) values.set(index, defaults.find((d) => d !== '') ?? '');
  return render(nodes, values);
}

const root = repoRoot();
const FILE = join(root, 'snippets/judgment.code-snippets');
const readSnippets = (): Record<string, Snippet> => JSON.parse(readFileSync(FILE, 'utf8'));
const SKELETON = 'Skeleton: first-instance civil judgment in a generative-AI case';

describe('snippets', () => {
  it('is valid JSON (so also the JSONC VS Code reads) with the shape VS Code expects', () => {
    const all = readSnippets();
    assert.ok(Object.keys(all).length >= 10, 'skeleton, orders and reasoning paragraphs');
    for (const [name, s] of Object.entries(all)) {
      assert.equal(s.scope, 'markdown', name);
      assert.ok(typeof s.description === 'string' && s.description.startsWith('Judgment Lint: '), name);
      assert.ok(Array.isArray(s.body) && s.body.every((l) => typeof l === 'string') && s.body.length > 0, name);
      assert.ok([s.prefix].flat().length > 0, name);
    }
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    assert.ok(pkg.contributes.snippets.some((s: { path: string }) => join(root, s.path) === FILE), 'contributed in package.json');
  });

  it('gives every snippet prefixes no other snippet uses', () => {
    const seen = new Map<string, string>();
    for (const [name, s] of Object.entries(readSnippets())) {
      for (const p of [s.prefix].flat()) {
        assert.ok(p.trim() === p && p.length > 0, `${name}: prefix “${p}”`);
        assert.ok(!seen.has(p), `prefix “${p}” of “${name}” is also “${seen.get(p)}”'s`);
        seen.set(p, name);
      }
    }
  });

  it('the syntax checker rejects what VS Code would take as a mistake', () => {
    assert.throws(() => parseSnippet('${1:未闭合'));
    assert.throws(() => parseSnippet('费用$元'));
    assert.throws(() => parseSnippet('${1|唯一|}'));
    assert.throws(() => parseSnippet('${:x}'));
    assert.equal(render(parseSnippet('a\\$b${1:c}'), new Map()), 'a$bc');
  });

  for (const [name, s] of Object.entries(readSnippets())) {
    it(`${name}: valid tab stops, numbered 1…N, one default each`, () => {
      const nodes = parseSnippet([s.body].flat().join('\n'));
      const stops = tabStops(nodes);
      const numbered = [...stops.keys()].filter((k) => k > 0).sort((a, b) => a - b);
      assert.ok(numbered.length > 0, 'a snippet without tab stops');
      assert.deepEqual(numbered, numbered.map((_, k) => k + 1), 'tab stops skip a number');
      for (const [index, defaults] of stops) {
        assert.ok(new Set(defaults.filter((d) => d !== '')).size <= 1, `$${index} has different defaults: ${defaults.join(' / ')}`);
      }
      const text = expand(s);
      assert.doesNotMatch(text, /徐伟|杨立新|\[Xu|\[Yang|《论/, 'a judgment cites law, not scholarship');
      assert.doesNotMatch(text, /\$\{?\d/, 'an unexpanded tab stop is left');
    });
  }

  it('the skeleton has every part of a first-instance civil judgment', () => {
    const text = expand(readSnippets()[SKELETON]!);
    for (const part of [
      '民事判决书',
      '民初',
      '原告：',
      '被告：',
      '诉讼请求',
      '辩称',
      '本院经审理认定事实如下',
      '本院认为',
      '依照《中华人民共和国民法典》',
      '之规定，判决如下：',
      '驳回原告',
      '应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延履行期间的债务利息',
      '案件受理费',
      '上诉于',
      '审　判　长',
      '书　记　员',
    ]) {
      assert.ok(text.includes(part), `missing ${part}`);
    }
  });

  it('lint() reads the filled skeleton, alone and with every reasoning paragraph, without a crash', () => {
    const all = readSnippets();
    const skeleton = expand(all[SKELETON]!);
    const paragraphs = Object.entries(all)
      .filter(([name]) => name.startsWith('Reasoning: '))
      .map(([, s]) => expand(s));
    const withReasoning = skeleton.replace(/^本院认为，.*$/m, (line) => [line, ...paragraphs].join('\n\n'));
    assert.notEqual(withReasoning, skeleton);
    for (const text of [skeleton, withReasoning, withReasoning.replace(/\n/g, '\r\n')]) {
      const { findings, failures } = analyze(text);
      assert.deepEqual(failures, []);
      for (const f of findings) {
        assert.ok(f.range.start >= 0 && f.range.start <= f.range.end && f.range.end <= text.length, `${f.code} out of range`);
      }
    }
  });

  it('the filled skeleton cites only laws and articles that exist, and grants no apology or emotional damages', () => {
    const { findings, model } = analyze(expand(readSnippets()[SKELETON]!));
    const codes = findings.map((f) => f.code);
    assert.deepEqual(codes.filter((c) => /^(CITE|GAI001|GAI002)/.test(c)), [], codes.join(' '));
    assert.ok(model.citations.length >= 5, 'the basis and the delay-interest notice are read as citations');
  });
});
