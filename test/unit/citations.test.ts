/** Citations: every form issue 4 names, resolved to a law and article, or honestly unresolved. */
import * as assert from 'node:assert/strict';
import { buildCaseModel, explainCitation } from '../../src/engine/index';

const cite = (text: string) =>
  buildCaseModel(text).citations.map((c) => [c.law?.id ?? `?${c.title}`, c.article, c.paragraph ?? 0, c.item ?? 0] as const);

describe('citations', () => {
  it('reads full, short and bare titles with 款 and 项', () => {
    assert.deepEqual(cite('依照《中华人民共和国民法典》第一千一百八十三条第一款的规定。'), [['civil-code', 1183, 1, 0]]);
    assert.deepEqual(cite('依照《民法典》第1183条的规定。'), [['civil-code', 1183, 0, 0]]);
    assert.deepEqual(cite('依照民法典第1183条的规定。'), [['civil-code', 1183, 0, 0]]);
    assert.deepEqual(cite('依照《中华人民共和国个人信息保护法》第十条第一款第五项。'), [['pipl', 10, 1, 5]]);
  });

  it('carries a title over a list of articles, and stops where other words intervene', () => {
    assert.deepEqual(cite('依照《中华人民共和国民法典》第九百九十八条、第一千条第一款，《中华人民共和国民事诉讼法》第六十七条之规定，判决如下：'), [
      ['civil-code', 998, 0, 0],
      ['civil-code', 1000, 1, 0],
      ['civil-procedure-2023', 67, 0, 0],
    ]);
    assert.deepEqual(cite('《民法典》第1183条规定了精神损害赔偿，本案不适用第五条。'), [['civil-code', 1183, 0, 0]]);
  });

  it('knows repealed laws and version notes, and leaves unknown titles unresolved', () => {
    assert.deepEqual(cite('依照《侵权责任法》第二十条。'), [['repealed-侵权责任法', 20, 0, 0]]);
    assert.deepEqual(cite('依照《中华人民共和国著作权法》（2020年修正）第五十四条第二款。'), [['copyright-law', 54, 2, 0]]);
    assert.deepEqual(cite('依照《民法点》第三条。'), [['?民法点', 3, 0, 0]]);
    assert.deepEqual(cite('载于《人民日报》第三版。'), []);
  });

  it('explains an article, a missing one and a repealed law', () => {
    const [ok] = buildCaseModel('依照《民法典》第1183条。').citations;
    assert.match(explainCitation(ok!).text ?? '', /严重精神损害/);
    const [missing] = buildCaseModel('依照《民法典》第1261条。').citations;
    assert.match(explainCitation(missing!).problem ?? '', /共1260条/);
    const [old] = buildCaseModel('依照《侵权责任法》第二十条。').citations;
    assert.match(explainCitation(old!).problem ?? '', /废止/);
  });
});

describe('citations: 该法 and its kind', () => {
  it('resolves 该法第二十七条 to the law cited just before, and no further', () => {
    const text = [
      '本院认为，依照《中华人民共和国个人信息保护法》第十三条的规定，处理个人信息应当具有合法性基础。',
      '同时，依照该法第二十七条的规定，处理已经合法公开的个人信息应当在合理的范围内。',
      '',
      '另查明，该解释第四条对此亦有规定。',
    ].join('\n');
    const cites = buildCaseModel(text).citations;
    const anaphoric = cites.filter((c) => c.anaphor);
    assert.equal(anaphoric.length, 1);
    assert.equal(anaphoric[0]!.law?.id, cites[0]!.law?.id);
    assert.equal(anaphoric[0]!.article, 27);
  });
});
