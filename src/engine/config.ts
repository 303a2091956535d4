/**
 * The configuration file `.judgment-lint.json` / `.judgment-lint.jsonc`: its shape, its
 * validation, the merging of an `extends` chain, and its translation into `LintOptions`.
 *
 * Pure, like the rest of the engine: reading files is the adapter's job (the VS Code extension
 * through `vscode.workspace.fs`, the CLI through Node's fs), passed in as a loader callback.
 * The file is data only: nothing in it is ever executed or fetched.
 *
 * The shape (JSON with comments and trailing commas):
 *
 *     {
 *       "extends": "../court-defaults.json",        // or a list; later entries win
 *       "rules": {
 *         "GAI001": "off",                          // off | hint | information | warning | error
 *         "GAI012": "hint",
 *         "GAI018": { "severity": "warning", "options": { "threshold": 80000 } }
 *       }
 *     }
 *
 * A rule's entry is a level, or an object with an optional `severity` (a level) and optional
 * `options`. The file's own rules override those it extends. Unknown codes and keys are
 * warnings and ignored; a bad level or option value is an error and that entry is ignored.
 */
// The ES module build: the package's `main` is a UMD wrapper whose inner require() calls
// bundlers cannot follow, so a Node-platform bundle would look for ./impl/* at run time.
import { applyEdits as applyJsonEdits, modify, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { RULES } from './rules/index';
import type { RuleOptions } from './rules/rule';
import { LineIndex } from './text/lines';
import type { Severity } from './types';
import type { LintOptions } from './index';

/** A rule's level in a config file: a severity, or `off`. */
export type RuleLevel = 'off' | Severity;
export const RULE_LEVELS: readonly RuleLevel[] = ['off', 'hint', 'information', 'warning', 'error'];

/** One rule's configuration, normalised from either form. */
export interface RuleSetting {
  severity?: RuleLevel;
  options?: RuleOptions;
}
export type RuleSettings = Record<string, RuleSetting>;

export interface ConfigProblem {
  severity: 'error' | 'warning';
  message: string;
  /** The file it was found in (the loader's id), 1-based line and column in it. */
  file?: string;
  line?: number;
  column?: number;
}

export interface ParsedConfig {
  extends: string[];
  rules: RuleSettings;
  problems: ConfigProblem[];
}

/** The options each rule accepts, for validation and for the JSON schema. */
interface OptionSpec {
  /** 'array' is an array of strings. */
  type: 'number' | 'string' | 'boolean' | 'array';
  minimum?: number;
  description: string;
}
export const RULE_OPTIONS: Record<string, Record<string, OptionSpec>> = {
  GAI018: {
    threshold: { type: 'number', minimum: 0, description: 'Yuan above which a discretionary award needs explicit reasons for its level (default 50000).' },
  },
  CITE004: {
    knownTitles: { type: 'array', description: 'Titles of laws to accept as known, for a law enacted after the extension was built (e.g. ["中华人民共和国某某法"]).' },
  },
};

const TOP_KEYS = ['$schema', 'extends', 'rules'];
const ENTRY_KEYS = ['severity', 'options'];

function knownCodes(): Set<string> {
  return new Set(RULES.map((r) => r.code));
}

const PARSE_ERROR: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'a property name is expected',
  ValueExpected: 'a value is expected',
  ColonExpected: "':' is expected",
  CommaExpected: "',' is expected",
  CloseBraceExpected: "'}' is expected",
  CloseBracketExpected: "']' is expected",
  EndOfFileExpected: 'text after the end of the configuration',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfComment: 'unterminated comment',
};

const quote = (s: string) => `'${s}'`;

