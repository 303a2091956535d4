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
import { grantRange, insertFix, onePerPlace, sentenceRange } from './helpers';

export const GAI010: Rule = {
  code: 'GAI010',
  slug: 'first-notice-cost',
  severity: 'warning',
  basis: 'doctrine',
  sources: ['《民法典》第1195条', '[Xu §2(2)]'],
  message: '支持了首次通知服务提供者的费用：首次通知前服务提供者通常无过错、不构成侵权，该费用不宜纳入赔偿范围；仅在合格通知未获处理后，此后通知的费用方可赔偿',
  fixes: ['插入首次通知费用不予支持的说理'],
  check(model) {
    const a = model.addressed;
    if (!inGenAIScope(model)) return [];
    // The reasoning already refuses the first notice's cost (the paragraph this rule's fix inserts):
    // what is left is the amount in the orders, which the judge adjusts.
    if (a.firstNoticeRefused !== undefined) return [];
    // After an ignored qualifying notice the later notices' costs are owed; the first one's is still not.
    if (a.laterNotice !== undefined && a.firstNoticeIncluded === undefined) return [];
    const grants = effectiveGrants(model, ['noticeCost', 'expenses']).filter((g) => g.section === 'orders' && g.item !== undefined);
    const names = (g: (typeof grants)[number]) => g.kind === 'noticeCost' || model.orders[g.item!]!.namesNoticeFee;
    // The order items that name the notice's cost; failing that, one that bundles expenses (共计).
    const chosen = grants.some(names)
      ? grants.filter(names)
      : a.noticeFeeGranted !== undefined
        ? grants.filter((g) => model.orders[g.item!]!.total !== undefined).slice(0, 1)
        : [];
    const reports: Report[] = [];
    for (const g of onePerPlace(chosen)) {
      reports.push({ range: grantRange(model, g), fixes: insertFix(model, GAI010.fixes[0]!, firstNoticeParagraph(obligorOf(model, g))) });
    }
    if (reports.length === 0 && a.noticeFeeGranted !== undefined && model.orders.length === 0) {
      reports.push({ range: sentenceRange(model, a.noticeFeeGranted), fixes: insertFix(model, GAI010.fixes[0]!, firstNoticeParagraph(undefined)) });
    }
    return reports;
  },
};
