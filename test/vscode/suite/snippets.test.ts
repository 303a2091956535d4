// The contributed snippets, inserted the way a judge inserts them (issue 6): the judgment
// skeleton arrives with its parts, and a reasoning paragraph arrives citing the statute.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

async function insert(name: string): Promise<string> {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
  const editor = await vscode.window.showTextDocument(doc);
  await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name });
  // Leave snippet mode, so the next test starts clean.
  await vscode.commands.executeCommand('leaveSnippet');
  const text = editor.document.getText();
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  return text;
}

suite('snippets', () => {
  test('the judgment skeleton inserts with its required parts', async () => {
    const text = await insert('Skeleton: first-instance civil judgment in a generative-AI case');
    for (const part of ['民事判决书', '诉讼请求', '本院认为', '判决如下', '《中华人民共和国民事诉讼法》第二百六十四条']) {
      assert.ok(text.includes(part), `skeleton lacks ${part}:\n${text.slice(0, 400)}`);
    }
  });

  test('a reasoning paragraph inserts citing the statute, not the scholar', async () => {
    const text = await insert('Reasoning: product liability of an AI product is no-fault');
    assert.match(text, /第一千二百零二条/);
    assert.doesNotMatch(text, /杨立新|徐伟/);
  });
});
