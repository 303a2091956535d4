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

const DEVICE = /人形机器人|(?<!聊天|对话|问答|客服)机器人|自动驾驶|智能汽车|智能网联汽车|辅助驾驶|领航驾驶|智能驾驶|手术机器人|无人机|车辆/;

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
    const s =
      model.reasoning.find((x) => /生成式人工智能|人工智能服务/.test(x.masked) && /(服务提供者|提供者)/.test(x.masked) && /(责任|规则|处理|注意义务|过错)/.test(x.masked)) ??
      model.reasoning.find((x) => DEVICE.test(x.masked));
    if (!s) return [];
    return [{ range: sentenceRange(model, s.index), fixes: insertFix(model, GAI021.fixes[0]!, embodiedParagraph()) }];
  },
};
