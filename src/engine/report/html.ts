/**
 * The assessment as HTML.
 *
 * `assessmentBody` is the markup both the export and the VS Code webview show: classes only (no
 * style attributes, no scripts, no event handlers), every piece of the draft escaped, and
 * `data-line` on what a click can jump to. `assessmentHtml` wraps it in a self-contained page
 * with inline CSS and no remote resources, for the case file.
 */
import type { Assessment, ClaimRow, FindingView } from './assessment';
import { caseRows, claimLocation, countLines, HEADINGS, REPORT_NOTE, REPORT_TITLE, subtitle } from './wording';
import { yuan } from './labels';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

export interface BodyOptions {
  /** Fix buttons (the webview); the export lists the fixes as text. */
  interactive?: boolean;
}

function claimRow(c: ClaimRow): string {
  const cells = [
    `<td class="jl-num">${c.number}</td>`,
    `<td class="jl-asked"><span class="jl-kind">${escapeHtml(c.kindLabel)}</span> ${escapeHtml(c.asked)}</td>`,
    `<td class="jl-amount">${c.askedAmount !== undefined ? yuan(c.askedAmount) : '—'}</td>`,
    `<td class="jl-outcome"><span class="jl-badge jl-${c.outcome}">${escapeHtml(c.outcomeLabel)}</span></td>`,
    `<td class="jl-decision">${escapeHtml(c.decision)}</td>`,
    `<td class="jl-position">${c.position ? escapeHtml(c.position) : '—'}</td>`,
    `<td class="jl-codes">${c.codes.length ? c.codes.map((x) => `<code>${escapeHtml(x)}</code>`).join(' ') : '—'}</td>`,
    `<td class="jl-line">${escapeHtml(claimLocation(c))}</td>`,
  ];
  const attrs = `class="jl-claim jl-row-${c.outcome}" data-line="${c.line}" data-number="${c.number}" data-outcome="${c.outcome}" data-codes="${escapeHtml(c.codes.join(' '))}" tabindex="0"`;
  return `<tr ${attrs}>${cells.join('')}</tr>`;
}

function findingItem(f: FindingView, interactive: boolean): string {
  const parts = [
    `<div class="jl-fhead"><code class="jl-code">${escapeHtml(f.code)}</code> <span class="jl-slug">${escapeHtml(f.slug)}</span> ` +
      `<span class="jl-sev jl-sev-${f.severity}">${escapeHtml(f.severityLabel)}</span> <span class="jl-loc">第${f.line}行第${f.column}列</span></div>`,
    `<p class="jl-msg">${escapeHtml(f.message)}</p>`,
    `<p class="jl-src">依据：${f.sources.map(escapeHtml).join('；')}</p>`,
  ];
  if (f.fix) {
    const others = f.otherFixes.length ? `<span class="jl-other">另有：${f.otherFixes.map(escapeHtml).join('；')}</span>` : '';
    parts.push(
      interactive
        ? `<p class="jl-fix"><button type="button" class="jl-apply" data-action="applyFix" data-finding="${f.index}">应用修正：${escapeHtml(f.fix.title)}</button>${others}</p>`
        : `<p class="jl-fix">修正：${escapeHtml(f.fix.title)}${others ? `（${others}）` : ''}</p>`,
    );
  }
  return `<li class="jl-finding jl-sev-${f.severity}" data-line="${f.line}" data-column="${f.column}" data-code="${escapeHtml(f.code)}" tabindex="0">${parts.join('')}</li>`;
}

export function assessmentBody(a: Assessment, options: BodyOptions = {}): string {
  const interactive = options.interactive ?? false;
  const out: string[] = [];
  const sub = subtitle(a);
  out.push(`<header class="jl-header"><h1>${REPORT_TITLE}</h1>${sub ? `<p class="jl-subtitle">${escapeHtml(sub)}</p>` : ''}<p class="jl-note">${escapeHtml(REPORT_NOTE)}</p></header>`);

  out.push(`<section class="jl-case"><h2>${HEADINGS.case}</h2><dl class="jl-facts">`);
  for (const [k, v] of caseRows(a.case)) out.push(`<div class="jl-fact"><dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd></div>`);
  out.push('</dl></section>');

  out.push(`<section class="jl-claims-section"><h2>${HEADINGS.claims}</h2>`);
  if (a.claims.length === 0) out.push('<p class="jl-empty">未识别到编号的诉讼请求。</p>');
  else {
    const head = ['项', '请求', '请求数额', '结果', '法院处理', '学说与法律的立场', '提示', '行'].map((h) => `<th scope="col">${h}</th>`).join('');
    out.push(`<table class="jl-claims"><thead><tr>${head}</tr></thead><tbody>${a.claims.map(claimRow).join('')}</tbody></table>`);
  }
  out.push('</section>');

  const lines = countLines(a);
  out.push(`<section class="jl-findings"><h2>${HEADINGS.findings}</h2>`);
  out.push(`<p class="jl-summary">${a.counts.findings === 0 ? '未发现问题。' : escapeHtml(lines.findings)}</p>`);
  for (const g of a.findingGroups) {
    if (g.findings.length === 0) continue;
    out.push(`<h3 class="jl-basis jl-basis-${g.basis}">${escapeHtml(g.label)}<span class="jl-count">${g.findings.length}</span></h3>`);
    out.push(`<ul class="jl-list">${g.findings.map((f) => findingItem(f, interactive)).join('')}</ul>`);
  }
  out.push('</section>');

  out.push(`<section class="jl-addressed-section"><h2>${HEADINGS.addressed}</h2>`);
  if (a.addressed.length === 0) out.push('<p class="jl-empty">本案无需特别检查的说理要点。</p>');
  else {
    out.push('<table class="jl-points"><thead><tr><th scope="col">类别</th><th scope="col">事项</th><th scope="col">状态</th><th scope="col">位置</th><th scope="col">规则</th></tr></thead><tbody>');
    for (const x of a.addressed) {
      const attrs = x.line !== undefined ? ` data-line="${x.line}" tabindex="0"` : '';
      out.push(
        `<tr class="jl-point jl-${x.status}"${attrs}><td>${escapeHtml(x.group)}</td><td>${escapeHtml(x.label)}</td>` +
          `<td><span class="jl-badge jl-${x.status}">${escapeHtml(x.statusLabel)}</span></td><td>${x.line !== undefined ? `第${x.line}行` : '—'}</td><td>${x.code ? `<code>${x.code}</code>` : '—'}</td></tr>`,
      );
    }
    out.push('</tbody></table>');
  }
  out.push('</section>');

  out.push(`<section class="jl-counts"><h2>${HEADINGS.counts}</h2><ul>`);
  for (const l of [lines.claims, lines.findings, lines.addressed]) out.push(`<li>${escapeHtml(l)}</li>`);
  for (const f of a.failures) out.push(`<li class="jl-failure">规则 ${escapeHtml(f.code)} 运行失败：${escapeHtml(f.error)}</li>`);
  out.push('</ul></section>');
  return out.join('\n');
}

