/**
 * What a rule is: its metadata (the catalog row) beside one check over the case model.
 */
import type { Basis, Finding, Fix, Severity, Span } from '../types';
import type { CaseModel } from '../model/case';
import { MESSAGES_EN } from './messages-en';
import { sourceLabel, type Language } from './sources';

export { sourceLabel, type Language } from './sources';

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
  /** The same in English, for findings asked for in English (else the rule's English one-liner). */
  messageEn?: string;
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

const BASIS_LABEL: Record<Language, Record<Basis, string>> = {
  'zh-cn': {
    law: '法律规定',
    doctrine: '学说（现行法解释）',
    proposal: '立法建议（非现行法）',
  },
  en: {
    law: 'law',
    doctrine: 'doctrine (reading of current law)',
    proposal: 'proposal (not yet law)',
  },
};

/** How a basis is named to the reader, in the language of the messages. */
export function basisLabel(basis: Basis, language: Language = 'zh-cn'): string {
  return BASIS_LABEL[language][basis];
}

/**
 * A report as the reader sees it: the rule's metadata, and a message in the language asked for
 * (Chinese by default) that names the basis and the sources.
 */
export function toFinding(rule: Rule, report: Report, language: Language = 'zh-cn'): Finding {
  const sources = rule.sources.map((s) => sourceLabel(s, language));
  let message: string;
  if (language === 'en') {
    // A finding's own wording stays Chinese unless the rule gave it in English too.
    const text = report.message !== undefined ? report.messageEn ?? report.message : MESSAGES_EN[rule.code]?.message ?? rule.message;
    message = `${text} (${basisLabel(rule.basis, 'en')}; sources: ${sources.join('; ')})`;
  } else {
    message = `${report.message ?? rule.message}（${basisLabel(rule.basis)}；依据：${sources.join('；')}）`;
  }
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
