/**
 * Citations read in place: hovering 第一千一百八十三条 shows the text of 《民法典》第1183条, and the
 * go-to-article command opens the article in a read-only view.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';

const ROOT = path.resolve(__dirname, '../../../..');

async function hoverText(doc: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const end = Date.now() + 20000;
  for (;;) {
    const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position)) ?? [];
    const text = hovers
      .flatMap((h) => h.contents)
      .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
      .join('\n');
    if (text.includes('第一千一百八十三条') || Date.now() > end) return text;
    await new Promise((r) => setTimeout(r, 200));
  }
}

suite('Citations in VS Code', () => {
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('hovering 第一千一百八十三条 shows the text of 《民法典》第1183条', async () => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(ROOT, 'examples/departing.md')));
    await vscode.window.showTextDocument(doc);
    const at = doc.getText().indexOf('第一千一百八十三条');
    assert.ok(at >= 0, 'the example cites 第一千一百八十三条');
    const text = await hoverText(doc, doc.positionAt(at + 3));
    assert.match(text, /中华人民共和国民法典》第一千一百八十三条/);
    assert.match(text, /侵害自然人人身权益造成严重精神损害的，被侵权人有权请求精神损害赔偿/);
    assert.match(text, /徐伟/);
  });

  test('the go-to-article command opens the article read-only', async () => {
    const text = await vscode.commands.executeCommand<string>('judgmentLint.openArticle', 'civil-code', 1195);
    assert.match(text, /第一千一百九十五条 网络用户利用网络服务实施侵权行为的/);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.scheme, 'judgment-lint-statute');
  });
});
