/**
 * Who speaks in each sentence of the court's parts: its clauses, each marked court or party,
 * parties known by role and by name. Facts, claims, citations and what the reasoning addresses
 * all ask this of the same sentences; it is worked out once per sentence.
 */
import type { Sentence } from '../document/document';
import { clausesOf, type Clause } from '../text/clauses';
import { speakersOf, type Party } from './parties';

export type Voices = (s: Sentence) => readonly Clause[];

export function voicesOf(parties: Party[]): Voices {
  const named = speakersOf(parties);
  const known = new Map<number, Clause[]>();
  return (s) => {
    let clauses = known.get(s.index);
    if (!clauses) {
      clauses = clausesOf(s.masked, 'court', named);
      known.set(s.index, clauses);
    }
    return clauses;
  };
}
