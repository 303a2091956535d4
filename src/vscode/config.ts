/**
 * Where a draft's configuration comes from, in VS Code: the editor's settings, and the nearest
 * `.judgment-lint.json` / `.judgment-lint.jsonc` found walking up from the draft's folder
 * (stopping at its workspace folder, or at the file system's root outside a workspace), with
 * whatever it `extends`. The file wins over the settings, the settings over the defaults.
 *
 * Files are read with `vscode.workspace.fs` (no Node: this runs in vscode.dev too), parsed as
 * data by the engine, and cached until a watcher or a save says one of them changed. Problems
 * in a configuration file are shown as diagnostics on that file.
 */
import * as vscode from 'vscode';
import {
  mergeRuleSettings, resolveConfig, settingsToRules, toLintOptions, type ConfigProblem, type ConfigSource, type LintOptions,
  type ResolvedConfig,
} from '../engine/index';

export const CONFIG_NAMES = ['.judgment-lint.json', '.judgment-lint.jsonc'] as const;
const CONFIG_GLOB = '.judgment-lint.{json,jsonc}';

export type RunMode = 'onType' | 'onSave' | 'manual';

/** The extension's settings for one document (settings may differ per workspace folder). */
export interface Settings {
  enable: boolean;
  run: RunMode;
  debounce: number;
  maxChars: number;
  /** Globs narrowing which Markdown files are drafts; empty: all of them. */
  files: string[];
  language: 'zh-cn' | 'en';
  severity: Record<string, unknown>;
  highAwardThreshold: number;
}

export function readSettings(scope?: vscode.Uri): Settings {
  const c = vscode.workspace.getConfiguration('judgmentLint', scope);
  const run = c.get<string>('run', 'onType');
  const files = c.get<unknown>('files', []);
  const severity = c.get<unknown>('severity', {});
  return {
    enable: c.get<boolean>('enable', true) !== false,
    run: run === 'onSave' || run === 'manual' ? run : 'onType',
    debounce: Math.max(0, Number(c.get<number>('debounceMs', 300)) || 0),
    maxChars: Math.max(0, Number(c.get<number>('maxFileSizeKB', 2048)) || 0) * 1024,
    files: Array.isArray(files) ? files.filter((f): f is string => typeof f === 'string' && f.trim() !== '') : [],
    language: c.get<string>('messageLanguage', 'zh-cn') === 'en' ? 'en' : 'zh-cn',
    severity: severity && typeof severity === 'object' ? (severity as Record<string, unknown>) : {},
    highAwardThreshold: Number(c.get<number>('highAwardThreshold', 50000)),
  };
}

/** Whether the `judgmentLint.files` globs admit the document (relative globs: per workspace folder). */
export function matchesFiles(doc: vscode.TextDocument, globs: readonly string[]): boolean {
  if (globs.length === 0) return true;
  const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
  return globs.some((g) => {
    const pattern = folder && !g.startsWith('/') && !g.startsWith('**') ? new vscode.RelativePattern(folder, g) : g;
    return vscode.languages.match({ pattern }, doc) > 0;
  });
}

// ---------------------------------------------------------------------------------- paths

const decoder = new TextDecoder();

