/**
 * GAI009 downstream-third-party-loss — 《民法典》第1175条, [Xu §2(2)]
 *
 * Losses caused by a user's reposting or use of the generated content are caused by a third
 * party, whose intervention breaks causation: they are not the provider's damages — unless the
 * provider itself spread the content.
 */
import type { Rule } from './rule';
import { defendants } from '../model/case';
import { downstreamParagraph } from '../fixes/wording';
import { inGenAIScope } from './scope';
import { insertFix, sentenceRange } from './helpers';

export const GAI009: Rule = {
  code: 'GAI009',
  slug: 'downstream-third-party-loss',
  severity: 'warning',
  basis: 'law',
  sources: ['《民法典》第1175条', '[Xu §2(2)]'],
  message: '将第三人（使用者）转发、利用生成内容造成的损失计入服务提供者的赔偿范围：损害系第三人造成的，应由第三人承担',
  fixes: ['插入排除第三人转发损失的说理'],
  check(model) {
    const at = model.addressed.downstreamCounted;
    if (!inGenAIScope(model) || at === undefined) return [];
    const text = model.document.sentences[at]!.masked;
    // The provider itself spread it (its own account published it): its own act, not a third party's.
    if (/(被告|其|公司)[^。]{0,10}(自行|亦|也)?(在其|通过其)[^。]{0,12}(官方|账号|公众号|平台)[^。]{0,8}(发布|转发|推送)/.test(text)) return [];
    if (!/(使用者|用户|网友|他人|第三人)/.test(text)) return [];
    const d = defendants(model);
    return [{ range: sentenceRange(model, at), fixes: insertFix(model, GAI009.fixes[0]!, downstreamParagraph(d.length === 1 ? d[0] : undefined)) }];
  },
};
