/**
 * GAI012 regeneration-probability — [Xu §2(2)]
 *
 * Whether damages for future re-generation are owed depends on the probability that the content
 * is generated again: weighed on technical evidence or an expert assistant, on the number of
 * prior generations, or on the measures taken and their effect — and said to be high or low.
 * "存在再次生成的可能" is not weighing. Warning when granted, information when refused.
 */
import type { Report, Rule } from './rule';
import { regenerationParagraph } from '../fixes/wording';
import { inGenAIScope } from './scope';
import { grantRange, insertFix, sentenceRange } from './helpers';

export const GAI012: Rule = {
  code: 'GAI012',
  slug: 'regeneration-probability',
  severity: 'warning',
  basis: 'doctrine',
  sources: ['[Xu §2(2)]'],
  message: '对未来再次生成侵权内容的损害作出裁判，却未评估再次生成的几率（技术证据或专家辅助人意见、既往生成次数、所采取措施及其效果）',
  fixes: ['插入再次生成几率评估的说理段落'],
  check(model) {
    if (!inGenAIScope(model) || model.addressed.regenerationWeighed !== undefined) return [];
    const decisions = model.mentions.filter((m) => m.kind === 'future' && m.speaker === 'court' && (m.section === 'reasoning' || m.section === 'orders') && (m.stance === 'granted' || m.stance === 'denied'));
    // A grant is reported where it is ordered; a refusal where the reasoning refuses.
    const decided = decisions.find((m) => m.section === 'orders' && m.stance === 'granted') ?? decisions.find((m) => m.section === 'reasoning');
    if (!decided) return [];
    const report: Report = {
      range: decided.section === 'orders' ? grantRange(model, decided) : sentenceRange(model, decided.sentence),
      severity: decided.stance === 'granted' ? 'warning' : 'information',
      fixes: insertFix(model, GAI012.fixes[0]!, regenerationParagraph()),
    };
    return [report];
  },
};
