/**
 * GAI016 clarification-method — [Xu §4(2)], 《民法典》第1000条
 *
 * In a genAI case the content reached the users who received it, one dialogue at a time. The
 * remedy that fits 第1000条 is a clarification pushed to those users, or failing that a page
 * dedicated to it on the provider's site — not publication in a newspaper or general media.
 */
import type { Report, Rule } from './rule';
import { orderParts, rewriteOrder } from '../fixes/edits';
import { clarificationOrderText } from '../fixes/wording';
import { inGenAIScope } from './scope';

export const GAI016: Rule = {
  code: 'GAI016',
  slug: 'clarification-method',
  severity: 'information',
  basis: 'doctrine',
  sources: ['[Xu §4(2)]', '《民法典》第1000条'],
  message: '以登报或在一般媒体、网页发布声明的方式消除影响、恢复名誉：生成式人工智能场景中，宜向曾接收侵权内容的使用者推送澄清声明，无法确定时在服务提供者处开辟专门页面发布',
  fixes: ['改写为向接收者推送澄清声明的判项'],
  check(model) {
    if (!inGenAIScope(model)) return [];
    const reports: Report[] = [];
    for (const item of model.orders) {
      if (item.disposition !== 'grant') continue;
      if (!item.servesElimination || item.publication !== 'media') continue;
      const parts = orderParts(model, item);
      const fixes =
        item.kinds.every((k) => k === 'apology' || k === 'eliminate')
          ? [{ title: GAI016.fixes[0]!, edits: [rewriteOrder(item, clarificationOrderText(parts.obligor ?? '被告', parts.deadline ?? '于本判决生效之日起十日内'))], safe: false }]
          : [];
      reports.push({ range: item.span, fixes });
    }
    return reports;
  },
};
