/**
 * PL002 fault-required — 《民法典》第1202条, [Yang §1(3)]
 *
 * Product liability is no-fault: the injured party proves the defect, the harm and causation,
 * never the producer's or the designer's fault.
 */
import type { Rule } from './rule';
import { noFaultParagraph } from '../fixes/product-wording';
import { insertFix, sentenceRange } from './helpers';

export const PL002: Rule = {
  code: 'PL002',
  slug: 'fault-required',
  severity: 'error',
  basis: 'law',
  sources: ['《民法典》第1202条', '[Yang §1(3)]'],
  message: '人工智能产品责任案件中要求原告证明生产者或设计者的过错：产品责任适用无过错责任原则',
  fixes: ['插入无过错责任的说理'],
  check(model) {
    const p = model.product;
    if (!p.aiProduct || p.faultRequired === undefined || p.noFaultHeld !== undefined) return [];
    // A prototype the court holds was never put into circulation is no product: fault liability is right.
    if (p.notProduct !== undefined && p.treatedAsProduct === undefined) return [];
    return [{ range: sentenceRange(model, p.faultRequired), fixes: insertFix(model, PL002.fixes[0]!, noFaultParagraph(model)) }];
  },
};
