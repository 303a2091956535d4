/**
 * PL010 user-fault-allocation — [Yang §3(6)]
 *
 * A defect and the user's own fault together: harm to the user is reduced under 第1173条
 * (comparative fault); harm to others is a joint tort under 第1168条 (joint and several).
 */
import type { Rule } from './rule';
import { allocationParagraph } from '../fixes/product-wording';
import { insertFix, sentenceRange } from './helpers';

export const PL010: Rule = {
  code: 'PL010',
  slug: 'user-fault-allocation',
  severity: 'information',
  basis: 'law',
  sources: ['[Yang §3(6)]'],
  message: '同时认定产品缺陷与使用人过错，却未适用第1173条减轻责任（使用人自身受损）或第1168条连带责任（他人受损）',
  fixes: ['插入责任分担的说理'],
  check(model) {
    const p = model.product;
    if (!p.aiProduct || !p.userFault || p.defectFound === undefined) return [];
    // The user's own harm is reduced under 第1173条; harm to others calls for 第1168条 joint liability.
    if (p.userFault.userIsPlaintiff ? p.reductionApplied !== undefined || p.jointApplied !== undefined : p.jointApplied !== undefined) return [];
    // Harm to others split into shares: the split is where 第1168条 was missed.
    const at = !p.userFault.userIsPlaintiff && p.reductionApplied !== undefined ? p.reductionWithUserFault ?? p.reductionApplied : p.userFault.sentence;
    return [{ range: sentenceRange(model, at), fixes: insertFix(model, PL010.fixes[0]!, allocationParagraph(p.userFault.userIsPlaintiff)) }];
  },
};
