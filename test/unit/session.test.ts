/**
 * Incremental analysis (issue 7): an editing session's `update(text)` returns exactly what a fresh
 * `lint(text)` returns, across random edit sequences of real drafts (fast-check, seeded); and the
 * cut parse (stretches at safe blank lines) gives the same blocks as a parse of the whole text.
 *
 * JL_SESSION_RUNS sets the number of sequences (default 1000, each of 1–4 edits).
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyzeAsync, Cancelled, createSession, lint } from '../../src/engine/index';
import { parseBlocks, parseStretch, stretches } from '../../src/engine/document/markdown';
import { ROOT } from './harness';

const RUNS = Number(process.env.JL_SESSION_RUNS ?? 1000);

// Whole judgments of a few thousand characters (bytes, not characters: UTF-8), so that thousands
// of sequences run in CI's time.
const drafts = [
  'test/fixtures/DOC003/fires-merged-order-6000-reasoning-sum-5000.md',
  'test/fixtures/PL010/fires-operator-and-producer-split-harm-to-other.md',
  'test/fixtures/GAI016/fires-newspaper-clarification-generation-stage.md',
].map((f) => readFileSync(join(ROOT, f), 'utf8'));

// What edits are made of: words of judgments, and the Markdown that decides where stretches end.
const piece = fc.constantFrom(
  '\n', '\n\n', '\n\n\n', '```\n', '~~~\n', '<!--', '-->', '<!-- judgment-lint-disable GAI001 -->\n', '<pre>\n', '</pre>', '- ', '1. ', '2) ', '> ', '    ', '# ', '**',
  '[x]: http://a\n', '<?x\n', '<!DOCTYPE\n', '<![CDATA[\n', ']]>', '?>', '本院认为，', '判决如下：', '一、', '驳回原告其他诉讼请求。', '赔礼道歉', '精神损害抚慰金', '10,000元', '伍万元', '故意', '。', '，', '某某', '|a|b|\n|-|-|\n',
);

const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 40 }), ins: fc.array(piece, { maxLength: 3 }).map((a) => a.join('')) });

function applyEdit(text: string, e: { at: number; del: number; ins: string }): string {
  const at = e.at % (text.length + 1);
  return text.slice(0, at) + e.ins + text.slice(Math.min(text.length, at + e.del));
}

describe('incremental analysis (createSession)', function () {
  this.timeout(600_000);

  it('update(text) equals lint(text) across random edit sequences', () => {
    fc.assert(
      fc.property(fc.nat({ max: drafts.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 4 }), (d, edits) => {
        const session = createSession();
        let text = drafts[d]!;
        assert.deepEqual(session.update(text), lint(text));
        for (const e of edits) {
          text = applyEdit(text, e);
          assert.deepEqual(session.update(text), lint(text));
        }
      }),
      { numRuns: RUNS, seed: 7 },
    );
  });

  it('the cut parse gives the blocks of the whole parse', () => {
    fc.assert(
      fc.property(fc.nat({ max: drafts.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 6 }), (d, edits) => {
        let text = drafts[d]!;
        for (const e of edits) text = applyEdit(text, e);
        const cut = parseBlocks(text).map((b) => ({ ...b, src: [...b.src] }));
        const whole = parseStretch(text).map((b) => ({ ...b, src: [...b.src] }));
        assert.deepEqual(cut, whole);
      }),
      { numRuns: RUNS * 2, seed: 11 },
    );
  });

  it('a judgment is cut into many stretches, a one-line paste into one', () => {
    assert.ok(stretches(readFileSync(join(ROOT, 'examples/departing.md'), 'utf8')).length > 20);
    assert.equal(stretches('本院认为，' + '被告应当赔礼道歉。'.repeat(200)).length, 1);
  });

  it('an edit re-parses only its stretch', () => {
    const session = createSession();
    const text = readFileSync(join(ROOT, 'examples/departing.md'), 'utf8');
    session.update(text);
    const at = text.indexOf('本院认为');
    const edited = text.slice(0, at) + '经审理，' + text.slice(at);
    assert.deepEqual(session.update(edited), lint(edited));
  });
});

describe('analysis in steps (analyzeAsync)', () => {
  const text = readFileSync(join(ROOT, 'examples/departing.md'), 'utf8').repeat(4);

  it('gives the findings of lint, pausing between steps', async () => {
    let pauses = 0;
    const result = await analyzeAsync(text, {}, { pause: async () => void pauses++ });
    assert.deepEqual(result.findings, lint(text));
    assert.ok(pauses >= 2, `paused ${pauses} times`);
  });

  it('stops with Cancelled when the caller cancels, and the session still answers after', async () => {
    const session = createSession();
    let asked = 0;
    await assert.rejects(session.analyzeAsync(text, { isCancelled: () => ++asked > 1 }), Cancelled);
    assert.deepEqual((await session.analyzeAsync(text)).findings, lint(text));
    assert.deepEqual(session.update(text + '\n\n本院认为，'), lint(text + '\n\n本院认为，'));
  });
});
