// What the real-VS-Code suites share: polling for a state the editor reaches asynchronously, and
// reading our diagnostics. Only `vscode` and timers, so the web-worker suite can use it too.
import * as vscode from 'vscode';

/** Polls `probe` every 100 ms until it gives a value (not undefined, not false), or times out. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, ms = 20000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Judgment Lint's diagnostics on a document. */
export const ours = (uri: vscode.Uri): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'judgment-lint');

/** A diagnostic's code as a string, whether VS Code gives it as a string or as {value, target}. */
export const codeOf = (d: vscode.Diagnostic): string => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));
