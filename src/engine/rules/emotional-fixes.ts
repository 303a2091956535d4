/**
 * The fixes several rules share (GAI002, GAI003, GAI004, GAI005, GAI011): take a grant out of
 * the orders and give the reasons in 本院认为.
 */
import type { Fix } from '../types';
import type { Report } from './rule';
import type { CaseModel } from '../model/case';
import type { ClaimMention } from '../model/claims';
import type { ClaimKind } from '../model/kinds';
import { combineEdits, dropBasisArticle, reasoningEdit, removeFromOrders } from '../fixes/edits';
import { effectiveGrants } from '../model/case';

export function emotionalDamagesFixes(model: CaseModel, grant: ClaimMention, paragraph: string, titles: string[], kind: ClaimKind = 'emotional'): Report {
  const item = grant.section === 'orders' && grant.item !== undefined ? model.orders[grant.item] : undefined;
  const reasoning = reasoningEdit(model, paragraph, [kind]);
  const fixes: Fix[] = [];
  if (item && reasoning) {
    const removal = removeFromOrders(model, item, kind);
    // With the last emotional-damages grant gone, 第1183条 goes from the basis too.
    const others = effectiveGrants(model, ['emotional', 'anxiety']).filter((g) => g.section === 'orders' && g.item !== grant.item);
    const basis = (kind === 'emotional' || kind === 'anxiety') && others.length === 0 ? dropBasisArticle(model, 1183) : [];
    const edits = removal && combineEdits([...removal, ...reasoning, ...basis]);
    if (edits) fixes.push({ title: titles[0]!, edits, safe: false });
  }
  // The reasoning alone, as an alternative only: offered first, it would leave the grant standing
  // beside a paragraph that denies it (and `--fix` would apply it).
  if (fixes.length && reasoning && titles[1]) fixes.push({ title: titles[1], edits: reasoning, safe: false });
  return { range: item ? item.span : grant.span, fixes };
}
