#!/usr/bin/env node
// Runs the VS Code integration suite under @vscode/test-electron, i.e. in desktop VS Code 1.100.3,
// for machines that can download it from update.code.visualstudio.com (ours cannot: they use
// run.mjs, same suite, VS Code 1.100.3 server + headless Chromium).
//
//   node test/vscode/electron.mjs [--workspace DIR]
//
// The download is cached in <repo>/.vscode-test (git-ignored); once it is there, no network is
// needed. On Linux without a display, run it under `xvfb-run -a`.
// Exit status: 0 all tests passed, 1 tests failed, 2 VS Code could not be downloaded (or usage).

import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as fs from 'node:fs';
import * as path from 'node:path';

const VSCODE_VERSION = '1.100.3'; // the same VS Code as run.mjs (code-server 4.100.3)
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const log = (msg) => process.stderr.write(`[vscode-test] ${msg}\n`);

let opts;
try {
  ({ values: opts } = parseArgs({
    options: {
      workspace: { type: 'string' },
      'extension-development-path': { type: 'string' },
      'extension-tests-path': { type: 'string' },
    },
  }));
} catch (e) {
  log(`${e.message}\nusage: node test/vscode/electron.mjs [--workspace DIR]`);
  process.exit(2);
}
const extensionDevelopmentPath = path.resolve(opts['extension-development-path'] ?? REPO_ROOT);
const extensionTestsPath = path.resolve(opts['extension-tests-path'] ?? path.join(REPO_ROOT, 'out', 'test', 'vscode', 'suite', 'index.js'));
if (!fs.existsSync(extensionTestsPath)) {
  log(`${extensionTestsPath} does not exist: build first (node esbuild.mjs --tests)`);
  process.exit(2);
}
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  log('no DISPLAY: desktop VS Code needs one on Linux (run under `xvfb-run -a`)');
}

let vscodeExecutablePath;
try {
  vscodeExecutablePath = await downloadAndUnzipVSCode({ version: VSCODE_VERSION, cachePath: path.join(REPO_ROOT, '.vscode-test') });
} catch (e) {
  const why = String(e?.message ?? e).split('\n')[0];
  log(`could not download VS Code ${VSCODE_VERSION} (${why}); offline machines: use node test/vscode/run.mjs`);
  process.exit(2);
}

try {
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath,
    extensionTestsPath,
    // --disable-extensions: only the extension under development (and built-ins) load.
    launchArgs: [...(opts.workspace ? [path.resolve(opts.workspace)] : []), '--disable-extensions'],
  });
  process.exit(0);
} catch (e) {
  // TestRunFailedError carries VS Code's exit code.
  log(`tests failed: ${e?.message ?? e}`);
  process.exit(typeof e?.code === 'number' && e.code !== 0 ? e.code : 1);
}
