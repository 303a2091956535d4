// Rule pages in a real VS Code: each diagnostic's code links to judgmentLint.showRule, and the
// command opens the rule's page — the doctrine, the statute text and the examples — read-only.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { waitFor } from '../helpers';

const ROOT = path.resolve(__dirname, '../../../..');

suite('rule pages', () => {
  suiteSetup(async () => {
    await vscode.extensions.getExtension('judgment-lint.judgment-lint')!.activate();
  });
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('a diagnostic’s code links to its rule page', async () => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(ROOT, 'examples/departing.md')));
    await vscode.window.showTextDocument(doc);
    const diag = await waitFor('GAI001', () =>
      vscode.languages.getDiagnostics(doc.uri).find((d) => d.source === 'judgment-lint' && typeof d.code === 'object' && d.code.value === 'GAI001'),
    );
    const code = diag.code as { value: string; target: vscode.Uri };
    assert.equal(code.target.scheme, 'command');
    assert.equal(code.target.path, 'judgmentLint.showRule');
    assert.deepEqual(JSON.parse(decodeURIComponent(code.target.query)), ['GAI001']);
  });

  test('judgmentLint.showRule opens the page with the statute text and both examples', async () => {
    const page = await vscode.commands.executeCommand<string>('judgmentLint.showRule', 'GAI002');
    assert.ok(page, 'no page');
    assert.match(page, /^# GAI002 emotional-damages-generation-stage/);
    // 《民法典》第1183条 in full, and the interpretation's 第5条.
    assert.match(page, /侵害自然人人身权益造成严重精神损害的，被侵权人有权请求精神损害赔偿/);
    assert.match(page, /精神损害的赔偿数额根据以下因素确定/);
    assert.match(page, /### 偏离的写法[\s\S]*### 正确的写法/);
    // The page is a read-only virtual document, open in the editor (preview or text).
    const open = await waitFor('the page document', () => vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'judgment-lint-rule'));
    assert.equal(open.uri.path, '/GAI002.md');
  });

  test('the page in English', async () => {
    const page = await vscode.commands.executeCommand<string>('judgmentLint.showRule', 'GAI001', 'en');
    assert.match(page ?? '', /\*\*Warning · doctrine \(reading of current law\)\*\*/);
    assert.match(page ?? '', /Xu Wei, 'Tort Damages Owed by Generative AI Service Providers', part 4\(2\)/);
  });
});
