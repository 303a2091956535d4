/**
 * DOC005 section-missing
 *
 * A first-instance civil judgment states the claims (诉讼请求), the court's reasoning (本院认为)
 * and its result (判决主文) (《民事诉讼法》第155条). Read only in drafts that are judgments
 * (a 判决书 title, or parties on both sides); excerpts (节选) are not judged.
 */
import type { Report, Rule } from './rule';
import { FINDING_EN } from './messages-en';
import { sentenceRange } from './helpers';

export const DOC005: Rule = {
  code: 'DOC005',
  slug: 'section-missing',
  severity: 'information',
  basis: 'law',
  sources: ['《民事诉讼法》第155条'],
  message: '判决书缺少必备部分',
  fixes: [],
  check(model) {
    const doc = model.document;
    if (doc.excerpt || doc.sentences.length === 0) return [];
    const has = (section: string) => doc.sentences.some((s) => s.section === section && !s.heading);
    if (!model.structure.judgment) return [];
    const missing: string[] = [];
    if (!has('claims') && model.claimItems.length === 0) missing.push('诉讼请求');
    if (model.reasoning.length === 0) missing.push('本院认为');
    if (model.orders.length === 0 && !has('orders')) missing.push('判决主文');
    // Nothing of the judgment's body at all: a caption or a note, not a draft to judge.
    if (missing.length === 3) return [];
    const at = doc.sentences.find((s) => s.section === 'title') ?? doc.sentences[0]!;
    return missing.map((part): Report => ({ range: sentenceRange(model, at.index), message: `判决书缺少“${part}”部分`, messageEn: FINDING_EN.doc005(part) }));
  },
};
