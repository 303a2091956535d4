/**
 * PL005 burden-reversal — [Yang §3(5)]
 *
 * No-fault liability already eases the injured party's burden; reversing the burden of proving
 * the defect as well breaks the equality of arms. The doctrine's way is prima facie proof: the
 * plaintiff shows a defect is highly probable, and the defendant may rebut it.
 */
import type { Rule } from './rule';
import { easedBurdenParagraph } from '../fixes/product-wording';
import { insertFix, sentenceRange } from './helpers';

export const PL005: Rule = {
  code: 'PL005',
  slug: 'burden-reversal',
  severity: 'information',
  basis: 'doctrine',
  sources: ['[Yang §3(5)]'],
  message: '将产品缺陷的举证责任倒置给被告：宜由原告承担，适用表见证明的举证责任缓和',
  fixes: ['改用表见证明（举证责任缓和）的说理'],
  check(model) {
    const p = model.product;
    if (!p.aiProduct || p.burdenReversed === undefined || p.burdenEased !== undefined) return [];
    return [{ range: sentenceRange(model, p.burdenReversed), fixes: insertFix(model, PL005.fixes[0]!, easedBurdenParagraph()) }];
  },
};
