/**
 * GAI001 apology-granted [Xu §4(2)]
 *
 * 《民法典》第1000条第1款: 消除影响、恢复名誉、赔礼道歉 "应当与行为的具体方式和造成的影响范围相当".
 * A generative-AI provider's fault in generating content is ordinarily negligence, and
 * the content reaches only the users who received it; apology suits intentional wrongs, so
 * where a clarification to those users can repair the harm, an apology should not be ordered.
 * Silent when intent is found (typically: no measures after a qualifying notice).
 */
import type { Rule } from './rule';
import { beneficiaryOf, obligorOf } from '../model/case';
import { providerGrants } from './helpers';
import { combineEdits, orderParts, reasoningEdit, rewriteOrder } from '../fixes/edits';
import { apologyDenialParagraph, clarificationOrder } from '../fixes/wording';
import { inGenAIScope } from './scope';

export const GAI001: Rule = {
  code: 'GAI001',
  slug: 'apology-granted',
  severity: 'warning',
  basis: 'doctrine',
  sources: ['[Xu §4(2)]', '《民法典》第1000条第1款'],
  message:
    '判令生成式人工智能服务提供者赔礼道歉：服务提供者在生成阶段通常仅有过失，侵权内容仅为接收该内容的使用者所见，影响范围有限；在向接收者推送澄清声明等方式足以消除影响、恢复名誉时，不宜再适用赔礼道歉',
  fixes: ['改为向接收者推送澄清声明的判项，并补充不予支持赔礼道歉的说理', '仅改写判项为推送澄清声明'],
  check(model) {
    if (!inGenAIScope(model) || model.facts.fault === 'intent') return [];
    const reports = [];
    // One finding per order item, however often the item names the apology.
    for (const grant of providerGrants(model, ['apology'])) {
      const obligor = obligorOf(model, grant);
      const item = grant.item !== undefined && grant.section === 'orders' ? model.orders[grant.item] : undefined;
      const range = item ? item.span : grant.span;
      const fixes = [];
      // Rewrite only an item that orders nothing but the apology (and the 消除影响 it serves).
      if (item && item.kinds.every((k) => k === 'apology' || k === 'eliminate')) {
        const parts = orderParts(model, item);
        const order = rewriteOrder(item, clarificationOrder(parts.obligor ?? '被告', parts.deadline ?? '于本判决生效之日起十日内'));
        const paragraph = apologyDenialParagraph(model, beneficiaryOf(model, grant), obligor);
        const reasoning = reasoningEdit(model, paragraph, ['apology'], ['eliminate']);
        const both = reasoning && combineEdits([order, ...reasoning]);
        if (both) fixes.push({ title: GAI001.fixes[0]!, edits: both, safe: false });
        fixes.push({ title: GAI001.fixes[1]!, edits: [order], safe: false });
      }
      reports.push({ range, fixes });
    }
    return reports;
  },
};
