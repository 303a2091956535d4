/**
 * Statute citations: 《中华人民共和国民法典》第一千一百八十三条第一款, 《民法典》第1183条,
 * 民法典第1183条, lists (第九百九十八条、第一千条第一款), 第十条第一款第五项. Each article
 * reference is tied to the title that governs it in the same sentence; a reference with no title
 * before it in its sentence is left unresolved rather than guessed.
 */
import type { Span } from '../types';
import { COURT_SECTIONS, sentenceSpan, type JudgmentDocument } from '../document/document';
import type { Voices } from './voices';
import { findArticles } from '../text/numbers';
import { LAW_NAMES, lawByTitle, type Law } from '../statutes/index';
import { NATIONAL_LAW_TITLES, bareLawTitle, claimsNationalLaw, foreignLead, isKnownNationalLaw, withoutVersionNote } from '../statutes/law-titles';

export interface Citation {
  /** The law, where the title resolves; undefined for an unknown title (or none). */
  law?: Law;
  /** The title as written (《》 removed), or '' when the reference has none before it. */
  title: string;
  /** Whether the title was written in 《》. */
  bracketed: boolean;
  article: number;
  paragraph?: number;
  item?: number;
  /** The article reference (第…条…款…项). */
  span: Span;
  /** The title, when the reference has one of its own. */
  titleSpan?: Span;
  /** The title that governs the reference, also across list glue (《民法典》第998条、第1000条). */
  governingTitle?: Span;
  sentence: number;
  /** In the 依照…判决如下 sentence. */
  inBasis: boolean;
  /** What kind of instrument the title names (by the shipped data, else by its form). */
  instrument: 'law' | 'interpretation' | 'rule' | 'unknown';
  /** A known title one character away from an unknown one (民法点 → 民法典): a typo. */
  nearTitle?: string;
  /** The sentence speaks of the law in the past (原《侵权责任法》…, 已废止, 已被民法典吸收). */
  historical: boolean;
  /** The citation grounds the late-payment interest notice (迟延履行期间的债务利息). */
  delayInterest: boolean;
  /** The court cites it in its own words (not in the claims, the defence, or a party's words it reports). */
  byCourt: boolean;
  /** The reference names its law by 该法 / 本法 / 该解释…, resolved to the citation before it. */
  anaphor?: boolean;
}

/** One edit (insert, delete or replace a character) apart. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * A known title one character away from an unknown one (民法点 → 民法典): the shipped statutes'
 * names first, then the national laws. None for a title that is itself a known law.
 */
function nearTitleOf(written: string): string | undefined {
  if (isKnownNationalLaw(written)) return undefined;
  const bare = withoutVersionNote(written);
  const short = bareLawTitle(written);
  return (
    LAW_NAMES.find((n) => n.length >= 3 && (oneEditApart(bare, n) || oneEditApart(short, n))) ??
    NATIONAL_LAW_TITLES.find((n) => n.length >= 4 && short.length >= 4 && oneEditApart(short, n))
  );
}

/** 该法, 本法, 同法, 该解释, 该办法 … just before an article: it points back to a law named before. */
const ANAPHOR = /(该|本|同|上述|前述)(法|解释|办法|规定|条例)\s{0,2}$/;
const ANAPHOR_KIND: Record<string, Citation['instrument'][]> = { 法: ['law'], 解释: ['interpretation'], 办法: ['rule'], 规定: ['rule', 'interpretation'], 条例: ['unknown', 'rule'] };

/**
 * The citation an anaphor (该法第二十七条) points back to: the latest resolved citation of the
 * same kind of instrument in this paragraph or the one before. None (and no guess) otherwise.
 */
function anaphorTarget(doc: JudgmentDocument, s: JudgmentDocument['sentences'][number], lead: string, found: readonly Citation[]): Citation | undefined {
  const m = ANAPHOR.exec(lead);
  if (!m) return undefined;
  const kinds = ANAPHOR_KIND[m[2]!]!;
  for (let i = found.length - 1; i >= 0; i--) {
    const c = found[i]!;
    const block = doc.sentences[c.sentence]!.block;
    if (block < s.block - 1) break;
    if (c.law && !c.anaphor && kinds.includes(c.instrument)) return c;
  }
  return undefined;
}

