/**
 * GAI002 emotional-damages-generation-stage [Xu §4(1)]
 *
 * 《民法典》第1183条第1款 requires 严重精神损害; 精神损害赔偿解释第5条's first three factors
 * (过错程度; 目的、方式、场合等具体情节; 后果) also decide whether it is serious. In the generation
 * stage the provider is at most negligent, the one-to-one dialogue is far less public than
 * ordinary online publication, and the direct consequences are seldom serious — so emotional
 * damages are ordinarily not owed. The exception: the removal stage where the provider took
 * no measures at all after a qualifying notice (then no finding). Life, body and health
 * are outside this reasoning, and anxiety about future misuse is GAI011's.
 */
import type { Report, Rule } from './rule';
import { beneficiaryOf, obligorOf } from '../model/case';
import { PERSONALITY_RIGHTS } from '../model/facts';
import { providerGrants } from './helpers';
import { inGenAIScope } from './scope';
import { emotionalDamagesFixes } from './emotional-fixes';
import { emotionalDenialParagraph } from '../fixes/wording';

export const GAI002: Rule = {
  code: 'GAI002',
  slug: 'emotional-damages-generation-stage',
  severity: 'warning',
  basis: 'doctrine',
  sources: ['[Xu §4(1)]', '《民法典》第1183条第1款', '精神损害赔偿解释第5条'],
  message:
    '判令生成式人工智能服务提供者支付精神损害抚慰金：生成阶段服务提供者通常仅有过失，人机对话的公开程度有限，直接后果往往并不严重，一般不构成“严重精神损害”',
  fixes: ['删除精神损害抚慰金判项，并补充按过错程度、具体情节、后果三因素不予支持的说理', '仅插入不予支持精神损害抚慰金的说理段落'],
  check(model) {
    const f = model.facts;
    if (!inGenAIScope(model)) return [];
    if (f.rights.includes('lifeBodyHealth') || !f.rights.some((r) => PERSONALITY_RIGHTS.has(r))) return [];
    if (f.stage === 'removal' && f.measuresAfterNotice === 'none') return [];
    const reports: Report[] = [];
    for (const grant of providerGrants(model, ['emotional'])) {
      const obligor = obligorOf(model, grant);
      const beneficiary = beneficiaryOf(model, grant);
      if (beneficiary?.kind !== 'natural') continue;
      const paragraph = emotionalDenialParagraph(model, beneficiary, obligor);
      reports.push(emotionalDamagesFixes(model, grant, paragraph, GAI002.fixes));
    }
    return reports;
  },
};
