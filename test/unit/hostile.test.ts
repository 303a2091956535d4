/**
 * Hostile input: every case lints without an exception and within a generous bound, and every
 * finding's range lies inside the text. (The bound catches hangs; speed is the benchmark's job.)
 */
import * as assert from 'node:assert/strict';
import { lint } from '../../src/engine/index';

const judgment = '本院认为，被告应当向原告赔礼道歉。\n\n依照《中华人民共和国民法典》第一千条之规定，判决如下：\n\n一、被告向原告赔礼道歉；\n\n二、驳回原告的其他诉讼请求。\n';

const cases: [string, () => string][] = [
  ['an empty file', () => ''],
  ['a BOM alone', () => '\uFEFF'],
  ['CRLF line endings', () => judgment.replace(/\n/g, '\r\n')],
  ['lone CR line endings', () => judgment.replace(/\n/g, '\r')],
  ['lone surrogates (invalid UTF-16)', () => '本院认为\uD800，被告\uDC00应当赔礼道歉。'],
  ['a 2 MB line without a newline', () => '原告'.repeat(1_000_000)],
  ['thousands of nested block quotes', () => '> '.repeat(5000) + '本院认为，被告应当赔礼道歉。'],
  ['thousands of nested list markers', () => '- '.repeat(3000) + '判令被告赔礼道歉'],
  ['hundreds of list levels by indentation', () => Array.from({ length: 300 }, (_, i) => ' '.repeat(i * 2) + '- 判令被告赔礼道歉').join('\n')],
  ['tens of thousands of unmatched （《“', () => '（《“'.repeat(30000)],
  ['a 50,000-digit amount', () => '赔偿' + '9'.repeat(50000) + '元'],
  ['a 50,000-character Chinese numeral', () => '赔偿' + '一'.repeat(50000) + '万元'],
  ['text without punctuation', () => '本院认为被告应当向原告赔礼道歉'.repeat(20000)],
  ['a flood of emphasis markers', () => '**'.repeat(50000)],
  ['a flood of HTML entities', () => '&hellip;'.repeat(50000)],
  ['unclosed quotations in every sentence', () => '本院认为“被告应当赔礼道歉。'.repeat(20000)],
  ['binary noise', () => Array.from({ length: 100000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('')],
  ['a long judgment repeated', () => judgment.repeat(3000)],
];

describe('hostile input', function () {
  this.timeout(60000);
  for (const [name, make] of cases) {
    it(`${name}: findings or silence, never an exception`, () => {
      const text = make();
      const started = Date.now();
      const findings = lint(text);
      assert.ok(Date.now() - started < 30000, 'finishes');
      for (const f of findings) {
        assert.ok(f.range.start >= 0 && f.range.start <= f.range.end && f.range.end <= text.length, `${f.code} range inside the text`);
        for (const fix of f.fixes) for (const e of fix.edits) assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length, `${f.code} edit inside the text`);
      }
    });
  }
});
