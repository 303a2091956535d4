#!/usr/bin/env node
// `npm test`: type-check, unit and fixture tests (mocha), then the integration tests in a real
// VS Code, the web extension in its web-worker host, then the packaged .vsix installed into it.
// Each part's output goes straight through; at the end one plain line sums them up
// ("tests: N passed, M failed"), which is what CI reads.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

function run(label, cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.on('close', (code) => {
      const passing = [...out.matchAll(/^\s*(\d+) passing/gm)].reduce((n, m) => n + Number(m[1]), 0);
      const failing = [...out.matchAll(/^\s*(\d+) failing/gm)].reduce((n, m) => n + Number(m[1]), 0);
      resolve({ label, code: code ?? 1, passing, failing });
    });
  });
}

const results = [];
results.push(await run('typecheck', bin('tsc'), ['-p', '.']));
results.push(await run('build', process.execPath, ['esbuild.mjs', '--tests']));
if (results.every((r) => r.code === 0)) {
  results.push(await run('unit', bin('mocha'), ['--reporter', 'spec', 'out/test/unit/**/*.test.js']));
  if (!process.argv.includes('--unit-only')) {
    results.push(await run('vscode', process.execPath, ['test/vscode/run.mjs']));
    // The @l10n tests, in VS Code's Chinese display language (a second, short run).
    results.push(await run('vscode zh-cn', process.execPath, ['test/vscode/run.mjs', '--locale', 'zh-cn']));
    // The web extension in the same VS Code's web-worker extension host (vscode.dev's, no Node).
    results.push(await run('web', process.execPath, ['test/vscode/web.mjs']));
    // The .vsix as users get it: `npm run package` (a production build), then installed into the
    // same VS Code and run (test/vscode/vsix-suite). Last, because packaging rebuilds dist/.
    const packaged = await run('package', 'npm', ['run', '--silent', 'package']);
    results.push(packaged);
    if (packaged.code === 0) results.push(await run('vsix', process.execPath, ['test/vscode/run.mjs', '--vsix', 'judgment-lint.vsix']));
  }
}
const passed = results.reduce((n, r) => n + r.passing, 0);
// A part that failed without a mocha count (type errors, a crashed runner) counts as one failure.
const failed = results.reduce((n, r) => n + (r.failing || (r.code !== 0 ? 1 : 0)), 0);
for (const r of results) if (r.code !== 0) console.log(`${r.label} failed (exit ${r.code})`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
