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

/**
 * Whether the paragraph that fixes the amount ties its level to a stated fact: a sentence with a
 * ground (考虑到, 鉴于, 根据, 扣除, 合计 …) and a figure of the case other than the amount itself
 * (3260个账号, 合同金额96000元).
 */
function levelReasoned(model: Parameters<Rule['check']>[0], sentence: number, amount: number): boolean {
  const doc = model.document;
  const block = doc.sentences[sentence]!.block;
  // 【】个 is the template's blank for the judge to fill: it counts, so the inserted sentence answers the finding.
  const figures = /(\d[\d,.]*)\s*(个|名|次|份|人|位|单|元|万元|%)|[一二三四五六七八九十百千万两]+(个|名|次|份|人|位|单)|【[^】]{0,20}】(个|名|次|份|人|位|单|元)/g;
  return doc.blockSentences[block]!.some((i) => {
    const t = doc.sentences[i]!.masked;
    if (!/(考虑到|鉴于|根据|结合|由于|扣除|按照|参照|合计|共计|据此)/.test(t)) return false;
    for (const m of t.matchAll(figures)) {
      const n = Number((m[1] ?? '').replace(/,/g, ''));
      if (!m[1] || (n !== amount && n * 10000 !== amount)) return true;
    }
    return false;
  });
}

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
      if (levelReasoned(model, where.sentence, g.amount)) continue;
      reports.push({
        range: grantRange(model, g),
        message: `${GAI018.message}（${g.amount}元，高于${threshold}元）`,
        fixes: [{ title: GAI018.fixes[0]!, edits: [afterSentence(model, where.sentence, levelParagraph())], safe: false }],
      });
    }
    return reports;
  },
};
