/**
 * Claims and orders matched item by item (RULES.md, DOC: "match items by kind; when an order
 * merges kinds, compare it with the sum"). Claim items and order items that share a money kind,
 * for the same plaintiff, fall into one group; a group compares the sum claimed with the sum
 * ordered, and the reasoning's fixed amounts with the orders. Everything is in yuan.
 *
 * Where a group cannot be read with confidence (an item without a kind, an amount the engine
 * cannot attribute, a plaintiff it cannot tell) the group is marked unsure and the rules stay
 * silent about it.
 */
import type { CaseModel } from './case';
import type { ClaimItem, ClaimMention, OrderItem } from './claims';
import type { ClaimKind } from './kinds';
import { partyNamed, type Party } from './parties';
import { findAmounts } from '../text/numbers';

/** Kinds that are sums of money. */
export const MONEY_KINDS: ReadonlySet<ClaimKind> = new Set(['property', 'expenses', 'noticeCost', 'emotional', 'punitive', 'statutory', 'future', 'anxiety', 'downstream']);

export interface MatchGroup {
  claims: ClaimItem[];
  orders: OrderItem[];
  kinds: ClaimKind[];
  beneficiary?: Party;
  /** The sum claimed, where every claim item's amount is clear. */
  claimed?: number;
  /** The sum the orders grant, where every order's amount is clear. */
  ordered?: number;
  /** The claim asked for joint and several liability (连带). */
  jointClaimed: boolean;
  /** Every order of the group imposes joint liability, or one covers all defendants jointly. */
  jointOrdered: boolean;
}

const TOTAL = /共计|合计|总计|总额|共/;
const JOINT = /连带/;

function moneyKinds(kinds: readonly ClaimKind[]): ClaimKind[] {
  return kinds.filter((k) => MONEY_KINDS.has(k));
}

/** A total written beside its parts (合理开支6000元（律师费5000元、公证费1000元）): the largest amount is the sum of the others. */
function totalBesideParts(a: readonly number[]): number | undefined {
  const max = Math.max(...a);
  const rest = a.reduce((x, y) => x + y, 0) - max;
  return Math.abs(max - rest) < 0.5 ? max : undefined;
}

/** The sum a claim item asks for: its one amount, or its stated total (共计…), else unclear. */
export function claimTotal(item: ClaimItem): number | undefined {
  const a = item.amounts;
  if (a.length === 0) return undefined;
  if (a.length === 1) return a[0];
  const total = totalBesideParts(a);
  if (total !== undefined) return total;
  if (TOTAL.test(item.text)) return undefined;
  return a.reduce((x, y) => x + y, 0);
}

/** Personal-injury items (医疗费, 护理费 …) that no claim kind names. */
const INJURY_ITEMS = /医疗费|护理费|误工费|交通费|营养费|住院伙食补助费|残疾赔偿金|死亡赔偿金|丧葬费|被扶养人生活费|残疾辅助器具费|康复费/;

/** Whether an order item also pays money under names no kind covers, so its total is not its kinds' alone. */
export function unnamedMoney(item: OrderItem): boolean {
  return !item.kinds.includes('property') && INJURY_ITEMS.test(item.text);
}

/** The sum an order item grants: its bundled total, or its one amount. */
export function orderTotal(item: OrderItem): number | undefined {
  if (item.total !== undefined) return item.total;
  const a = item.amounts;
  if (a.length === 1) return a[0];
  if (a.length > 1) {
    const total = totalBesideParts(a);
    if (total !== undefined) return total;
    // 经济损失4000元、合理开支2000元: one amount per kind, no total written.
    if (!TOTAL.test(item.text) && !/含|其中|包括/.test(item.text) && a.length === 2 && moneyKinds(item.kinds).length === 2) return a[0]! + a[1]!;
  }
  return undefined;
}

function claimBeneficiary(model: CaseModel, item: ClaimItem, plaintiffs: Party[]): Party | undefined {
  if (plaintiffs.length === 1) return plaintiffs[0];
  // With several plaintiffs an item counts only where it names one of them by name, or where its
  // paragraph opens with one plaintiff's list (吴某某向本院提出诉讼请求：1、…；2、…).
  const names = (p: Party) => [p.name, ...p.aliases].filter((n) => n.length >= 2);
  const named = plaintiffs.filter((p) => names(p).some((n) => item.text.includes(n)));
  if (named.length === 1) return partyNamed(model.parties, 'plaintiff', item.text);
  if (named.length > 1) return undefined;
  const doc = model.document;
  // The nearest list opening at or before the item, within the claims.
  let opening: (typeof doc.sentences)[number] | undefined;
  for (let i = item.sentences[0]!; i >= 0 && doc.sentences[i]!.section === 'claims'; i--) {
    if (/向本院提出(如下)?诉讼请求/.test(doc.sentences[i]!.masked)) {
      opening = doc.sentences[i];
      break;
    }
  }
  if (!opening) return undefined;
  const lead = opening.masked.slice(0, opening.masked.indexOf('向本院'));
  const owners = plaintiffs.filter((p) => names(p).some((n) => lead.includes(n)));
  return owners.length === 1 ? owners[0] : undefined;
}

