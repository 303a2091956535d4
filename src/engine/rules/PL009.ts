/**
 * PL009 development-risk-tracking — 《民法典》第1206条
 *
 * The development-risk defence (产品质量法第41条第2款第3项) excuses the defect undiscoverable at
 * circulation, not the failure to track the product afterwards and take remedial measures.
 */
import type { Rule } from './rule';
import { trackingParagraph } from '../fixes/product-wording';
import { insertFix, sentenceRange } from './helpers';

export const PL009: Rule = {
  code: 'PL009',
  slug: 'development-risk-tracking',
  severity: 'warning',
  basis: 'law',
  sources: ['《民法典》第1206条'],
  message: '采纳发展风险抗辩而未审查投入流通后的跟踪观察与补救义务（第1206条）',
  fixes: ['插入跟踪观察义务的说理'],
  check(model) {
    const p = model.product;
    if (!p.aiProduct || p.devRiskAccepted === undefined || p.trackingAddressed !== undefined) return [];
    return [{ range: sentenceRange(model, p.devRiskAccepted), fixes: insertFix(model, PL009.fixes[0]!, trackingParagraph()) }];
  },
};
