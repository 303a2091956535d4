/**
 * The reasoning paragraphs and order wording that quick fixes insert. They are written in
 * the court's register (本院认为), name this draft's parties, right and stage where the model
 * knows them, cite the statute, and never cite scholarship: judgments cite law.
 */
import type { CaseModel } from '../model/case';
import type { Party } from '../model/parties';
import type { Right } from '../model/facts';

/** The rights by their statutory names (also the assessment's labels). */
export const RIGHT_LABEL: Record<Right, string> = {
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
    `第二，涉案内容系通过人机对话的方式向个别使用者呈现，传播范围限于接收该内容的使用者，侵权场合的公开程度较一般网络侵权为低；` +
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

// ---------------------------------------------------------------- GAI003–GAI021

/** GAI003: the personal side of IP is remedied by 消除影响 and the like, not emotional damages. */
export function ipEmotionalParagraph(plaintiff: Party | undefined, defendant: Party | undefined): string {
  return (
    `关于精神损害抚慰金的诉讼请求。《中华人民共和国著作权法》第五十二条规定，侵犯著作权的，应当根据情况，承担停止侵害、消除影响、赔礼道歉、赔偿损失等民事责任。` +
    `著作权中的人身权益受到侵害的，一般通过停止侵害、消除影响等方式予以救济，本案已判令${who('被告', defendant)}承担相应责任，足以弥补相关损害，` +
    `对${who('原告', plaintiff)}要求支付精神损害抚慰金的诉讼请求，本院不予支持。`
  );
}

/** GAI005: punitive damages need both intent and serious circumstances. */
export function punitiveIpParagraph(plaintiff: Party | undefined, defendant: Party | undefined): string {
  return (
    `关于惩罚性赔偿的诉讼请求。《中华人民共和国著作权法》第五十四条第一款规定，对故意侵犯著作权或者与著作权有关的权利，情节严重的，可以在按照上述方法确定数额的一倍以上五倍以下给予赔偿。` +
    `适用惩罚性赔偿，须以侵权人存在故意且情节严重为前提。本案中，涉案内容系${who('被告', defendant)}提供的生成式人工智能服务在与使用者的交互中自动生成，现有证据不足以认定其具有侵权故意，亦不足以认定侵权情节严重，` +
    `对${who('原告', plaintiff)}要求适用惩罚性赔偿的诉讼请求，本院不予支持。`
  );
}

/** GAI006: the right method for the right: 第1182条 for personality rights, statutory damages for copyright. */
export function methodParagraph(personality: boolean): string {
  return personality
    ? `关于赔偿数额的确定方法。《中华人民共和国民法典》第一千一百八十二条规定，侵害他人人身权益造成财产损失的，按照被侵权人因此受到的损失或者侵权人因此获得的利益赔偿；被侵权人因此受到的损失以及侵权人因此获得的利益难以确定的，由人民法院根据实际情况确定赔偿数额。本案原告的损失及被告的获利均难以确定，本院根据实际情况确定赔偿数额。`
    : `关于赔偿数额的确定方法。《中华人民共和国著作权法》第五十四条第二款规定，权利人的实际损失、侵权人的违法所得、权利使用费难以计算的，由人民法院根据侵权行为的情节，判决给予五百元以上五百万元以下的赔偿。本案权利人的实际损失、侵权人的违法所得及权利使用费均难以计算，本院适用法定赔偿，综合考虑涉案作品的类型和知名度、侵权行为的性质、生成及传播的范围等情节确定赔偿数额。`;
}

/** GAI008: the 第998条 factors, one by one, for a genAI provider. */
export function factorsParagraph(model: CaseModel, plaintiff: Party | undefined, defendant: Party | undefined): string {
  const p = who('原告', plaintiff);
  const d = who('被告', defendant);
  return (
    `关于赔偿数额。《中华人民共和国民法典》第九百九十八条规定，认定行为人承担侵害除生命权、身体权和健康权外的人格权的民事责任，应当考虑行为人和受害人的职业、影响范围、过错程度，以及行为的目的、方式、后果等因素。` +
    `本院逐项考量如下：就职业而言，【${p}的职业及涉案内容与其职业的关联】；就影响范围而言，涉案内容系通过人机对话向个别使用者呈现，【接收涉案内容的使用者数量、生成次数】；` +
    `就过错程度而言，${faultSentence(model, d)}；就行为的目的和方式而言，${d}提供生成式人工智能服务并无侵害${p}${rightPhrase(model)}的目的，涉案内容系模型自动生成；` +
    `就后果而言，【涉案内容对${p}造成的具体影响】。综合上述因素，本院酌定赔偿数额为【】元。`
  );
}

/** GAI009: losses caused by a third party's reposting are the third party's. */
export function downstreamParagraph(defendant: Party | undefined): string {
  return (
    `关于第三人转发造成的损失。《中华人民共和国民法典》第一千一百七十五条规定，损害是因第三人造成的，第三人应当承担侵权责任。` +
    `涉案内容经使用者转发后扩大传播所造成的损失，系第三人的行为所致，第三人的介入中断了${who('被告', defendant)}的生成行为与该部分损失之间的因果关系，该部分损失不应计入${who('被告', defendant)}的赔偿范围。`
  );
}

/** GAI010: the first notice is not a cost of a tort that had not yet happened. */
export function firstNoticeParagraph(defendant: Party | undefined): string {
  return (
    `关于通知费用。《中华人民共和国民法典》第一千一百九十五条规定，权利人有权通知网络服务提供者采取删除、屏蔽、断开链接等必要措施。` +
    `权利人首次向${who('被告', defendant)}发出通知前，${who('被告', defendant)}对涉案内容并不知情，通常不存在过错，首次通知所支出的费用不属于因侵权行为所受的损失；仅在${who('被告', defendant)}收到合格通知后未及时采取必要措施时，此后再次通知的合理费用方可纳入赔偿范围。故对首次通知的费用，本院不予支持。`
  );
}

/** GAI011: potential downstream harm, and anxiety about it, are not damage yet. */
export function riskParagraph(plaintiff: Party | undefined): string {
  return (
    `关于风险性损害。损害赔偿以损害的确定性为前提。涉案信息可能被他人用于实施诈骗等行为而造成的人身、财产损害尚未发生，且即便发生亦系第三人的行为所致；` +
    `因此类潜在损害而产生的焦虑，亦不宜纳入损害赔偿的范围。对${who('原告', plaintiff)}要求赔偿潜在损害及因此产生的焦虑的诉讼请求，本院不予支持。`
  );
}

/** GAI012: weigh the probability of re-generation before granting or refusing future damages. */
export function regenerationParagraph(): string {
  return (
    `关于涉案内容再次生成的损害。对尚未发生的损害是否予以赔偿，取决于涉案内容再次生成的几率。` +
    `本院结合【技术调查官/有专门知识的人的意见】、【庭审中重复生成测试的结果：共测试××次，生成涉案内容××次】以及被告在知道涉案内容后所采取的【过滤、屏蔽等措施及其实施效果】，认为涉案内容再次生成的几率【较高/较低】，` +
    `【且难以通过必要措施降低，故对该部分损害予以支持/故对该部分损害不予支持】。`
  );
}

/** GAI013: content any user can prompt out of the model is disclosed. */
export function disclosureParagraph(): string {
  return (
    `关于涉案信息是否被公开。生成式人工智能以人机对话的方式向使用者输出内容，虽然每次对话仅由提问的使用者获得，但不特定的使用者均可通过输入相应提示词获得涉案信息，故涉案信息应当认定为已被公开，相关权益受到损害；` +
    `涉案内容实际被生成的次数，系确定赔偿数额时考量的因素。`
  );
}

/** GAI014: false statements of fact as prima facie evidence of lowered evaluation. */
export function reputationBurdenParagraph(defendant: Party | undefined): string {
  return (
    `关于原告的社会评价是否降低。生成式人工智能生成针对特定人的不实陈述，足以使接收该内容的使用者对其产生负面评价，可以作为原告社会评价降低的初步证据；` +
    `${who('被告', defendant)}主张未造成损害的，应当就使用者不会信赖该内容承担举证责任，本院将结合其在交互界面中所作的提示、声明等情况予以判断。`
  );
}

/** GAI015: 个人信息保护法第27条 for lawfully disclosed information. */
export function publicInfoParagraph(): string {
  return (
    `关于已公开个人信息的处理。《中华人民共和国个人信息保护法》第二十七条规定，个人信息处理者可以在合理的范围内处理个人自行公开或者其他已经合法公开的个人信息；个人明确拒绝的除外。个人信息处理者处理已公开的个人信息，对个人权益有重大影响的，应当依照本法规定取得个人同意。` +
    `本案应当结合涉案信息的特点与属性、处理目的及处理方式，判断被告的生成行为是否超出合理的范围、是否对个人权益有重大影响：【分析】；涉案信息属于敏感个人信息的，其处理仍须取得个人同意。`
  );
}

/** GAI016: the clarification order, for an order that publishes in general media. */
export { clarificationOrder as clarificationOrderText };

/** GAI017: negligence in the generation stage. */
export function negligenceParagraph(defendant: Party | undefined): string {
  const d = who('被告', defendant);
  return (
    `${d}作为生成式人工智能服务提供者，负有采取合理措施防止生成侵权内容的注意义务。涉案内容系模型在与使用者的交互中自动生成，${d}未尽到合理的注意义务，主观上存在过失；` +
    `违反相关管理规定所设定的义务，可以作为认定其未尽注意义务的依据，但不足以证明${d}对涉案内容的生成持追求或放任的态度。`
  );
}

/** GAI018: reasons for the level of an award above the threshold. */
export function levelParagraph(): string {
  return (
    `确定该数额的理由是：考虑到涉案内容共向【】个账号输出，原告因此遭受【】元的具体损失【据实填写其他事实】，本院认为该数额与侵权行为的影响范围和后果相当。`
  );
}

/** GAI019: apportion the provider's profit to the infringing content. */
export function apportionParagraph(): string {
  return (
    `关于侵权获利的确定。《中华人民共和国民法典》第一千一百八十二条所称侵权人因此获得的利益，系指因侵权行为所获得的利益，而非侵权人的全部营业收入或者全部利润。` +
    `生成式人工智能服务的收益主要来源于服务本身，涉案内容对其收益的贡献有限，本院结合【涉案内容在全部生成内容中的占比、涉案内容对用户付费的影响】等因素，对与涉案内容相关的获利部分予以定性分析后确定赔偿数额。`
  );
}

/** GAI020: generations are not sales of infringing copies. */
export function generationsParagraph(): string {
  return (
    `关于以生成次数计算赔偿数额。涉案内容系在人机对话中应使用者的提示而生成，每一次生成并不等同于销售一件侵权复制品，亦不必然对应相应的获利，` +
    `故不宜以生成次数与单位利润的乘积作为侵权获利。生成次数可以作为确定赔偿数额时考量侵权情节的因素。`
  );
}

/** GAI021: product liability for harm through AI joined with a physical device. */
export function embodiedParagraph(): string {
  return (
    `关于产品责任。涉案损害系通过搭载人工智能系统的实体设备造成，该设备作为投入流通的产品，应当依照产品责任规则审查。` +
    `《中华人民共和国民法典》第一千二百零二条规定，因产品存在缺陷造成他人损害的，生产者应当承担侵权责任。本院就涉案设备是否存在设计缺陷、制造缺陷、警示缺陷或者跟踪观察缺陷分析如下：【分析】。`
  );
}
