/** Citations: every form issue 4 names, resolved to a law and article, or honestly unresolved. */
import * as assert from 'node:assert/strict';
import { buildCaseModel, explainCitation, lint } from '../../src/engine/index';

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
    // Another jurisdiction's law is not ours: 德国《民法典》第823条 is no article of the Civil Code.
    assert.deepEqual(cite('德国《民法典》第823条规定了侵权责任。'), []);
    assert.deepEqual(cite('被告将数据传输至境外违反《个人信息保护法》第三十八条。'), [['pipl', 38, 0, 0]]);
  });

  it('explains an article, a missing one and a repealed law', () => {
    const [ok] = buildCaseModel('依照《民法典》第1183条。').citations;
    assert.match(explainCitation(ok!).text ?? '', /严重精神损害/);
    const [missing] = buildCaseModel('依照《民法典》第1261条。').citations;
    assert.match(explainCitation(missing!).problem ?? '', /共1260条/);
    const [unshipped] = buildCaseModel('依照《中华人民共和国网络安全法》第十二条。').citations;
    assert.match(explainCitation(unshipped!).problem ?? '', /未收录《中华人民共和国网络安全法》的条文/);
    const [typo] = buildCaseModel('依照《网路安全法》第十二条。').citations;
    assert.match(explainCitation(typo!).problem ?? '', /是否应为《网络安全法》/);
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

describe('citations: titles that name no law (CITE004)', () => {
  const cite004 = (text: string, options = {}) => lint(`本院认为，${text}`, options).filter((f) => f.code === 'CITE004').map((f) => f.message);

  it('reports an invented national law, with an article or framed 依照…的规定', () => {
    assert.match(cite004('根据《中华人民共和国人工智能法》第五条的规定，被告应当承担责任。')[0] ?? '', /不是全国人民代表大会及其常务委员会制定的法律/);
    assert.equal(cite004('根据《人工智能侵权责任法》的有关规定，被告应当承担责任。').length, 1);
    assert.equal(cite004('依照《中华人民共和国 人工智能法》第五条，被告应当承担责任。').length, 1);
  });

  it('names the law a garbled title is one character away from', () => {
    assert.match(cite004('依照《网路安全法》第十二条的规定，被告应当承担责任。')[0] ?? '', /是否应为《网络安全法》/);
  });

  it('is silent on real laws it does not ship, in any script, and with version notes', () => {
    for (const t of ['《中华人民共和国网络安全法》第十二条', '《中國人民銀行法》第十二条', '《中华人民共和国民法典（2020）》第一千一百六十五条', '《民诉法》第六十七条', '《中华人民共和国企业破产法（试行）》第三条'])
      assert.deepEqual(cite004(`依照${t}的规定，被告应当承担责任。`), [], t);
  });

  it('is silent on foreign laws, drafts, local and non-law titles, and on the court describing an invented law', () => {
    for (const t of [
      '欧盟《人工智能法》第五十条规定了透明度义务，被告应当承担责任。',
      '美国1976年《版权法》第一百零七条规定了合理使用。',
      '依照《人工智能法（征求意见稿）》第五条的规定，被告应当承担责任。',
      '依照《某某市人工智能产业促进法》第五条的规定，被告应当承担责任。',
      '依照《推荐算法》第五条，被告应当承担责任。',
      '该回答援引的《人工智能法》第五条并不存在，系模型编造。',
      '原告所称"依照《人工智能法》第五条"的主张，缺乏依据。',
      '《人工智能法》一书第五章对此有所论述。',
    ])
      assert.deepEqual(cite004(t), [], t);
  });

  it('accepts a law the configuration names as known (a law enacted after the list)', () => {
    const text = '根据《中华人民共和国人工智能法》第五条的规定，被告应当承担责任。';
    assert.deepEqual(cite004(text, { ruleOptions: { CITE004: { knownTitles: ['中华人民共和国人工智能法'] } } }), []);
    assert.deepEqual(cite004(text, { ruleOptions: { CITE004: { knownTitles: ['人工智能法'] } } }), []);
  });
});
