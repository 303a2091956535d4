/**
 * Statute citations: 《中华人民共和国民法典》第一千一百八十三条第一款, 《民法典》第1183条,
 * 民法典第1183条, lists (第九百九十八条、第一千条第一款), 第十条第一款第五项. Each article
 * reference is tied to the title that governs it in the same sentence; a reference with no title
 * before it in its sentence is left unresolved rather than guessed.
 */
import type { Span } from '../types';
import { sentenceSpan, type JudgmentDocument } from '../document/document';
import { findArticles } from '../text/numbers';
import { LAW_NAMES, lawByTitle, type Law } from '../statutes/index';

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
  sentence: number;
  /** In the 依照…判决如下 sentence. */
  inBasis: boolean;
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

function titlesIn(text: string): TitleHit[] {
  const hits: TitleHit[] = [];
  for (const m of text.matchAll(/《([^《》]{1,60})》/g)) hits.push({ start: m.index!, end: m.index! + m[0].length, title: m[1]!, bracketed: true });
  for (const m of text.matchAll(BARE_TITLE)) {
    const start = m.index!;
    if (hits.some((h) => h.start <= start && start < h.end)) continue;
    // 中华人民共和国民法典 written bare: take the prefix with it.
    const pre = text.slice(Math.max(0, start - 7), start) === '中华人民共和国' ? 7 : 0;
    hits.push({ start: start - pre, end: start + m[0].length, title: text.slice(start - pre, start + m[0].length), bracketed: false });
  }
  return hits.sort((a, b) => a.start - b.start);
}

export function readCitations(doc: JudgmentDocument): Citation[] {
  const out: Citation[] = [];
  for (const s of doc.sentences) {
    if (!/第/.test(s.text)) continue;
    const titles = titlesIn(s.text);
    const refs = findArticles(s.text);
    for (const r of refs) {
      // The title that governs this reference: the nearest before it, when nothing stands between
      // them but list glue, a version note and other references (《民法典》第998条、第1000条第1款).
      const before = titles.filter((t) => t.end <= r.start);
      const title = before[before.length - 1];
      if (!title) continue;
      let between = s.text.slice(title.end, r.start);
      for (const x of findArticles(between).reverse()) between = between.slice(0, x.start) + between.slice(x.end);
      between = between.replace(/^\s{0,2}[(（][^()（）]{0,20}[)）]/, '');
      if (!GLUE.test(between)) continue;
      const c: Citation = {
        title: title.title,
        bracketed: title.bracketed,
        article: r.article,
        span: sentenceSpan(doc, s, r.start, r.end),
        sentence: s.index,
        inBasis: s.section === 'basis',
      };
      const law = lawByTitle(title.title);
      if (law) c.law = law;
      if (r.paragraph !== undefined) c.paragraph = r.paragraph;
      if (r.item !== undefined) c.item = r.item;
      if (before.length && s.text.slice(title.end, r.start).trim() === '') c.titleSpan = sentenceSpan(doc, s, title.start, title.end);
      out.push(c);
    }
  }
  return out;
}
