/**
 * The VS Code adapter: a thin layer over the engine. It lints Markdown drafts as the judge
 * types, on save or on command (`judgmentLint.run`; debounced; results for an outdated version
 * are dropped), with the draft's configuration file over the editor's settings (./config.ts),
 * publishes diagnostics, offers the findings' fixes as quick fixes and the suppression and
 * fix-all actions (./actions.ts), and shows the count in the status bar. No Node built-ins:
 * the same module is the web extension.
 */
import { bundleStarted } from './clock';
import * as vscode from 'vscode';
import { analyze, Cancelled, createSession, explainCitation, lawById, type Analysis, type Citation, type Finding, type Session, type Severity } from '../engine/index';
import { codeOf, diagnosticCode, registerRulePages } from './rulePages';
import { registerAssessment } from './assessment';
import { ConfigStore, matchesFiles, readSettings } from './config';
import { registerActions, type FindingsSource } from './actions';

const SOURCE = 'judgment-lint';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** The findings of one document version, kept so code actions can find their fixes. */
interface Linted {
  version: number;
  findings: Finding[];
  diagnostics: vscode.Diagnostic[];
  citations: Citation[];
}

/** What asks for a lint: `judgmentLint.run` decides which of them do. */
type Trigger = 'open' | 'change' | 'save' | 'config';

