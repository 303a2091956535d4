/**
 * `Judgment Lint: Assess Draft`: the engine's assessment of a draft in a webview beside it —
 * the case as understood, the claim table, the findings by basis with buttons for their fixes,
 * what the reasoning addresses — following the theme and the draft as it changes; and the
 * exports of the same assessment as Markdown or HTML for the case file.
 *
 * A thin layer: the engine builds the data and the markup (src/engine/report/); this file only
 * shows it, answers the webview's clicks, and writes files through `vscode.workspace.fs`. It
 * uses no Node built-ins, so the web extension runs it too.
 *
 *   judgmentLint.assessDraft                 open (or retarget) the panel; returns the assessment
 *   judgmentLint.exportAssessmentMarkdown    save the assessment as .md (showSaveDialog, or {target})
 *   judgmentLint.exportAssessmentHtml        save it as a self-contained .html
 *   judgmentLint._assessmentState            for tests: what the webview last reported it shows
 *   judgmentLint._assessmentMessage          for tests: handle a message as if the webview sent it
 */
import * as vscode from 'vscode';
import {
  assessAnalysis, assessmentBody, assessmentHtml, assessmentMarkdown, analyze, escapeHtml,
  type Assessment, type Finding, type LintOptions,
} from '../engine/index';

const VIEW_TYPE = 'judgmentLint.assessment';

/** What the webview reports after each rendering (media/assessment.js). */
export interface RenderedMessage {
  type: 'rendered';
  version: number;
  claimRows: { number: number; line: number; outcome: string; codes: string[]; cells: string[] }[];
  findings: { code: string; line: number; fix?: number }[];
  headings: string[];
  theme: string[];
}

type WebviewMessage =
  | RenderedMessage
  | { type: 'reveal'; line: number; column?: number }
  | { type: 'applyFix'; finding: number; version: number }
  | { type: 'export'; format: 'markdown' | 'html' };

/** The assessment of one version of the draft, with the findings whose fixes the buttons apply. */
interface Shown {
  uri: vscode.Uri;
  version: number;
  assessment: Assessment;
  findings: Finding[];
}

export type OptionsProvider = (doc: vscode.TextDocument) => LintOptions;

/** The settings the linter reads too (the high-award threshold), when no provider is given. */
function settingsOptions(): LintOptions {
  const c = vscode.workspace.getConfiguration('judgmentLint');
  return { ruleOptions: { GAI018: { threshold: c.get<number>('highAwardThreshold', 50000) } } };
}

function isDraft(doc: vscode.TextDocument): boolean {
  return doc.languageId === 'markdown' && doc.uri.scheme !== 'git' && doc.uri.scheme !== 'output';
}

function nonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}

