/**
 * The VS Code adapter: a thin layer over the engine. It lints Markdown drafts as the judge
 * types (debounced; results for an outdated version are dropped), publishes diagnostics,
 * offers the findings' fixes as quick fixes, and shows the count in the status bar.
 */
import * as vscode from 'vscode';
import { analyze, explainCitation, lawById, type Citation, type Finding, type Severity } from '../engine/index';

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

class Linter implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(SOURCE);
  private readonly results = new Map<string, Linted>();
  /** Documents skipped for their size, so the notice is shown once. */
  private readonly skipped = new Set<string>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 50);

  constructor() {
    this.status.name = 'Judgment Lint';
    this.status.command = 'workbench.actions.view.problems';
  }

  static isDraft(doc: vscode.TextDocument): boolean {
    // Not the git view of a file, nor output panes: only drafts the judge edits.
    return doc.languageId === 'markdown' && doc.uri.scheme !== 'git' && doc.uri.scheme !== 'output';
  }

  private config() {
    const c = vscode.workspace.getConfiguration('judgmentLint');
    return {
      enable: c.get<boolean>('enable', true),
      debounce: Math.max(0, c.get<number>('debounceMs', 300)),
      options: { ruleOptions: { GAI018: { threshold: c.get<number>('highAwardThreshold', 50000) } } },
      maxChars: Math.max(0, c.get<number>('maxFileSizeKB', 2048)) * 1024,
    };
  }

  /** Lints now, if the document is still at the version it was scheduled for. */
  lintNow(doc: vscode.TextDocument): Linted | undefined {
    const key = doc.uri.toString();
    const config = this.config();
    if (!Linter.isDraft(doc) || !config.enable) {
      this.forget(doc);
      return undefined;
    }
    const version = doc.version;
    const text = doc.getText();
    if (config.maxChars > 0 && text.length > config.maxChars) {
      // Too large to analyse as the judge types: say so once for this document, and stay silent.
      this.forget(doc);
      if (!this.skipped.has(key)) {
        this.skipped.add(key);
        void vscode.window.showInformationMessage(
          `Judgment Lint 未检查 ${vscode.workspace.asRelativePath(doc.uri)}：文件超过 ${Math.round(config.maxChars / 1024)} KB（设置 judgmentLint.maxFileSizeKB）。`,
        );
      }
      return undefined;
    }
    this.skipped.delete(key);
    let findings: Finding[] = [];
    let citations: Citation[] = [];
    try {
      const result = analyze(text, config.options);
      findings = result.findings;
      citations = result.model.citations;
    } catch (e) {
      // The engine should never throw; if it does, log it and keep the editor usable.
      console.error('[judgment-lint] analysis failed', e);
    }
    if (doc.isClosed || doc.version !== version) return undefined; // stale: a newer run follows
    const diagnostics = findings.map((f) => toDiagnostic(doc, f));
    const linted = { version, findings, diagnostics, citations };
    this.results.set(key, linted);
    this.collection.set(doc.uri, diagnostics);
    this.updateStatus();
    return linted;
  }

  schedule(doc: vscode.TextDocument): void {
    if (!Linter.isDraft(doc)) return;
    const key = doc.uri.toString();
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.lintNow(doc);
      }, this.config().debounce),
    );
  }

  forget(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    this.timers.delete(key);
    this.results.delete(key);
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
    this.status.tooltip = `Judgment Lint：${findings.length} 项提示（错误 ${by('error')}，警告 ${by('warning')}，信息 ${by('information')}，建议 ${by('hint')}）`;
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
  d.code = f.code;
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
      const i = linted.diagnostics.findIndex((d) => d.code === diagnostic.code && d.range.isEqual(diagnostic.range));
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

export function activate(context: vscode.ExtensionContext): { lintNow(uri?: vscode.Uri): number | undefined } {
  const linter = new Linter();
  context.subscriptions.push(
    linter,
    vscode.workspace.onDidOpenTextDocument((doc) => linter.schedule(doc)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length) linter.schedule(e.document);
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => linter.forget(doc)),
    vscode.window.onDidChangeActiveTextEditor(() => linter.updateStatus()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('judgmentLint')) for (const doc of vscode.workspace.textDocuments) linter.schedule(doc);
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
          void vscode.window.showInformationMessage('Judgment Lint：光标处没有可识别的法条引用。');
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
            link.tooltip = '打开条文';
            return link;
          });
      },
    }),
    vscode.commands.registerCommand('judgmentLint.lintDocument', () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc) return undefined;
      if (!Linter.isDraft(doc)) {
        void vscode.window.showInformationMessage('Judgment Lint 只检查 Markdown 判决书草稿。');
        return undefined;
      }
      return linter.lintNow(doc)?.findings.length;
    }),
  );
  for (const doc of vscode.workspace.textDocuments) linter.schedule(doc);
  linter.updateStatus();
  return {
    /** For tests and other extensions: lint a document now and return its finding count. */
    lintNow(uri?: vscode.Uri) {
      const doc = uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) : vscode.window.activeTextEditor?.document;
      return doc ? linter.lintNow(doc)?.findings.length : undefined;
    },
  };
}

export function deactivate(): void {}
