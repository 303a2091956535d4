/**
 * Judgment Lint's engine: Markdown judgment draft → document model → case model → rules →
 * findings. Pure: no `vscode`, no Node built-ins; everything it returns is plain data.
 *
 * This is the engine's one public door.
 */
import { buildCaseModel, type CaseModel } from './model/case';
import { parseStretch, stretches, type Block, type BlockCache } from './document/markdown';
import { RULES } from './rules/index';
import { toFinding, type Rule, type RuleOptions } from './rules/rule';
import { applySuppressions } from './suppress';
import type { Finding, Severity } from './types';

export type { Basis, Finding, Fix, Severity, Span, TextEdit } from './types';
export type { CaseModel } from './model/case';
export type { Rule, RuleOptions } from './rules/rule';
export { RULES } from './rules/index';
export { applyEdits } from './fixes/edits';
export { sourceLabel, basisLabel, type Language } from './rules/rule';
export { parseSource, lawNameEn, type SourceRef, type ArticleRef } from './rules/sources';
export { MESSAGES_EN, type RuleTextEn } from './rules/messages-en';
export { LineIndex } from './text/lines';
export type { Citation } from './model/citations';
export type { Law } from './statutes/index';
export { lawById, lawByTitle } from './statutes/index';
export { explainCitation, type CitationInfo } from './statutes/explain';
export { buildCaseModel } from './model/case';
// Configuration files and suppression comments (issue 6).
export {
  parseConfig, resolveConfig, resolveConfigSync, mergeRuleSettings, toLintOptions, settingsToRules, turnRuleOff, configSchema,
  RULE_LEVELS, RULE_OPTIONS,
  type RuleLevel, type RuleSetting, type RuleSettings, type ConfigProblem, type ParsedConfig, type ConfigSource, type ConfigLoader,
  type AsyncConfigLoader, type ResolvedConfig,
} from './config';
export { applySuppressions, findDirectives, disableNextLineEdit, disableFileEdit, type Directive, type DirectiveKind } from './suppress';
// The assessment (issue 5): plain data and its Markdown / HTML renderings.
export * from './report/index';

export interface LintOptions {
  /** Rule options (e.g. `GAI018.threshold`), keyed by rule code. */
  ruleOptions?: Record<string, RuleOptions>;
  /** Codes to skip. */
  disabled?: readonly string[];
  /** Severity per code, replacing the rule's own (from a config file or the editor's settings). */
  severity?: Record<string, Severity>;
  /** Language of the findings' messages: Chinese (the default) or English. */
  language?: 'zh-cn' | 'en';
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
  return analyzeWith(text, options);
}

function analyzeWith(text: string, options: LintOptions, cache?: BlockCache): Analysis {
  const model = buildCaseModel(text, cache);
  const findings: Finding[] = [];
  const failures: Analysis['failures'] = [];
  const disabled = new Set(options.disabled ?? []);
  for (const rule of RULES as readonly Rule[]) {
    if (disabled.has(rule.code)) continue;
    try {
      const reports = rule.check(model, { options: options.ruleOptions?.[rule.code] ?? {} });
      const severity = options.severity?.[rule.code];
      for (const r of reports) {
        const f = toFinding(rule, r, options.language);
        if (severity) f.severity = severity;
        findings.push(f);
      }
    } catch (e) {
      failures.push({ code: rule.code, error: e instanceof Error ? e.message : String(e) });
    }
  }
  findings.sort(byPosition);
  // The draft's own <!-- judgment-lint-disable … --> comments, the same for every consumer.
  return { model, findings: applySuppressions(text, findings), failures };
}

/** Lints a Markdown judgment draft: the findings, sorted by position. */
export function lint(text: string, options: LintOptions = {}): Finding[] {
  return analyze(text, options).findings;
}

/** How a caller keeps a long analysis from holding the thread: a check for cancellation, and a pause. */
export interface Control {
  /** Asked between steps; when it answers true the analysis stops with `Cancelled`. */
  isCancelled?(): boolean;
  /** Awaited between steps (the adapter yields to its event loop here: setTimeout, setImmediate). */
  pause?(): Promise<void>;
}

