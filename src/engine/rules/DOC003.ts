/**
 * DOC003 amount-inconsistent
 *
 * The orders must carry out what the reasoning decided: an order item's amount that the reasoning
 * never fixed for the item's kinds (a merged order is compared with the sum for its kinds). A
 * relabelled item — the orders' money adds up to what the reasoning fixed in all — is no
 * inconsistency. Only where the reasoning fixes an amount for every kind of the item.
 */
import type { Report, Rule } from './rule';
import { FINDING_EN } from './messages-en';
import { MONEY_KINDS, amountsFixedFor, combinations, orderTotal, unnamedMoney } from '../model/matching';
import { yuan } from './helpers';
import type { ClaimKind } from '../model/kinds';

const near = (a: number, list: readonly number[]) => list.some((x) => Math.abs(x - a) < 0.5);

export const DOC003: Rule = {
  code: 'DOC003',
  slug: 'amount-inconsistent',
  severity: 'warning',
  basis: 'law',
  sources: ['《民事诉讼法》第155条'],
  message: '判决主文的数额与本院认为确定的数额不一致',
  fixes: [],
  check(model) {
    const several = model.parties.filter((p) => p.role === 'plaintiff').length > 1;
    const money = model.orders.filter((o) => o.disposition === 'grant' && o.kinds.some((k) => MONEY_KINDS.has(k)));
    const suspect: { item: (typeof money)[number]; amount: number; fixed: number }[] = [];
    // Money the reasoning grants under a kind no order names (律师函费用 folded into 合理开支) may sit
    // inside any order item: each such kind adds 0 or one of its amounts.
    const ordered = new Set(money.flatMap((o) => o.kinds));
    const folded = several
      ? []
      : [...MONEY_KINDS].filter((k) => !ordered.has(k)).map((k) => amountsFixedFor(model, k, undefined)).filter((s): s is number[] => s !== undefined).map((s) => [0, ...s]);
    for (const item of money) {
      const kinds = item.kinds.filter((k) => MONEY_KINDS.has(k));
      const amount = orderTotal(item);
      if (amount === undefined || (several && !item.beneficiary) || unnamedMoney(item)) continue;
      const sets = kinds.map((k) => amountsFixedFor(model, k, item.beneficiary));
      if (sets.some((s) => s === undefined)) continue;
      const possible = combinations([...(sets as number[][]), ...folded]);
      if (near(amount, possible)) continue;
      suspect.push({ item, amount, fixed: possible[0]! });
    }
    if (suspect.length === 0) return [];
    // Relabelled: the orders' money adds up to what the reasoning fixed in all.
    if (!several) {
      const totals = money.map(orderTotal);
      const kinds = [...new Set(money.flatMap((o) => o.kinds.filter((k) => MONEY_KINDS.has(k))))] as ClaimKind[];
      const sets = kinds.map((k) => amountsFixedFor(model, k, undefined));
      if (totals.every((t) => t !== undefined) && sets.every((s) => s !== undefined)) {
        if (near(totals.reduce((a, b) => a! + b!, 0)!, combinations(sets as number[][]))) return [];
      }
    }
    return suspect.map(
      (p): Report => ({
        range: p.item.span,
        message: `判决主文第${p.item.number || '?'}项的数额${yuan(p.amount)}与本院认为确定的${yuan(p.fixed)}不一致`,
        messageEn: FINDING_EN.doc003(String(p.item.number || '?'), p.amount, p.fixed),
      }),
    );
  },
};
