/**
 * GAI009 downstream-third-party-loss — 《民法典》第1175条, [Xu §2(2)]
 *
 * Losses caused by a user's reposting or use of the generated content are caused by a third
 * party, whose intervention breaks causation: they are not the provider's damages — unless the
 * provider itself spread the content.
 */
import type { Rule } from './rule';
import { defendants, effectiveGrants } from '../model/case';
import { downstreamParagraph } from '../fixes/wording';
import { inGenAIScope } from './scope';
import { grantRange, insertFix, sentenceRange } from './helpers';

export const GAI009: Rule = {
  code: 'GAI009',
  slug: 'downstream-third-party-loss',
  severity: 'warning',
  basis: 'law',
  sources: ['《民法典》第1175条', '[Xu §2(2)]'],
  message: '将第三人（使用者）转发、利用生成内容造成的损失计入服务提供者的赔偿范围：损害系第三人造成的，应由第三人承担',
  fixes: ['插入排除第三人转发损失的说理'],
  check(model) {
    // The reasoning the fix inserts (or the judge wrote) answers the point.
    if (model.addressed.downstreamExcluded !== undefined) return [];
    const at = model.addressed.downstreamCounted;
    if (!inGenAIScope(model) || at === undefined) return [];
    const d = defendants(model);
    // Reported where the loss is awarded: the order item granting the property loss, else the reasoning.
    const award = effectiveGrants(model, ['property']).find((g) => g.section === 'orders');
    return [{ range: award ? grantRange(model, award) : sentenceRange(model, at), fixes: insertFix(model, GAI009.fixes[0]!, downstreamParagraph(d.length === 1 ? d[0] : undefined)) }];
  },
};
