/**
 * The CLI's configuration: the same `.judgment-lint.json` / `.judgment-lint.jsonc` the editor
 * reads, found by walking up from each draft's folder to the file system's root (or the one
 * given with --config, or none with --no-config), with its `extends`, read with Node's fs and
 * interpreted by the engine. Command-line options (--threshold) win over the file.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { resolveConfigSync, toLintOptions, type ConfigProblem, type LintOptions, type ResolvedConfig } from '../engine/index';

export const CONFIG_NAMES = ['.judgment-lint.json', '.judgment-lint.jsonc'];

export interface CliConfigOptions {
  /** A configuration file to use for every draft; `false`: none (--no-config); undefined: search. */
  config?: string | false;
  threshold?: number;
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function load(ref: string, from: string | undefined) {
  const p = from === undefined || isAbsolute(ref) ? resolve(ref) : resolve(dirname(from), ref);
  let text: string;
  try {
    text = readFileSync(p, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new Error(code === 'EISDIR' ? 'a directory' : code ?? 'unreadable');
  }
  return { id: p, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/** Finds, reads and caches configuration files for the drafts of one run. */
export class CliConfig {
  private readonly nearest = new Map<string, string | undefined>();
  private readonly resolved = new Map<string, ResolvedConfig>();
  /** Problems of every file read, each reported once. */
  readonly problems: ConfigProblem[] = [];

  constructor(private readonly opts: CliConfigOptions) {}

  /** The configuration file that applies to a draft, if any. */
  fileFor(draft: string): string | undefined {
    if (this.opts.config === false) return undefined;
    if (this.opts.config !== undefined) return resolve(this.opts.config);
    return this.find(dirname(resolve(draft)));
  }

  private find(dir: string): string | undefined {
    if (this.nearest.has(dir)) return this.nearest.get(dir);
    let found: string | undefined;
    for (const name of CONFIG_NAMES) {
      if (isFile(join(dir, name))) {
        found = join(dir, name);
        break;
      }
    }
    if (!found) {
      const up = dirname(dir);
      found = up === dir ? undefined : this.find(up);
    }
    this.nearest.set(dir, found);
    return found;
  }

  private resolve(file: string): ResolvedConfig {
    let r = this.resolved.get(file);
    if (!r) {
      r = resolveConfigSync(file, load);
      this.resolved.set(file, r);
      this.problems.push(...r.problems);
    }
    return r;
  }

  /** The engine options for a draft: its configuration file, then the command line over it. */
  optionsFor(draft: string): LintOptions {
    const file = this.fileFor(draft);
    const rules = file ? this.resolve(file).rules : {};
    const options = toLintOptions(rules);
    if (this.opts.threshold !== undefined) options.ruleOptions = { ...options.ruleOptions, GAI018: { ...options.ruleOptions?.['GAI018'], threshold: this.opts.threshold } };
    return options;
  }
}

/** A problem as one line: file:line:column: severity: message. */
export function problemLine(p: ConfigProblem): string {
  const where = p.file ? `${relative(process.cwd(), p.file) || p.file}${p.line ? `:${p.line}:${p.column ?? 1}` : ''}: ` : '';
  return `${where}${p.severity}: ${p.message}`;
}
