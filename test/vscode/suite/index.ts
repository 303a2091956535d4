// Mocha entry point for the VS Code integration suite.
//
// VS Code loads this module in the extension host (extensionTestsPath) and awaits run(). The same
// module serves both runners: test/vscode/run.mjs (VS Code server + headless Chromium, offline) and
// test/vscode/electron.mjs (@vscode/test-electron, downloads desktop VS Code).
//
// esbuild bundles each test/vscode/suite/*.ts into its own out/test/vscode/suite/*.js with `vscode`
// and `mocha` left external, so the *.test.js files sit next to this one at run time.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

export async function run(): Promise<void> {
  console.log(`VS Code ${vscode.version}`);
  // No colours: under run.mjs the output travels through the browser page to a log, not a terminal.
  const mocha = new Mocha({ ui: 'tdd', timeout: 60000, color: false });
  // `run.mjs --locale zh-cn` starts VS Code in another display language for the tests tagged
  // @l10n, and only those; the ordinary run leaves them out.
  if (process.env.JUDGMENT_LINT_TEST_LOCALE) mocha.grep('@l10n');
  else mocha.grep('@l10n').invert();
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));

  await new Promise<void>((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
    } catch (err) {
      reject(err);
    }
  });
}
