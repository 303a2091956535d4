/**
 * PL003 designer-first-tier — [Yang §3(1)–(2)] (a proposal: not yet law)
 *
 * The designer of the AI software stands beside the producer as a first-tier subject under
 * 第1202条, liable without fault to the injured party and ultimately; it is not one of 第1204条's
 * carriers and warehousemen reached only by recourse.
 */
import type { Rule } from './rule';
import { designerParagraph } from '../fixes/product-wording';
import { insertFix, sentenceRange } from './helpers';

export const PL003: Rule = {
  code: 'PL003',
  slug: 'designer-first-tier',
  severity: 'information',
  basis: 'proposal',
  sources: ['[Yang §3(1)–(2)]'],
  message: '将人工智能软件的设计者仅作为第1204条的第三人、只能经追偿承担责任：学说主张设计者与生产者同为第一层次、无过错的责任主体（立法建议）',
  fixes: ['插入设计者作为第一层次无过错责任主体的说理'],
  check(model) {
    const p = model.product;
    if (!p.aiProduct || p.designerThirdParty === undefined || p.designerDirect !== undefined) return [];
    return [{ range: sentenceRange(model, p.designerThirdParty), fixes: insertFix(model, PL003.fixes[0]!, designerParagraph()) }];
  },
};
