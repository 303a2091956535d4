/**
 * The words the Markdown and HTML renderings of an assessment share: headings, the rows of the
 * case table, the count lines. One place, so the two files a judge may export say the same.
 */
import type { Assessment, CaseView, ClaimRow } from './assessment';
import { OUTCOME_LABEL, type Outcome } from './assessment';

export const REPORT_TITLE = '判决书草稿评估';

export const REPORT_NOTE =
  'Judgment Lint 依学说与法律规定对草稿所作的自动评估，供承办法官参考，不替代审判判断。“行”指草稿中的行号。';

export const HEADINGS = {
  case: '一、引擎对案件的理解',
  claims: '二、诉讼请求与裁判结果',
  findings: '三、提示（按依据分组）',
  addressed: '四、说理覆盖情况',
  counts: '五、统计',
} as const;

/** 案号 · 法院 · 案由 · file, as far as known. */
export function subtitle(a: Assessment): string {
  const c = a.case;
  return [c.caseNumber, c.court, c.cause, a.source].filter((x): x is string => Boolean(x)).join(' · ');
}

/** The case table: [label, value] pairs, in reading order. */
export function caseRows(c: CaseView): [string, string][] {
  const rows: [string, string][] = [];
  for (const p of c.parties) {
    const alias = p.aliases.length ? `，简称${p.aliases.join('、')}` : '';
    const role = p.defendantRoleLabel && p.defendantRole !== 'unknown' ? `；${p.defendantRoleLabel}` : '';
    rows.push([p.roleLabel, `${p.name}（${p.kindLabel}${role}${alias}；第${p.line}行）`]);
  }
  if (c.parties.length === 0) rows.push(['当事人', '未能识别']);
  rows.push(['原告类型', c.plaintiffKindLabel]);
  rows.push(['涉及权利', c.rights.length ? c.rights.map((r) => r.label).join('、') : '未能识别']);
  const evidence = c.genAIEvidence.length ? `（依据：${c.genAIEvidence.join('、')}）` : '';
  rows.push(['案件类型', c.caseTypeLabel + (c.genAI ? evidence : '')]);
  if (c.genAI) {
    rows.push(['侵权阶段', c.stageLabel]);
    rows.push(['通知与措施', c.noticeLabel]);
  }
  rows.push(['过错', c.faultLabel]);
  if (c.factsDate) rows.push(['事实发生时间', c.factsDate]);
  if (c.judgmentDate) rows.push(['裁判日期', c.judgmentDate]);
  if (c.excerpt) rows.push(['说明', '草稿自称节选，结构性检查从宽']);
  return rows;
}

/** 第35行 → 第103行: the claim item and where it is decided. */
export function claimLocation(c: ClaimRow): string {
  const decided = c.decisionLines.filter((l) => l !== c.line);
  return decided.length ? `${c.line} → ${decided.join('、')}` : String(c.line);
}

export function countLines(a: Assessment): { claims: string; findings: string; addressed: string } {
  const c = a.counts;
  const outcomes = (Object.keys(OUTCOME_LABEL) as Outcome[])
    .filter((o) => c.byOutcome[o] > 0)
    .map((o) => `${OUTCOME_LABEL[o]} ${c.byOutcome[o]}`)
    .join('，');
  const sev = c.bySeverity;
  const basis = c.byBasis;
  return {
    claims: `诉讼请求 ${c.claims} 项${outcomes ? `：${outcomes}` : ''}`,
    findings:
      `提示 ${c.findings} 项：错误 ${sev.error}，警告 ${sev.warning}，信息 ${sev.information}，建议 ${sev.hint}；` +
      `依据法律规定 ${basis.law}，学说 ${basis.doctrine}，立法建议 ${basis.proposal}；可一键修正 ${c.withFix}`,
    addressed: `说理要点：已论及 ${c.addressed}，未论及 ${c.missing}，需斟酌 ${c.caution}`,
  };
}
