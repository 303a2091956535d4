/**
 * Which drafts the article on generative-AI damages speaks to: genAI disputes whose harm
 * lies in generation or removal. Training-stage wrongs are outside it (RULES.md, "Stage").
 */
import type { CaseModel } from '../model/case';

export function inGenAIScope(model: CaseModel): boolean {
  return model.facts.genAI && model.facts.stage !== 'training';
}
