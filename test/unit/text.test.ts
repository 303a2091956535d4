/** Text units: normalisation, numbers, clauses and voices. */
import * as assert from 'node:assert/strict';
import { normalizeForAnalysis } from '../../src/engine/text/normalize';
import { findAmounts, findArticles, parseChineseNumeral, principalAmounts, toChineseNumeral } from '../../src/engine/text/numbers';
import { clausesOf, maskQuotes } from '../../src/engine/text/clauses';
import { LineIndex } from '../../src/engine/text/lines';

describe('normalisation', () => {
  it('folds full-width digits and punctuation, keeping the length', () => {
    const s = '（2024）京0491民初１２３４号，赔偿３，000.00元：';
    const n = normalizeForAnalysis(s);
    assert.equal(n.length, s.length);
    assert.equal(n, '(2024)京0491民初1234号,赔偿3,000.00元:');
  });

  it('reads Traditional script as Simplified, offsets unchanged', () => {
    const s = '被告應當向原告賠禮道歉，精神損害撫慰金不予支持。本院認為';
    const n = normalizeForAnalysis(s);
    assert.equal(n.length, s.length);
    assert.equal(n, '被告应当向原告赔礼道歉,精神损害抚慰金不予支持。本院认为');
  });

  it('leaves astral characters and masked names alone', () => {
    const s = '原告王ＸＸ与𠀀某';
    assert.equal(normalizeForAnalysis(s), '原告王XX与𠀀某');
  });
});

describe('numbers', () => {
  const cases: [string, number][] = [
    ['赔偿10000元', 10000],
    ['赔偿10,000元', 10000],
    ['赔偿1万元', 10000],
    ['赔偿1.5万元', 15000],
    ['赔偿五万元', 50000],
    ['赔偿伍万元', 50000],
    ['赔偿一万二千元', 12000],
    ['赔偿人民币3,000.00元', 3000],
    ['赔偿壹拾万元', 100000],
  ];
  for (const [text, yuan] of cases) it(`${text} → ${yuan} 元`, () => assert.equal(findAmounts(text)[0]?.yuan, yuan));

  it('leaves out the base of an interest note and a rate: what is asked is the principal', () => {
    const yuan = (t: string) => principalAmounts(t).map((a) => a.yuan);
    assert.deepEqual(yuan('赔偿经济损失30000元及利息（以30000元为基数，按全国银行间同业拆借中心公布的一年期贷款市场报价利率计算至实际给付之日止）'), [30000]);
    assert.deepEqual(yuan('赔偿经济损失30000元及以30000元为基数计算的利息'), [30000]);
    assert.deepEqual(yuan('支付违约金，按每日100元计算'), []);
    assert.deepEqual(yuan('赔偿经济损失50000元及合理开支8000元（其中律师费5000元）'), [50000, 8000, 5000]);
  });

  it('reads article numbers with 款 and 项', () => {
    const [a, b, c] = findArticles('第1183条、第一千一百八十三条第一款及第十条第一款第五项');
    assert.deepEqual([a!.article, b!.article, b!.paragraph, c!.article, c!.paragraph, c!.item], [1183, 1183, 1, 10, 1, 5]);
  });

  it('parses and writes Chinese numerals', () => {
    assert.equal(parseChineseNumeral('一千零二十四'), 1024);
    assert.equal(parseChineseNumeral('二〇二四'), 2024);
    assert.equal(toChineseNumeral(4), '四');
    assert.equal(toChineseNumeral(12), '十二');
    assert.equal(toChineseNumeral(1183), '一千一百八十三');
  });

  it('does not choke on a 50,000-digit number', () => {
    const t = Date.now();
    findAmounts('赔偿' + '9'.repeat(50000) + '元');
    findArticles('第' + '一'.repeat(50000) + '条');
    assert.ok(Date.now() - t < 2000);
  });
});

describe('clauses and voices', () => {
  it('masks quotations and titles', () => {
    assert.equal(maskQuotes('依照《民法典》规定“应当道歉”'), '依照《   》规定“    ”');
  });

  it('marks a party’s reported words and hands the floor back to the court', () => {
    const cs = clausesOf('原告主张被告应当赔礼道歉,于法有据,本院予以支持', 'court');
    assert.deepEqual(cs.map((c) => c.speaker), ['plaintiff', 'plaintiff', 'court']);
  });

  it('does not read 对原告主张的… as reported speech', () => {
    const cs = clausesOf('对原告主张的赔礼道歉,本院不予支持', 'court');
    assert.deepEqual(cs.map((c) => c.speaker), ['court', 'court']);
  });

  it('knows a party by its name as well as by its role', () => {
    const cs = clausesOf('某某公司辩称其不应赔礼道歉,陈某某主张应予赔偿', 'court', [
      { name: '某某公司', speaker: 'defendant' },
      { name: '陈某某', speaker: 'plaintiff' },
    ]);
    assert.deepEqual(cs.map((c) => c.speaker), ['defendant', 'plaintiff']);
  });

  it('keeps a defence’s own reasoning with the defendant', () => {
    const cs = clausesOf('被告辩称其不存在过错,不应赔礼道歉', 'court');
    assert.deepEqual(cs.map((c) => c.speaker), ['defendant', 'defendant']);
  });
});

describe('line index', () => {
  it('counts \\n, \\r\\n and lone \\r as line ends', () => {
    const li = new LineIndex('a\r\nb\rc\nd');
    assert.deepEqual([li.position(3), li.position(5), li.position(7)], [
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
    ]);
    assert.equal(li.offset(3, 1), 5);
  });
});
