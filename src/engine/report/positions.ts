/**
 * The doctrine's position on one kind of claim in this case, in one short Chinese line, for the
 * assessment's claim table. The lines restate the catalog (../shared/doctrine/RULES.md) for the
 * facts the case model found: the same apology reads differently against a generative-AI
 * provider negligent in generation than after an ignored notice. Where the catalog says nothing
 * about a kind in this case, there is no line (the table shows a dash): silence over invention.
 */
import type { CaseModel } from '../model/case';
import { IP_RIGHTS, isProvider, PERSONALITY_RIGHTS } from '../model/facts';
import type { ClaimKind } from '../model/kinds';
import type { Party } from '../model/parties';

export interface PositionContext {
  model: CaseModel;
  /** The plaintiff the claim is for, when the engine can tell. */
  plaintiff?: Party;
}

const XU = '徐伟文';

function genAIProviderCase(model: CaseModel): boolean {
  const f = model.facts;
  if (!f.genAI || f.stage === 'training') return false;
  return model.parties.some((p) => p.role === 'defendant' && isProvider(f, p));
}

/** The position for a kind, or undefined where the catalog has none for this case. */
export function doctrinePosition(kind: ClaimKind, ctx: PositionContext): string | undefined {
  const { model } = ctx;
  const f = model.facts;
  const genAI = genAIProviderCase(model);
  const ip = f.rights.some((r) => IP_RIGHTS.has(r));
  const personality = f.rights.some((r) => PERSONALITY_RIGHTS.has(r));
  switch (kind) {
    case 'apology':
      if (!genAI) return undefined;
      if (f.fault === 'intent' && f.intentStage === 'removal') return `移除阶段存在故意：可以判令赔礼道歉（${XU}第四部分（二）、《民法典》第1000条）`;
      if (f.fault === 'intent') return `生成阶段认定故意存疑（GAI017）；仅有过失时不宜判令赔礼道歉，宜向接收者推送澄清声明（GAI001）`;
      return `生成阶段通常仅有过失，不宜判令赔礼道歉，宜向接收者推送澄清声明（${XU}第四部分（二），GAI001）`;
    case 'emotional': {
      if (ctx.plaintiff?.kind === 'organisation') return '法人或其他组织无权请求精神损害赔偿（《民法典》第1183条，GAI004）';
      if (ip && !personality) return `知识产权侵权不适用精神损害赔偿，人身性权益以消除影响等方式救济（${XU}第四部分开篇，GAI003）`;
      if (!genAI || !personality) return undefined;
      if (f.rights.includes('lifeBodyHealth')) return '涉及生命权、身体权、健康权：依《民法典》第1183条审查是否构成严重精神损害';
      if (f.stage === 'removal' && f.measuresAfterNotice === 'none') return '收到合格通知后未采取任何措施：可例外支持精神损害赔偿，应明确说理（GAI002）';
      return `生成阶段一般不构成“严重精神损害”，不宜支持（${XU}第四部分（一）、《民法典》第1183条第1款，GAI002）`;
    }
    case 'anxiety':
      return genAI ? `潜在的下游损害及对此的焦虑不属于可赔偿的损害（${XU}第二部分（二），GAI011）` : undefined;
    case 'property':
      if (ip && genAI) return `按实际损失或侵权获益确定，获益须分摊侵权内容所致部分；难以确定时适用法定赔偿（GAI006、GAI019）`;
      if (personality && genAI) return `酌定数额应结合《民法典》第998条因素说理，生成阶段过失一般不宜过高（${XU}第三部分（一），GAI008、GAI018）`;
      if (personality) return '损失或获益难以确定时，由法院根据实际情况酌定（《民法典》第1182条）';
      return undefined;
    case 'expenses':
      return genAI ? `为制止侵权支出的合理费用应予赔偿；首次通知的费用一般不予支持（${XU}第二部分（二），GAI010）` : undefined;
    case 'noticeCost':
      return genAI ? `首次通知的费用一般不予支持；合格通知未获处理后的再次通知费用可予支持（《民法典》第1195条，GAI010）` : undefined;
    case 'eliminate':
      return genAI ? `宜向接收过侵权内容的使用者推送澄清声明，或在专门页面澄清，不宜登报（${XU}第四部分（二），GAI016）` : undefined;
    case 'punitive':
      if (f.aiProduct) return '须明知缺陷或未采取补救措施，且造成死亡或健康严重损害（《民法典》第1207条，PL007）';
      if (ip) return '须同时认定故意与情节严重（著作权法第54条第1款，GAI005）';
      return undefined;
    case 'statutory':
      if (ip) return '著作权法定赔偿在500元以上500万元以下（著作权法第54条第2款，GAI007）';
      if (personality) return '人格权侵害不适用“法定赔偿”，应依《民法典》第1182条酌定（GAI006）';
      return undefined;
    case 'future':
      return genAI ? `须依技术证据、既往生成次数、已采取的措施评估再次生成的可能性（${XU}第二部分（二），GAI012）` : undefined;
    case 'downstream':
      return genAI ? '第三人转发、使用造成的损失不计入服务提供者的赔偿（《民法典》第1175条，GAI009）' : undefined;
    case 'stop':
    case 'costs':
      return undefined;
  }
}
