/**
 * GAI007 statutory-range — 著作权法第54条第2款
 *
 * Copyright statutory damages lie between 500 and 5,000,000 yuan. An amount outside the range
 * under that method contradicts the statute, unless a punitive multiple was applied on a
 * proven base. Where the statutory component is bundled with 合理开支 in one sum, the sum is compared.
 */
import type { Report, Rule } from './rule';
import { effectiveGrants } from '../model/case';
import { inGenAIScope } from './scope';
import type { ClaimMention } from '../model/claims';
import { grantRange, onePerPlace } from './helpers';
import { FINDING_EN } from './messages-en';

export const GAI007: Rule = {
  code: 'GAI007',
  slug: 'statutory-range',
  severity: 'error',
  basis: 'law',
  sources: ['《著作权法》第54条第2款'],
  message: '著作权法定赔偿数额超出法定幅度（五百元以上五百万元以下）',
  fixes: [],
  check(model) {
    if (!inGenAIScope(model) || !model.facts.rights.includes('copyright')) return [];
    if (model.addressed.statutoryMethod === undefined) return [];
    if (model.mentions.some((m) => m.kind === 'punitive' && m.stance === 'granted' && m.speaker === 'court')) return [];
    const reports: Report[] = [];
    // 经济损失及合理开支共计…元: the bundled sum is what the statute's range is compared with.
    const amountOf = (g: ClaimMention) => (g.section === 'orders' && g.item !== undefined ? model.orders[g.item]!.total : undefined) ?? g.amount;
    const outside = effectiveGrants(model, ['property', 'statutory']).filter((g) => {
      const amount = amountOf(g);
      return amount !== undefined && (amount < 500 || amount > 5_000_000);
    });
    for (const g of onePerPlace(outside)) {
      reports.push({ range: grantRange(model, g), message: `著作权法定赔偿数额${amountOf(g)}元超出法定幅度（五百元以上五百万元以下）`, messageEn: FINDING_EN.gai007(amountOf(g)!) });
    }
    return reports;
  },
};
