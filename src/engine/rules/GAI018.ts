/**
 * GAI018 high-award — [Xu §3(1), §3(2)]
 *
 * Generation-stage negligence, a one-to-one dialogue of limited reach: the doctrine expects
 * modest awards. A single discretionary property or emotional award above the threshold
 * (default 50,000 yuan; option `threshold`) needs a sentence tying its level to a stated fact.
 */
import type { Report, Rule } from './rule';
import { levelParagraph } from '../fixes/wording';
import { inGenAIScope } from './scope';
import { grantRange, providerGrants } from './helpers';
import { afterSentence } from '../fixes/edits';
import { FINDING_EN } from './messages-en';

export const GAI018: Rule = {
  code: 'GAI018',
  slug: 'high-award',
  severity: 'information',
  basis: 'doctrine',
  sources: ['[Xu §3(1)]', '[Xu §3(2)]'],
  message: '对生成阶段过失的服务提供者酌定较高的赔偿数额，却未说明确定该数额的具体理由',
  fixes: ['插入说明赔偿数额理由的段落'],
  check(model, context) {
    const f = model.facts;
    if (!inGenAIScope(model) || f.stage !== 'generation' || f.fault === 'intent' || f.fault === 'gross') return [];
    if (model.addressed.statutoryMethod !== undefined) return [];
    const threshold = typeof context.options['threshold'] === 'number' ? (context.options['threshold'] as number) : 50_000;
    // Which amounts were fixed by discretion: the kinds the reasoning decided by 酌定.
    const decided = model.mentions.filter((m) => m.method === 'discretionary' && m.section === 'reasoning');
    const reports: Report[] = [];
    for (const g of providerGrants(model, ['property', 'emotional'])) {
      const where = decided.find((m) => m.kind === g.kind);
      if (!where || g.amount === undefined || g.amount <= threshold) continue;
      if (model.addressed.levelReasonedBlocks.has(model.document.sentences[where.sentence]!.block)) continue;
      reports.push({
        range: grantRange(model, g),
        message: `${GAI018.message}（${g.amount}元，高于${threshold}元）`,
        messageEn: FINDING_EN.gai018(g.amount, threshold),
        fixes: [{ title: GAI018.fixes[0]!, edits: [afterSentence(model, where.sentence, levelParagraph())], safe: false }],
      });
    }
    return reports;
  },
};
