/**
 * GAI019 total-profit-as-gain — 《民法典》第1182条, [Xu §3(1)–(2)]
 *
 * The infringer's gain is what it obtained *because of* the infringement. A provider's total
 * revenue or profit owes little to one piece of generated content: taking the total without
 * apportioning the part the content caused contradicts 第1182条.
 */
import type { Rule } from './rule';
import { apportionParagraph } from '../fixes/wording';
import { inGenAIScope } from './scope';
import { insertFix, sentenceRange } from './helpers';

export const GAI019: Rule = {
  code: 'GAI019',
  slug: 'total-profit-as-gain',
  severity: 'warning',
  basis: 'law',
  sources: ['《民法典》第1182条', '[Xu §3(1)–(2)]'],
  message: '以服务提供者的全部收入或利润作为侵权获利，未区分其中由侵权内容带来的部分',
  fixes: ['插入获利分摊（定性分析）的说理'],
  check(model) {
    const at = model.addressed.totalRevenueAsProfit;
    if (!inGenAIScope(model) || at === undefined || model.addressed.profitApportioned !== undefined) return [];
    return [{ range: sentenceRange(model, at), fixes: insertFix(model, GAI019.fixes[0]!, apportionParagraph()) }];
  },
};
