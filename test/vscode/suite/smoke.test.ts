// Smoke test: the suite runs inside a real VS Code and the extension loads there.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'judgment-lint.judgment-lint'; // publisher.name in package.json

suite('smoke', () => {
  test('runs inside VS Code', () => {
    assert.ok(vscode.version, 'vscode.version is empty');
    console.log(`VS Code ${vscode.version}`);
  });

  test('the extension is present and activates', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} not found`);
    await ext.activate();
    assert.equal(ext.isActive, true);
  });

  test('the examples open as markdown', async function () {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    const dir = ext && path.join(ext.extensionPath, 'examples');
    const examples = dir && fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.md')) : [];
    if (examples.length === 0) this.skip();
    for (const f of examples) {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(dir!, f)));
      await vscode.window.showTextDocument(doc);
      assert.equal(doc.languageId, 'markdown', f);
    }
  });
});
