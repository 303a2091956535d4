// Mocha entry point for the web suite (test/vscode/run.mjs --web): VS Code loads this bundle into
// its web-worker extension host, beside dist/web/extension.js, so the tests exercise the web
// extension where vscode.dev runs it — no Node at all. Mocha's own browser build runs them.
import 'mocha/mocha.js';
import * as vscode from 'vscode';

declare const mocha: BrowserMocha;
interface BrowserMocha {
  setup(o: { ui: string; reporter?: string; color?: boolean; timeout?: number }): void;
  run(done: (failures: number) => void): void;
}

export async function run(): Promise<void> {
  console.log(`VS Code ${vscode.version} (web worker extension host)`);
  // Mocha's browser build reads location.search for its grep options; the extension host's
  // worker may not expose one.
  const g = globalThis as { location?: { search?: string } };
  if (!g.location) g.location = { search: '' };
  mocha.setup({ ui: 'tdd', reporter: 'spec', color: false, timeout: 60000 });
  // The tests register themselves with mocha's globals when imported (after setup).
  await import('./web.test');
  await new Promise<void>((resolve, reject) => mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve())));
}
