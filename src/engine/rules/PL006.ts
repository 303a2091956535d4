/**
 * PL006 defect-type-missing — [Yang §3(3)], 产品质量法第46条
 *
 * Liability needs one of four defects — design, manufacturing, warning, tracking-observation —
 * and the type decides who bears the loss in the end (designer or producer). A description of
 * what went wrong does not name a type.
 */
import type { Rule } from './rule';
import { defectTypeParagraph } from '../fixes/product-wording';
import { insertFix, sentenceRange } from './helpers';

export const PL006: Rule = {
  code: 'PL006',
  slug: 'defect-type-missing',
  severity: 'information',
  basis: 'doctrine',
  sources: ['[Yang §3(3)]', '产品质量法第46条'],
  message: '认定产品责任而未指明缺陷类型（设计缺陷、制造缺陷、警示说明缺陷、跟踪观察缺陷）',
  fixes: ['插入缺陷类型的说理'],
  check(model) {
    const p = model.product;
    if (!p.aiProduct || p.defectFound === undefined || p.defectTypeNamed !== undefined) return [];
    return [{ range: sentenceRange(model, p.defectFound), fixes: insertFix(model, PL006.fixes[0]!, defectTypeParagraph()) }];
  },
};
