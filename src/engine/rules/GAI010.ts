/**
 * GAI010 first-notice-cost — 《民法典》第1195条, [Xu §2(2)]
 *
 * Before the first notice the provider ordinarily had no fault and committed no tort, so the
 * cost of that notice is not a loss it caused. The cost of a later notice, after a qualifying
 * one went unheeded, is.
 */
import type { Report, Rule } from './rule';
import { effectiveGrants, obligorOf } from '../model/case';
import { firstNoticeParagraph } from '../fixes/wording';
import { inGenAIScope } from './scope';
import { grantRange, insertFix } from './helpers';

export const GAI010: Rule = {
  code: 'GAI010',
  slug: 'first-notice-cost',
  severity: 'warning',
  basis: 'doctrine',
  sources: ['《民法典》第1195条', '[Xu §2(2)]'],
  message: '支持了首次通知服务提供者的费用：首次通知前服务提供者通常无过错、不构成侵权，该费用不宜纳入赔偿范围；仅在合格通知未获处理后，此后通知的费用方可赔偿',
  fixes: ['插入首次通知费用不予支持的说理'],
  check(model) {
    if (!inGenAIScope(model) || model.addressed.laterNotice !== undefined) return [];
    const reports: Report[] = [];
    const seen = new Set<string>();
    const doc = model.document;
    for (const g of effectiveGrants(model, ['noticeCost', 'expenses'])) {
      // 合理开支 counts only where its own words say it paid for the notice (律师函、通知).
      if (g.kind === 'expenses') {
        const text = g.item !== undefined && g.section === 'orders' ? model.orders[g.item]!.text : doc.sentences[g.sentence]!.masked;
        if (!/(通知|律师函|告知函|发函)(费|的费用|费用)/.test(text)) continue;
      }
      const key = `${g.section}${g.item ?? g.sentence}`;
      if (seen.has(key)) continue;
      seen.add(key);
      reports.push({ range: grantRange(model, g), fixes: insertFix(model, GAI010.fixes[0]!, firstNoticeParagraph(obligorOf(model, g))) });
    }
    return reports;
  },
};
