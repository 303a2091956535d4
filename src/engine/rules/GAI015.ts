/**
 * GAI015 public-personal-information — 个人信息保护法第27条、第28–29条, [Xu §2(1)]
 *
 * Lawfully disclosed personal information may be processed within a reasonable scope unless
 * the person refuses or the processing significantly affects them; sensitive information still
 * needs consent. Holding its generation infringing, or free, without that analysis departs.
 */
import type { Rule } from './rule';
import { publicInfoParagraph } from '../fixes/wording';
import { inGenAIScope } from './scope';
import { insertFix, sentenceRange } from './helpers';

export const GAI015: Rule = {
  code: 'GAI015',
  slug: 'public-personal-information',
  severity: 'information',
  basis: 'law',
  sources: ['《个人信息保护法》第27条', '《个人信息保护法》第28–29条', '[Xu §2(1)]'],
  message: '涉及已合法公开的个人信息，说理未依《个人信息保护法》第27条分析处理是否在“合理的范围”内、是否对个人权益有重大影响（敏感个人信息仍须取得同意）',
  fixes: ['插入个人信息保护法第27条的合理性分析'],
  check(model) {
    if (!inGenAIScope(model) || !model.facts.rights.includes('personalInformation')) return [];
    // Sensitive information held free to use, or disclosed information held infringing without 第27条.
    const sensitive = model.addressed.sensitivePublicFree;
    const at = sensitive ?? (model.addressed.pipl27 === undefined ? model.addressed.publicInfoInfringingWithout27 : undefined);
    if (at === undefined) return [];
    return [{ range: sentenceRange(model, at), fixes: insertFix(model, GAI015.fixes[0]!, publicInfoParagraph()) }];
  },
};
