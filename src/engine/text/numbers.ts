/**
 * Numbers as judgments write them: Arabic with separators, Chinese numerals in the
 * ordinary (一二三) and the financial (壹贰叁) forms, with 万 and 亿, and article numbers with
 * 款 and 项. Input is normalised text (full-width digits already folded).
 */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 两: 2, 贰: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8 };

/** Characters that may appear in a Chinese numeral. */
export const CHINESE_NUMERAL_CHARS = '零〇一壹二两贰三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿';

/**
 * Parses a Chinese numeral (一千一百八十三, 伍万, 二〇二四 read digit by digit when it has no unit).
 * Returns undefined for anything that is not one, or is too long to be a real number.
 */
export function parseChineseNumeral(s: string): number | undefined {
  if (s.length === 0 || s.length > 24) return undefined;
  let hasUnit = false;
  for (const ch of s) {
    if (SMALL_UNITS[ch] !== undefined || BIG_UNITS[ch] !== undefined) hasUnit = true;
    else if (DIGITS[ch] === undefined) return undefined;
  }
  if (!hasUnit) {
    // 二〇二四 → 2024: positional digits.
    let v = 0;
    for (const ch of s) v = v * 10 + DIGITS[ch]!;
    return v;
  }
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const ch of s) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const small = SMALL_UNITS[ch];
    if (small !== undefined) {
      section += (digit < 0 ? 1 : digit) * small;
      digit = -1;
      continue;
    }
    const big = BIG_UNITS[ch]!;
    section += digit > 0 ? digit : 0;
    total = (total + section) * big;
    section = 0;
    digit = -1;
  }
  if (digit > 0) section += digit;
  return total + section;
}

/** Parses an Arabic number with optional thousands separators: 10,000.50 → 10000.5. */
export function parseArabic(s: string): number | undefined {
  if (s.length === 0 || s.length > 30) return undefined;
  const cleaned = s.replace(/,/g, '');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return undefined;
  const v = Number(cleaned);
  return Number.isFinite(v) ? v : undefined;
}

/** Parses either form. */
export function parseNumber(s: string): number | undefined {
  return /^[\d,.]+$/.test(s) ? parseArabic(s) : parseChineseNumeral(s);
}

export interface AmountMatch {
  /** Offsets into the searched string. */
  start: number;
  end: number;
  yuan: number;
}

// Bounded pieces only: every repetition is a single character class with a length cap,
// so a pathological input cannot make the match backtrack beyond linear work.
const AMOUNT_RE = new RegExp(
  String.raw`(\d{1,3}(?:,\d{3}){1,6}(?:\.\d{1,2})?|\d{1,15}(?:\.\d{1,4})?|[${CHINESE_NUMERAL_CHARS}]{1,16})\s{0,2}(万|萬)?\s{0,2}(元|圆)`,
  'g',
);

/** Every sum of money in yuan in `s`: 10000元, 10,000元, 1万元, 1.5万元, 五万元, 伍万元. */
export function findAmounts(s: string): AmountMatch[] {
  const out: AmountMatch[] = [];
  AMOUNT_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AMOUNT_RE.exec(s))) {
    const base = parseNumber(m[1]!);
    if (base === undefined) continue;
    const yuan = m[2] ? base * 1e4 : base;
    out.push({ start: m.index, end: m.index + m[0].length, yuan: Math.round(yuan * 100) / 100 });
  }
  return out;
}

// An interest note after the principal: （以30000元为基数，按全国银行间同业拆借中心公布的…计算至…）.
const INTEREST_NOTE = /[(（][^()（）]{0,120}?(为基数|为本金|利率|LPR|计算至|计至|每日|按日)[^()（）]{0,120}?[)）]/g;
// A rate, not a sum: 每日100元, 按每月2000元.
const RATE_BEFORE = /(每日|每天|每月|每年|按日|按月|每)\s{0,2}$/;

/**
 * The sums a claim or an order asks for or gives, without the figures that only say how interest
 * or a periodic payment is computed: the base in an interest note (以30000元为基数) and rates
 * (每日100元). 赔偿经济损失30000元及利息（以30000元为基数…） asks 30000元, not 60000元.
 */
export function principalAmounts(s: string): AmountMatch[] {
  const notes: [number, number][] = [];
  for (const m of s.matchAll(INTEREST_NOTE)) notes.push([m.index!, m.index! + m[0].length]);
  return findAmounts(s).filter((a) => {
    if (notes.some(([x, y]) => x <= a.start && a.end <= y)) return false;
    if (RATE_BEFORE.test(s.slice(Math.max(0, a.start - 6), a.start))) return false;
    // 以30000元为基数 outside brackets.
    return !/^\s{0,2}(为基数|为本金)/.test(s.slice(a.end, a.end + 6));
  });
}

export interface ArticleRef {
  start: number;
  end: number;
  article: number;
  /** 第一千条之一 */
  suffix?: number;
  paragraph?: number;
  item?: number;
}

const NUM = String.raw`(?:\d{1,4}|[${CHINESE_NUMERAL_CHARS}]{1,10})`;
const ARTICLE_RE = new RegExp(
  String.raw`第\s{0,2}(${NUM})\s{0,2}条(?:之(${NUM}))?(?:\s{0,2}第\s{0,2}(${NUM})\s{0,2}款)?(?:\s{0,2}第\s{0,2}(${NUM})\s{0,2}项)?`,
  'g',
);

/** Article numbers: 第1183条, 第一千一百八十三条第一款, 第十条第一款第五项. */
export function findArticles(s: string): ArticleRef[] {
  const out: ArticleRef[] = [];
  ARTICLE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ARTICLE_RE.exec(s))) {
    const article = parseNumber(m[1]!);
    if (article === undefined) continue;
    const ref: ArticleRef = { start: m.index, end: m.index + m[0].length, article };
    if (m[2]) ref.suffix = parseNumber(m[2]);
    if (m[3]) ref.paragraph = parseNumber(m[3]);
    if (m[4]) ref.item = parseNumber(m[4]);
    out.push(ref);
  }
  return out;
}

const CN_DIGITS = '零一二三四五六七八九';

/** 1183 → 一千一百八十三; 10 → 十; 15 → 十五 (the forms used to number judgment items). */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0) return String(n);
  if (n < 10) return CN_DIGITS[n]!;
  if (n < 20) return '十' + (n % 10 ? CN_DIGITS[n % 10] : '');
  const units = ['', '十', '百', '千'];
  const digits = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i] ?? '';
    if (d === 0) {
      zero = true;
      return;
    }
    if (zero && out) out += '零';
    zero = false;
    out += CN_DIGITS[d] + unit;
  });
  return out;
}