class AssessmentView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private shown: Shown | undefined;
  private rendered: RenderedMessage | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly media: vscode.Uri,
    private readonly options: OptionsProvider,
  ) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.panel && this.shown && e.document.uri.toString() === this.shown.uri.toString() && e.contentChanges.length) this.schedule(e.document);
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        // Like the Markdown preview: the panel follows the draft being edited.
        if (this.panel && editor && isDraft(editor.document) && editor.document.uri.toString() !== this.shown?.uri.toString()) this.update(editor.document);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (this.panel && e.affectsConfiguration('judgmentLint')) void this.document().then((doc) => doc && this.update(doc));
      }),
    );
  }

  assess(doc: vscode.TextDocument): Shown {
    const text = doc.getText();
    const analysis = analyze(text, this.options(doc));
    const assessment = assessAnalysis(text, analysis, vscode.workspace.asRelativePath(doc.uri));
    return { uri: doc.uri, version: doc.version, assessment, findings: analysis.findings };
  }

  /** Opens the panel beside the draft (or brings it back) and shows the draft's assessment. */
  show(doc: vscode.TextDocument): Assessment {
    if (this.panel) this.panel.reveal(undefined, true);
    else this.panel = this.createPanel();
    return this.update(doc, true);
  }

  private createPanel(): vscode.WebviewPanel {
    const panel = vscode.window.createWebviewPanel(
      VIEW_TYPE,
      '草稿评估',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [this.media], enableFindWidget: true },
    );
    panel.iconPath = vscode.Uri.joinPath(this.media, 'icon.png');
    // Each callback checks that its panel is still the current one: a closed panel's late events
    // must not clear the state of the panel that replaced it.
    panel.onDidDispose(() => {
      if (this.panel !== panel) return;
      this.panel = undefined;
      this.shown = undefined;
      this.rendered = undefined;
      if (this.timer) clearTimeout(this.timer);
    });
    panel.webview.onDidReceiveMessage((m: WebviewMessage) => {
      if (this.panel === panel) void this.handle(m);
    });
    panel.onDidChangeViewState((e) => {
      // A hidden webview is rebuilt from its html when shown again: give it the current state.
      if (this.panel === panel && e.webviewPanel.visible && this.shown) this.setHtml(this.shown);
    });
    return panel;
  }

  private schedule(doc: vscode.TextDocument): void {
    if (this.timer) clearTimeout(this.timer);
    const wait = Math.max(0, vscode.workspace.getConfiguration('judgmentLint').get<number>('debounceMs', 300));
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!doc.isClosed) this.update(doc);
    }, wait);
  }

  private update(doc: vscode.TextDocument, fresh = false): Assessment {
    const shown = this.assess(doc);
    const retarget = this.shown?.uri.toString() !== doc.uri.toString();
    this.shown = shown;
    if (!this.panel) return shown.assessment;
    this.panel.title = `评估：${fileName(doc.uri)}`;
    if (fresh || retarget || !this.panel.visible) this.setHtml(shown);
    else void this.panel.webview.postMessage({ type: 'update', html: assessmentBody(shown.assessment, { interactive: true }), version: shown.version });
    return shown.assessment;
  }

  private setHtml(shown: Shown): void {
    if (!this.panel) return;
    const webview = this.panel.webview;
    const css = webview.asWebviewUri(vscode.Uri.joinPath(this.media, 'assessment.css'));
    const js = webview.asWebviewUri(vscode.Uri.joinPath(this.media, 'assessment.js'));
    const n = nonce();
    const csp = `default-src 'none'; style-src ${webview.cspSource}; script-src 'nonce-${n}'; img-src ${webview.cspSource}`;
    webview.html = [
      '<!DOCTYPE html>',
      '<html lang="zh-CN">',
      '<head>',
      '<meta charset="UTF-8">',
      `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
      '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
      `<link rel="stylesheet" href="${css.toString()}">`,
      '<title>草稿评估</title>',
      '</head>',
      '<body>',
      '<div class="jl-toolbar">',
      '<button type="button" class="jl-secondary" data-action="export" data-format="markdown">导出 Markdown</button>',
      '<button type="button" class="jl-secondary" data-action="export" data-format="html">导出 HTML</button>',
      `<span class="jl-doc">${escapeHtml(vscode.workspace.asRelativePath(shown.uri))}</span>`,
      '</div>',
      `<main id="root" class="jl-assessment" data-version="${shown.version}">`,
      assessmentBody(shown.assessment, { interactive: true }),
      '</main>',
      `<script nonce="${n}" src="${js.toString()}"></script>`,
      '</body>',
      '</html>',
    ].join('\n');
  }

  /** The draft the panel shows, if it is still open (or can be opened again). */
  async document(): Promise<vscode.TextDocument | undefined> {
    if (!this.shown) return undefined;
    const uri = this.shown.uri.toString();
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    if (open) return open;
    try {
      return await vscode.workspace.openTextDocument(this.shown.uri);
    } catch {
      return undefined;
    }
  }

  /** Handles a message from the webview; returns what it did (for tests). */
  async handle(m: WebviewMessage): Promise<unknown> {
    switch (m?.type) {
      case 'rendered':
        this.rendered = m;
        return true;
      case 'reveal':
        return this.reveal(m.line, m.column ?? 1);
      case 'applyFix':
        return this.applyFix(m.finding, m.version);
      case 'export': {
        const doc = await this.document();
        return doc ? exportAssessment(this, m.format === 'html' ? 'html' : 'markdown', { document: doc.uri }) : undefined;
      }
      default:
        return undefined;
    }
  }

  private async reveal(line: number, column: number): Promise<number | undefined> {
    const doc = await this.document();
    if (!doc || !Number.isFinite(line)) return undefined;
    const l = Math.min(Math.max(1, Math.floor(line)), doc.lineCount) - 1;
    const c = Math.min(Math.max(1, Math.floor(column) || 1), doc.lineAt(l).text.length + 1) - 1;
    const position = new vscode.Position(l, c);
    const beside = vscode.window.visibleTextEditors.find((e) => e.document === doc);
    const editor = await vscode.window.showTextDocument(doc, {
      viewColumn: beside?.viewColumn ?? vscode.ViewColumn.One,
      selection: new vscode.Range(position, position),
      preserveFocus: false,
    });
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return l + 1;
  }

  /**
   * Applies a finding's preferred fix as one WorkspaceEdit — only if the draft is still the
   * version the assessment (and so the fix's offsets) was computed for.
   */
  private async applyFix(index: number, version: number): Promise<boolean> {
    const shown = this.shown;
    const doc = await this.document();
    const fix = shown?.findings[index]?.fixes[0];
    if (!shown || !doc || !fix) return false;
    if (doc.version !== shown.version || version !== shown.version) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Judgment Lint: The draft changed after the assessment; the fix was not applied. Try again once the assessment has updated.'));
      return false;
    }
    const edit = new vscode.WorkspaceEdit();
    for (const e of fix.edits) edit.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.newText);
    return vscode.workspace.applyEdit(edit);
  }

  state() {
    return {
      open: Boolean(this.panel),
      document: this.shown?.uri.toString(),
      version: this.shown?.version,
      assessment: this.shown?.assessment,
      rendered: this.rendered,
    };
  }

  /** The draft to assess or export: the one named, else the panel's, else the active editor's. */
  async target(uri?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
    if (uri) return vscode.workspace.openTextDocument(uri);
    const active = vscode.window.activeTextEditor?.document;
    if (active && isDraft(active)) return active;
    return this.document();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

interface ExportArgs {
  document?: vscode.Uri;
  /** Where to write, without asking (tests, scripts). */
  target?: vscode.Uri;
}

/** The command's first argument: a resource (editor title menu), an options object, or nothing. */
function exportArgs(arg: unknown): ExportArgs {
  if (arg instanceof vscode.Uri) return { document: arg };
  if (arg && typeof arg === 'object') return arg as ExportArgs;
  return {};
}

async function exportAssessment(view: AssessmentView, format: 'markdown' | 'html', args: ExportArgs): Promise<vscode.Uri | undefined> {
  const doc = await view.target(args.document);
  if (!doc) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Judgment Lint: Open a Markdown judgment draft first.'));
    return undefined;
  }
  const ext = format === 'html' ? 'html' : 'md';
  let target = args.target;
  if (!target) {
    const base = doc.isUntitled ? undefined : doc.uri.with({ path: doc.uri.path.replace(/(\.[^./]*)?$/, `.assessment.${ext}`) });
    target = await vscode.window.showSaveDialog({
      ...(base ? { defaultUri: base } : {}),
      filters: format === 'html' ? { HTML: ['html', 'htm'] } : { Markdown: ['md'] },
      saveLabel: '导出评估',
      title: format === 'html' ? '导出评估（HTML）' : '导出评估（Markdown）',
    });
    if (!target) return undefined;
  }
  const { assessment } = view.assess(doc);
  const content = format === 'html' ? assessmentHtml(assessment) : assessmentMarkdown(assessment);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
  void vscode.window.showInformationMessage(`Judgment Lint：评估已导出到 ${vscode.workspace.asRelativePath(target)}`);
  return target;
}

/** Registers the assessment panel, its commands and the exports. One call from activate(). */
export function registerAssessment(context: vscode.ExtensionContext, options: OptionsProvider = settingsOptions): void {
  const view = new AssessmentView(vscode.Uri.joinPath(context.extensionUri, 'media'), options);
  context.subscriptions.push(
    view,
    vscode.commands.registerCommand('judgmentLint.assessDraft', async (uri?: unknown) => {
      const doc = await view.target(uri instanceof vscode.Uri ? uri : undefined);
      if (!doc || !isDraft(doc)) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Judgment Lint: The assessment applies to Markdown judgment drafts only.'));
        return undefined;
      }
      return view.show(doc);
    }),
    vscode.commands.registerCommand('judgmentLint.exportAssessmentMarkdown', (arg?: unknown) => exportAssessment(view, 'markdown', exportArgs(arg))),
    vscode.commands.registerCommand('judgmentLint.exportAssessmentHtml', (arg?: unknown) => exportAssessment(view, 'html', exportArgs(arg))),
    vscode.commands.registerCommand('judgmentLint._assessmentState', () => view.state()),
    vscode.commands.registerCommand('judgmentLint._assessmentMessage', (m: WebviewMessage) => view.handle(m)),
  );
}
