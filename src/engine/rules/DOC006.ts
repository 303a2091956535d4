/**
 * DOC006 partial-without-dismissal
 *
 * A claim granted only in part — less than asked, or several liability where joint liability
 * was asked — leaves the rest to be disposed of: without a 驳回原告（其他）诉讼请求 item the
 * judgment has not answered it (《民事诉讼法》第155条).
 */
import type { Report, Rule } from './rule';
import { FINDING_EN } from './messages-en';
import { matchClaimsAndOrders } from '../model/matching';
import { yuan } from './helpers';

export const DOC006: Rule = {
  code: 'DOC006',
  slug: 'partial-without-dismissal',
  severity: 'warning',
  basis: 'law',
  sources: ['《民事诉讼法》第155条'],
  message: '诉讼请求仅部分支持，判决主文却无“驳回原告其他诉讼请求”一项',
  fixes: [],
  check(model) {
    if (model.document.excerpt || model.orders.some((o) => o.disposition === 'dismissRest' || o.disposition === 'dismissAll')) return [];
    const reports: Report[] = [];
    for (const g of matchClaimsAndOrders(model)) {
      if (g.orders.length === 0) continue;
      const last = g.orders[g.orders.length - 1]!;
      if (g.claimed !== undefined && g.ordered !== undefined && g.ordered < g.claimed - 0.5) {
        reports.push({ range: last.span, message: `诉讼请求主张${yuan(g.claimed)}，判决支持${yuan(g.ordered)}，其余部分未在判决主文中驳回`, messageEn: FINDING_EN.doc006(g.claimed, g.ordered) });
      } else if (g.jointClaimed && !g.jointOrdered && model.parties.filter((p) => p.role === 'defendant').length > 1) {
        reports.push({ range: last.span, message: '诉讼请求主张连带责任，判决未支持连带责任，判决主文却无驳回其他诉讼请求一项', messageEn: FINDING_EN.doc006Joint() });
      }
    }
    return reports;
  },
};
