/**
 * What a rule is: its metadata (the catalog row) beside one check over the case model.
 */
import type { Basis, Finding, Fix, Severity, Span } from '../types';
import type { CaseModel } from '../model/case';

export interface RuleOptions {
  /** GAI018's threshold in yuan, and future rule options. */
  [key: string]: unknown;
}

export interface RuleContext {
  options: RuleOptions;
}

/** What a check reports; the engine turns it into a Finding with the rule's metadata. */
export interface Report {
  range: Span;
  /** Where the catalog gives the rule two severities (GAI012: warning if granted, information if refused). */
  severity?: Severity;
  /** Replaces the rule's message where the finding needs its own wording. */
  message?: string;
  fixes?: Fix[];
}

export interface Rule {
  code: string;
  slug: string;
  severity: Severity;
  basis: Basis;
  /** Catalog sources: [Xu §4(2)], 《民法典》第1000条第1款 … */
  sources: string[];
  /** One line, Chinese: what is wrong (the finding's message, before its sources). */
  message: string;
  /** The quick fixes the catalog lists, by title (each check builds the edits). */
  fixes: string[];
  check(model: CaseModel, context: RuleContext): Report[];
}

const BASIS_LABEL: Record<Basis, string> = {
  law: '法律规定',
  doctrine: '学说（现行法解释）',
  proposal: '立法建议（非现行法）',
};

const CN = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const cn = (d: string) => CN[Number(d)] ?? d;

/** §4(2) → 第四部分（二）; §4 opening → 第四部分开篇; n.35 → 注35. */
function partLabel(where: string): string {
  return where
    .replace(/§(\d+)/g, (_, d: string) => `第${cn(d)}部分`)
    .replace(/\((\d+)\)/g, (_, d: string) => `（${cn(d)}）`)
    .replace(/\s*opening/, '开篇')
    .replace(/n\.(\d+)/, '注$1')
    .replace(/\s+/g, '');
}

const SOURCE_LABEL: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^\[Xu (.*)\]$/, (m) => `徐伟《论生成式人工智能服务提供者侵权损害赔偿》${partLabel(m[1]!)}`],
  [/^\[Yang (.*)\]$/, (m) => `杨立新《人工智能产品责任的功能及规则调整》${partLabel(m[1]!)}`],
  [/^\[Xu\]$/, () => '徐伟《论生成式人工智能服务提供者侵权损害赔偿》'],
  [/^\[Yang\]$/, () => '杨立新《人工智能产品责任的功能及规则调整》'],
];

/** A source as a reader sees it: the article's author and title, or the statute as cited. */
export function sourceLabel(source: string): string {
  for (const [re, f] of SOURCE_LABEL) {
    const m = re.exec(source);
    if (m) return f(m);
  }
  return source;
}

export function toFinding(rule: Rule, report: Report): Finding {
  const text = report.message ?? rule.message;
  const message = `${text}（${BASIS_LABEL[rule.basis]}；依据：${rule.sources.map(sourceLabel).join('；')}）`;
  return {
    code: rule.code,
    slug: rule.slug,
    severity: report.severity ?? rule.severity,
    basis: rule.basis,
    message,
    sources: [...rule.sources],
    range: report.range,
    fixes: report.fixes ?? [],
  };
}
