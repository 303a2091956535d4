/**
 * Judgment Lint's engine: Markdown judgment draft → document model → case model → rules →
 * findings. Pure: no `vscode`, no Node built-ins; everything it returns is plain data.
 *
 * This is the engine's one public door.
 */
import { buildCaseModel, type CaseModel } from './model/case';
import { RULES } from './rules/index';
import { toFinding, type Rule, type RuleOptions } from './rules/rule';
import type { Finding } from './types';

export type { Basis, Finding, Fix, Severity, Span, TextEdit } from './types';
export type { CaseModel } from './model/case';
export type { Rule, RuleOptions } from './rules/rule';
export { RULES } from './rules/index';
export { applyEdits } from './fixes/edits';
export { sourceLabel } from './rules/rule';
export { LineIndex } from './text/lines';
export type { Citation } from './model/citations';
export type { Law } from './statutes/index';
export { lawById, lawByTitle } from './statutes/index';
export { explainCitation, type CitationInfo } from './statutes/explain';
export { buildCaseModel } from './model/case';

export interface LintOptions {
  /** Rule options (e.g. `GAI018.threshold`), keyed by rule code. */
  ruleOptions?: Record<string, RuleOptions>;
  /** Codes to skip. */
  disabled?: readonly string[];
}

export interface Analysis {
  model: CaseModel;
  findings: Finding[];
  /** Rules that threw: reported, never allowed to take the other findings down. */
  failures: { code: string; error: string }[];
}

function byPosition(a: Finding, b: Finding): number {
  return a.range.start - b.range.start || a.range.end - b.range.end || a.code.localeCompare(b.code);
}

/** Lints a draft and returns the case model with the findings. */
export function analyze(text: string, options: LintOptions = {}): Analysis {
  const model = buildCaseModel(text);
  const findings: Finding[] = [];
  const failures: Analysis['failures'] = [];
  const disabled = new Set(options.disabled ?? []);
  for (const rule of RULES as readonly Rule[]) {
    if (disabled.has(rule.code)) continue;
    try {
      const reports = rule.check(model, { options: options.ruleOptions?.[rule.code] ?? {} });
      for (const r of reports) findings.push(toFinding(rule, r));
    } catch (e) {
      failures.push({ code: rule.code, error: e instanceof Error ? e.message : String(e) });
    }
  }
  findings.sort(byPosition);
  return { model, findings, failures };
}

/** Lints a Markdown judgment draft: the findings, sorted by position. */
export function lint(text: string, options: LintOptions = {}): Finding[] {
  return analyze(text, options).findings;
}