/** Thrown by the asynchronous analyses when their `Control` cancels them. */
export class Cancelled extends Error {
  constructor() {
    super('analysis cancelled');
    this.name = 'Cancelled';
  }
}

/**
 * The analysis in steps: the stretches are parsed one by one with a pause (and a cancellation
 * check) between them, then the case model is built, then the rules run, again with pauses.
 * The result is `analyze`'s. Nothing here waits on anything but `control.pause`.
 */
async function analyzeInSteps(text: string, options: LintOptions, control: Control, cache?: BlockCache): Promise<Analysis> {
  const step = async () => {
    if (control.isCancelled?.()) throw new Cancelled();
    await control.pause?.();
    if (control.isCancelled?.()) throw new Cancelled();
  };
  // Without a session, a cache for this analysis alone.
  const own = new Map<string, readonly Block[]>();
  const store: BlockCache = cache ?? { get: (stretch) => own.get(stretch), set: (stretch, blocks) => void own.set(stretch, blocks) };
  let sinceLast = 0;
  for (const [from, to] of stretches(text)) {
    const stretch = text.slice(from, to);
    if (store.get(stretch)) continue;
    // Stored at once, so what a cancelled run parsed is there for the next one.
    store.set(stretch, parseStretch(stretch));
    sinceLast += to - from;
    // A pause every ~20k characters parsed: a few milliseconds of work between two pauses.
    if (sinceLast > 20_000) {
      sinceLast = 0;
      await step();
    }
  }
  await step();
  const result = analyzeWith(text, options, store);
  await step();
  return result;
}

/** As `analyze`, in steps that pause and may be cancelled (see `Control`). */
export function analyzeAsync(text: string, options: LintOptions = {}, control: Control = {}): Promise<Analysis> {
  return analyzeInSteps(text, options, control);
}

/** An editing session on one draft: `update` takes each new text and returns what `lint` would. */
export interface Session {
  /** As `analyze`, in steps that pause and may be cancelled; the session's cache is kept either way. */
  analyzeAsync(text: string, control?: Control): Promise<Analysis>;
  /** Analyses the new text of the draft, re-parsing only the stretches that changed. */
  update(text: string): Finding[];
  /** As `update`, with the case model. */
  analyze(text: string): Analysis;
  /** The options the session lints with (replacing them re-lints nothing until the next update). */
  options: LintOptions;
}

/**
 * Starts an editing session. The draft is cut into stretches at safe blank lines
 * (document/markdown.ts); between updates the session keeps each stretch's parsed blocks, so an
 * edit re-parses only the stretch it falls in. The findings are those of a fresh `lint(text)`:
 * the same parser runs on the same stretches, cached or not.
 */
export function createSession(options: LintOptions = {}): Session {
  let blocks = new Map<string, readonly Block[]>();
  /** The cache for one analysis: it reads the last text's stretches and collects this text's. */
  const forThisText = () => {
    const next = new Map<string, readonly Block[]>();
    const cache: BlockCache = {
      get: (stretch) => {
        const b = blocks.get(stretch) ?? next.get(stretch);
        if (b) next.set(stretch, b);
        return b;
      },
      set: (stretch, b) => void next.set(stretch, b),
    };
    return { next, cache };
  };
  const session: Session = {
    options,
    analyze(text: string): Analysis {
      const { next, cache } = forThisText();
      const result = analyzeWith(text, session.options, cache);
      // Only the stretches of the latest text are kept: memory follows the draft, not its history.
      blocks = next;
      return result;
    },
    update(text: string): Finding[] {
      return session.analyze(text).findings;
    },
    async analyzeAsync(text: string, control: Control = {}): Promise<Analysis> {
      const { next, cache } = forThisText();
      let done = false;
      try {
        const result = await analyzeInSteps(text, session.options, control, cache);
        done = true;
        return result;
      } finally {
        // After a cancellation the old text's stretches are kept beside what was parsed so far.
        blocks = done ? next : new Map([...blocks, ...next]);
      }
    },
  };
  return session;
}