/** Parses and validates one configuration file's text. */
export function parseConfig(text: string, file?: string): ParsedConfig {
  const out: ParsedConfig = { extends: [], rules: {}, problems: [] };
  let lines: LineIndex | undefined;
  const problem = (severity: ConfigProblem['severity'], message: string, at?: number) => {
    const p: ConfigProblem = { severity, message };
    if (file !== undefined) p.file = file;
    if (at !== undefined) {
      lines ??= new LineIndex(text);
      const pos = lines.position(at);
      p.line = pos.line;
      p.column = pos.column;
    }
    out.problems.push(p);
  };

  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  // A file that is empty, or only comments, configures nothing and is no error.
  if (!root && errors.every((e) => printParseErrorCode(e.error) === 'ValueExpected')) return out;
  for (const e of errors) {
    const code = printParseErrorCode(e.error);
    problem('error', PARSE_ERROR[code] ?? code, e.offset);
  }
  if (!root) return out;
  if (root.type !== 'object') {
    problem('error', 'the configuration must be a JSON object', root.offset);
    return out;
  }
  const codes = knownCodes();
  for (const [key, value, keyNode] of properties(root)) {
    if (key === '$schema') continue;
    if (key === 'extends') {
      if (value.type === 'string') out.extends.push(value.value as string);
      else if (value.type === 'array' && (value.children ?? []).every((c) => c.type === 'string')) out.extends.push(...(value.children ?? []).map((c) => c.value as string));
      else problem('error', '"extends" must be a file path or a list of file paths', value.offset);
    } else if (key === 'rules') {
      if (value.type !== 'object') {
        problem('error', '"rules" must be an object mapping rule codes to levels', value.offset);
        continue;
      }
      for (const [code, entry, codeNode] of properties(value)) {
        if (!codes.has(code)) {
          const upper = code.toUpperCase();
          problem('warning', `${quote(code)} is not a rule code${codes.has(upper) ? ` (did you mean ${upper}?)` : ''}; ignored`, codeNode.offset);
          continue;
        }
        const setting = ruleSetting(code, entry, problem);
        if (setting) out.rules[code] = setting;
      }
    } else {
      problem('warning', `unknown key ${quote(key)} (expected ${TOP_KEYS.slice(1).map((k) => `"${k}"`).join(' or ')}); ignored`, keyNode.offset);
    }
  }
  return out;
}

/** The [key, value, key node] of an object node's properties. */
function properties(node: JsonNode): [string, JsonNode, JsonNode][] {
  const out: [string, JsonNode, JsonNode][] = [];
  for (const p of node.children ?? []) {
    const [k, v] = p.children ?? [];
    if (k && v && k.type === 'string') out.push([k.value as string, v, k]);
  }
  return out;
}

function level(code: string, node: JsonNode, problem: (s: ConfigProblem['severity'], m: string, at?: number) => void): RuleLevel | undefined {
  const v = node.value;
  if (node.type === 'string' && (RULE_LEVELS as readonly string[]).includes(v as string)) return v as RuleLevel;
  const hint = v === 'ignore' ? " (use 'off')" : v === 'warn' ? " (use 'warning')" : v === 'info' ? " (use 'information')" : '';
  problem('error', `rules.${code}: ${JSON.stringify(v ?? null)} is not a level${hint}; expected one of ${RULE_LEVELS.join(', ')}`, node.offset);
  return undefined;
}

function ruleSetting(code: string, node: JsonNode, problem: (s: ConfigProblem['severity'], m: string, at?: number) => void): RuleSetting | undefined {
  if (node.type === 'string') {
    const l = level(code, node, problem);
    return l ? { severity: l } : undefined;
  }
  if (node.type !== 'object') {
    problem('error', `rules.${code} must be a level (${RULE_LEVELS.join(', ')}) or an object with "severity" and "options"`, node.offset);
    return undefined;
  }
  const setting: RuleSetting = {};
  let ok = true;
  for (const [key, value, keyNode] of properties(node)) {
    if (key === 'severity') {
      const l = level(code, value, problem);
      if (l) setting.severity = l;
      else ok = false;
    } else if (key === 'options') {
      const options = ruleOptions(code, value, problem);
      if (options) setting.options = options;
      else ok = false;
    } else {
      problem('warning', `rules.${code}: unknown key ${quote(key)} (expected ${ENTRY_KEYS.map((k) => `"${k}"`).join(' or ')}); ignored`, keyNode.offset);
    }
  }
  return ok ? setting : undefined;
}

function ruleOptions(code: string, node: JsonNode, problem: (s: ConfigProblem['severity'], m: string, at?: number) => void): RuleOptions | undefined {
  if (node.type !== 'object') {
    problem('error', `rules.${code}.options must be an object`, node.offset);
    return undefined;
  }
  const specs = RULE_OPTIONS[code] ?? {};
  const options: RuleOptions = {};
  let ok = true;
  for (const [key, value, keyNode] of properties(node)) {
    const spec = specs[key];
    if (!spec) {
      const known = Object.keys(specs);
      problem('warning', `rules.${code}.options: ${code} has ${known.length ? `the options ${known.join(', ')}, not ${quote(key)}` : `no options (${quote(key)})`}; ignored`, keyNode.offset);
      continue;
    }
    if (spec.type === 'array') {
      const items = value.children ?? [];
      if (value.type !== 'array' || !items.every((c) => c.type === 'string')) {
        problem('error', `rules.${code}.options.${key} must be an array of strings`, value.offset);
        ok = false;
        continue;
      }
      options[key] = items.map((c) => c.value as string);
      continue;
    }
    const v = value.value as unknown;
    if (value.type !== spec.type || (spec.minimum !== undefined && typeof v === 'number' && v < spec.minimum)) {
      problem('error', `rules.${code}.options.${key} must be a ${spec.type}${spec.minimum !== undefined ? ` ≥ ${spec.minimum}` : ''}`, value.offset);
      ok = false;
      continue;
    }
    options[key] = v;
  }
  return ok ? options : undefined;
}

