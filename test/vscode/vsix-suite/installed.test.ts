// The packaged extension as a court's IT department installs it (run.mjs --vsix FILE): the .vsix
// is small, holds the bundles and none of the sources, and once installed it lints a draft, links
// each diagnostic to its rule page and opens that page.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { waitFor, ours } from '../helpers';

const EXTENSION_ID = 'judgment-lint.judgment-lint';
// out/test/vscode/vsix-suite → the repository, for the example draft only.
const ROOT = path.resolve(__dirname, '../../../..');

function listFiles(dir: string, base = dir): string[] {
  return fs.readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return fs.statSync(p).isDirectory() ? listFiles(p, base) : [path.relative(base, p).split(path.sep).join('/')];
  });
}

suite('installed .vsix', () => {
  test('the package is under 2 MB', function () {
    const vsix = process.env.JUDGMENT_LINT_VSIX;
    if (!vsix) this.skip();
    const size = fs.statSync(vsix!).size;
    assert.ok(size < 2 * 1024 * 1024, `${vsix} is ${(size / 1024).toFixed(0)} KB`);
  });

  test('the extension is installed, not under development, and holds no sources', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not installed`);
    assert.ok(!ext.extensionPath.startsWith(ROOT + path.sep), `${ext.extensionPath} is the checkout, not the installed package`);
    const files = listFiles(ext.extensionPath);
    for (const f of ['package.json', 'dist/extension.js', 'dist/web/extension.js']) assert.ok(files.includes(f), `${f} missing: ${files.join(', ')}`);
    const stray = files.filter((f) => /^(src|test|out|node_modules|examples|scripts)\//.test(f) || /\.(ts|map)$/.test(f));
    assert.deepEqual(stray, []);
  });

  test('a draft gets diagnostics that link to their rule pages', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    await ext.activate();
    // A copy outside the checkout: the installed extension reads only what the editor gives it.
    const draft = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'judgment-lint-vsix-')), 'draft.md');
    fs.copyFileSync(path.join(ROOT, 'examples/departing.md'), draft);
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(draft));
    await vscode.window.showTextDocument(doc);
    const diags = await waitFor('diagnostics', () => (ours(doc.uri).length >= 2 ? ours(doc.uri) : undefined));
    const codes = diags.map((d) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code))).sort();
    assert.deepEqual(codes, ['GAI001', 'GAI002']);
    const code = diags[0]!.code;
    assert.ok(typeof code === 'object' && code.target.scheme === 'command' && code.target.path === 'judgmentLint.showRule', `code ${JSON.stringify(code)}`);

    const page = await vscode.commands.executeCommand<string>('judgmentLint.showRule', 'GAI001');
    assert.match(page ?? '', /^# GAI001 apology-granted/);
    assert.match(page ?? '', /行为人因侵害人格权承担消除影响、恢复名誉、赔礼道歉等民事责任的/);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
