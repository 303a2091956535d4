/**
 * GAI014 reputation-burden — [Xu §2(1)], a proposal
 *
 * Where the AI generated false statements of fact about the plaintiff, the article proposes
 * taking them as prima facie evidence of lowered social evaluation, with the provider to show
 * users would not believe them (disclaimers, interface). Requiring the plaintiff to prove the
 * lowered evaluation departs from the proposal, not from current law.
 */
import type { Rule } from './rule';
import { defendants } from '../model/case';
import { reputationBurdenParagraph } from '../fixes/wording';
import { inGenAIScope } from './scope';
import { insertFix, sentenceRange } from './helpers';

export const GAI014: Rule = {
  code: 'GAI014',
  slug: 'reputation-burden',
  severity: 'information',
  basis: 'proposal',
  sources: ['[Xu §2(1)]'],
  message: '要求原告证明其社会评价因生成的不实内容而降低：可将不实陈述作为社会评价降低的初步证据，由服务提供者结合界面提示、免责声明等反证',
  fixes: ['插入以不实内容为初步证据的说理'],
  check(model) {
    // The reasoning the fix inserts (or the judge wrote) answers the point.
    if (model.addressed.primaFacie !== undefined) return [];
    const at = model.addressed.plaintiffMustProveEvaluation;
    if (!inGenAIScope(model) || at === undefined || !model.facts.rights.includes('reputation')) return [];
    const d = defendants(model);
    return [{ range: sentenceRange(model, at), fixes: insertFix(model, GAI014.fixes[0]!, reputationBurdenParagraph(d.length === 1 ? d[0] : undefined)) }];
  },
};