/** Rule settings of `higher` over those of `lower`: a level replaces, options merge key by key. */
export function mergeRuleSettings(lower: RuleSettings, higher: RuleSettings): RuleSettings {
  const out: RuleSettings = {};
  for (const [code, s] of Object.entries(lower)) out[code] = { ...s, ...(s.options ? { options: { ...s.options } } : {}) };
  for (const [code, s] of Object.entries(higher)) {
    const prev = out[code] ?? {};
    const next: RuleSetting = { ...prev };
    if (s.severity !== undefined) next.severity = s.severity;
    if (s.options) next.options = { ...prev.options, ...s.options };
    out[code] = next;
  }
  return out;
}

// ---------------------------------------------------------------------------------- extends

/** A configuration file as the adapter loaded it; `id` names it in problems and detects cycles. */
export interface ConfigSource {
  id: string;
  text: string;
}

/**
 * Loads a file: `ref` is the entry itself (with `from` undefined) or an `extends` entry as written,
 * relative to the file `from` names. Returns undefined when there is no such file; may throw
 * (the message becomes a problem).
 */
export type ConfigLoader = (ref: string, from: string | undefined) => ConfigSource | undefined;
export type AsyncConfigLoader = (ref: string, from: string | undefined) => Promise<ConfigSource | undefined>;

export interface ResolvedConfig {
  rules: RuleSettings;
  /** Every file read, the entry first. */
  files: string[];
  problems: ConfigProblem[];
}

const MAX_EXTENDS_DEPTH = 16;
type Loaded = ConfigSource | undefined | { error: string };

/**
 * The resolution as a generator that yields each [ref, from] it needs loaded: one algorithm for
 * the synchronous loader (CLI) and the asynchronous one (VS Code's file system).
 */
function* resolving(entry: string): Generator<[string, string | undefined], ResolvedConfig, Loaded> {
  const problems: ConfigProblem[] = [];
  const files: string[] = [];
  function* visit(ref: string, from: string | undefined, stack: string[]): Generator<[string, string | undefined], RuleSettings, Loaded> {
    const loaded = yield [ref, from];
    const where = from === undefined ? {} : { file: from };
    if (!loaded || 'error' in loaded) {
      const why = loaded ? loaded.error : 'no such file';
      problems.push({ severity: 'error', message: from === undefined ? `cannot read ${ref}: ${why}` : `"extends": cannot read ${quote(ref)}: ${why}`, ...where });
      return {};
    }
    if (stack.includes(loaded.id)) {
      problems.push({ severity: 'error', message: `"extends" makes a cycle: ${[...stack, loaded.id].join(' → ')}`, ...where });
      return {};
    }
    if (stack.length >= MAX_EXTENDS_DEPTH) {
      problems.push({ severity: 'error', message: `"extends" is nested more than ${MAX_EXTENDS_DEPTH} deep`, ...where });
      return {};
    }
    if (!files.includes(loaded.id)) files.push(loaded.id);
    const parsed = parseConfig(loaded.text, loaded.id);
    problems.push(...parsed.problems);
    let rules: RuleSettings = {};
    for (const ext of parsed.extends) rules = mergeRuleSettings(rules, yield* visit(ext, loaded.id, [...stack, loaded.id]));
    return mergeRuleSettings(rules, parsed.rules);
  }
  const rules = yield* visit(entry, undefined, []);
  return { rules, files, problems };
}

const failed = (e: unknown): Loaded => ({ error: e instanceof Error ? e.message : String(e) });

/** Reads a configuration file and everything it extends, with a synchronous loader. */
export function resolveConfigSync(entry: string, load: ConfigLoader): ResolvedConfig {
  const gen = resolving(entry);
  let step = gen.next(undefined);
  while (!step.done) {
    let loaded: Loaded;
    try {
      loaded = load(...step.value);
    } catch (e) {
      loaded = failed(e);
    }
    step = gen.next(loaded);
  }
  return step.value;
}

/** Reads a configuration file and everything it extends, with an asynchronous loader. */
export async function resolveConfig(entry: string, load: AsyncConfigLoader): Promise<ResolvedConfig> {
  const gen = resolving(entry);
  let step = gen.next(undefined);
  while (!step.done) {
    let loaded: Loaded;
    try {
      loaded = await load(...step.value);
    } catch (e) {
      loaded = failed(e);
    }
    step = gen.next(loaded);
  }
  return step.value;
}

// ---------------------------------------------------------------------------------- options

/**
 * Rule settings as engine options, over `base` (whatever else the caller sets, e.g. the
 * language): `off` disables a rule, another level overrides its severity, options merge.
 */