function instrumentOf(title: string, law: Law | undefined): Citation['instrument'] {
  if (law) return law.rule ? 'rule' : /^最高人民法院/.test(law.title) ? 'interpretation' : 'law';
  if (/^最高人民法院/.test(title)) return 'interpretation';
  if (/(办法|管理规定|规定|条例|细则|通知|意见)$/.test(title)) return /条例$/.test(title) ? 'unknown' : 'rule';
  if (/法$/.test(title)) return 'law';
  return 'unknown';
}

const ESCAPED = LAW_NAMES.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
// A bare title directly before an article: 民法典第1183条, 依据著作权法第五十四条.
const BARE_TITLE = new RegExp(`(${ESCAPED.join('|')})(?=\\s{0,2}第)`, 'g');
// Between a title (or a previous reference) and the next reference, only list glue may stand.
const GLUE = /^[\s、,，;；和及与以及、]*$/;

interface TitleHit {
  start: number;
  end: number;
  title: string;
  bracketed: boolean;
}

/** The titles written in 《》. */
function bracketedTitles(text: string): TitleHit[] {
  return [...text.matchAll(/《([^《》]{1,60})》/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, title: m[1]!, bracketed: true }));
}

function titlesIn(text: string): TitleHit[] {
  const hits = bracketedTitles(text);
  for (const m of text.matchAll(BARE_TITLE)) {
    const start = m.index!;
    if (hits.some((h) => h.start <= start && start < h.end)) continue;
    // 中华人民共和国民法典 written bare: take the prefix with it.
    const pre = text.slice(Math.max(0, start - 7), start) === '中华人民共和国' ? 7 : 0;
    hits.push({ start: start - pre, end: start + m[0].length, title: text.slice(start - pre, start + m[0].length), bracketed: false });
  }
  return hits.sort((a, b) => a.start - b.start);
}

export function readCitations(doc: JudgmentDocument, voices: Voices): Citation[] {
  const out: Citation[] = [];
  for (const s of doc.sentences) {
    if (!/第/.test(s.text)) continue;
    const titles = titlesIn(s.text);
    const refs = findArticles(s.text);
    const courtPart = COURT_SECTIONS.has(s.section);
    const clauses = courtPart ? voices(s) : [];
    const byCourtAt = (at: number) => courtPart && clauses.some((c) => c.start <= at && at <= c.end && c.speaker === 'court');
    for (const r of refs) {
      // The title that governs this reference: the nearest before it, when nothing stands between
      // them but list glue, a version note and other references (《民法典》第998条、第1000条第1款).
      const before = titles.filter((t) => t.end <= r.start);
      const title = before[before.length - 1];
      if (!title || ANAPHOR.test(s.text.slice(title.end, r.start))) {
        // 依照该法第二十七条: the law a recent citation named, if there is one of that kind.
        const earlier = s.section === 'basis' ? undefined : anaphorTarget(doc, s, s.text.slice(Math.max(0, r.start - 6), r.start), out);
        if (earlier) {
          const c: Citation = { ...earlier, article: r.article, span: sentenceSpan(doc, s, r.start, r.end), sentence: s.index, inBasis: false, byCourt: byCourtAt(r.start), anaphor: true };
          delete c.titleSpan;
          delete c.paragraph;
          delete c.item;
          if (r.paragraph !== undefined) c.paragraph = r.paragraph;
          if (r.item !== undefined) c.item = r.item;
          out.push(c);
        }
        continue;
      }
      let between = s.text.slice(title.end, r.start);
      for (const x of findArticles(between).reverse()) between = between.slice(0, x.start) + between.slice(x.end);
      // 第一项、第八项 and 第二款 left over from a reference: part of the same run.
      between = between.replace(/^\s{0,2}[(（][^()（）]{0,20}[)）]/, '').replace(/第\s{0,2}[\d一二三四五六七八九十]{1,4}\s{0,2}(款|项)/g, '');
      if (!GLUE.test(between)) continue;
      // 德国《民法典》第823条, 欧盟《人工智能法》第50条: another jurisdiction's law, not ours.
      if (foreignLead(s.text.slice(0, title.start))) continue;
      const law = lawByTitle(title.title);
      const c: Citation = {
        title: title.title,
        bracketed: title.bracketed,
        article: r.article,
        span: sentenceSpan(doc, s, r.start, r.end),
        sentence: s.index,
        inBasis: s.section === 'basis',
        instrument: instrumentOf(withoutVersionNote(title.title), law),
        historical: /原《|已(经)?废止|废止前|已被[^。]{0,12}吸收|施行(之日)?前|失效/.test(s.masked),
        delayInterest: /迟延履行期间的债务利息|迟延履行金/.test(s.text),
        byCourt: byCourtAt(r.start),
      };
      if (law) c.law = law;
      else {
        const near = nearTitleOf(title.title);
        if (near) c.nearTitle = near;
      }
      c.governingTitle = sentenceSpan(doc, s, title.start, title.end);
      if (r.paragraph !== undefined) c.paragraph = r.paragraph;
      if (r.item !== undefined) c.item = r.item;
      if (before.length && s.text.slice(title.end, r.start).trim() === '') c.titleSpan = sentenceSpan(doc, s, title.start, title.end);
      out.push(c);
    }
  }
  return out;
}

