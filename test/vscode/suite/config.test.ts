/**
 * Configuration, suppression and fix-all as a judge meets them in a real VS Code, on drafts in a
 * temporary folder (written through vscode.workspace.fs, as the editor would):
 *
 * - a .judgment-lint.json beside the draft turns a rule off, and a change to it is picked up;
 * - the settings re-grade a rule, and the file wins over them;
 * - "Ignore GAI001 for this line" / "in this file" write disable comments, and the finding goes;
 * - "Turn GAI001 off in .judgment-lint.json" creates the file;
 * - `source.fixAll.judgmentLint` on save rewrites a repealed citation and nothing else;
 * - judgmentLint.run = onSave and judgmentLint.files.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { waitFor, ours, codeOf } from '../helpers';

const ROOT = path.resolve(__dirname, '../../../..');
const DEPARTING = fs.readFileSync(path.join(ROOT, 'examples/departing.md'), 'utf8');

const codes = (uri: vscode.Uri) => ours(uri).map(codeOf).sort().join(' ');
const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));

/** Waits until the draft's codes are exactly `want` (space-separated, sorted), and stay so briefly. */
async function settle(uri: vscode.Uri, want: string, what = want || 'no findings'): Promise<void> {
  await waitFor(what, () => codes(uri) === want);
  await new Promise((r) => setTimeout(r, 400));
  assert.equal(codes(uri), want, what);
}

const settings = () => vscode.workspace.getConfiguration('judgmentLint');