/** Print-friendly, light by default, dark where the reader's system asks for it. */
const EXPORT_CSS = `
:root { color-scheme: light dark; --fg: #1f2328; --bg: #ffffff; --muted: #59636e; --border: #d1d9e0; --head: #f6f8fa;
  --accent: #b42318; --ok: #1a7f37; --warn: #9a6700; --bad: #cf222e; --info: #0969da; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; --border: #3d444d; --head: #151b23;
    --accent: #ff7b72; --ok: #3fb950; --warn: #d29922; --bad: #f85149; --info: #4493f8; }
}
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
  color: var(--fg); background: var(--bg); margin: 2em auto; max-width: 72em; padding: 0 1.5em; line-height: 1.6; }
h1 { font-size: 1.6em; border-bottom: 3px solid var(--accent); padding-bottom: .2em; margin-bottom: .2em; }
h2 { font-size: 1.25em; margin-top: 1.6em; border-bottom: 1px solid var(--border); padding-bottom: .2em; }
h3 { font-size: 1.05em; margin: 1.2em 0 .4em; }
.jl-subtitle { color: var(--muted); margin: 0; }
.jl-note { color: var(--muted); font-size: .9em; border-left: 3px solid var(--border); padding-left: .8em; }
table { border-collapse: collapse; width: 100%; font-size: .92em; }
th, td { border: 1px solid var(--border); padding: .35em .55em; vertical-align: top; text-align: left; }
thead th { background: var(--head); white-space: nowrap; }
.jl-facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(22em, 1fr)); column-gap: 2em; margin: 0; }
.jl-fact { display: flex; gap: 1em; border-bottom: 1px solid var(--border); padding: .25em 0; }
.jl-fact dt { flex: none; width: 6em; color: var(--muted); }
.jl-fact dd { margin: 0; }
.jl-asked { min-width: 14em; } .jl-position { min-width: 12em; } .jl-decision { min-width: 9em; }
.jl-num, .jl-amount, .jl-line { white-space: nowrap; }
.jl-kind { font-weight: 600; }
.jl-badge { display: inline-block; padding: 0 .45em; border-radius: 3px; border: 1px solid currentColor; white-space: nowrap; font-size: .9em; }
.jl-granted, .jl-addressed, .jl-costs { color: var(--ok); }
.jl-partly, .jl-disposed, .jl-caution { color: var(--warn); }
.jl-denied { color: var(--muted); }
.jl-unanswered, .jl-reasoningOnly, .jl-missing { color: var(--bad); }
tr.jl-point td, tr.jl-claim td { color: var(--fg); }
code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .9em; }
.jl-count { margin-left: .5em; color: var(--muted); font-weight: normal; }
.jl-count::before { content: "（"; } .jl-count::after { content: "项）"; }
.jl-list { list-style: none; padding: 0; }
.jl-finding { border: 1px solid var(--border); border-left: 4px solid var(--info); padding: .5em .8em; margin: .5em 0; }
.jl-finding.jl-sev-error { border-left-color: var(--bad); }
.jl-finding.jl-sev-warning { border-left-color: var(--warn); }
.jl-finding p { margin: .3em 0; }
.jl-code { font-weight: 700; }
.jl-slug, .jl-loc, .jl-src, .jl-other { color: var(--muted); }
.jl-sev { font-size: .85em; padding: 0 .4em; border: 1px solid var(--border); border-radius: 3px; }
.jl-src, .jl-fix { font-size: .9em; }
@media print { body { margin: 0; max-width: none; } .jl-finding { break-inside: avoid; } }
`;

/** A self-contained HTML page: inline CSS, no scripts, no remote resources. */
export function assessmentHtml(a: Assessment): string {
  const title = [REPORT_TITLE, a.case.caseNumber].filter(Boolean).join(' ');
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Judgment Lint">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${EXPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<main class="jl-assessment">',
    assessmentBody(a),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
