/**
 * The case model: everything a rule may read. Rules never scan the text themselves.
 */
import { buildDocument, type JudgmentDocument, type Sentence } from '../document/document';
import type { BlockCache } from '../document/markdown';
import { readClaims, type ClaimItem, type ClaimMention, type OrderItem } from './claims';
import { readFacts, type CaseFacts } from './facts';
import type { ClaimKind } from './kinds';
import { extractParties, type Party } from './parties';
import { readAddressed, type Addressed } from './addressed';
import { findAmounts } from '../text/numbers';
import { readCitations, readCitedTitles, type Citation, type CitedTitle } from './citations';
import { voicesOf } from './voices';
import { readProduct, type ProductFacts } from './product';
import { readStructure, type Structure } from './structure';

export interface CaseModel {
  document: JudgmentDocument;
  parties: Party[];
  facts: CaseFacts;
  claimItems: ClaimItem[];
  orders: OrderItem[];
  mentions: ClaimMention[];
  /** The mentions in each sentence, by sentence index. */
  mentionsBySentence: ReadonlyMap<number, readonly ClaimMention[]>;
  /** The court's reasoning sentences (本院认为), headings excluded. */
  reasoning: readonly Sentence[];
  /** What the reasoning addresses (and the moves it makes that the doctrine warns against). */
  addressed: Addressed;
  /** Every statute citation, tied to its law where the title resolves. */
  citations: Citation[];
  /** The 《…》 titles the court cites as authority (with an article, or 依照《…》的规定). */
  citedTitles: CitedTitle[];
  /** Product liability: AI product or not, and what the court does with the PL doctrine. */
  product: ProductFacts;
  /** The judgment as a document: its parts and the basis of its orders. */
  structure: Structure;
}

export function buildCaseModel(text: string, cache?: BlockCache): CaseModel {
  const document = buildDocument(text, cache);
  const parties = extractParties(document);
  const voices = voicesOf(parties);
  const facts = readFacts(document, parties, voices);
  const { claimItems, orders, mentions } = readClaims(document, parties, voices);
  const mentionsBySentence = new Map<number, ClaimMention[]>();
  for (const m of mentions) {
    const list = mentionsBySentence.get(m.sentence);
    if (list) list.push(m);
    else mentionsBySentence.set(m.sentence, [m]);
  }
  const reasoning = document.sentences.filter((s) => s.section === 'reasoning' && !s.heading);
  const addressed = readAddressed(document, parties, voices);
  const citations = readCitations(document, voices);
  const citedTitles = readCitedTitles(document, voices, citations);
  const product = readProduct(document, parties, voices, facts, citations);
  facts.aiProduct = product.aiProduct;
  const structure = readStructure(document, parties, citations);
  return { document, parties, facts, claimItems, orders, mentions, mentionsBySentence, reasoning, addressed, citations, citedTitles, product, structure };
}

export function plaintiffs(model: CaseModel): Party[] {
  return model.parties.filter((p) => p.role === 'plaintiff');
}

export function defendants(model: CaseModel): Party[] {
  return model.parties.filter((p) => p.role === 'defendant');
}

/** The only party of a role, when there is exactly one. */
function sole(list: Party[]): Party | undefined {
  return list.length === 1 ? list[0] : undefined;
}

/** Who must perform a granted remedy: the named obligor, else the only defendant. */
export function obligorOf(model: CaseModel, m: ClaimMention): Party | undefined {
  return m.obligor ?? sole(defendants(model));
}

/** Who receives a granted remedy: the named beneficiary, else the only plaintiff. */
export function beneficiaryOf(model: CaseModel, m: ClaimMention): Party | undefined {
  return m.beneficiary ?? sole(plaintiffs(model));
}

/**
 * The court's effective grants of a kind: the order items where the draft has orders
 * (orders are what binds), else the granting clauses of the reasoning.
 */
export function effectiveGrants(model: CaseModel, kinds: ClaimKind[]): ClaimMention[] {
  const want = new Set(kinds);
  const hasOrders = model.orders.length > 0;
  const found = model.mentions.filter(
    (m) =>
      want.has(m.kind) &&
      m.stance === 'granted' &&
      m.speaker === 'court' &&
      (hasOrders ? m.section === 'orders' : m.section === 'reasoning'),
  );
  if (!hasOrders) return found;
  // Punitive damages ordered under another name: 本院适用惩罚性赔偿…确定赔偿数额为60000元, ordered as
  // 赔偿经济损失60000元 (著作权法第54条 makes the multiple part of the 赔偿数额). The reasoning's
  // grant counts where its sentence's figure is an order's.
  const ordered = new Set(model.orders.filter((o) => o.disposition === 'grant').flatMap((o) => o.amounts));
  for (const kind of want) {
    if (kind !== 'punitive' || found.some((m) => m.kind === kind)) continue;
    for (const m of model.mentions) {
      if (m.kind !== kind || m.stance !== 'granted' || m.speaker !== 'court' || m.section !== 'reasoning') continue;
      if (findAmounts(model.document.sentences[m.sentence]!.masked).some((a) => ordered.has(a.yuan))) found.push(m);
    }
  }
  return found;
}

/** The court's own decisions (granted or denied, or disposed of) on a kind, anywhere. */
export function courtDecisions(model: CaseModel, kind: ClaimKind): ClaimMention[] {
  return model.mentions.filter(
    (m) => m.kind === kind && m.speaker === 'court' && (m.stance === 'granted' || m.stance === 'denied' || m.disposed),
  );
}