suite('Configuration, suppression and fix-all', () => {
  let dir: string;
  let n = 0;
  /** A fresh folder under os.tmpdir() with a draft in it (the departing example unless given). */
  async function draftIn(text = DEPARTING, name = 'draft.md'): Promise<{ folder: vscode.Uri; uri: vscode.Uri; doc: vscode.TextDocument; editor: vscode.TextEditor }> {
    const folder = vscode.Uri.file(path.join(dir, `case-${++n}`));
    await vscode.workspace.fs.createDirectory(folder);
    const uri = vscode.Uri.joinPath(folder, name);
    await write(uri, text);
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    return { folder, uri, doc, editor };
  }

  suiteSetup(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jl-vscode-config-'));
    await vscode.extensions.getExtension('judgment-lint.judgment-lint')!.activate();
    await settings().update('debounceMs', 50, vscode.ConfigurationTarget.Global); // quicker, same behaviour
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const key of ['severity', 'run', 'files']) await settings().update(key, undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration('editor').update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration('files').update('autoSave', undefined, vscode.ConfigurationTarget.Global);
  });

  suiteTeardown(async () => {
    await settings().update('debounceMs', undefined, vscode.ConfigurationTarget.Global);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a .judgment-lint.json beside the draft turns GAI001 off, and a change to it is picked up', async () => {
    const folder = vscode.Uri.file(path.join(dir, `case-${++n}`));
    await vscode.workspace.fs.createDirectory(folder);
    const config = vscode.Uri.joinPath(folder, '.judgment-lint.json');
    await write(config, '{\n  // 本庭不检查赔礼道歉\n  "rules": { "GAI001": "off" }\n}\n');
    const uri = vscode.Uri.joinPath(folder, 'draft.md');
    await write(uri, DEPARTING);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await settle(uri, 'GAI002');
    // Edited on disk: the file watcher reloads it.
    await write(config, '{ "rules": { "GAI002": "off", "GAI001": "error" } }');
    await settle(uri, 'GAI001', 'GAI001 back, GAI002 off');
    assert.equal(ours(uri)[0]!.severity, vscode.DiagnosticSeverity.Error);
    // Deleted: the defaults again.
    await vscode.workspace.fs.delete(config);
    await settle(uri, 'GAI001 GAI002', 'both back');
  });

  test('a config file two folders up, with extends; problems in it are shown on the file', async () => {
    const top = vscode.Uri.file(path.join(dir, `court-${++n}`));
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(top, 'cases', '2025'));
    await write(vscode.Uri.joinPath(top, 'base.jsonc'), '{ "rules": { "GAI002": "hint", }, }');
    const config = vscode.Uri.joinPath(top, '.judgment-lint.jsonc');
    await write(config, '{ "extends": "./base.jsonc", "rules": { "GAI001": "off", "GAI999": "off" } }');
    const uri = vscode.Uri.joinPath(top, 'cases', '2025', 'draft.md');
    await write(uri, DEPARTING);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await settle(uri, 'GAI002');
    assert.equal(ours(uri)[0]!.severity, vscode.DiagnosticSeverity.Hint);
    const problems = await waitFor('the problem on the config file', () => {
      const d = vscode.languages.getDiagnostics(config);
      return d.length ? d : undefined;
    });
    assert.match(problems[0]!.message, /'GAI999' is not a rule code/);
    assert.equal(problems[0]!.severity, vscode.DiagnosticSeverity.Warning);
  });

  test('the severity setting re-grades a rule; a config file wins over the setting', async () => {
    await settings().update('severity', { GAI002: 'hint', GAI001: 'ignore' }, vscode.ConfigurationTarget.Global);
    const { uri, folder } = await draftIn();
    await settle(uri, 'GAI002');
    assert.equal(ours(uri)[0]!.severity, vscode.DiagnosticSeverity.Hint);
    await write(vscode.Uri.joinPath(folder, '.judgment-lint.json'), '{ "rules": { "GAI001": "warning", "GAI002": "error" } }');
    await settle(uri, 'GAI001 GAI002');
    const by = new Map(ours(uri).map((d) => [codeOf(d), d.severity]));
    assert.equal(by.get('GAI001'), vscode.DiagnosticSeverity.Warning);
    assert.equal(by.get('GAI002'), vscode.DiagnosticSeverity.Error);
  });

  test('"Ignore GAI001 for this line" and "Ignore GAI002 in this file" write disable comments', async () => {
    const { uri, doc } = await draftIn();
    await settle(uri, 'GAI001 GAI002');
    const titles = async (d: vscode.Diagnostic) =>
      (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
    const gai001 = ours(uri).find((d) => codeOf(d) === 'GAI001')!;
    const orderLine = doc.lineAt(gai001.range.start.line).text;
    const actions = await titles(gai001);
    const names = actions.map((a) => a.title);
    for (const t of ['Ignore GAI001 for this line', 'Ignore GAI001 in this file', 'Turn GAI001 off in .judgment-lint.json']) assert.ok(names.includes(t), `${t} in ${names.join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(actions.find((a) => a.title === 'Ignore GAI001 for this line')!.edit!));
    await settle(uri, 'GAI002');
    const at = doc.getText().split('\n').findIndex((l) => l === '<!-- judgment-lint-disable-next-line GAI001 -->');
    assert.ok(at >= 0, 'the comment is on a line of its own');
    assert.equal(doc.lineAt(at + 1).text, orderLine, 'the order line itself is unchanged');

    const gai002 = ours(uri)[0]!;
    const file = (await titles(gai002)).find((a) => a.title === 'Ignore GAI002 in this file')!;
    assert.ok(await vscode.workspace.applyEdit(file.edit!));
    await settle(uri, '');
    assert.equal(doc.lineAt(0).text, '<!-- judgment-lint-disable-file GAI002 -->');
  });

  test('"Turn GAI001 off in .judgment-lint.json" creates the file beside the draft', async () => {
    const { uri, folder } = await draftIn();
    await settle(uri, 'GAI001 GAI002');
    const d = ours(uri).find((x) => codeOf(x) === 'GAI001')!;
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
    const off = actions.find((a) => a.title === 'Turn GAI001 off in .judgment-lint.json')!;
    assert.ok(off.command);
    await vscode.commands.executeCommand(off.command.command, ...(off.command.arguments ?? []));
    await settle(uri, 'GAI002');
    assert.deepEqual(JSON.parse(await read(vscode.Uri.joinPath(folder, '.judgment-lint.json'))), { rules: { GAI001: 'off' } });
  });

  test('source.fixAll.judgmentLint on save rewrites the repealed citation, and leaves orders and reasoning alone', async () => {
    const text = DEPARTING.replace('关于经济损失。《中华人民共和国民法典》第一千一百八十二条规定', '关于经济损失。《侵权责任法》第二十条规定');
    assert.notEqual(text, DEPARTING);
    const { uri, doc } = await draftIn(text);
    await settle(uri, 'CITE001 GAI001 GAI002');
    // Asked for directly: one action, with the citation's edit only.
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.judgmentLint')) ?? [];
    assert.equal(actions.length, 1, actions.map((a) => a.title).join(' | '));
    assert.equal(actions[0]!.kind?.value, 'source.fixAll.judgmentLint');
    // On save, as a judge would configure it.
    await vscode.workspace.getConfiguration('editor').update('codeActionsOnSave', { 'source.fixAll.judgmentLint': 'explicit' }, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.files.save');
    await waitFor('the save with its fix', () => !doc.isDirty && doc.getText() !== text);
    assert.equal(doc.getText(), DEPARTING, 'exactly the citation changed, nothing else');
    assert.equal(await read(uri), DEPARTING);
    await settle(uri, 'GAI001 GAI002', 'the unsafe fixes were not applied');
  });

  test('judgmentLint.run = onSave: typing does not lint, saving does', async () => {
    await settings().update('run', 'onSave', vscode.ConfigurationTarget.Global);
    // The web workbench saves by itself after a second (files.autoSave: afterDelay) by default.
    await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Global);
    const { uri, doc, editor } = await draftIn();
    await settle(uri, 'GAI001 GAI002');
    const line = doc.lineAt(ours(uri).find((d) => codeOf(d) === 'GAI002')!.range.start.line);
    await editor.edit((b) => b.replace(line.range, '二、驳回原告陈某某要求赔偿精神损害抚慰金的诉讼请求；'));
    await new Promise((r) => setTimeout(r, 1200));
    assert.ok(codes(uri).includes('GAI002'), `still the findings of the saved text: ${codes(uri)}`);
    await doc.save();
    await waitFor('GAI002 gone after saving', () => !codes(uri).includes('GAI002'));
  });

  test('judgmentLint.files narrows which Markdown files are drafts', async () => {
    const { uri } = await draftIn();
    await settle(uri, 'GAI001 GAI002');
    await settings().update('files', ['**/judgments/**/*.md'], vscode.ConfigurationTarget.Global);
    await settle(uri, '', 'not a draft any more');
    await settings().update('files', ['**/case-*/*.md'], vscode.ConfigurationTarget.Global);
    await settle(uri, 'GAI001 GAI002', 'a draft again');
  });
});