class Linter implements vscode.Disposable, FindingsSource {
  private readonly collection = vscode.languages.createDiagnosticCollection(SOURCE);
  private readonly results = new Map<string, Linted>();
  /** Documents skipped for their size, so the notice is shown once. */
  private readonly skipped = new Set<string>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly sessions = new Map<string, Session>();
  /** The latest run per document: an older run still in steps stops when it sees a newer one. */
  private readonly runs = new Map<string, number>();
  private readonly status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 50);

  constructor(private readonly store: ConfigStore) {
    this.status.name = 'Judgment Lint';
    this.status.command = 'workbench.actions.view.problems';
  }

  static isDraft(doc: vscode.TextDocument): boolean {
    // Not the git view of a file, nor output panes, nor our own statute and rule pages: only
    // drafts the judge edits, narrowed by `judgmentLint.files`.
    const scheme = doc.uri.scheme;
    if (doc.languageId !== 'markdown' || scheme === 'git' || scheme === 'output' || scheme.startsWith('judgment-lint')) return false;
    return matchesFiles(doc, readSettings(doc.uri).files);
  }

  private config(doc: vscode.TextDocument) {
    const s = readSettings(doc.uri);
    if (!this.store.cached(doc)) {
      // The configuration file is not read yet: lint with the settings now, and again once it is.
      void this.store.load(doc).then(() => this.schedule(doc, 'config'));
    }
    return { enable: s.enable, debounce: s.debounce, options: this.store.optionsFor(doc, s), maxChars: s.maxChars };
  }

  /** The checks before a lint: a draft, enabled, not too large. Undefined when it must not be linted. */
  private prepare(doc: vscode.TextDocument): { key: string; version: number; text: string; session: Session } | undefined {
    const key = doc.uri.toString();
    if (!Linter.isDraft(doc)) {
      this.forget(doc);
      return undefined;
    }
    const config = this.config(doc);
    if (!config.enable) {
      this.forget(doc);
      return undefined;
    }
    const text = doc.getText();
    if (config.maxChars > 0 && text.length > config.maxChars) {
      // Too large to analyse as the judge types: say so once for this document, and stay silent.
      this.forget(doc);
      if (!this.skipped.has(key)) {
        this.skipped.add(key);
        void vscode.window.showInformationMessage(
          vscode.l10n.t('Judgment Lint did not check {0}: it is larger than {1} KB (setting judgmentLint.maxFileSizeKB).', vscode.workspace.asRelativePath(doc.uri), Math.round(config.maxChars / 1024)),
        );
      }
      return undefined;
    }
    this.skipped.delete(key);
    // One editing session per open draft: an edit re-parses only the stretch it falls in.
    let session = this.sessions.get(key);
    if (!session) this.sessions.set(key, (session = createSession(config.options)));
    session.options = config.options;
    return { key, version: doc.version, text, session };
  }

  /** Publishes an analysis, if the document is still at the version it was made for. */
  private publish(doc: vscode.TextDocument, key: string, version: number, result: Analysis | undefined): Linted | undefined {
    if (doc.isClosed || doc.version !== version) return undefined; // stale: a newer run follows
    const findings = result?.findings ?? [];
    const diagnostics = findings.map((f) => toDiagnostic(doc, f));
    const linted = { version, findings, diagnostics, citations: result?.model.citations ?? [] };
    this.results.set(key, linted);
    this.collection.set(doc.uri, diagnostics);
    this.updateStatus();
    return linted;
  }

  /** Lints now, in one go (commands and code actions that need the findings at once). */
  lintNow(doc: vscode.TextDocument): Linted | undefined {
    const p = this.prepare(doc);
    if (!p) return undefined;
    let result: Analysis | undefined;
    try {
      result = p.session.analyze(p.text);
    } catch (e) {
      // The engine should never throw; if it does, log it and keep the editor usable.
      console.error('[judgment-lint] analysis failed', e);
    }
    return this.publish(doc, p.key, p.version, result);
  }

  /**
   * Lints while the judge types: the analysis runs in steps that give the extension host back
   * to its other work between them, and stops as soon as the draft changes again, is closed, or
   * a newer run starts.
   */
  async lintInSteps(doc: vscode.TextDocument): Promise<Linted | undefined> {
    const p = this.prepare(doc);
    if (!p) return undefined;
    const run = (this.runs.get(p.key) ?? 0) + 1;
    this.runs.set(p.key, run);
    let result: Analysis | undefined;
    try {
      result = await p.session.analyzeAsync(p.text, {
        isCancelled: () => doc.isClosed || doc.version !== p.version || this.runs.get(p.key) !== run,
        pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
      });
    } catch (e) {
      if (e instanceof Cancelled) return undefined;
      console.error('[judgment-lint] analysis failed', e);
    }
    return this.publish(doc, p.key, p.version, result);
  }

  schedule(doc: vscode.TextDocument, trigger: Trigger): void {
    const key = doc.uri.toString();
    if (doc.isClosed) return;
    if (!Linter.isDraft(doc)) {
      if (this.results.has(key)) this.forget(doc); // e.g. judgmentLint.files narrowed
      return;
    }
    const { run, debounce } = readSettings(doc.uri);
    // onType: everything. onSave: opening and saving, and a configuration change while the
    // text is as saved. manual: only the command, and a configuration change re-grades what
    // the command linted.
    const wanted =
      run === 'onType' ||
      (run === 'onSave' && (trigger === 'open' || trigger === 'save' || (trigger === 'config' && !doc.isDirty))) ||
      (run === 'manual' && trigger === 'config' && this.results.has(key));
    if (!wanted) return;
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.store.load(doc).then(() => {
          if (!doc.isClosed) void this.lintInSteps(doc);
        });
      }, debounce),
    );
  }

  /** The findings of the document as it is now: the published ones, or a fresh analysis. */
  async currentFindings(doc: vscode.TextDocument): Promise<Finding[] | undefined> {
    const r = this.resultFor(doc);
    if (r) return r.findings;
    if (!Linter.isDraft(doc) || !readSettings(doc.uri).enable) return undefined;
    await this.store.load(doc);
    try {
      return analyze(doc.getText(), this.store.optionsFor(doc)).findings;
    } catch (e) {
      console.error('[judgment-lint] analysis failed', e);
      return undefined;
    }
  }

  forget(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    this.timers.delete(key);
    this.results.delete(key);
    this.sessions.delete(key);
    this.runs.delete(key);
    this.collection.delete(doc.uri);
    this.updateStatus();
  }

  resultFor(doc: vscode.TextDocument): Linted | undefined {
    const r = this.results.get(doc.uri.toString());
    return r && r.version === doc.version ? r : undefined;
  }

  updateStatus(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !Linter.isDraft(doc)) {
      this.status.hide();
      return;
    }
    const r = this.results.get(doc.uri.toString());
    const findings = r?.findings ?? [];
    const by = (s: Severity) => findings.filter((f) => f.severity === s).length;
    this.status.text = `$(law) ${findings.length}`;
    this.status.tooltip = vscode.l10n.t('Judgment Lint: {0} findings (errors {1}, warnings {2}, information {3}, hints {4})', findings.length, by('error'), by('warning'), by('information'), by('hint'));
    this.status.show();
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.collection.dispose();
    this.status.dispose();
  }
}