/** Groups of claim items and grant orders that speak of the same money, for the same plaintiff. */
export function matchClaimsAndOrders(model: CaseModel): MatchGroup[] {
  const plaintiffs = model.parties.filter((p) => p.role === 'plaintiff');
  const claims = model.claimItems.filter((c) => moneyKinds(c.kinds).length > 0 && !c.inferred);
  const inferredMoney = model.claimItems.some((c) => c.inferred);
  const orders = model.orders.filter((o) => o.disposition === 'grant' && moneyKinds(o.kinds).length > 0);
  const groups: MatchGroup[] = [];
  const claimOf = new Map<ClaimItem, MatchGroup>();
  const orderOf = new Map<OrderItem, MatchGroup>();
  const merge = (a: MatchGroup, b: MatchGroup): MatchGroup => {
    if (a === b) return a;
    for (const c of b.claims) claimOf.set(c, a);
    for (const o of b.orders) orderOf.set(o, a);
    a.claims.push(...b.claims);
    a.orders.push(...b.orders);
    groups.splice(groups.indexOf(b), 1);
    return a;
  };
  const who = new Map<ClaimItem, Party | undefined>(claims.map((c) => [c, claimBeneficiary(model, c, plaintiffs)]));
  for (const c of claims) {
    const g: MatchGroup = { claims: [c], orders: [], kinds: [], jointClaimed: false, jointOrdered: false };
    groups.push(g);
    claimOf.set(c, g);
  }
  for (const o of orders) {
    const ok = moneyKinds(o.kinds);
    const beneficiary = o.beneficiary ?? (plaintiffs.length === 1 ? plaintiffs[0] : undefined);
    let g: MatchGroup | undefined;
    for (const c of claims) {
      if (!moneyKinds(c.kinds).some((k) => ok.includes(k))) continue;
      const cb = who.get(c);
      if (plaintiffs.length > 1 && (!cb || !beneficiary || cb !== beneficiary)) continue;
      g = g ? merge(g, claimOf.get(c)!) : claimOf.get(c)!;
    }
    if (!g) continue;
    g.orders.push(o);
    orderOf.set(o, g);
  }
  for (const g of groups) {
    g.kinds = [...new Set(g.claims.flatMap((c) => moneyKinds(c.kinds)))];
    g.beneficiary = who.get(g.claims[0]!);
    const claimed = g.claims.map(claimTotal);
    if (claimed.every((x) => x !== undefined)) g.claimed = claimed.reduce((x, y) => x! + y!, 0);
    const ordered = g.orders.map(orderTotal);
    if (g.orders.length && ordered.every((x) => x !== undefined)) g.ordered = ordered.reduce((x, y) => x! + y!, 0);
    g.jointClaimed = g.claims.some((c) => JOINT.test(c.text));
    g.jointOrdered = g.orders.some((o) => JOINT.test(o.text)) || model.orders.some((o) => o.disposition === 'grant' && JOINT.test(o.text) && o.kinds.length === 0);
    // An order whose kinds reach outside the group's claims leaves the comparison unsure.
    if (g.orders.some((o) => moneyKinds(o.kinds).some((k) => !g.kinds.includes(k)))) g.ordered = undefined;
    // An order paying items no kind names (医疗费、护理费…及精神损害抚慰金共计…) pays more than its kinds.
    if (g.orders.some(unnamedMoney)) g.ordered = undefined;
    // Money asked under a name of its own (人身损失共计15,400元) may be what a 各项损失 order also pays.
    if (inferredMoney && g.kinds.includes('property')) g.claimed = undefined;
  }
  return groups.filter((g) => g.orders.length > 0 || g.claims.length > 0);
}

/**
 * The amount the reasoning fixed for a kind: the court's last granting mention of it with an
 * amount in 本院认为, for the plaintiff when there are several. Quoted claims and arguments are
 * the parties', not the court's.
 */
export function reasonedAmount(model: CaseModel, kind: ClaimKind, beneficiary: Party | undefined): { amount: number; mention: ClaimMention } | undefined {
  const several = model.parties.filter((p) => p.role === 'plaintiff').length > 1;
  const list = model.mentions.filter(
    (m) =>
      m.kind === kind &&
      m.section === 'reasoning' &&
      m.speaker === 'court' &&
      m.stance === 'granted' &&
      m.amount !== undefined &&
      (!several || (beneficiary !== undefined && m.beneficiary === beneficiary)),
  );
  const last = list[list.length - 1];
  return last ? { amount: last.amount!, mention: last } : undefined;
}