/** A 《…》 title the court cites as authority: followed by an article, or framed 依照《…》的规定. */
export interface CitedTitle {
  /** As written, without 《》. */
  title: string;
  /** The title with its 《》. */
  span: Span;
  sentence: number;
  inBasis: boolean;
  byCourt: boolean;
  /** The law in the shipped data, where the title resolves. */
  law?: Law;
  /** Its form claims a national law (…法, …法典): not a method, a foreign law, a draft or a local enactment. */
  claimsLaw: boolean;
  /** A known title one character away (a typo). */
  nearTitle?: string;
}

const ABOUT_FAKE = /不存在|虚构|编造|杜撰|捏造|子虚乌有|幻觉|(并无|没有|无)(该|此|这)(部|项)?(法律|法)/;

// 依照 / 根据 … 《…》 … (的有关)规定: authority named without an article.
const FRAME_BEFORE = /(依照|依据|根据|按照|参照|适用)[^。；;！？]{0,80}$/;
const FRAME_AFTER = /^[^。；;！？《]{0,40}?规定/;

/**
 * The titles the court cites as authority, in its own words or in the basis list. Titles in the
 * parties' words, in facts (a newspaper, a novel) or followed by no article and no 规定 are not.
 */
export function readCitedTitles(doc: JudgmentDocument, voices: Voices, citations: readonly Citation[]): CitedTitle[] {
  const governing = new Set(citations.flatMap((c) => (c.governingTitle ? [c.governingTitle.start] : [])));
  const out: CitedTitle[] = [];
  for (const s of doc.sentences) {
    if (!s.text.includes('《')) continue;
    // Facts are not authority; the reasoning and the basis list are.
    if (s.section !== 'reasoning' && s.section !== 'basis') continue;
    // The court speaks of a law that does not exist (an AI's invented citation): not its own citation.
    if (ABOUT_FAKE.test(s.masked)) continue;
    const clauses = s.section === 'reasoning' ? voices(s) : [];
    for (const { start, end, title } of bracketedTitles(s.text)) {
      const span = sentenceSpan(doc, s, start, end);
      const framed = FRAME_BEFORE.test(s.text.slice(0, start)) && FRAME_AFTER.test(s.text.slice(end));
      if ((!governing.has(span.start) && !framed) || foreignLead(s.text.slice(0, start))) continue;
      const inBasis = s.section === 'basis';
      const byCourt = inBasis || clauses.some((c) => c.start <= start && start <= c.end && c.speaker === 'court');
      const law = lawByTitle(title);
      const t: CitedTitle = { title, span, sentence: s.index, inBasis, byCourt, claimsLaw: !law && claimsNationalLaw(title) };
      if (law) t.law = law;
      else {
        const near = nearTitleOf(title);
        if (near) t.nearTitle = near;
      }
      out.push(t);
    }
  }
  return out;
}
