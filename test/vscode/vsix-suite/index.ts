// Mocha entry point for the .vsix suite (test/vscode/run.mjs --vsix FILE): the tests beside it
// run in a real VS Code where the packaged extension is installed, not under development.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

export async function run(): Promise<void> {
  console.log(`VS Code ${vscode.version}`);
  const mocha = new Mocha({ ui: 'tdd', timeout: 60000, color: false });
  for (const f of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, f));
  await new Promise<void>((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
    } catch (err) {
      reject(err);
    }
  });
}