function toRange(doc: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(doc.positionAt(start), doc.positionAt(end));
}

function toDiagnostic(doc: vscode.TextDocument, f: Finding): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toRange(doc, f.range.start, f.range.end), f.message, SEVERITY[f.severity]);
  d.source = SOURCE;
  d.code = diagnosticCode(f.code); // links to the rule's page
  return d;
}

class QuickFixes implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly linter: Linter) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    // Fixes were computed for one version of the text: for any other version they are refused.
    const linted = this.linter.resultFor(doc);
    if (!linted) return [];
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== SOURCE) continue;
      const i = linted.diagnostics.findIndex((d) => codeOf(d) === codeOf(diagnostic) && d.range.isEqual(diagnostic.range));
      const finding = linted.findings[i];
      if (!finding) continue;
      finding.fixes.forEach((fix, n) => {
        const action = new vscode.CodeAction(`${finding.code}：${fix.title}`, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.isPreferred = n === 0;
        const edit = new vscode.WorkspaceEdit();
        for (const e of fix.edits) edit.replace(doc.uri, toRange(doc, e.start, e.end), e.newText);
        action.edit = edit;
        actions.push(action);
      });
    }
    return actions;
  }
}

/** The citation under a position, in the document's current analysis. */
function citationAt(linter: Linter, doc: vscode.TextDocument, position: vscode.Position): Citation | undefined {
  const linted = linter.resultFor(doc) ?? linter.lintNow(doc);
  if (!linted) return undefined;
  const at = doc.offsetAt(position);
  return linted.citations.find((c) => (c.span.start <= at && at <= c.span.end) || (c.titleSpan !== undefined && c.titleSpan.start <= at && at <= c.titleSpan.end));
}

function articleMarkdown(c: Citation): string {
  const info = explainCitation(c);
  const parts = [`**${info.heading}**${info.version ? `（${info.version}）` : ''}`];
  if (info.text) parts.push(info.text.split('\n').join('\n\n'));
  if (info.problem) parts.push(`⚠ ${info.problem}`);
  if (info.note) parts.push(`*${info.note}*`);
  return parts.join('\n\n');
}

/** Read-only documents holding one article each: judgment-lint-statute:/<law id>/<article>.md */
class StatuteDocuments implements vscode.TextDocumentContentProvider {
  static readonly scheme = 'judgment-lint-statute';
  provideTextDocumentContent(uri: vscode.Uri): string {
    const [, law, article] = /^\/([^/]+)\/(\d+)/.exec(uri.path) ?? [];
    const c: Citation = {
      title: '', bracketed: true, article: Number(article), span: { start: 0, end: 0 }, sentence: 0,
      inBasis: false, instrument: 'law', historical: false, delayInterest: false, byCourt: false,
    };
    const found = law ? lawById(law) : undefined;
    if (found) c.law = found;
    return articleMarkdown(c) + '\n';
  }
}

