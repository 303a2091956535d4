/**
 * PL011 rnd-stage — [Yang §1(3), §2(2)]
 *
 * Product liability arises in circulation. Harm during research and development, before the
 * product was put into circulation, is a civil wrong of another kind, not product liability.
 */
import type { Rule } from './rule';
import { rndStageParagraph } from '../fixes/product-wording';
import { insertFix, sentenceRange } from './helpers';

export const PL011: Rule = {
  code: 'PL011',
  slug: 'rnd-stage',
  severity: 'warning',
  basis: 'law',
  sources: ['[Yang §1(3), §2(2)]'],
  message: '损害发生于研发阶段（产品尚未投入流通），却按产品责任处理',
  fixes: ['插入研发阶段不适用产品责任的说理'],
  check(model) {
    const p = model.product;
    if (!p.aiProduct || p.rndStage === undefined || p.treatedAsProduct === undefined || p.notProduct !== undefined || p.purchased !== undefined) return [];
    return [{ range: sentenceRange(model, p.treatedAsProduct), fixes: insertFix(model, PL011.fixes[0]!, rndStageParagraph()) }];
  },
};
