/**
 * GAI008 discretion-factors-missing — [Xu §3(1)], 《民法典》第998条
 *
 * A discretionary amount for a personality right must be reasoned through the 第998条 factors
 * (occupation, scope of influence, fault, purpose, manner, consequences). Fewer than three
 * discussed with the facts of the case, and the amount is unexplained.
 */
import type { Report, Rule } from './rule';
import { beneficiaryOf, obligorOf } from '../model/case';
import { IP_RIGHTS, PERSONALITY_RIGHTS } from '../model/facts';
import { factorsParagraph } from '../fixes/wording';
import { inGenAIScope } from './scope';
import { insertFix, sentenceRange } from './helpers';

export const GAI008: Rule = {
  code: 'GAI008',
  slug: 'discretion-factors-missing',
  severity: 'information',
  basis: 'doctrine',
  sources: ['[Xu §3(1)]', '《民法典》第998条'],
  message: '酌定人格权侵权的赔偿数额，说理中讨论《民法典》第998条所列因素（职业、影响范围、过错程度、目的、方式、后果）不足三项',
  fixes: ['插入逐项考量第998条因素的说理段落'],
  check(model) {
    const rights = model.facts.rights;
    if (!inGenAIScope(model) || !rights.some((r) => PERSONALITY_RIGHTS.has(r)) || rights.some((r) => IP_RIGHTS.has(r))) return [];
    if (model.addressed.factors998.size >= 3) return [];
    const g = model.mentions.find(
      (m) => m.speaker === 'court' && m.section === 'reasoning' && m.stance === 'granted' && m.kind === 'property' && (m.method === 'discretionary' || m.method === 'statutory'),
    );
    if (!g) return [];
    const discussed = [...model.addressed.factors998.keys()];
    const report: Report = {
      range: sentenceRange(model, g.sentence),
      message: `${GAI008.message}（已讨论${discussed.length}项）`,
      fixes: insertFix(model, GAI008.fixes[0]!, factorsParagraph(model, beneficiaryOf(model, g), obligorOf(model, g))),
    };
    return [report];
  },
};
