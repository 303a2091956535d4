/**
 * Every fixture draft and every example: the codes it must produce, and nothing else; then
 * its `fix:` applied, re-linted, and applied again.
 */
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { analyze, applyEdits, RULES } from '../../src/engine/index';
import { compare, linesOutsideEditsKept, listMarkdown, readFixture, ROOT } from './harness';

const files = [...listMarkdown(join(ROOT, 'test/fixtures')), ...listMarkdown(join(ROOT, 'examples'))];

describe('fixture drafts', () => {
  it('has a firing fixture and a near-miss for every registered rule', () => {
    for (const { code } of RULES) {
      const own = files.filter((f) => f.includes(`/fixtures/${code}/`));
      assert.ok(own.some((f) => /\/fires-/.test(f)), `${code} has a firing fixture`);
      assert.ok(own.some((f) => /\/silent-/.test(f)), `${code} has a near-miss fixture`);
    }
  });

  for (const file of files) {
    const fx = readFixture(file);
    if (!fx.isFixture) continue;
    describe(`${fx.name}${fx.caseName ? ` — ${fx.caseName}` : ''}`, () => {
      it(fx.expect.length ? `finds ${fx.expect.map((e) => e.code).join(', ')} and nothing else` : 'finds nothing', () => {
        const { findings, failures } = analyze(fx.text);
        assert.deepEqual(failures, []);
        assert.deepEqual(compare(fx, fx.text, findings), []);
      });

      if (fx.fix) {
        const code = fx.fix;
        it(`fixes ${code}: the finding goes, nothing new comes, nothing else changes, twice is once`, () => {
          const before = analyze(fx.text).findings;
          const target = before.find((f) => f.code === code);
          assert.ok(target, `a ${code} finding to fix`);
          const fix = target.fixes[0];
          assert.ok(fix, `${code} has a preferred fix`);
          const fixed = applyEdits(fx.text, fix.edits);
          assert.notEqual(fixed, fx.text);
          const after = analyze(fixed).findings;
          const count = (list: typeof before, c: string) => list.filter((f) => f.code === c).length;
          assert.equal(count(after, code), count(before, code) - 1, `${code} finding gone`);
          for (const f of after) assert.ok(before.some((b) => b.code === f.code), `no new code (${f.code})`);
          assert.deepEqual(linesOutsideEditsKept(fx.text, fixed, fix.edits), [], 'lines outside the edits kept');
          // Look in the draft, not in the expectations at its top (which name the needle themselves).
          const body = fixed.replace(/^\s*<!--[\s\S]*?-->/, '');
          for (const needle of fx.fixedContains) assert.ok(body.includes(needle), `fixed text contains ${needle}`);
          // Again: the fixed draft offers no fix for what was fixed, so a second run changes nothing.
          const again = after.filter((f) => f.code === code && f.fixes.length);
          const twice = again.length ? applyEdits(fixed, again[0]!.fixes[0]!.edits) : fixed;
          if (count(before, code) === 1) assert.equal(twice, fixed, 'a second application changes nothing');
        });
      }
    });
  }
});
