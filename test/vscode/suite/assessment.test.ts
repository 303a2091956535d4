/**
 * The assessment in a real VS Code: `Judgment Lint: Assess Draft` on the departing example opens
 * the webview, whose script reports back what its claim table shows (judgmentLint._assessmentState);
 * a click reveals the line, editing the draft updates the table, a fix button applies the fix
 * (and is refused for an older version), and both exports write their files.
 *
 * With JUDGMENT_LINT_SCREENSHOTS=DIR (passed through test/vscode/run.mjs), the last test also
 * switches to a light and a dark theme and asks the runner for a screenshot of each.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { waitFor } from '../helpers';

const ROOT = path.resolve(__dirname, '../../../..');
const DEPARTING = vscode.Uri.file(path.join(ROOT, 'examples/departing.md'));

interface ClaimRowShown {
  number: number;
  line: number;
  outcome: string;
  codes: string[];
  cells: string[];
}

interface State {
  open: boolean;
  document?: string;
  version?: number;
  rendered?: {
    version: number;
    claimRows: ClaimRowShown[];
    findings: { code: string; line: number; fix?: number }[];
    headings: string[];
    theme: string[];
  };
}

const state = () => vscode.commands.executeCommand<State>('judgmentLint._assessmentState');
const message = (m: unknown) => vscode.commands.executeCommand<unknown>('judgmentLint._assessmentMessage', m);

/** What the webview shows once it has rendered the document's current version. */
async function renderedFor(doc: vscode.TextDocument, ms = 20000): Promise<NonNullable<State['rendered']>> {
  let last: State | undefined;
  try {
    return await waitFor(`the webview to render version ${doc.version}`, async () => {
      const s = (last = await state());
      return s.rendered && s.rendered.version === doc.version && s.version === doc.version ? s.rendered : undefined;
    }, ms);
  } catch (e) {
    const seen = last && { open: last.open, version: last.version, rendered: last.rendered?.version };
    throw new Error(`${(e as Error).message}; last state ${JSON.stringify(seen)}`);
  }
}

const rowOf = (rows: ClaimRowShown[], kind: string) => rows.find((r) => r.cells[1]!.startsWith(kind));

// Tests that edit the draft edit a copy of their own: the example itself is never touched, even
// if a dirty editor were saved on closing (or another test run shares the checkout).
let scratch: string;
let copies = 0;

async function openDeparting(copy = false): Promise<vscode.TextDocument> {
  let uri = DEPARTING;
  if (copy) {
    const file = path.join(scratch, `departing-${++copies}.md`);
    fs.copyFileSync(DEPARTING.fsPath, file);
    uri = vscode.Uri.file(file);
  }
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
  return doc;
}

