/**
 * The first slice, as a judge meets it in a real VS Code: open the departing example, see
 * GAI001 and GAI002 on the order lines, apply the quick fix, see the apology order become a
 * clarification order and the warning go; open the following example and see nothing.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { waitFor, ours, codeOf } from '../helpers';

const ROOT = path.resolve(__dirname, '../../../..');

// The tests type into the drafts: each works on a fresh copy, so an auto-save never reaches
// examples/ and no test sees another's edits.
const COPIES = fs.mkdtempSync(path.join(os.tmpdir(), 'jl-diagnostics-'));
let copies = 0;
function example(name: string): vscode.Uri {
  const copy = path.join(COPIES, `${++copies}-${name}`);
  fs.copyFileSync(path.join(ROOT, 'examples', name), copy);
  return vscode.Uri.file(copy);
}

suite('Judgment Lint in VS Code', () => {
  suiteSetup(async () => {
    const ext = vscode.extensions.getExtension('judgment-lint.judgment-lint');
    assert.ok(ext, 'the extension is installed');
    const started = Date.now();
    await ext.activate();
    console.log(`Judgment Lint activated in ${Date.now() - started} ms`);
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the departing example shows GAI001 and GAI002 on the order lines', async () => {
    const doc = await vscode.workspace.openTextDocument(example('departing.md'));
    await vscode.window.showTextDocument(doc);
    const diags = await waitFor('diagnostics', () => {
      const d = ours(doc.uri);
      return d.length >= 2 ? d : undefined;
    });
    const byCode = new Map(diags.map((d) => [codeOf(d), d]));
    assert.deepEqual([...byCode.keys()].sort(), ['GAI001', 'GAI002']);
    assert.match(doc.lineAt(byCode.get('GAI001')!.range.start.line).text, /^一、.*赔礼道歉/);
    assert.match(doc.lineAt(byCode.get('GAI002')!.range.start.line).text, /^二、.*精神损害抚慰金/);
    assert.equal(byCode.get('GAI001')!.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(byCode.get('GAI001')!.message, /徐伟/);
  });

  test('the quick fix rewrites the apology order into a clarification order, and the warning goes', async () => {
    const doc = await vscode.workspace.openTextDocument(example('departing.md'));
    await vscode.window.showTextDocument(doc);
    const diag = await waitFor('GAI001', () => ours(doc.uri).find((d) => codeOf(d) === 'GAI001'));
    const line = diag.range.start.line;
    const action = await waitFor('the GAI001 quick fix', async () => {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider', doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value,
      );
      return (actions ?? []).find((a) => a.title.startsWith('GAI001') && a.isPreferred);
    });
    assert.ok(action.edit, 'the quick fix carries an edit');
    const before = doc.getText();
    assert.ok(await vscode.workspace.applyEdit(action.edit));
    const orderLine = doc.lineAt(line).text;
    assert.match(orderLine, /^一、被告北京某某智能科技有限公司于本判决生效之日起十日内，向曾接收涉案侵权内容的使用者推送澄清声明/);
    assert.doesNotMatch(orderLine, /赔礼道歉/);
    assert.match(doc.getText(), /本院不予支持。/);
    // One edit, undoable as one.
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), before);
    await vscode.commands.executeCommand('redo');
    await waitFor('GAI001 to disappear', () => (ours(doc.uri).some((d) => codeOf(d) === 'GAI001') ? undefined : true));
    assert.deepEqual(ours(doc.uri).map(codeOf), ['GAI002']);
  });

  test('the following example shows nothing', async () => {
    const doc = await vscode.workspace.openTextDocument(example('following.md'));
    await vscode.window.showTextDocument(doc);
    const count = await vscode.commands.executeCommand<number>('judgmentLint.lintDocument');
    assert.equal(count, 0);
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual(ours(doc.uri), []);
  });

  test('typing updates the diagnostics', async () => {
    const doc = await vscode.workspace.openTextDocument(example('departing.md'));
    const editor = await vscode.window.showTextDocument(doc);
    const diag = await waitFor('GAI002', () => ours(doc.uri).find((d) => codeOf(d) === 'GAI002'));
    const line = doc.lineAt(diag.range.start.line);
    // The judge turns the grant into a denial by hand: GAI002 must go as they type.
    await editor.edit((b) => b.replace(line.range, '二、驳回原告陈某某要求赔偿精神损害抚慰金的诉讼请求；'));
    await waitFor('GAI002 to disappear', () => (ours(doc.uri).some((d) => codeOf(d) === 'GAI002') ? undefined : true));
    // The basis list still cites 第一千一百八十三条 for emotional damages no order grants now: CITE003 says so.
    await waitFor('CITE003 on the basis', () => (ours(doc.uri).some((d) => codeOf(d) === 'CITE003') ? true : undefined));
    const codes = ours(doc.uri).map(codeOf).sort();
    assert.deepEqual(codes, ['CITE003', 'GAI001']);
    const cite = ours(doc.uri).find((d) => codeOf(d) === 'CITE003')!;
    assert.match(doc.getText(cite.range), /第一千一百八十三条/);
  });
});
