/**
 * GAI004 emotional-damages-organisation — any case, not only genAI.
 *
 * 《民法典》第1183条 gives emotional damages to 自然人 only, and 精神损害赔偿解释第4条 says a
 * 法人或者非法人组织's claim for them is not supported. A grant to an organisation contradicts the law.
 */
import type { Report, Rule } from './rule';
import { beneficiaryOf, effectiveGrants, obligorOf } from '../model/case';
import { emotionalDamagesFixes } from './emotional-fixes';
import { organisationEmotionalParagraph } from '../fixes/wording';
import { onePerPlace } from './helpers';

export const GAI004: Rule = {
  code: 'GAI004',
  slug: 'emotional-damages-organisation',
  severity: 'error',
  basis: 'law',
  sources: ['《民法典》第1183条', '精神损害赔偿解释第4条'],
  message: '判令向法人或者非法人组织支付精神损害抚慰金：精神损害赔偿的请求权主体限于自然人',
  fixes: ['删除精神损害抚慰金判项，并补充不予支持的说理', '仅插入不予支持精神损害抚慰金的说理段落'],
  check(model) {
    const reports: Report[] = [];
    for (const grant of onePerPlace(effectiveGrants(model, ['emotional', 'anxiety']))) {
      const beneficiary = beneficiaryOf(model, grant);
      if (beneficiary?.kind !== 'organisation') continue;
      const paragraph = organisationEmotionalParagraph(beneficiary, obligorOf(model, grant));
      reports.push(emotionalDamagesFixes(model, grant, paragraph, GAI004.fixes));
    }
    return reports;
  },
};
