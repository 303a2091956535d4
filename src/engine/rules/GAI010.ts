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
import { grantRange, insertFix, sentenceRange } from './helpers';

export const GAI010: Rule = {
  code: 'GAI010',
  slug: 'first-notice-cost',
  severity: 'warning',
  basis: 'doctrine',
  sources: ['《民法典》第1195条', '[Xu §2(2)]'],
  message: '支持了首次通知服务提供者的费用：首次通知前服务提供者通常无过错、不构成侵权，该费用不宜纳入赔偿范围；仅在合格通知未获处理后，此后通知的费用方可赔偿',
  fixes: ['插入首次通知费用不予支持的说理'],
  check(model) {
    if (!inGenAIScope(model)) return [];
    const doc = model.document;
    // The reasoning already refuses the first notice's cost (the paragraph this rule's fix inserts):
    // what is left is the amount in the orders, which the judge adjusts.
    if (model.reasoning.some((s) => /首次(的)?通知[^。]{0,60}(不予支持|不宜纳入|不属于)|对首次通知的费用/.test(s.masked))) return [];
    // After an ignored qualifying notice the later notices' costs are owed; the first one's is still not.
    const firstIncluded = /(两次|(?<!第)二次|首次|第一次|第一份|各次|历次)[^。]{0,12}(通知|律师函|发函)|(通知|律师函)[^。]{0,6}(两次|共计)/;
    if (model.addressed.laterNotice !== undefined && !model.orders.some((o) => firstIncluded.test(o.text)) && !model.reasoning.some((s) => firstIncluded.test(s.masked) && /(予以支持|应予支持|赔偿)/.test(s.masked) && !/(不宜|不予|不应)/.test(s.masked))) return [];
    const NOTICE_FEE = /(通知|律师函|告知函|发函)(的)?(费|费用)/;
    // Where the court awards the notice's cost: a granting reasoning sentence that names it,
    // or an order item that does.
    const inReasoning = model.mentions.find(
      (m) => m.section === 'reasoning' && m.speaker === 'court' && m.stance === 'granted' && (m.kind === 'noticeCost' || m.kind === 'expenses') && NOTICE_FEE.test(doc.sentences[m.sentence]!.masked),
    );
    const reports: Report[] = [];
    const seen = new Set<number>();
    const grants = effectiveGrants(model, ['noticeCost', 'expenses']).filter((g) => g.section === 'orders' && g.item !== undefined);
    const names = (g: (typeof grants)[number]) => g.kind === 'noticeCost' || NOTICE_FEE.test(model.orders[g.item!]!.text);
    // The order items that name the notice's cost; failing that, one that bundles expenses (共计).
    const chosen = grants.some(names) ? grants.filter(names) : inReasoning ? grants.filter((g) => /共计|合计/.test(model.orders[g.item!]!.text)).slice(0, 1) : [];
    for (const g of chosen) {
      if (seen.has(g.item!)) continue;
      seen.add(g.item!);
      reports.push({ range: grantRange(model, g), fixes: insertFix(model, GAI010.fixes[0]!, firstNoticeParagraph(obligorOf(model, g))) });
    }
    if (reports.length === 0 && inReasoning && model.orders.length === 0) {
      reports.push({ range: sentenceRange(model, inReasoning.sentence), fixes: insertFix(model, GAI010.fixes[0]!, firstNoticeParagraph(obligorOf(model, inReasoning))) });
    }
    return reports;
  },
};
