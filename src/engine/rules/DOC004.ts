/**
 * DOC004 basis-missing
 *
 * 《民事诉讼法》第155条 and the judgment style (法释〔2009〕14号): the orders rest on the law
 * named before them — 依照《…》第…条…之规定，判决如下. A 判决如下 with no law named before it
 * (or only 依照相关法律规定) has no basis. Excerpts (节选) are not judged.
 */
import type { Rule } from './rule';
import { sentenceRange } from './helpers';

export const DOC004: Rule = {
  code: 'DOC004',
  slug: 'basis-missing',
  severity: 'warning',
  basis: 'law',
  sources: ['《民事诉讼法》第155条', '法释〔2009〕14号'],
  message: '判决主文之前未载明法律依据（依照《……》第……条之规定）',
  fixes: [],
  check(model) {
    const doc = model.document;
    if (doc.excerpt || model.orders.length === 0) return [];
    const opening = model.structure.ordersOpen;
    if (opening === undefined || model.structure.basisCited) return [];
    return [{ range: sentenceRange(model, opening) }];
  },
};
