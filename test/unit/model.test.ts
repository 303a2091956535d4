/** The document model and the case model, stage by stage. */
import * as assert from 'node:assert/strict';
import { buildDocument } from '../../src/engine/document/document';
import { buildCaseModel } from '../../src/engine/model/case';

const sectionsOf = (md: string) => buildDocument(md).sentences.filter((s) => !s.heading).map((s) => s.section);

const PARTS = {
  claims: '原告张某向本院提出诉讼请求：1.判令被告赔礼道歉；2.判令被告赔偿精神损害抚慰金1万元。',
  defence: '被告某某公司辩称，涉案内容系模型自动生成，不应承担责任。',
  findings: '经审理查明，被告运营某某大模型聊天服务。',
  reasoning: '本院认为，被告生成的内容侵害了原告的名誉权。',
  basis: '依照《中华人民共和国民法典》第一千一百六十五条之规定，判决如下：',
  orders: '一、被告某某公司于本判决生效之日起十日内向原告张某赔礼道歉；',
  dismiss: '二、驳回原告张某的其他诉讼请求。',
  costs: '案件受理费50元，由被告某某公司负担。',
  appeal: '如不服本判决，可在判决书送达之日起十五日内上诉。',
};

describe('document model: parts', () => {
  const expected = ['claims', 'claims', 'claims', 'defence', 'findings', 'reasoning', 'basis', 'orders', 'orders', 'costs', 'appeal'];

  it('finds parts by their opening phrases alone', () => {
    assert.deepEqual(sectionsOf(Object.values(PARTS).join('\n\n')), expected);
  });

  it('finds parts in a judgment pasted as one line', () => {
    assert.deepEqual(sectionsOf(Object.values(PARTS).join('')), expected);
  });

  it('finds parts by headings and by bold lines', () => {
    const md = [
      '## 诉讼请求', '1. 判令被告赔礼道歉', '2. 判令被告赔偿精神损害抚慰金1万元',
      '**被告辩称**', '涉案内容系模型自动生成。',
      '## 本院查明', '被告运营某某大模型聊天服务。',
      '**本院认为**', '被告生成的内容侵害了原告的名誉权。',
      '## 判决主文', '一、被告向原告赔礼道歉；',
    ].join('\n\n');
    assert.deepEqual(sectionsOf(md), ['claims', 'claims', 'defence', 'findings', 'reasoning', 'orders']);
  });

  it('reads claim lists in every numbering style', () => {
    for (const list of [
      '诉讼请求：1.判令被告赔礼道歉；2.判令被告赔偿精神损害抚慰金1万元；3.本案诉讼费由被告负担。',
      '诉讼请求：\n\n1．判令被告赔礼道歉；\n\n2．判令被告赔偿精神损害抚慰金1万元；\n\n3．本案诉讼费由被告负担。',
      '诉讼请求：（一）判令被告赔礼道歉；（二）判令被告赔偿精神损害抚慰金1万元；（三）本案诉讼费由被告负担。',
      '诉讼请求：\n\n- 判令被告赔礼道歉；\n- 判令被告赔偿精神损害抚慰金1万元；\n- 本案诉讼费由被告负担。',
    ]) {
      const model = buildCaseModel(`原告张某向本院${list}\n\n事实和理由：略。`);
      assert.deepEqual(model.claimItems.map((c) => c.kinds), [['apology'], ['emotional'], ['costs']], list);
      assert.deepEqual(model.claimItems[1]!.amounts, [10000]);
    }
  });
});

describe('case model: parties', () => {
  it('tells natural persons from organisations and keeps short names', () => {
    const m = buildCaseModel(
      '原告：陈某某，女，1979年2月3日出生，汉族，住北京市。\n\n原告：北京某某文化传媒有限公司，住所地北京市朝阳区。\n\n法定代表人：李某。\n\n被告：上海某某人工智能科技有限公司（以下简称某某公司），住所地上海市。',
    );
    assert.deepEqual(
      m.parties.map((p) => [p.role, p.name, p.kind, p.aliases]),
      [
        ['plaintiff', '陈某某', 'natural', []],
        ['plaintiff', '北京某某文化传媒有限公司', 'organisation', []],
        ['defendant', '上海某某人工智能科技有限公司', 'organisation', ['某某公司']],
      ],
    );
  });

  it('reads numbered party labels (被告一：, 被告（二）：) as labels, not names', () => {
    const m = buildCaseModel(
      '原告：孙某某，女。\n\n被告一：某某康复科技有限公司，住所地某某市。\n\n被告（二）：某某人工智能研究院有限公司，住所地某某市。\n\n原告孙某某与被告某某康复科技有限公司（以下简称康复公司）、某某人工智能研究院有限公司（以下简称研究院公司）产品责任纠纷一案，本院于2024年2月26日立案后，依法适用普通程序，公开开庭进行了审理。',
    );
    assert.deepEqual(
      m.parties.map((p) => [p.role, p.name, p.aliases]),
      [
        ['plaintiff', '孙某某', []],
        ['defendant', '某某康复科技有限公司', ['康复公司']],
        ['defendant', '某某人工智能研究院有限公司', ['研究院公司']],
      ],
    );
  });

  it('does not take a role the court denies (并非服务提供者) for the defendant’s role', () => {
    const m = buildCaseModel(
      '原告：张某某。\n\n被告：王某某。\n\n被告：北京某某科技有限公司。\n\n本院认为，北京某某科技有限公司系生成式人工智能服务提供者。王某某系该服务的使用者，并非服务提供者。',
    );
    assert.deepEqual([...m.facts.defendantRoles.values()], ['user', 'provider']);
  });
});

