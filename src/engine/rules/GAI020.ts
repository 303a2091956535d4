/**
 * GAI020 generations-as-sales — [Xu §3(2)]
 *
 * A generation in a dialogue is not the sale of an infringing copy: multiplying the number of
 * generations by a unit profit treats it as one. The number of generations is a factor of the
 * circumstances, not a quantity of sales.
 */
import type { Rule } from './rule';
import { generationsParagraph } from '../fixes/wording';
import { inGenAIScope } from './scope';
import { insertFix, sentenceRange } from './helpers';

export const GAI020: Rule = {
  code: 'GAI020',
  slug: 'generations-as-sales',
  severity: 'information',
  basis: 'doctrine',
  sources: ['[Xu §3(2)]'],
  message: '以生成次数乘以单位利润计算赔偿数额，将每次生成等同于销售一件侵权复制品',
  fixes: ['插入生成次数不等于销售数量的说理'],
  check(model) {
    // The reasoning the fix inserts (or the judge wrote) answers the point.
    if (model.addressed.generationsRejected !== undefined) return [];
    const at = model.addressed.generationsTimesProfit;
    if (!inGenAIScope(model) || at === undefined) return [];
    return [{ range: sentenceRange(model, at), fixes: insertFix(model, GAI020.fixes[0]!, generationsParagraph()) }];
  },
};
