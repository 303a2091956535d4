/**
 * Small readings several rules share, so that each rule file stays its catalog row and its check.
 */
import type { Fix, Span } from '../types';
import { effectiveGrants, obligorOf, type CaseModel } from '../model/case';
import type { ClaimMention } from '../model/claims';
import { isProvider } from '../model/facts';
import type { ClaimKind } from '../model/kinds';
import { sentenceSpan } from '../document/document';
import { insertReasoning } from '../fixes/edits';

/**
 * The first of these mentions in each place a finding is reported: per order item, else per
 * sentence. An item naming 赔礼道歉 and 致歉 is one order, and one finding.
 */
export function onePerPlace(mentions: readonly ClaimMention[]): ClaimMention[] {
  const seen = new Set<string>();
  return mentions.filter((g) => {
    const key = g.item !== undefined && g.section === 'orders' ? `o${g.item}` : `s${g.sentence}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Grants of these kinds against a genAI provider, one per order item (or per reasoning sentence). */
export function providerGrants(model: CaseModel, kinds: ClaimKind[]): ClaimMention[] {
  return onePerPlace(effectiveGrants(model, kinds).filter((g) => isProvider(model.facts, obligorOf(model, g))));
}

/** Where a grant is reported: its order item, else its sentence. */
export function grantRange(model: CaseModel, g: ClaimMention): Span {
  const item = g.section === 'orders' && g.item !== undefined ? model.orders[g.item] : undefined;
  return item ? item.span : sentenceRange(model, g.sentence);
}

export function sentenceRange(model: CaseModel, index: number): Span {
  return sentenceSpan(model.document, model.document.sentences[index]!);
}

/** A fix that inserts a reasoning paragraph at the end of 本院认为. */
export function insertFix(model: CaseModel, title: string, paragraph: string): Fix[] {
  const edits = insertReasoning(model, paragraph);
  return edits ? [{ title, edits, safe: false }] : [];
}

/** 12,000元 / 1,234.50元: an amount as a judgment writes it. */
export function yuan(n: number): string {
  const [int, dec] = (Math.round(n * 100) / 100).toFixed(2).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${grouped}${dec === '00' ? '' : `.${dec}`}元`;
}
