#!/usr/bin/env node
// Runs the web extension in a real VS Code's web-worker extension host — where vscode.dev runs
// it, with no Node — and the suite test/vscode/web-suite beside it.
//
//   node esbuild.mjs --tests && node test/vscode/web.mjs [run.mjs options]
//
// It stages the extension as the web sees it — the manifest without `main` (so nothing can run
// it in Node), dist/web/extension.js and the contributed files — with the suite inside it at
// test/index.js, then runs `run.mjs --web-extension` on it (see serveWebExtension there for how
// the workbench gets it). The suite brings its draft along: the web host has no file system.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SUITE = path.join(ROOT, 'out/test/vscode/web-suite/index.js');
const BUNDLE = path.join(ROOT, 'dist/web/extension.js');
for (const f of [SUITE, BUNDLE]) {
  if (!fs.existsSync(f)) {
    console.error(`[vscode-web] ${path.relative(ROOT, f)} does not exist: build first (node esbuild.mjs --tests)`);
    process.exit(3);
  }
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'judgment-lint-web-'));
const ext = path.join(tmp, 'extension');
const copy = (from, to) => fs.cpSync(from, to, { recursive: true });

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
delete manifest.main;
fs.mkdirSync(path.join(ext, 'dist/web'), { recursive: true });
fs.writeFileSync(path.join(ext, 'package.json'), JSON.stringify(manifest, null, 2));
copy(BUNDLE, path.join(ext, 'dist/web/extension.js'));
for (const f of fs.readdirSync(ROOT)) {
  if (/^package\.nls(\.[\w-]+)?\.json$/.test(f) || ['snippets', 'syntaxes', 'media', 'schemas'].includes(f)) copy(path.join(ROOT, f), path.join(ext, f));
}
copy(SUITE, path.join(ext, 'test/index.js'));

const child = spawn(process.execPath, [path.join(ROOT, 'test/vscode/run.mjs'), '--web-extension', ext, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(sig, () => child.kill(sig));
child.on('close', (code, signal) => {
  fs.rmSync(tmp, { recursive: true, force: true });
  process.exit(code ?? (signal ? 128 : 1));
});
