/**
 * Architecture invariants that a reviewer would otherwise have to remember:
 * the engine imports neither `vscode` nor Node built-ins; every rule lives in a file named
 * after its code with its metadata beside its check, registered once; the catalog's
 * metadata is copied faithfully.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { RULES } from '../../src/engine/index';
import { ROOT } from './harness';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('architecture', () => {
  it('the engine imports neither vscode nor Node built-ins', () => {
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    for (const file of walk(join(ROOT, 'src/engine'))) {
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]/g)) {
        const spec = m[1] ?? m[2] ?? m[3]!;
        assert.ok(spec !== 'vscode' && !builtins.has(spec), `${file} imports ${spec}`);
      }
    }
  });

  it('one rule per file, named after its code, registered once', () => {
    const codes = RULES.map((r) => r.code);
    assert.equal(new Set(codes).size, codes.length);
    for (const rule of RULES) {
      const file = join(ROOT, 'src/engine/rules', `${rule.code}.ts`);
      assert.ok(readFileSync(file, 'utf8').includes(`code: '${rule.code}'`), `${rule.code} lives in ${rule.code}.ts`);
    }
  });

  it('rules read the case model, never the text: no pattern matching in a rule file', () => {
    for (const rule of RULES) {
      const src = readFileSync(join(ROOT, 'src/engine/rules', `${rule.code}.ts`), 'utf8');
      assert.doesNotMatch(src, /\.(test|exec|match|matchAll|search)\(/, `${rule.code} scans text itself`);
    }
  });

  it('each rule’s metadata matches the catalog row', () => {
    const catalog = (() => {
      try {
        return readFileSync(join(ROOT, '../shared/doctrine/RULES.md'), 'utf8');
      } catch {
        return undefined;
      }
    })();
    for (const rule of RULES) {
      assert.match(rule.slug, /^[a-z0-9-]+$/);
      assert.ok(rule.sources.length > 0, `${rule.code} names its sources`);
      assert.ok(rule.message.length > 0);
      if (!catalog) continue;
      const row = catalog.split('\n').find((l) => l.startsWith(`| ${rule.code} |`));
      assert.ok(row, `${rule.code} is in the catalog`);
      assert.ok(row.includes(`| ${rule.slug} |`), `${rule.code} slug`);
      if (rule.code.startsWith('GAI') || rule.code.startsWith('PL')) {
        // GAI012 has two severities ("warning if granted, information if refused · doctrine").
        assert.ok(row.includes(`${rule.severity} · ${rule.basis}`) || (row.includes(rule.severity) && row.includes(`· ${rule.basis}`)), `${rule.code} severity · basis`);
      }
    }
  });
});
