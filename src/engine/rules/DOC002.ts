/**
 * DOC002 beyond-claim (超出诉讼请求)
 *
 * 《民事诉讼法》第13条第2款 (party disposition): the court may not award more than the party
 * asked for. Claim and order items are matched by kind and plaintiff; a merged order is compared
 * with the sum of the claims it covers.
 */
import type { Report, Rule } from './rule';
import { FINDING_EN } from './messages-en';
import { matchClaimsAndOrders, orderTotal } from '../model/matching';
import { yuan } from './helpers';

export const DOC002: Rule = {
  code: 'DOC002',
  slug: 'beyond-claim',
  severity: 'error',
  basis: 'law',
  sources: ['《民事诉讼法》第13条第2款'],
  message: '判项数额超出原告诉讼请求（超判）',
  fixes: [],
  check(model) {
    const reports: Report[] = [];
    for (const g of matchClaimsAndOrders(model)) {
      if (g.claimed === undefined || g.ordered === undefined || g.ordered <= g.claimed + 0.5) continue;
      const at = g.orders.reduce((a, b) => ((orderTotal(b) ?? 0) > (orderTotal(a) ?? 0) ? b : a));
      const numbers = g.claims.map((c) => c.number).filter(Boolean).join('、');
      reports.push({
        range: at.span,
        message: `判项数额${yuan(g.ordered)}超出诉讼请求${numbers ? `第${numbers}项` : ''}所主张的${yuan(g.claimed)}（超判）`,
        messageEn: FINDING_EN.doc002(g.ordered, numbers, g.claimed),
      });
    }
    return reports;
  },
};