function parent(uri: vscode.Uri): vscode.Uri | undefined {
  const p = uri.path.replace(/\/+$/, '');
  const i = p.lastIndexOf('/');
  if (i < 0 || p === '' || /^\/[A-Za-z]:$/.test(p)) return undefined; // the root (or a drive's)
  return uri.with({ path: p.slice(0, i) || '/' });
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** An `extends` entry as written, relative to the file that names it (or absolute). */
function resolveRef(from: vscode.Uri, ref: string): vscode.Uri {
  const r = ref.replace(/\\/g, '/');
  if (/^[A-Za-z]:\//.test(r) && from.scheme === 'file') return vscode.Uri.file(r);
  if (r.startsWith('/')) return from.with({ path: r });
  return vscode.Uri.joinPath(parent(from) ?? from, r);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    const st = await vscode.workspace.fs.stat(uri);
    return (st.type & vscode.FileType.File) !== 0;
  } catch {
    return false;
  }
}

function isNotFound(e: unknown): boolean {
  return e instanceof vscode.FileSystemError && (e.code === 'FileNotFound' || e.code === 'EntryNotFound');
}

async function load(ref: string, from: string | undefined): Promise<ConfigSource | undefined> {
  const uri = from === undefined ? vscode.Uri.parse(ref) : resolveRef(vscode.Uri.parse(from), ref);
  try {
    return { id: uri.toString(), text: decoder.decode(await vscode.workspace.fs.readFile(uri)) };
  } catch (e) {
    if (isNotFound(e)) return undefined;
    throw e;
  }
}

// ---------------------------------------------------------------------------------- the store

/** A draft's configuration file, resolved (or none). */
export interface DraftConfig {
  file?: vscode.Uri;
  resolved?: ResolvedConfig;
}

export class ConfigStore implements vscode.Disposable {
  /** Folder → the nearest configuration file at or above it. */
  private readonly nearest = new Map<string, Promise<vscode.Uri | undefined>>();
  /** Configuration file → its resolution. */
  private readonly resolved = new Map<string, Promise<ResolvedConfig>>();
  /** Document folder → what was found, once known (for synchronous use while linting). */
  private readonly known = new Map<string, DraftConfig>();
  /** Every configuration file read, so a change to any of them (extended ones too) is noticed. */
  private readonly watched = new Map<string, vscode.Disposable>();
  private readonly problems = vscode.languages.createDiagnosticCollection('judgment-lint-config');
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  private generation = 0;
  /** Fired when a configuration file changed: drafts should be linted again. */
  readonly onDidChange = this.changed.event;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_GLOB}`);
    this.disposables.push(
      watcher,
      watcher.onDidCreate(() => this.invalidate()),
      watcher.onDidChange(() => this.invalidate()),
      watcher.onDidDelete(() => this.invalidate()),
      vscode.workspace.onDidSaveTextDocument((doc) => {
        if (this.isConfigFile(doc.uri)) this.invalidate();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.invalidate()),
    );
  }

  private isConfigFile(uri: vscode.Uri): boolean {
    return (CONFIG_NAMES as readonly string[]).includes(basename(uri)) || this.watched.has(uri.toString());
  }

  /** Forgets everything read, and says so. */
  invalidate(): void {
    this.generation++;
    this.problems.clear();
    this.nearest.clear();
    this.resolved.clear();
    this.known.clear();
    this.changed.fire();
  }

  /** The folder a document's search starts in: its own, or (untitled) the first workspace folder. */
  private startFolder(doc: vscode.TextDocument): { dir: vscode.Uri; stop?: vscode.Uri } | undefined {
    try {
      if (doc.isUntitled) {
        const f = vscode.workspace.workspaceFolders?.[0];
        return f ? { dir: f.uri, stop: f.uri } : undefined;
      }
      const dir = parent(doc.uri);
      if (!dir) return undefined;
      const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
      return folder ? { dir, stop: folder.uri } : { dir };
    } catch {
      return undefined; // a URI we cannot walk up from: no configuration file
    }
  }

  /** What is known of the document's configuration without waiting (undefined: not loaded yet). */
  cached(doc: vscode.TextDocument): DraftConfig | undefined {
    const start = this.startFolder(doc);
    return start ? this.known.get(start.dir.toString()) : {};
  }

  /** Loads the document's configuration (cached; never throws). */
  async load(doc: vscode.TextDocument): Promise<DraftConfig> {
    const start = this.startFolder(doc);
    if (!start) return {};
    const key = start.dir.toString();
    const have = this.known.get(key);
    if (have) return have;
    const generation = this.generation;
    let result: DraftConfig = {};
    try {
      const file = await this.find(start.dir, start.stop, 0);
      if (file) result = { file, resolved: await this.resolve(file) };
    } catch (e) {
      console.error('[judgment-lint] reading the configuration failed', e);
    }
    if (generation === this.generation) this.known.set(key, result);
    return result;
  }

  /** The nearest configuration file of a folder's documents. */
  nearestFile(doc: vscode.TextDocument): Promise<vscode.Uri | undefined> {
    const start = this.startFolder(doc);
    return start ? this.find(start.dir, start.stop, 0) : Promise.resolve(undefined);
  }

  /** Where a new configuration file for the document goes: its workspace folder, else its folder. */
  defaultFile(doc: vscode.TextDocument): vscode.Uri | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri) ?? (doc.isUntitled ? vscode.workspace.workspaceFolders?.[0] : undefined);
    const dir = folder?.uri ?? (doc.isUntitled ? undefined : parent(doc.uri));
    return dir && vscode.Uri.joinPath(dir, CONFIG_NAMES[0]);
  }

  private find(dir: vscode.Uri, stop: vscode.Uri | undefined, depth: number): Promise<vscode.Uri | undefined> {
    const key = dir.toString();
    let found = this.nearest.get(key);
    if (!found) {
      found = (async () => {
        if (stop === undefined) this.watch(vscode.Uri.joinPath(dir, CONFIG_NAMES[0]), CONFIG_GLOB); // outside the workspace watcher
        for (const name of CONFIG_NAMES) {
          const candidate = vscode.Uri.joinPath(dir, name);
          if (await exists(candidate)) return candidate;
        }
        const up = parent(dir);
        if (!up || (stop && dir.toString() === stop.toString()) || depth > 64) return undefined;
        return this.find(up, stop, depth + 1);
      })();
      this.nearest.set(key, found);
    }
    return found;
  }

  private resolve(file: vscode.Uri): Promise<ResolvedConfig> {
    const key = file.toString();
    let r = this.resolved.get(key);
    if (!r) {
      r = resolveConfig(key, load).then((resolved) => {
        for (const f of resolved.files) this.watch(vscode.Uri.parse(f));
        this.publishProblems(file, resolved);
        return resolved;
      });
      this.resolved.set(key, r);
    }
    return r;
  }

  /** Watches one file (or a glob in its folder) outside what the workspace watcher sees. */
  private watch(file: vscode.Uri, glob?: string): void {
    const dir = parent(file);
    const key = glob ? `${dir?.toString()}/${glob}` : file.toString();
    if (!dir || this.watched.has(key) || this.watched.size > 256) return;
    const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(dir, glob ?? basename(file)));
    const onChange = () => this.invalidate();
    this.watched.set(key, vscode.Disposable.from(w, w.onDidCreate(onChange), w.onDidChange(onChange), w.onDidDelete(onChange)));
    if (!glob) this.watched.set(file.toString(), this.watched.get(key)!);
  }

  private publishProblems(entry: vscode.Uri, resolved: ResolvedConfig): void {
    const byFile = new Map<string, vscode.Diagnostic[]>([entry.toString(), ...resolved.files].map((f) => [f, []]));
    for (const p of resolved.problems as ConfigProblem[]) {
      const file = p.file ?? entry.toString();
      const at = new vscode.Position(Math.max(0, (p.line ?? 1) - 1), Math.max(0, (p.column ?? 1) - 1));
      const d = new vscode.Diagnostic(new vscode.Range(at, at), p.message, p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
      d.source = 'judgment-lint';
      byFile.set(file, [...(byFile.get(file) ?? []), d]);
    }
    for (const [file, diags] of byFile) this.problems.set(vscode.Uri.parse(file), diags);
  }

  /**
   * The engine options for a document: its settings, under its configuration file when that is
   * loaded (`load` first for a definite answer).
   */
  optionsFor(doc: vscode.TextDocument, settings: Settings = readSettings(doc.uri)): LintOptions {
    const fromSettings = settingsToRules({ severity: settings.severity, highAwardThreshold: settings.highAwardThreshold });
    const fromFile = this.cached(doc)?.resolved?.rules ?? {};
    return toLintOptions(mergeRuleSettings(fromSettings, fromFile), { language: settings.language });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    for (const d of new Set(this.watched.values())) d.dispose();
    this.problems.dispose();
    this.changed.dispose();
  }
}
