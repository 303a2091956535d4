/**
 * The assessment as Markdown, for the case file and for snapshot tests. Everything taken from
 * the draft is escaped, so a party's name cannot turn into markup; no date of "now" is written,
 * so the same draft always gives the same file.
 */
import type { Assessment, ClaimRow, FindingView } from './assessment';
import { caseRows, claimLocation, countLines, HEADINGS, REPORT_NOTE, REPORT_TITLE, subtitle } from './wording';
import { yuan } from './labels';

/** Escapes text for Markdown: emphasis, code, links, HTML and table pipes stay literal. */
export function mdEscape(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>|~])/g, '\\$1');
}

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

function claimRow(c: ClaimRow): string[] {
  return [
    String(c.number),
    `${mdEscape(c.kindLabel)}：${mdEscape(c.asked)}`,
    c.askedAmount !== undefined ? yuan(c.askedAmount) : '—',
    c.outcomeLabel,
    mdEscape(c.decision),
    c.position ? mdEscape(c.position) : '—',
    c.codes.length ? c.codes.join(' ') : '—',
    claimLocation(c),
  ];
}

function finding(f: FindingView): string[] {
  const out = [`- **${f.code}** ${f.slug} · ${f.severityLabel} · 第${f.line}行第${f.column}列`, '', `  ${mdEscape(f.message)}`, '', `  依据：${f.sources.map(mdEscape).join('；')}`];
  if (f.fix) {
    const others = f.otherFixes.length ? `（另有：${f.otherFixes.map(mdEscape).join('；')}）` : '';
    out.push('', `  修正：${mdEscape(f.fix.title)}${others}`);
  }
  return out;
}

export function assessmentMarkdown(a: Assessment): string {
  const out: string[] = [`# ${REPORT_TITLE}`, ''];
  const sub = subtitle(a);
  if (sub) out.push(mdEscape(sub), '');
  out.push(`> ${REPORT_NOTE}`, '');

  out.push(`## ${HEADINGS.case}`, '');
  out.push(...table(['项目', '引擎的理解'], caseRows(a.case).map(([k, v]) => [k, mdEscape(v)])), '');

  out.push(`## ${HEADINGS.claims}`, '');
  if (a.claims.length === 0) out.push('未识别到编号的诉讼请求。', '');
  else out.push(...table(['项', '请求', '请求数额', '结果', '法院处理', '学说与法律的立场', '提示', '行'], a.claims.map(claimRow)), '');

  out.push(`## ${HEADINGS.findings}`, '');
  const c = a.counts;
  out.push(c.findings === 0 ? '未发现问题。' : countLines(a).findings, '');
  for (const g of a.findingGroups) {
    if (g.findings.length === 0) continue;
    out.push(`### ${g.label}（${g.findings.length}项）`, '');
    for (const f of g.findings) out.push(...finding(f), '');
  }

  out.push(`## ${HEADINGS.addressed}`, '');
  if (a.addressed.length === 0) out.push('本案无需特别检查的说理要点。', '');
  else {
    out.push(
      ...table(
        ['类别', '事项', '状态', '位置', '规则'],
        a.addressed.map((x) => [mdEscape(x.group), mdEscape(x.label), x.statusLabel, x.line !== undefined ? `第${x.line}行` : '—', x.code ?? '—']),
      ),
      '',
    );
  }

  out.push(`## ${HEADINGS.counts}`, '');
  const lines = countLines(a);
  out.push(`- ${lines.claims}`, `- ${lines.findings}`, `- ${lines.addressed}`);
  for (const f of a.failures) out.push(`- 规则 ${f.code} 运行失败：${mdEscape(f.error)}`);
  out.push('');
  return out.join('\n');
}