function stanceIn(reasoning: string, kind: string): string[] {
  const m = buildCaseModel(`本院认为，${reasoning}`);
  return m.mentions.filter((x) => x.kind === kind).map((x) => `${x.speaker}:${x.stance}`);
}

describe('case model: stance', () => {
  const cases: [string, string, string[]][] = [
    ['原告要求被告赔礼道歉，于法有据，本院予以支持。', 'apology', ['court:granted']],
    ['对原告要求被告赔礼道歉的诉讼请求，本院不予支持。', 'apology', ['court:denied']],
    ['原告主张被告应当赔礼道歉。', 'apology', ['plaintiff:undecided']],
    ['被告辩称其不应承担赔礼道歉的责任。', 'apology', ['defendant:undecided']],
    ['赔礼道歉的责任承担方式在本案中不宜再适用。', 'apology', ['court:denied']],
    ['被告应当承担侵权责任，向原告赔礼道歉。', 'apology', ['court:granted']],
    ['本院酌定精神损害抚慰金为5000元。', 'emotional', ['court:granted']],
    ['原告的精神损害抚慰金请求缺乏依据，本院不予支持。', 'emotional', ['court:denied']],
    ['关于通知费用，原告可另行主张。', 'noticeCost', ['court:undecided']],
    ['被告已删除涉案内容，但原告主张的经济损失缺乏证据，本院不予支持。', 'stop', ['court:undecided']],
  ];
  for (const [text, kind, expected] of cases) it(text, () => assert.deepEqual(stanceIn(text, kind), expected));

  it('reads orders: grants, named denials and the general dismissal', () => {
    const m = buildCaseModel(
      '判决如下：\n\n一、被告某某公司于本判决生效之日起十日内向原告张某赔礼道歉；\n\n二、被告某某公司赔偿原告张某经济损失10000元、精神损害抚慰金5000元；\n\n三、驳回原告张某要求支付惩罚性赔偿的诉讼请求；\n\n四、驳回原告张某的其他诉讼请求。',
    );
    assert.deepEqual(m.orders.map((o) => o.disposition), ['grant', 'grant', 'deny', 'dismissRest']);
    assert.deepEqual(m.orders.map((o) => o.kinds), [['apology'], ['property', 'emotional'], ['punitive'], []]);
    assert.equal(m.orders[0]!.deadline, '于本判决生效之日起十日内');
    const emotional = m.mentions.find((x) => x.kind === 'emotional')!;
    assert.deepEqual([emotional.stance, emotional.amount], ['granted', 5000]);
  });
});

describe('case model: facts', () => {
  const facts = (md: string) => buildCaseModel(md).facts;

  it('recognises a generative-AI dispute and the right in issue', () => {
    const f = facts('原告张某与被告某某科技有限公司名誉权纠纷一案，本院立案后依法审理。\n\n本院认为，被告提供的大语言模型生成了关于原告的不实内容。');
    assert.equal(f.genAI, true);
    assert.deepEqual(f.rights, ['reputation']);
    assert.equal(f.stage, 'generation');
  });

  it('does not take an ordinary online defamation for a genAI case', () => {
    assert.equal(facts('本院认为，被告在微博上发布不实言论，侵害了原告的名誉权。').genAI, false);
  });

  it('reads the removal stage and the measures after notice', () => {
    const base = '经审理查明，原告于2024年3月1日向被告发送通知，附身份证明及涉案内容截图。';
    assert.deepEqual(
      ['被告收到通知后未采取任何措施。', '被告收到通知后仅屏蔽了部分提示词，相关内容仍可生成。', '被告收到通知后及时删除了涉案内容。'].map((x) => {
        const f = facts(base + x + '本院认为，被告的大模型生成了涉案内容。');
        return [f.stage, f.measuresAfterNotice];
      }),
      // Adequate measures ended the harm: it stayed the generation stage's.
      [['removal', 'none'], ['removal', 'partial'], ['generation', 'adequate']],
    );
  });

  it('reads the court’s finding of fault, not the statute’s words or a general remark', () => {
    assert.equal(facts('本院认为，被告未尽到合理注意义务，存在过失。').fault, 'negligence');
    assert.equal(facts('本院认为，因故意或者重大过失侵害的，应当赔偿。被告存在过失。').fault, 'negligence');
    assert.equal(facts('本院认为，赔礼道歉多适用于故意侵权的场合。被告存在过失。').fault, 'negligence');
    assert.equal(facts('本院认为，被告在收到通知后仍放任生成，主观上存在间接故意。').fault, 'intent');
    assert.equal(facts('本院认为，被告并不存在故意。').fault, 'unknown');
  });

  it('reads a training-stage wrong as outside the generation doctrine', () => {
    const f = facts('本院认为，被告未经原告许可，将原告的录音用于训练语音大模型，侵害了原告的声音权益。');
    assert.equal(f.stage, 'training');
  });
});
