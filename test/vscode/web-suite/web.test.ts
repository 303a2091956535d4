// The web extension in VS Code's web-worker extension host (vscode.dev's): it activates there,
// lints a draft from the workspace, links the diagnostics to rule pages and opens a page.
import * as vscode from 'vscode';
import { waitFor, ours } from '../helpers';
// The example draft, bundled as text (esbuild's `text` loader for .md in this build).
import departing from '../../../examples/departing.md';

// No Node here, so no node:assert: the few checks the suite needs.
interface Assert {
  ok(v: unknown, message?: string): asserts v;
  equal(a: unknown, b: unknown): void;
  deepEqual(a: unknown, b: unknown): void;
  match(s: string, re: RegExp): void;
}
const assert: Assert = {
  ok(v: unknown, message = 'expected a truthy value'): asserts v {
    if (!v) throw new Error(message);
  },
  equal(a: unknown, b: unknown) {
    if (a !== b) throw new Error(`${String(a)} !== ${String(b)}`);
  },
  deepEqual(a: unknown, b: unknown) {
    if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`${JSON.stringify(a)} != ${JSON.stringify(b)}`);
  },
  match(s: string, re: RegExp) {
    if (!re.test(s)) throw new Error(`${JSON.stringify(s.slice(0, 80))} does not match ${re}`);
  },
};

suite('web extension host', () => {
  test('runs without Node', () => {
    assert.equal(typeof (globalThis as { process?: unknown }).process, 'undefined');
    assert.equal(typeof (globalThis as { require?: unknown }).require, 'undefined');
  });

  test('a draft gets diagnostics linked to rule pages', async () => {
    const ext = vscode.extensions.getExtension('judgment-lint.judgment-lint');
    assert.ok(ext, 'extension not found');
    await ext.activate();
    // An untitled draft: the web host has no file system of its own, and the server's is not its.
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: departing });
    await vscode.window.showTextDocument(doc);
    const diags = await waitFor('diagnostics', () => (ours(doc.uri).length >= 2 ? ours(doc.uri) : undefined));
    const codes = diags.map((d) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code))).sort();
    assert.deepEqual(codes, ['GAI001', 'GAI002']);
    const page = await vscode.commands.executeCommand<string>('judgmentLint.showRule', 'GAI001');
    assert.match(page ?? '', /^# GAI001 apology-granted/);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