export function activate(context: vscode.ExtensionContext): { lintNow(uri?: vscode.Uri): number | undefined; activationMs: number } {
  const store = new ConfigStore();
  const linter = new Linter(store);
  registerRulePages(context);
  // The panel reads the draft with the same configuration file and settings as the diagnostics.
  registerAssessment(context, (doc) => store.optionsFor(doc));
  registerActions(context, store, linter);
  const relintAll = () => {
    for (const doc of vscode.workspace.textDocuments) linter.schedule(doc, 'config');
  };
  context.subscriptions.push(
    linter,
    store,
    store.onDidChange(relintAll),
    vscode.workspace.onDidOpenTextDocument((doc) => linter.schedule(doc, 'open')),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length) linter.schedule(e.document, 'change');
    }),
    vscode.workspace.onDidSaveTextDocument((doc) => linter.schedule(doc, 'save')),
    vscode.workspace.onDidCloseTextDocument((doc) => linter.forget(doc)),
    vscode.window.onDidChangeActiveTextEditor(() => linter.updateStatus()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('judgmentLint')) relintAll();
    }),
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new QuickFixes(linter), {
      providedCodeActionKinds: QuickFixes.kinds,
    }),
    vscode.languages.registerHoverProvider({ language: 'markdown' }, {
      provideHover(doc, position) {
        const c = citationAt(linter, doc, position);
        if (!c) return undefined;
        const md = new vscode.MarkdownString(articleMarkdown(c));
        return new vscode.Hover(md, new vscode.Range(doc.positionAt(c.titleSpan?.start ?? c.span.start), doc.positionAt(c.span.end)));
      },
    }),
    vscode.workspace.registerTextDocumentContentProvider(StatuteDocuments.scheme, new StatuteDocuments()),
    vscode.commands.registerCommand('judgmentLint.openArticle', async (lawId?: string, article?: number) => {
      if (!lawId || !article) {
        const editor = vscode.window.activeTextEditor;
        const c = editor && citationAt(linter, editor.document, editor.selection.active);
        if (!c?.law) {
          void vscode.window.showInformationMessage(vscode.l10n.t('Judgment Lint: no statute citation at the cursor.'));
          return undefined;
        }
        lawId = c.law.id;
        article = c.article;
      }
      const uri = vscode.Uri.from({ scheme: StatuteDocuments.scheme, path: `/${lawId}/${article}.md` });
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
      return doc.getText();
    }),
    vscode.languages.registerDocumentLinkProvider({ language: 'markdown' }, {
      provideDocumentLinks(doc) {
        const linted = linter.resultFor(doc);
        if (!linted) return [];
        return linted.citations
          .filter((c) => c.law && !c.law.repealed)
          .map((c) => {
            const args = encodeURIComponent(JSON.stringify([c.law!.id, c.article]));
            const link = new vscode.DocumentLink(new vscode.Range(doc.positionAt(c.span.start), doc.positionAt(c.span.end)), vscode.Uri.parse(`command:judgmentLint.openArticle?${args}`));
            link.tooltip = vscode.l10n.t('Open the article');
            return link;
          });
      },
    }),
    vscode.commands.registerCommand('judgmentLint.lintDocument', async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc) return undefined;
      if (!Linter.isDraft(doc)) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Judgment Lint only checks Markdown judgment drafts (setting judgmentLint.files).'));
        return undefined;
      }
      // By hand, the configuration files are read afresh too.
      store.invalidate();
      await store.load(doc);
      return linter.lintNow(doc)?.findings.length;
    }),
  );
  for (const doc of vscode.workspace.textDocuments) linter.schedule(doc, 'open');
  linter.updateStatus();
  const activationMs = performance.now() - bundleStarted;
  return {
    /** Milliseconds from the bundle's first line to the end of activate(). */
    activationMs,
    /** For tests and other extensions: lint a document now and return its finding count. */
    lintNow(uri?: vscode.Uri) {
      const doc = uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) : vscode.window.activeTextEditor?.document;
      return doc ? linter.lintNow(doc)?.findings.length : undefined;
    },
  };
}

export function deactivate(): void {}