suite('Assess Draft', () => {
  suiteSetup(async () => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'jl-assess-'));
    await vscode.extensions.getExtension('judgment-lint.judgment-lint')!.activate();
  });

  suiteTeardown(() => {
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  teardown(async () => {
    for (const doc of vscode.workspace.textDocuments) {
      if (doc.isDirty && doc.uri.fsPath.startsWith(scratch)) {
        await vscode.window.showTextDocument(doc);
        await vscode.commands.executeCommand('workbench.action.files.revert');
      }
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the webview shows the departing example’s claim table: the apology granted, with GAI001', async () => {
    const doc = await openDeparting();
    const assessment = await vscode.commands.executeCommand<{ claims: unknown[] }>('judgmentLint.assessDraft');
    assert.ok(assessment && assessment.claims.length === 6, 'the command returns the assessment');
    const shown = await renderedFor(doc);
    assert.ok(shown.headings.includes('二、诉讼请求与裁判结果'), shown.headings.join(' / '));
    assert.equal(shown.claimRows.length, 6);
    const apology = rowOf(shown.claimRows, '赔礼道歉')!;
    assert.ok(apology, shown.claimRows.map((r) => r.cells[1]).join(' / '));
    assert.ok(['granted', 'partly'].includes(apology.outcome), apology.outcome);
    assert.match(apology.cells[3]!, /支持/);
    assert.match(apology.cells[4]!, /判决主文第一项支持/);
    assert.deepEqual(apology.codes, ['GAI001']);
    assert.match(apology.cells[5]!, /不宜判令赔礼道歉/);
    const emotional = rowOf(shown.claimRows, '精神损害抚慰金')!;
    assert.equal(emotional.cells[2], '50000元');
    assert.match(emotional.cells[4]!, /10000元/);
    assert.deepEqual(emotional.codes, ['GAI002']);
    assert.match(doc.lineAt(apology.line - 1).text, /赔礼道歉/, 'the row knows its line');
    assert.ok(shown.findings.some((f) => f.code === 'GAI001' && f.fix !== undefined), 'GAI001 has a fix button');
    assert.ok(shown.theme.length > 0, 'the body carries the theme class');
  });

  test('a click reveals the line in the draft, and the table follows the draft as it changes', async () => {
    const doc = await openDeparting(true);
    await vscode.commands.executeCommand('judgmentLint.assessDraft');
    const shown = await renderedFor(doc);
    const emotional = rowOf(shown.claimRows, '精神损害抚慰金')!;
    assert.equal(await message({ type: 'reveal', line: emotional.line }), emotional.line);
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), doc.uri.toString());
    assert.equal(editor.selection.active.line, emotional.line - 1);

    // The judge turns the emotional-damages order into a denial by hand.
    const order = shown.findings.find((f) => f.code === 'GAI002')!;
    const line = doc.lineAt(order.line - 1);
    assert.ok(await editor.edit((b) => b.replace(line.range, '二、驳回原告陈某某要求赔偿精神损害抚慰金的诉讼请求；')));
    const after = await renderedFor(doc);
    const row = rowOf(after.claimRows, '精神损害抚慰金')!;
    assert.equal(row.outcome, 'denied');
    assert.ok(!row.codes.includes('GAI002'), row.codes.join(' '));
  });

  test('a fix button applies the preferred fix, and not to a draft changed since', async () => {
    const doc = await openDeparting(true);
    await vscode.commands.executeCommand('judgmentLint.assessDraft');
    const shown = await renderedFor(doc);
    const gai001 = shown.findings.find((f) => f.code === 'GAI001' && f.fix !== undefined)!;
    assert.equal(await message({ type: 'applyFix', finding: gai001.fix, version: shown.version - 1 }), false, 'an older version is refused');

    // A keystroke after the assessment: the button's fix is for a text that no longer exists.
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc)!;
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(doc.lineCount - 1, 0), '\n')));
    assert.equal(await message({ type: 'applyFix', finding: gai001.fix, version: shown.version }), false, 'a changed draft is refused');

    const now = await renderedFor(doc);
    const fresh = now.findings.find((f) => f.code === 'GAI001' && f.fix !== undefined)!;
    assert.equal(await message({ type: 'applyFix', finding: fresh.fix, version: now.version }), true);
    assert.match(doc.getText(), /推送澄清声明/);
    const fixed = await renderedFor(doc);
    assert.ok(!rowOf(fixed.claimRows, '赔礼道歉')!.codes.includes('GAI001'));
    assert.ok(!fixed.findings.some((f) => f.code === 'GAI001'));
  });

  test('exports the assessment as Markdown and as self-contained HTML', async () => {
    const doc = await openDeparting();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jl-assessment-'));
    try {
      const md = vscode.Uri.file(path.join(dir, 'departing.assessment.md'));
      const written = await vscode.commands.executeCommand<vscode.Uri>('judgmentLint.exportAssessmentMarkdown', { document: doc.uri, target: md });
      assert.equal(written?.toString(), md.toString());
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(md));
      assert.match(text, /^# 判决书草稿评估\n/);
      assert.match(text, /^\| 2 \| 赔礼道歉：.*\| 判决主文第一项支持.*\| GAI001 \|/m);
      assert.match(text, /^\| 3 \| 精神损害抚慰金：.*\| 50000元 \| 部分支持 \| 判决主文第二项支持10000元.*\| GAI002 \|/m);
      assert.match(text, /^- \*\*GAI001\*\* apology-granted · 警告 · 第\d+行第1列$/m);

      const html = vscode.Uri.file(path.join(dir, 'departing.assessment.html'));
      await vscode.commands.executeCommand('judgmentLint.exportAssessmentHtml', { document: doc.uri, target: html });
      const page = new TextDecoder().decode(await vscode.workspace.fs.readFile(html));
      assert.match(page, /^<!DOCTYPE html>/);
      assert.match(page, /data-codes="GAI001"/);
      assert.doesNotMatch(page, /<script|<link|https?:\/\//);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('screenshots in a light and a dark theme (only with JUDGMENT_LINT_SCREENSHOTS)', async function () {
    const dir = process.env.JUDGMENT_LINT_SCREENSHOTS;
    if (!dir) this.skip();
    this.timeout(120000);
    const config = vscode.workspace.getConfiguration('workbench');
    const before = config.inspect<string>('colorTheme')?.globalValue;
    try {
      const doc = await openDeparting();
      for (const c of ['workbench.action.closeSidebar', 'workbench.action.closePanel', 'workbench.action.closeAuxiliaryBar', 'notifications.clearAll']) {
        await vscode.commands.executeCommand(c).then(undefined, () => undefined);
      }
      const apology = doc.getText().split('\n').findIndex((l) => /^一、.*赔礼道歉/.test(l));
      const editor = vscode.window.activeTextEditor!;
      await vscode.commands.executeCommand('judgmentLint.assessDraft');
      // The assessment gets the wider part of the window: its claim table has eight columns.
      await vscode.commands.executeCommand('vscode.setEditorLayout', { orientation: 0, groups: [{ size: 0.4 }, { size: 0.6 }] });
      // The draft shows its orders, where GAI001 and GAI002 are.
      editor.selection = new vscode.Selection(apology, 0, apology, 0);
      editor.revealRange(new vscode.Range(apology - 6, 0, apology - 6, 0), vscode.TextEditorRevealType.AtTop);
      await renderedFor(doc);
      for (const [name, theme, bodyClass] of [
        ['light', 'Default Light Modern', 'vscode-light'],
        ['dark', 'Default Dark Modern', 'vscode-dark'],
      ] as const) {
        await config.update('colorTheme', theme, vscode.ConfigurationTarget.Global);
        await waitFor(`the ${name} theme in the webview`, async () => (await state()).rendered?.theme.includes(bodyClass));
        await vscode.commands.executeCommand('notifications.clearAll').then(undefined, () => undefined);
        await new Promise((r) => setTimeout(r, 1500)); // let the workbench repaint
        const file = path.join(dir, `assessment-${name}.png`);
        const started = Date.now();
        // test/vscode/run.mjs watches the relayed output for this line and writes the file.
        console.log(`[judgment-lint:screenshot] assessment-${name}`);
        await waitFor(`${file} from the runner`, () => fs.existsSync(file) && fs.statSync(file).mtimeMs >= started - 1000, 30000);
      }
    } finally {
      await config.update('colorTheme', before, vscode.ConfigurationTarget.Global);
    }
  });
});
