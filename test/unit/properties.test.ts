/**
 * Property-based tests (fast-check, seeded so every run is the same): random Markdown and random
 * mutations of real drafts never throw; every finding's range lies inside the text; every fix
 * keeps every character outside its edits.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyze, applyEdits } from '../../src/engine/index';
import { ROOT } from './harness';

const drafts = ['examples/departing.md', 'examples/following.md', 'test/fixtures/GAI001/fires-apology-and-emotional-damages-one-line.md'].map((f) =>
  readFileSync(join(ROOT, f), 'utf8'),
);

// Pieces judgments and hostile inputs are made of.
const piece = fc.constantFrom(
  '本院认为，', '原告', '被告某某公司', '赔礼道歉', '精神损害抚慰金', '不予支持', '予以支持', '判决如下：', '一、', '二、', '驳回原告其他诉讼请求',
  '10,000元', '伍万元', '１０００元', '《中华人民共和国民法典》', '第一千一百八十三条', '“', '”', '（', '）', '**', '> ', '- ', '1. ', '\n', '\n\n',
  '\r\n', '&hellip;', '\\', '`', '#', '生成式人工智能', '故意', '过失', '通知', '；', '。', '，', '：', '某某', 'XX', '××', '應當賠禮道歉',
);

function checkInvariants(text: string): void {
  const { findings, failures } = analyze(text);
  assert.deepEqual(failures, []);
  for (const f of findings) {
    assert.ok(f.range.start >= 0 && f.range.start <= f.range.end && f.range.end <= text.length, `${f.code} range`);
    for (const fix of f.fixes) {
      const edits = [...fix.edits].sort((a, b) => a.start - b.start);
      const fixed = applyEdits(text, edits);
      // Outside the edits, every character is kept, in order.
      let at = 0;
      let shift = 0;
      for (const e of edits) {
        assert.equal(fixed.slice(at + shift, e.start + shift), text.slice(at, e.start), `${f.code} keeps text before its edit`);
        shift += e.newText.length - (e.end - e.start);
        at = e.end;
      }
      assert.equal(fixed.slice(at + shift), text.slice(at), `${f.code} keeps text after its edits`);
    }
  }
}

describe('properties', function () {
  this.timeout(120000);

  it('random Markdown made of judgment pieces never throws, and keeps the invariants', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 200 }), (parts) => checkInvariants(parts.join(''))),
      { seed: 20261122, numRuns: 300 },
    );
  });

  it('random mutations of real drafts never throw, and keep the invariants', () => {
    const mutation = fc.record({
      draft: fc.integer({ min: 0, max: drafts.length - 1 }),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      remove: fc.integer({ min: 0, max: 40 }),
      insert: fc.array(piece, { maxLength: 4 }).map((p) => p.join('')),
    });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 5 }), (ms) => {
        let text = drafts[ms[0]!.draft]!;
        for (const m of ms) {
          const at = Math.floor(m.at * text.length);
          text = text.slice(0, at) + m.insert + text.slice(Math.min(text.length, at + m.remove));
        }
        checkInvariants(text);
      }),
      { seed: 20261122, numRuns: 150 },
    );
  });
});