export function toLintOptions(rules: RuleSettings, base: LintOptions = {}): LintOptions {
  const disabled = new Set(base.disabled ?? []);
  const severity: Record<string, Severity> = { ...base.severity };
  const ruleOptions: Record<string, RuleOptions> = { ...base.ruleOptions };
  for (const [code, s] of Object.entries(rules)) {
    if (s.severity === 'off') disabled.add(code);
    else if (s.severity) {
      disabled.delete(code);
      severity[code] = s.severity;
    }
    if (s.options) ruleOptions[code] = { ...ruleOptions[code], ...s.options };
  }
  return { ...base, disabled: [...disabled], severity, ruleOptions };
}

/**
 * The editor's settings as rule settings, so that they sit under the file's: the severity
 * map (`ignore` is VS Code's word for off; unknown codes and values are dropped) and GAI018's
 * threshold.
 */
export function settingsToRules(settings: { severity?: Record<string, unknown>; highAwardThreshold?: unknown }): RuleSettings {
  const codes = knownCodes();
  const rules: RuleSettings = {};
  for (const [code, v] of Object.entries(settings.severity ?? {})) {
    if (!codes.has(code)) continue;
    const l = v === 'ignore' ? 'off' : v;
    if (typeof l === 'string' && (RULE_LEVELS as readonly string[]).includes(l)) rules[code] = { severity: l as RuleLevel };
  }
  const t = settings.highAwardThreshold;
  if (typeof t === 'number' && Number.isFinite(t) && t >= 0) rules['GAI018'] = { ...rules['GAI018'], options: { threshold: t } };
  return rules;
}

// ---------------------------------------------------------------------------------- editing

/**
 * The text of a configuration file after turning `code` off, comments and layout kept
 * (`text` may be empty: a new file). An object entry keeps its options.
 */
export function turnRuleOff(text: string, code: string): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const base = text.trim() === '' ? '{}' : text;
  const root = parseTree(base, [], { allowTrailingComma: true });
  const entry = root?.type === 'object' ? properties(root).find(([k]) => k === 'rules')?.[1] : undefined;
  const current = entry?.type === 'object' ? properties(entry).find(([k]) => k === code)?.[1] : undefined;
  const path = current?.type === 'object' ? ['rules', code, 'severity'] : ['rules', code];
  const indent = /^([ \t]+)"/m.exec(base)?.[1];
  const formattingOptions = { insertSpaces: !indent?.startsWith('\t'), tabSize: indent && !indent.startsWith('\t') ? indent.length : 2, eol };
  let out = applyJsonEdits(base, modify(base, path, 'off', { formattingOptions }));
  if (!out.endsWith('\n')) out += eol;
  return out;
}

// ---------------------------------------------------------------------------------- schema

/**
 * The JSON schema of the configuration file, generated from the rules' metadata (draft 7, as
 * VS Code reads it; no `$schema` URL, so that the engine bundle names no remote address).
 */
export function configSchema(): Record<string, unknown> {
  const levels = { type: 'string', enum: [...RULE_LEVELS], enumDescriptions: ['Do not run the rule', 'Hint (dotted underline, not in the Problems panel count)', 'Information', 'Warning', 'Error'] };
  const rules: Record<string, unknown> = {};
  for (const rule of RULES) {
    const specs = RULE_OPTIONS[rule.code];
    const options: Record<string, unknown> = { type: 'object', additionalProperties: false, properties: {} };
    if (specs) {
      for (const [k, s] of Object.entries(specs)) {
        (options.properties as Record<string, unknown>)[k] = { type: s.type, ...(s.type === 'array' ? { items: { type: 'string' }, uniqueItems: true } : {}), ...(s.minimum !== undefined ? { minimum: s.minimum } : {}), description: s.description };
      }
    }
    const description = `${rule.code} ${rule.slug} (default: ${rule.severity}): ${rule.message}`;
    rules[rule.code] = {
      description,
      oneOf: [
        { ...levels },
        {
          type: 'object',
          additionalProperties: false,
          properties: { severity: { ...levels }, options: specs ? options : { ...options, description: `${rule.code} has no options` } },
        },
      ],
    };
  }
  return {
    title: 'Judgment Lint configuration',
    description: 'Configuration of Judgment Lint (.judgment-lint.json / .judgment-lint.jsonc). It overrides the editor settings, which override the defaults.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      extends: {
        description: 'Configuration file(s) to start from, relative to this file; this file’s rules override theirs, and later entries override earlier ones.',
        oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
      },
      rules: {
        description: 'Per rule: a level (off, hint, information, warning, error), or { "severity": level, "options": { … } }.',
        type: 'object',
        propertyNames: { enum: RULES.map((r) => r.code) },
        properties: rules,
      },
    },
  };
}
