/**
 * Fix safety over every draft we have (fixtures, examples, the blind evaluation set): every
 * fix of every finding applies cleanly, keeps every line it does not touch, and the preferred
 * fix makes its finding go without bringing a new code; applying it again changes nothing.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyze, applyEdits, type Finding } from '../../src/engine/index';
import { linesOutsideEditsKept, listMarkdown, ROOT } from './harness';

const files = [
  ...listMarkdown(join(ROOT, 'test/fixtures')),
  ...listMarkdown(join(ROOT, 'examples')),
  ...listMarkdown(join(ROOT, 'test/eval')),
];

const sameFinding = (a: Finding, b: Finding) => a.code === b.code && a.message === b.message;

/**
 * Codes a fix may rightly reveal: a finding of intent silences GAI001 (and the removal-stage
 * exception of GAI002), so replacing a wrong intent finding (GAI017) lets them speak.
 */
const REVEALS: Record<string, string[]> = { GAI017: ['GAI001', 'GAI002'] };

describe('fix safety', function () {
  this.timeout(20000);
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const findings = analyze(text).findings.filter((f) => f.fixes.length);
    if (findings.length === 0) continue;
    it(`${relative(ROOT, file)}: ${findings.map((f) => f.code).join(', ')}`, () => {
      for (const f of findings) {
        f.fixes.forEach((fix, n) => {
          for (const e of fix.edits) assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length, `${f.code} edit in range`);
          const fixed = applyEdits(text, fix.edits);
          assert.deepEqual(linesOutsideEditsKept(text, fixed, fix.edits), [], `${f.code} “${fix.title}” keeps other lines`);
          const after = analyze(fixed).findings;
          if (n !== 0) return;
          // The preferred fix: its finding goes (one fewer of that code) and no new code appears.
          const before = analyze(text).findings;
          const count = (list: Finding[]) => list.filter((x) => x.code === f.code).length;
          assert.ok(count(after) < count(before), `${f.code}: preferred fix “${fix.title}” removes the finding`);
          // A fix may let the draft be read further (information, hints); it never brings a new warning or error.
          for (const x of after) {
            if (x.severity === 'information' || x.severity === 'hint' || REVEALS[f.code]?.includes(x.code)) continue;
            assert.ok(before.some((b) => b.code === x.code), `${f.code}: fix brings no new code (${x.code})`);
          }
          // Twice is once: the fixed draft offers no fix for that same finding any more.
          assert.ok(!after.some((x) => sameFinding(x, f) && x.range.start === f.range.start), `${f.code}: not offered again`);
        });
      }
    });
  }
});
