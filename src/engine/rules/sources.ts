/**
 * The sources a rule names in its metadata, read once: an article of the doctrine ([Xu §4(2)],
 * [Yang]) or statute articles (《民法典》第1000条第1款, 精神损害赔偿解释第5条,
 * 《民事诉讼法》第264条（2023年修正）, 《个人信息保护法》第28–29条).
 *
 * Findings name them in Chinese or in English; rule pages resolve the statute ones to the law
 * shipped with the engine and show the articles' text.
 */
import { allLaws, lawByTitle, type Law } from '../statutes/index';

export type Language = 'zh-cn' | 'en';

export interface ArticleRef {
  article: number;
  /** The last article of a range (第28–29条). */
  through?: number;
  paragraph?: number;
  item?: number;
}

export type SourceRef =
  | { kind: 'doctrine'; author: 'Xu' | 'Yang'; where?: string }
  | { kind: 'statute'; title: string; law?: Law; articles: ArticleRef[]; version?: string }
  | { kind: 'other'; text: string };

const ARTICLES = {
  Xu: { zh: '徐伟《论生成式人工智能服务提供者侵权损害赔偿》', en: "Xu Wei, 'Tort Damages Owed by Generative AI Service Providers'" },
  Yang: { zh: '杨立新《人工智能产品责任的功能及规则调整》', en: "Yang Lixin, 'The Functions of AI Product Liability and the Adjustment of Its Rules'" },
} as const;

/** English names of the laws the engine ships (by law id) and of the repealed ones (by title). */
const LAW_EN: Record<string, string> = {
  'civil-code': 'Civil Code',
  'copyright-law': 'Copyright Law',
  'patent-law': 'Patent Law',
  'trademark-law': 'Trademark Law',
  'consumer-law': 'Consumer Rights Protection Law',
  'product-quality-law': 'Product Quality Law',
  pipl: 'Personal Information Protection Law',
  'civil-procedure-2023': 'Civil Procedure Law',
  'civil-procedure-2021': 'Civil Procedure Law',
  'spc-emotional-damages': 'SPC Interpretation on Compensation for Emotional Damage in Torts',
  'spc-citation-rules': 'SPC Provisions on Citing Laws and Regulations in Judgments (Fa Shi [2009] No. 14)',
  'algorithm-rules': 'Provisions on Algorithmic Recommendation in Internet Information Services',
  'genai-measures': 'Interim Measures for Generative AI Services',
  'repealed-侵权责任法': 'Tort Liability Law',
  'repealed-民法通则': 'General Principles of the Civil Law',
  'repealed-合同法': 'Contract Law',
  'repealed-物权法': 'Property Law',
  'repealed-民法总则': 'General Provisions of the Civil Law',
  'repealed-婚姻法': 'Marriage Law',
  'repealed-继承法': 'Law of Succession',
  'repealed-担保法': 'Security Law',
  'repealed-收养法': 'Adoption Law',
};

const DOCTRINE = /^\[(Xu|Yang)(?:\s+([^\]]{1,60}))?\]$/;
// 《title》 (or a bare title) followed by one or more articles and an optional version note.
const STATUTE = /^《?([^《》]{1,60}?)》?((?:第\d{1,4}(?:[–-]\d{1,4})?条(?:第\d{1,2}款)?(?:第\d{1,2}项)?[、，,]?){1,12})(?:[（(]([^（）()]{1,20})[）)])?$/;
const ARTICLE = /第(\d{1,4})(?:[–-](\d{1,4}))?条(?:第(\d{1,2})款)?(?:第(\d{1,2})项)?/g;

