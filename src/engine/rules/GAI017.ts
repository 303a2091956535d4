/**
 * GAI017 intent-in-generation — [Xu §3(1)]
 *
 * In the generation stage the content comes from the model's own unpredictability; a provider
 * that performed its preventive duties is not at intent or gross negligence, and most are
 * found negligent. Intent inferred from general regulatory breaches (暂行办法第7条、第8条) or
 * general foreseeability departs. Intent after an unheeded notice (removal) is another matter,
 * and so is deliberate targeting (the training stage, outside the article).
 */
import type { Rule } from './rule';
import { defendants } from '../model/case';
import { sentenceSpan } from '../document/document';
import { negligenceParagraph } from '../fixes/wording';
import { opensReasoning } from '../fixes/edits';
import { inGenAIScope } from './scope';

export const GAI017: Rule = {
  code: 'GAI017',
  slug: 'intent-in-generation',
  severity: 'warning',
  basis: 'doctrine',
  sources: ['[Xu §3(1)]'],
  message: '认定服务提供者在生成阶段具有故意：生成阶段的侵权内容源于模型的难以预见性，服务提供者通常仅有过失，违反一般监管义务不足以推定故意',
  fixes: ['改为过失认定及其说理'],
  check(model) {
    const f = model.facts;
    if (!inGenAIScope(model) || f.fault !== 'intent' || f.intentStage !== 'generation' || f.intentSentences.length === 0) return [];
    const doc = model.document;
    const sentences = f.intentSentences.map((i) => doc.sentences[i]!);
    const range = sentenceSpan(doc, sentences[0]!);
    const d = defendants(model);
    // Replace the findings themselves: the first becomes the negligence paragraph, the others go.
    // A finding inside the sentence that opens 本院认为 is left to the judge.
    const fixable = !sentences.some(opensReasoning);
    const paragraph = negligenceParagraph(d.length === 1 ? d[0] : undefined);
    const edits = sentences.map((s, i) => ({ ...sentenceSpan(doc, s), newText: i === 0 ? paragraph : '' }));
    return [{ range, fixes: fixable ? [{ title: GAI017.fixes[0]!, edits, safe: false }] : [] }];
  },
};
