/**
 * GAI005 punitive-ip-generation — 著作权法第54条第1款, [Xu §3(2)]
 *
 * Punitive damages for IP need 故意 and 情节严重. A generative-AI provider whose model produced
 * the content is ordinarily negligent; a punitive award without both findings contradicts the statute.
 */
import type { Report, Rule } from './rule';
import { beneficiaryOf, obligorOf } from '../model/case';
import { IP_RIGHTS } from '../model/facts';
import { emotionalDamagesFixes } from './emotional-fixes';
import { punitiveIpParagraph } from '../fixes/wording';
import { inGenAIScope } from './scope';
import { providerGrants } from './helpers';

export const GAI005: Rule = {
  code: 'GAI005',
  slug: 'punitive-ip-generation',
  severity: 'warning',
  basis: 'law',
  sources: ['《著作权法》第54条第1款', '[Xu §3(2)]'],
  message: '对生成式人工智能服务提供者适用知识产权惩罚性赔偿，但说理未同时认定“故意”与“情节严重”',
  fixes: ['删除惩罚性赔偿判项，并补充不予支持的说理', '仅插入说理段落'],
  check(model) {
    const f = model.facts;
    if (!inGenAIScope(model) || !f.rights.some((r) => IP_RIGHTS.has(r))) return [];
    if (f.fault === 'intent' && model.addressed.seriousCircumstances !== undefined) return [];
    const reports: Report[] = [];
    for (const g of providerGrants(model, ['punitive'])) {
      const paragraph = punitiveIpParagraph(beneficiaryOf(model, g), obligorOf(model, g));
      reports.push(emotionalDamagesFixes(model, g, paragraph, GAI005.fixes, 'punitive'));
    }
    return reports;
  },
};