/** Reads one source as a rule's metadata names it. */
export function parseSource(source: string): SourceRef {
  const s = source.trim();
  const d = DOCTRINE.exec(s);
  if (d) return d[2] ? { kind: 'doctrine', author: d[1] as 'Xu' | 'Yang', where: d[2] } : { kind: 'doctrine', author: d[1] as 'Xu' | 'Yang' };
  const m = STATUTE.exec(s);
  if (m) {
    const articles: ArticleRef[] = [];
    for (const a of m[2]!.matchAll(ARTICLE)) {
      const ref: ArticleRef = { article: Number(a[1]) };
      if (a[2]) ref.through = Number(a[2]);
      if (a[3]) ref.paragraph = Number(a[3]);
      if (a[4]) ref.item = Number(a[4]);
      articles.push(ref);
    }
    const title = m[1]!.trim();
    const version = m[3];
    const law = resolveLaw(title, version);
    return { kind: 'statute', title, articles, ...(law ? { law } : {}), ...(version ? { version } : {}) };
  }
  // A whole instrument, no article: 法释〔2009〕14号, 《民事诉讼法》.
  const title = s.replace(/^《|》$/g, '');
  const law = lawByTitle(title);
  if (law) return { kind: 'statute', title, law, articles: [] };
  return { kind: 'other', text: s };
}

/** The law a title names, in the version the note names when the engine ships several. */
function resolveLaw(title: string, version: string | undefined): Law | undefined {
  const law = lawByTitle(title);
  if (!law || !version) return law;
  return allLaws().find((l) => l.title === law.title && l.version === version) ?? law;
}

const CN = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const cn = (d: string) => CN[Number(d)] ?? d;

/** §4(2) → 第四部分（二）; §4 opening → 第四部分开篇; n.35 → 注35. */
function partZh(where: string): string {
  return where
    .replace(/§(\d+)/g, (_, d: string) => `第${cn(d)}部分`)
    .replace(/\((\d+)\)/g, (_, d: string) => `（${cn(d)}）`)
    .replace(/\s*opening/, '开篇')
    .replace(/n\.(\d+)/, '注$1')
    .replace(/\s+/g, '');
}

/** §4(2) → part 4(2); §3(1), §3(2) → parts 3(1), 3(2); §4 opening → opening of part 4; n.35 → note 35. */
function partEn(where: string): string {
  const opening = /^§(\d+)\s+opening$/.exec(where);
  if (opening) return `opening of part ${opening[1]}`;
  const note = /^n\.(\d+)$/.exec(where);
  if (note) return `note ${note[1]}`;
  const parts = where.split(/,\s*/).map((p) => p.replace(/^§/, ''));
  return `${parts.length > 1 ? 'parts' : 'part'} ${parts.join(', ')}`;
}

function articleEn(a: ArticleRef): string {
  const n = a.through !== undefined ? `${a.article}–${a.through}` : String(a.article);
  return n + (a.paragraph !== undefined ? `(${a.paragraph})` : '') + (a.item !== undefined ? `(${a.item})` : '');
}

/** 2023年修正 → 2023 amendment; other version notes as they are. */
export function versionEn(version: string): string {
  const amended = /^(\d{4})年修正$/.exec(version);
  return amended ? `${amended[1]} amendment` : version;
}

/** The English name of a law as a source names it. */
export function lawNameEn(ref: { title: string; law?: Law }): string {
  return (ref.law && LAW_EN[ref.law.id]) ?? ref.title;
}

/** A source as a reader sees it: the article's author and title with its part, or the statute as cited. */
export function sourceLabel(source: string, language: Language = 'zh-cn'): string {
  const ref = parseSource(source);
  if (ref.kind === 'doctrine') {
    const article = ARTICLES[ref.author];
    if (language === 'en') return ref.where ? `${article.en}, ${partEn(ref.where)}` : article.en;
    return ref.where ? `${article.zh}${partZh(ref.where)}` : article.zh;
  }
  if (language === 'zh-cn' || ref.kind === 'other') return source;
  if (ref.articles.length === 0) return lawNameEn(ref);
  const plural = ref.articles.length > 1 || ref.articles.some((a) => a.through !== undefined);
  const articles = `${plural ? 'arts.' : 'art.'} ${ref.articles.map(articleEn).join(', ')}`;
  return `${lawNameEn(ref)} ${articles}${ref.version ? ` (${versionEn(ref.version)})` : ''}`;
}
