/**
 * Clauses and voices inside a sentence.
 *
 * A judgment's court sentences quote the parties (原告主张…, 被告辩称…) and the statutes
 * (“行为人因侵害人格权…应当…”). Neither is the court speaking, so before reading stance we
 * mask quotations and titles, split the sentence into clauses, and mark which clauses report
 * a party's words. A party's clause can still name the object of the court's decision that
 * follows it (原告要求被告赔礼道歉，于法有据，本院予以支持).
 */

export type Speaker = 'court' | 'plaintiff' | 'defendant' | 'party';

export interface Clause {
  /** [start, end) within the sentence text. */
  start: number;
  end: number;
  /** The clause with quotations and 《titles》 blanked out (same length). */
  text: string;
  speaker: Speaker;
}

const OPEN_CLOSE: Record<string, string> = { '“': '”', '「': '」', '『': '』', '《': '》', '〈': '〉' };

const MAX_QUOTE = 400;

/** Blanks the inside of quotations and book titles, keeping length. Unclosed marks are left alone. */
export function maskQuotes(s: string): string {
  let out: string[] | undefined;
  for (let i = 0; i < s.length; i++) {
    const close = OPEN_CLOSE[s[i]!] ?? (s[i] === '"' ? '"' : undefined);
    if (!close) continue;
    // Look for the closing mark a bounded distance ahead: an unmatched mark costs O(400), not O(n).
    let j = -1;
    for (let k = i + 1; k < s.length && k - i < MAX_QUOTE; k++) {
      if (s[k] === close) {
        j = k;
        break;
      }
    }
    if (j > i + 1) {
      if (!out) out = s.split('');
      for (let k = i + 1; k < j; k++) out[k] = ' ';
      i = j;
    }
  }
  return out ? out.join('') : s;
}

const CLAUSE_BREAK = /[,:;，：；]/;

// A clause that opens with a party as subject and a verb of saying reports that party's words.
const SPEECH_OPEN =
  /^(?:另外|此外|同时|并且|且|其次|首先|再次|最后)?\s{0,2}(原告|被告|第三人|双方(当事人)?|各方|当事人|上诉人|被上诉人)[^,;:。]{0,24}?(主张|认为|称|诉称|辩称|抗辩|提出|要求|请求|表示|陈述|坚持|答辩|确认|同意|不同意)/;
// Words that hand the floor back to the court.
const COURT_RECLAIM = /(本院|法院|合议庭|对此|对于|对该|综上|因此|据此|故|但|然而|予以支持|不予支持)/;

function speakerOf(role: string): Speaker {
  if (role.startsWith('原告') || role === '上诉人') return 'plaintiff';
  if (role.startsWith('被告') || role === '被上诉人') return 'defendant';
  return 'party';
}

/** A party as it may open reported speech: by its name or short name (陈某某称…, 某某公司辩称…). */
export interface NamedSpeaker {
  name: string;
  speaker: Speaker;
}

const SAYING = /^[^,;:。]{0,24}?(主张|认为|称|诉称|辩称|抗辩|提出|要求|请求|表示|陈述|坚持|答辩)/;

function namedOpen(t: string, named: readonly NamedSpeaker[]): { speaker: Speaker; length: number } | undefined {
  const body = t.replace(/^(另外|此外|同时|并且|且|其次|首先|再次|最后)\s{0,2}/, '');
  const lead = t.length - body.length;
  for (const n of named) {
    if (!n.name || !body.startsWith(n.name)) continue;
    const m = SAYING.exec(body.slice(n.name.length));
    if (m) return { speaker: n.speaker, length: lead + n.name.length + m[0].length };
  }
  return undefined;
}

/**
 * Splits a masked sentence (see maskQuotes) into clauses and marks the voice of each. `named`
 * lets a clause that opens with a party's own name (陈某某主张…) count as that party speaking.
 */
export function clausesOf(masked: string, defaultSpeaker: Speaker, named: readonly NamedSpeaker[] = []): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  for (let i = 0; i <= masked.length; i++) {
    if (i === masked.length || CLAUSE_BREAK.test(masked[i]!)) {
      if (i > start) clauses.push({ start, end: i, text: masked.slice(start, i), speaker: defaultSpeaker });
      start = i + 1;
    }
  }
  if (defaultSpeaker !== 'court') return clauses;
  let reported: Speaker | undefined;
  for (const c of clauses) {
    const t = c.text.trim();
    const byRole = SPEECH_OPEN.exec(t);
    const open = byRole ? { speaker: speakerOf(byRole[1]!), length: byRole[0].length } : namedOpen(t, named);
    if (open) {
      reported = open.speaker;
      // 原告主张…，本院予以支持 in one clause: the court speaks after 本院.
      const after = t.slice(open.length);
      c.speaker = /本院|法院/.test(after) ? 'court' : reported;
      if (c.speaker === 'court') reported = undefined;
      continue;
    }
    if (reported && !COURT_RECLAIM.test(t)) {
      c.speaker = reported;
      continue;
    }
    reported = undefined;
  }
  return clauses;
}

/** The clause of normalised text that holds `at`: from after the last , ; : before it to the next , ; : or 。 */
export function clauseAt(t: string, at: number): { start: number; end: number } {
  const start = Math.max(t.lastIndexOf(',', at - 1), t.lastIndexOf(';', at - 1), t.lastIndexOf(':', at - 1)) + 1;
  const end = t.slice(at).search(/[,;:。]/);
  return { start, end: end < 0 ? t.length : at + end };
}
