/**
 * The reasoning paragraphs and order wording that quick fixes insert. They are written in
 * the court's register (本院认为), name this draft's parties, right and stage where the model
 * knows them, cite the statute, and never cite scholarship: judgments cite law.
 */
import type { CaseModel } from '../model/case';
import type { Party } from '../model/parties';
import type { Right } from '../model/facts';

const RIGHT_LABEL: Record<Right, string> = {
  lifeBodyHealth: '生命权、身体权、健康权',
  reputation: '名誉权',
  honour: '荣誉权',
  privacy: '隐私权',
  personalInformation: '个人信息权益',
  portrait: '肖像权',
  voice: '声音权益',
  name: '姓名权',
  copyright: '著作权',
  trademark: '商标权',
  patent: '专利权',
};

/** 原告张某 / 被告某某公司: the short name the draft uses, else the role alone. */
export function who(role: '原告' | '被告', p: Party | undefined): string {
  if (!p) return role;
  const short = p.aliases.find((a) => a.length < p.name.length) ?? p.name;
  return role + short;
}

/** The personality right in issue (名誉权 …), or a neutral phrase when the model does not know it. */
export function rightPhrase(model: CaseModel): string {
  const order: Right[] = ['reputation', 'privacy', 'personalInformation', 'portrait', 'voice', 'name', 'honour'];
  const r = order.find((x) => model.facts.rights.includes(x));
  return r ? RIGHT_LABEL[r] : '人格权益';
}

/** The provider's fault in the stage the harm arose, for the paragraphs below. */
function faultSentence(model: CaseModel, defendant: string): string {
  const f = model.facts;
  if (f.stage === 'removal' && f.measuresAfterNotice === 'partial') {
    return `${defendant}在收到原告通知后已采取了部分处置措施，虽未能完全避免涉案内容再次生成，但其过错程度应结合所采取措施的类型及实施效果综合判断，尚不足以认定其对损害的发生持追求或放任的态度`;
  }
  if (f.stage === 'removal' && f.measuresAfterNotice === 'adequate') {
    return `${defendant}在收到原告通知后已及时采取了必要措施，其过错程度较低`;
  }
  return `涉案内容系${defendant}提供的生成式人工智能服务在与使用者的人机对话中自动生成，${defendant}在生成阶段的过错形态为过失，并无侵害原告权益的主观追求`;
}

/** GAI001: the order that replaces an apology — a clarification pushed to the users who received the content. */
export function clarificationOrder(obligor: string, deadline: string): string {
  return `${obligor}${deadline}，向曾接收涉案侵权内容的使用者推送澄清声明，无法确定相关使用者的，在其服务网站或应用内开辟专门页面发布澄清声明，持续时间不少于三十日（声明内容须经本院审核）`;
}

/** GAI001: reasoning that denies the apology and explains the clarification order. */
export function apologyDenialParagraph(model: CaseModel, plaintiff: Party | undefined, defendant: Party | undefined): string {
  const p = who('原告', plaintiff);
  const d = who('被告', defendant);
  return (
    `关于赔礼道歉的诉讼请求。《中华人民共和国民法典》第一千条第一款规定，行为人因侵害人格权承担消除影响、恢复名誉、赔礼道歉等民事责任的，应当与行为的具体方式和造成的影响范围相当。` +
    `本案中，${faultSentence(model, d)}；涉案内容系在人机对话中向个别使用者呈现，其影响范围限于接收该内容的使用者。` +
    `本院已判令${d}向曾接收涉案侵权内容的使用者推送澄清声明，足以消除影响、恢复名誉，赔礼道歉的责任承担方式在本案中不宜再适用，` +
    `对${p}要求${d}赔礼道歉的诉讼请求，本院不予支持。`
  );
}

/** GAI002: reasoning on the three factors (过错程度、具体情节、后果) that denies emotional damages. */
export function emotionalDenialParagraph(model: CaseModel, plaintiff: Party | undefined, defendant: Party | undefined): string {
  const p = who('原告', plaintiff);
  const d = who('被告', defendant);
  return (
    `关于精神损害抚慰金的诉讼请求。《中华人民共和国民法典》第一千一百八十三条第一款规定，侵害自然人人身权益造成严重精神损害的，被侵权人有权请求精神损害赔偿。` +
    `是否构成严重精神损害，应当结合侵权人的过错程度，侵权行为的目的、方式、场合等具体情节，以及侵权行为所造成的后果综合判断。` +
    `本案中，第一，${faultSentence(model, d)}；` +
    `第二，涉案内容系通过人机对话的方式向个别使用者呈现，并未向不特定公众公开传播，侵权场合的公开程度有限；` +
    `第三，现有证据不足以证明涉案内容对${p}的${rightPhrase(model)}造成了严重后果，且${d}已被判令承担相应的民事责任。` +
    `综合上述因素，涉案侵权行为尚未造成严重精神损害，对${p}要求${d}支付精神损害抚慰金的诉讼请求，本院不予支持。`
  );
}

/** GAI004: reasoning that emotional damages belong to natural persons only. */
export function organisationEmotionalParagraph(plaintiff: Party | undefined, defendant: Party | undefined): string {
  const p = who('原告', plaintiff);
  const d = who('被告', defendant);
  return (
    `关于精神损害抚慰金的诉讼请求。《中华人民共和国民法典》第一千一百八十三条规定，侵害自然人人身权益造成严重精神损害的，被侵权人有权请求精神损害赔偿。` +
    `《最高人民法院关于确定民事侵权精神损害赔偿责任若干问题的解释》第四条规定，法人或者非法人组织以名誉权、荣誉权、名称权遭受侵害为由，向人民法院起诉请求精神损害赔偿的，人民法院不予支持。` +
    `精神损害赔偿的请求权主体限于自然人，${p}系法人或者非法人组织，不享有精神损害赔偿请求权，` +
    `对${p}要求${d}支付精神损害抚慰金的诉讼请求，本院不予支持。`
  );
}