/**
 * The amounts the reasoning may have fixed for a kind. Where its last granting sentence for the
 * kind states one amount (本院酌定合理开支为4000元), that amount alone; otherwise the sums of the
 * court's amounts in the sentences that speak of the kind (律师费2500元 and 公证费500元 make 3000元).
 * A figure the court reports as a party's (其主张的律师费3,000元) is not the court's.
 */
export function amountsFixedFor(model: CaseModel, kind: ClaimKind, beneficiary: Party | undefined): number[] | undefined {
  const last = reasonedAmount(model, kind, beneficiary);
  if (!last) return undefined;
  const lastSentence = model.document.sentences[last.mention.sentence]!;
  // A later granting sentence with a figure the reading could not tie to the kind (律师函…其费用2000元
  // 属于…合理费用，本院予以支持) means the kind's amount is not that one figure alone.
  const several = model.parties.filter((p) => p.role === 'plaintiff').length > 1;
  const laterGrant = model.mentions.some(
    (m) =>
      m.kind === kind && m.section === 'reasoning' && m.speaker === 'court' && m.stance === 'granted' && m.amount === undefined &&
      m.sentence > last.mention.sentence && (!several || m.beneficiary === beneficiary) &&
      findAmounts(model.document.sentences[m.sentence]!.masked).length > 0,
  );
  if (!laterGrant && findAmounts(lastSentence.masked).length === 1) return [last.amount];
  // …酌情支持2,500元，故对合理开支本院酌情支持3,000元: a closing figure that decides the kind.
  const found = findAmounts(lastSentence.masked);
  const closing = found[found.length - 1]!;
  const clauseStart = Math.max(lastSentence.masked.lastIndexOf(',', closing.start - 1), lastSentence.masked.lastIndexOf(';', closing.start - 1)) + 1;
  const lead = lastSentence.masked.slice(clauseStart, closing.start);
  // 合计 may add several kinds up; only a figure that decides this kind alone is taken as final.
  if (!laterGrant && DECIDING.test(lead) && !/合计|共计|总计/.test(lead) && closing.yuan === last.amount) return [last.amount];
  const amounts: number[] = [];
  for (const s of model.reasoning) {
    const ms = (model.mentionsBySentence.get(s.index) ?? []).filter((m) => m.kind === kind && m.speaker === 'court' && m.stance !== 'denied' && (!several || m.beneficiary === beneficiary));
    if (ms.length === 0) continue;
    amounts.push(...courtAmounts(s.masked));
    if (amounts.length > 12) break;
  }
  return sumsOf(amounts);
}

const DECIDING = /支持|酌定|确定为|认定为|合计|共计|总计/;
const PARTY_FIGURE = /(主张|请求|诉请|要求|索赔|同意)[^,;。]{0,16}$/;
const ACCEPTED = /并无不当|予以支持|应予支持|本院支持|合理/;

/** The amounts in a sentence that are not a party's figure reported by the court. */
function courtAmounts(text: string): number[] {
  const out: number[] = [];
  const found = findAmounts(text);
  found.forEach((a, i) => {
    const clauseStart = Math.max(text.lastIndexOf(',', a.start - 1), text.lastIndexOf(';', a.start - 1)) + 1;
    // The party's figure counts where the court accepts it as it stands: 主张的公证费1,500元、律师费3,000元…本院予以支持.
    const rest = text.slice(a.start);
    const reduced = found.slice(i + 1).some((b) => DECIDING.test(text.slice(Math.max(a.start, b.start - 12), b.start)));
    if (PARTY_FIGURE.test(text.slice(clauseStart, a.start)) && (!ACCEPTED.test(rest) || reduced)) return;
    out.push(a.yuan);
  });
  return out;
}

/** Each amount, and the sums of two or three of them. */
function sumsOf(a: readonly number[]): number[] {
  const out = new Set<number>();
  const xs = a.slice(0, 12);
  for (let i = 0; i < xs.length; i++) {
    out.add(xs[i]!);
    for (let j = i + 1; j < xs.length; j++) {
      out.add(xs[i]! + xs[j]!);
      for (let k = j + 1; k < xs.length; k++) out.add(xs[i]! + xs[j]! + xs[k]!);
    }
  }
  return [...out];
}

/** Every total the combinations of per-kind candidates can make. */
export function combinations(sets: readonly (readonly number[])[]): number[] {
  let out = [0];
  for (const s of sets) out = [...new Set(out.flatMap((a) => s.map((b) => a + b)))].slice(0, 2000);
  return out;
}
