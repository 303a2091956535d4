/**
 * GAI011 risk-or-anxiety-damages — [Xu §2(2)]
 *
 * Potential downstream personal or property harm (the leaked data may be used for fraud) is not
 * yet damage, and would be a third party's doing; anxiety about it is not compensable either.
 */
import type { Report, Rule } from './rule';
import { beneficiaryOf } from '../model/case';
import { emotionalDamagesFixes } from './emotional-fixes';
import { riskParagraph } from '../fixes/wording';
import { inGenAIScope } from './scope';
import { providerGrants } from './helpers';

export const GAI011: Rule = {
  code: 'GAI011',
  slug: 'risk-or-anxiety-damages',
  severity: 'warning',
  basis: 'doctrine',
  sources: ['[Xu §2(2)]'],
  message: '对潜在的下游人身、财产损害或因此产生的焦虑判予赔偿：尚未发生且系第三人可能造成的损害不宜纳入服务提供者的赔偿范围',
  fixes: ['删除该项判项，并补充不予支持风险性损害的说理', '仅插入说理段落'],
  check(model) {
    if (!inGenAIScope(model)) return [];
    const reports: Report[] = [];
    for (const g of providerGrants(model, ['anxiety'])) {
      reports.push(emotionalDamagesFixes(model, g, riskParagraph(beneficiaryOf(model, g)), GAI011.fixes, 'anxiety'));
    }
    return reports;
  },
};
