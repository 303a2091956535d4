/**
 * PL004 seller-ultimate-fault — 《民法典》第1203条第2款
 *
 * The seller answers to the injured party, but bears the loss in the end only where its own
 * fault made the product defective; otherwise it recovers from the producer.
 */
import type { Rule } from './rule';
import { sellerParagraph } from '../fixes/product-wording';
import { insertFix, sentenceRange } from './helpers';

export const PL004: Rule = {
  code: 'PL004',
  slug: 'seller-ultimate-fault',
  severity: 'warning',
  basis: 'law',
  sources: ['《民法典》第1203条第2款'],
  message: '未认定销售者的过错使产品存在缺陷，却由销售者承担最终责任：销售者承担最终责任以其过错为前提，否则赔偿后可向生产者追偿',
  fixes: ['插入说理并写明追偿'],
  check(model) {
    const p = model.product;
    if (!p.aiProduct || p.sellerUltimate === undefined || p.sellerFault !== undefined || p.sellerIntermediate !== undefined) return [];
    return [{ range: sentenceRange(model, p.sellerUltimate), fixes: insertFix(model, PL004.fixes[0]!, sellerParagraph()) }];
  },
};
