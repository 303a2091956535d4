/**
 * GAI021 embodied-ai — [Xu §2(1)], [Yang]
 *
 * Where generative AI acts through a physical device (a humanoid robot, an autonomous
 * vehicle), the harm is a product's: product liability applies, not only the rules for a
 * generative-AI service.
 */
import type { Rule } from './rule';
import { embodiedParagraph } from '../fixes/wording';
import { inGenAIScope } from './scope';
import { insertFix, sentenceRange } from './helpers';

export const GAI021: Rule = {
  code: 'GAI021',
  slug: 'embodied-ai',
  severity: 'information',
  basis: 'doctrine',
  sources: ['[Xu §2(1)]', '[Yang]'],
  message: '人工智能与实体设备结合造成损害，说理仅按生成式人工智能服务侵权分析，未审查产品责任',
  fixes: ['插入产品责任分析段落'],
  check(model) {
    if (!inGenAIScope(model) || !model.facts.embodied || model.addressed.productLiability !== undefined) return [];
    // Where the court frames the case as a generative-AI service tort, else where it names the device.
    const at = model.addressed.genAIFraming ?? model.addressed.deviceSentence;
    if (at === undefined) return [];
    return [{ range: sentenceRange(model, at), fixes: insertFix(model, GAI021.fixes[0]!, embodiedParagraph()) }];
  },
};
