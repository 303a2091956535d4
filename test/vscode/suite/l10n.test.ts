/**
 * The extension's own interface in Chinese: run by `node test/vscode/run.mjs --locale zh-cn`
 * (VS Code's display language zh-cn), and left out of the ordinary run (the @l10n tag).
 * The contributed titles come from package.nls.zh-cn.json, the runtime strings from
 * media/l10n/bundle.l10n.zh-cn.json; the findings' messages are Chinese either way.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { waitFor, codeOf } from '../helpers';

const ROOT = path.resolve(__dirname, '../../../..');

suite('Chinese user interface @l10n', () => {
  let dir: string;
  suiteSetup(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jl-vscode-l10n-'));
  });
  suiteTeardown(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('VS Code runs in the language asked for', () => {
    assert.equal(vscode.env.language, process.env.JUDGMENT_LINT_TEST_LOCALE);
    assert.equal(vscode.env.language, 'zh-cn');
  });

  test('the contributed command titles and settings are Chinese', async () => {
    const ext = vscode.extensions.getExtension('judgment-lint.judgment-lint')!;
    await ext.activate();
    type Localised = string | { original: string; value: string };
    const contributes = ext.packageJSON.contributes as { commands: { command: string; title: Localised }[]; configuration: { title: string; properties: Record<string, { markdownDescription?: string; enumDescriptions?: string[] }> } };
    // A command's title arrives as { value, original } (the English one kept for search).
    const title = (id: string) => {
      const t = contributes.commands.find((c) => c.command === id)?.title;
      return typeof t === 'object' ? t.value : t;
    };
    assert.equal(title('judgmentLint.lintDocument'), '立即检查草稿');
    assert.equal(title('judgmentLint.openArticle'), '打开所引法条');
    assert.match(contributes.configuration.properties['judgmentLint.run']!.enumDescriptions![1]!, /保存/);
    // And the palette lists the command under its Chinese title.
    const all = await vscode.commands.getCommands(true);
    assert.ok(all.includes('judgmentLint.lintDocument'));
  });

  test('the code actions and the runtime strings speak Chinese', async () => {
    const uri = vscode.Uri.file(path.join(dir, 'draft.md'));
    await vscode.workspace.fs.writeFile(uri, fs.readFileSync(path.join(ROOT, 'examples/departing.md')));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const d = await waitFor('GAI001', () => vscode.languages.getDiagnostics(uri).find((x) => x.source === 'judgment-lint' && codeOf(x) === 'GAI001'));
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
    const titles = actions.map((a) => a.title);
    for (const t of ['忽略此行的 GAI001', '在此文件中忽略 GAI001', '在 .judgment-lint.json 中关闭 GAI001']) assert.ok(titles.includes(t), `${t} in ${titles.join(' | ')}`);
    // The findings themselves are Chinese by default in any UI language.
    assert.match(d.message, /徐伟/);
    // This suite lives inside the extension's folder, so its l10n calls read the extension's bundle.
    assert.equal(vscode.l10n.t('Open the article'), '打开条文');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
