/**
 * GAI013 dialogue-is-disclosure — [Xu §2(1)]
 *
 * Content shown only in one user's dialogue is still disclosed: anyone can prompt the model into
 * producing it. Reasoning that privacy or personal information suffers no harm because the
 * dialogue is not public departs; the number of generations goes to the amount, not to whether.
 */
import type { Rule } from './rule';
import { disclosureParagraph } from '../fixes/wording';
import { inGenAIScope } from './scope';
import { insertFix, sentenceRange } from './helpers';

export const GAI013: Rule = {
  code: 'GAI013',
  slug: 'dialogue-is-disclosure',
  severity: 'warning',
  basis: 'doctrine',
  sources: ['[Xu §2(1)]'],
  message: '以人机对话内容仅为提问者所见、未被公开为由认定隐私或个人信息未受损害：不特定使用者均可通过提示词获得该内容，应认定为公开，生成次数仅影响赔偿数额',
  fixes: ['插入“人机对话输出即构成公开”的说理'],
  check(model) {
    // The reasoning the fix inserts (or the judge wrote) answers the point.
    if (model.addressed.disclosureReasoned !== undefined) return [];
    const at = model.addressed.dialogueNotDisclosure;
    const rights = model.facts.rights;
    if (!inGenAIScope(model) || at === undefined || !(rights.includes('privacy') || rights.includes('personalInformation'))) return [];
    return [{ range: sentenceRange(model, at), fixes: insertFix(model, GAI013.fixes[0]!, disclosureParagraph()) }];
  },
};
