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
import { sentenceRange } from './helpers';
import { insertBefore } from '../fixes/edits';
import { factorsIn } from '../model/addressed';
import { FINDING_EN } from './messages-en';

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
    const g = model.mentions.find(
      (m) => m.speaker === 'court' && m.section === 'reasoning' && m.stance === 'granted' && m.kind === 'property' && (m.method === 'discretionary' || m.method === 'statutory'),
    );
    if (!g) return [];
    // The factors must be weighed for the amount: in the paragraph that fixes it and the one
    // before it, or — where it says 综合上述因素 — anywhere in the reasoning before it.
    const doc = model.document;
    const grantSentence = doc.sentences[g.sentence]!;
    const blocks = [...new Set(model.reasoning.map((s) => s.block))];
    const at = blocks.indexOf(grantSentence.block);
    const own = doc.blockSentences[grantSentence.block]!.map((i) => doc.sentences[i]!);
    const refersBack = model.addressed.refersBackBlocks.has(grantSentence.block);
    const blockEnd = own[own.length - 1]!.index;
    const considered = refersBack
      ? model.reasoning.filter((s) => s.index <= blockEnd)
      : model.reasoning.filter((s) => s.block === grantSentence.block || (at > 0 && s.block === blocks[at - 1]));
    const discussed = [...factorsIn(considered).keys()];
    if (discussed.length >= 3) return [];
    const report: Report = {
      range: sentenceRange(model, g.sentence),
      message: `${GAI008.message}（已讨论${discussed.length}项）`,
      messageEn: FINDING_EN.gai008(discussed.length),
      fixes: [{ title: GAI008.fixes[0]!, edits: [insertBefore(model, grantSentence, factorsParagraph(model, beneficiaryOf(model, g), obligorOf(model, g)))], safe: false }],
    };
    return [report];
  },
};
