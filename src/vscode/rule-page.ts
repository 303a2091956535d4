/**
 * A rule page as Markdown: the catalog row, the sources and the text of every statute article
 * they cite, the doctrine behind the rule, and a departing and a correct example cut from its
 * fixtures. Pure (no `vscode`): the extension shows it in a Markdown preview, tests read it.
 *
 * The data comes from the build (src/vscode/rule-pages-data.d.ts); only the wording around it
 * is chosen here, in the language of the findings' messages.
 */
import data, { type RulePage, type RulePageExample } from 'judgment-lint:rule-pages';
import { basisLabel } from '../engine/rules/rule';

export type PageLanguage = 'zh-cn' | 'en';

const LABELS = {
  'zh-cn': {
    severity: { error: '错误', warning: '警告', information: '信息', hint: '建议' } as Record<string, string>,
    catalog: '规则目录',
    slug: '标识',
    severityLabel: '严重程度',
    basisLabel: '依据性质',
    fires: '触发条件（目录原文）',
    silent: '不触发的情形（目录原文）',
    fixes: '快速修复',
    none: '无',
    sources: '依据',
    statutes: '所引条文',
    doctrine: '学说与规则说明',
    examples: '示例',
    departing: '偏离的写法',
    correct: '正确的写法',
    flagged: '提示范围',
    fixture: '取自',
    noExample: '（暂无示例）',
    unknown: (code: string) => `# ${code}\n\n未知的规则代码。`,
    index: '# Judgment Lint 规则\n',
  },
  en: {
    severity: { error: 'Error', warning: 'Warning', information: 'Information', hint: 'Hint' } as Record<string, string>,
    catalog: 'Catalog',
    slug: 'Slug',
    severityLabel: 'Severity',
    basisLabel: 'Basis',
    fires: 'Fires when',
    silent: 'Does not fire when',
    fixes: 'Quick fixes',
    none: 'none',
    sources: 'Sources',
    statutes: 'Statute text',
    doctrine: 'Doctrine',
    examples: 'Examples',
    departing: 'Departing',
    correct: 'Correct',
    flagged: 'Flagged',
    fixture: 'From',
    noExample: '(no example yet)',
    unknown: (code: string) => `# ${code}\n\nUnknown rule code.`,
    index: '# Judgment Lint rules\n',
  },
} as const;

/** The codes that have a page, in the registry's order. */
export function ruleCodes(): string[] {
  return Object.keys(data.pages);
}

export function rulePage(code: string): RulePage | undefined {
  return Object.prototype.hasOwnProperty.call(data.pages, code) ? data.pages[code] : undefined;
}

/** A fenced block that no backtick run inside the text can close. */
function fence(text: string, info = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const f = '`'.repeat(longest + 1);
  return `${f}${info}\n${text}\n${f}`;
}

/** Markdown-escapes text that goes into a table cell or inline. */
function inline(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`).replace(/\n/g, ' ');
}

/** A block quote of a statute article, one paragraph per line of its text. */
function quote(text: string): string {
  return text
    .split('\n')
    .map((l) => `> ${inline(l)}`)
    .join('\n>\n');
}

function example(title: string, ex: RulePageExample | undefined, l: (typeof LABELS)[PageLanguage]): string[] {
  const out = [`### ${title}`, ''];
  if (!ex || !ex.excerpt) return [...out, l.noExample, ''];
  if (ex.caseName) out.push(`*${inline(ex.caseName)}*`, '');
  out.push(fence(ex.excerpt, 'text'), '');
  if (ex.flagged) out.push(`${l.flagged}: ${inline(ex.flagged)}`, '');
  out.push(`${l.fixture} \`${ex.file}\``, '');
  return out;
}

/** The page of one rule, in Markdown. */
export function renderRulePage(code: string, language: PageLanguage = 'zh-cn'): string {
  const l = LABELS[language];
  const page = rulePage(code);
  if (!page) return l.unknown(code) + '\n';
  const en = language === 'en';
  const out: string[] = [];
  out.push(`# ${page.code} ${page.slug}`, '');
  out.push(`**${l.severity[page.severity] ?? page.severity} · ${basisLabel(page.basis, language)}**`, '');
  out.push(inline(en ? page.messageEn ?? page.message : page.message), '');
  if (en && page.messageEn) out.push(`*${inline(page.message)}*`, '');

  out.push(`## ${l.catalog}`, '', '| | |', '| --- | --- |');
  out.push(`| ${l.slug} | \`${page.slug}\` |`);
  out.push(`| ${l.severityLabel} | ${l.severity[page.severity] ?? page.severity} (\`${page.severity}\`) |`);
  out.push(`| ${l.basisLabel} | ${basisLabel(page.basis, language)} (\`${page.basis}\`) |`);
  if (page.fires) out.push(`| ${l.fires} | ${inline(page.fires)} |`);
  if (page.silent) out.push(`| ${l.silent} | ${inline(page.silent)} |`);
  const fixes = [...page.fixes.map(inline), ...(page.catalogFixes && en ? [inline(page.catalogFixes)] : [])];
  out.push(`| ${l.fixes} | ${fixes.length ? fixes.join('<br>') : l.none} |`, '');

  out.push(`## ${l.sources}`, '');
  for (const s of page.sources) out.push(`- ${inline(en ? s.en : s.zh)}${en && s.kind !== 'doctrine' ? ` — ${inline(s.source)}` : ''}`);
  out.push('');

  const articles = page.sources.flatMap((s) => s.articles);
  if (articles.length) {
    out.push(`## ${l.statutes}`, '');
    const seen = new Set<string>();
    for (const a of articles) {
      const key = `${a.lawId ?? a.heading}:${a.article}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(`### ${inline(a.heading)}${a.version ? `（${inline(a.version)}）` : ''}`, '');
      if (a.text) out.push(quote(a.text), '');
      if (a.problem) out.push(`⚠ ${inline(a.problem)}`, '');
      if (a.note) out.push(`*${inline(a.note)}*`, '');
    }
  }

  if (page.doctrine) out.push(`## ${l.doctrine}`, '', ...page.doctrine.split('\n').map(inline), '');

  out.push(`## ${l.examples}`, '');
  out.push(...example(l.departing, page.departing, l));
  out.push(...example(l.correct, page.correct, l));
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

/** A list of every rule page, with each code linked to its page through `link(code)`. */
export function renderRuleIndex(language: PageLanguage, link: (code: string) => string): string {
  const l = LABELS[language];
  const rows = ruleCodes().map((code) => {
    const p = data.pages[code]!;
    const message = language === 'en' ? p.messageEn ?? p.message : p.message;
    return `| [${code}](${link(code)}) | \`${p.slug}\` | ${l.severity[p.severity] ?? p.severity} | ${inline(message.length > 80 ? message.slice(0, 80) + '…' : message)} |`;
  });
  return [l.index, '| | | | |', '| --- | --- | --- | --- |', ...rows].join('\n') + '\n';
}
