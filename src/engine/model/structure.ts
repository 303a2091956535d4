/**
 * The judgment as a document (RULES.md, DOC): is this a judgment at all, where the orders open
 * (判决如下), and whether a law is named before them as their basis.
 */
import type { JudgmentDocument } from '../document/document';
import type { Citation } from './citations';
import type { Party } from './parties';

export interface Structure {
  /** A 判决书 title, or parties on both sides. */
  judgment: boolean;
  /** The sentence that opens the orders (…判决如下), if any. */
  ordersOpen?: number;
  /** A law is named as the orders' basis: 依照/依据/根据《…》…规定 in or just before the opening. */
  basisCited: boolean;
}

const OPENS_ORDERS = /判决如下|裁判如下|判决:$/;
const BASIS_WORDS = /依照|依据|根据|按照|适用/;

export function readStructure(doc: JudgmentDocument, parties: Party[], citations: Citation[]): Structure {
  const judgment =
    doc.sentences.some((s) => s.section === 'title' && /判决书/.test(s.text)) ||
    (parties.some((p) => p.role === 'plaintiff') && parties.some((p) => p.role === 'defendant'));
  const open = doc.sentences.find((s) => OPENS_ORDERS.test(s.text));
  const structure: Structure = { judgment, basisCited: false };
  if (!open) return structure;
  structure.ordersOpen = open.index;
  // The basis stands in the opening sentence, or in the paragraph (or the sentences) just before it.
  const near = doc.sentences.filter((s) => s.index <= open.index && s.index >= open.index - 3 && (s.section === 'basis' || s.index === open.index || s.block === open.block || s.block === open.block - 1));
  structure.basisCited = near.some(
    (s) => BASIS_WORDS.test(s.text) && (/《[^》]{2,60}》/.test(s.text) || citations.some((c) => c.sentence === s.index && c.law !== undefined)),
  );
  return structure;
}
