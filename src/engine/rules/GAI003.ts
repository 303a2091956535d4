/**
 * GAI003 emotional-damages-ip [Xu §4 opening]
 *
 * Current law provides no emotional damages for IP infringement; where the IP holder is a
 * natural person, the personal side of the right is remedied by 赔礼道歉, 消除影响 and the like
 * (著作权法第52条). A grant of 精神损害抚慰金 for copyright, trademark or patent infringement departs.
 */
import type { Report, Rule } from './rule';
import { beneficiaryOf, effectiveGrants, obligorOf } from '../model/case';
import { IP_RIGHTS, PERSONALITY_RIGHTS } from '../model/facts';
import { emotionalDamagesFixes } from './emotional-fixes';
import { ipEmotionalParagraph } from '../fixes/wording';
import { inGenAIScope } from './scope';
import { onePerPlace } from './helpers';

export const GAI003: Rule = {
  code: 'GAI003',
  slug: 'emotional-damages-ip',
  severity: 'warning',
  basis: 'doctrine',
  sources: ['[Xu §4 opening]', '《著作权法》第52条'],
  message: '因侵害著作权、商标权或专利权判赔精神损害抚慰金：知识产权中的人身权益一般通过消除影响、赔礼道歉等方式救济，现行法未规定知识产权侵权的精神损害赔偿',
  fixes: ['删除精神损害抚慰金判项，并补充以消除影响等方式救济的说理', '仅插入说理段落'],
  check(model) {
    const rights = model.facts.rights;
    if (!inGenAIScope(model) || !rights.some((r) => IP_RIGHTS.has(r))) return [];
    const reports: Report[] = [];
    for (const g of onePerPlace(effectiveGrants(model, ['emotional']))) {
      // Where a personality right is also in issue, only a grant that names the IP right is about it.
      if (rights.some((r) => PERSONALITY_RIGHTS.has(r))) {
        const item = g.item !== undefined && g.section === 'orders' ? model.orders[g.item] : undefined;
        if (!(item ? item.namesIP : model.addressed.ipSentences.has(g.sentence))) continue;
      }
      reports.push(emotionalDamagesFixes(model, g, ipEmotionalParagraph(beneficiaryOf(model, g), obligorOf(model, g)), GAI003.fixes));
    }
    return reports;
  },
};
