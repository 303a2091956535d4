/**
 * What the .vsix will hold (`vsce ls`, the list `npm run package` packs): both extension bundles,
 * the manifest and its translations, README, LICENSE and every file the manifest contributes —
 * and no sources, tests, fixtures, examples, source maps or node_modules. Its compressed size is
 * estimated here; the real package is built, measured and installed by `npm test`
 * (test/vscode/run.mjs --vsix, test/vscode/vsix-suite).
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { ROOT } from './harness';

const MAX_BYTES = 2 * 1024 * 1024;

describe('package (.vsix contents)', function () {
  this.timeout(60000);
  let files: string[] = [];
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    main: string;
    browser?: string;
    l10n?: string;
    icon?: string;
    capabilities?: { untrustedWorkspaces?: { supported?: boolean | string }; virtualWorkspaces?: boolean };
    contributes?: { snippets?: { path: string }[]; grammars?: { path: string }[]; jsonValidation?: { url: string }[] };
  };
  const rel = (p: string) => p.replace(/^\.\//, '');

  before(function () {
    const vsce = join(ROOT, 'node_modules/.bin/vsce');
    if (!existsSync(vsce)) this.skip();
    const r = spawnSync(vsce, ['ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    files = r.stdout.split('\n').map((l) => l.trim()).filter(Boolean);
  });

  it('holds both bundles, the manifest, README and LICENSE', () => {
    for (const f of ['package.json', 'README.md', 'LICENSE', rel(manifest.main), rel(manifest.browser ?? 'dist/web/extension.js')]) {
      assert.ok(files.includes(f), `${f} is not packaged: ${files.join(', ')}`);
    }
  });

  it('holds every file the manifest contributes, and its translations', () => {
    const contributed = [
      ...(manifest.contributes?.snippets ?? []).map((s) => s.path),
      ...(manifest.contributes?.grammars ?? []).map((g) => g.path),
      ...(manifest.contributes?.jsonValidation ?? []).map((j) => j.url).filter((u) => u.startsWith('./')),
      ...(manifest.icon ? [manifest.icon] : []),
    ].map(rel);
    for (const f of contributed) assert.ok(files.includes(f), `${f} is contributed but not packaged`);
    const nls = readdirSync(ROOT).filter((f) => /^package\.nls(\.[\w-]+)?\.json$/.test(f));
    for (const f of nls) assert.ok(files.includes(f), `${f} is not packaged`);
    if (manifest.l10n) {
      const dir = rel(manifest.l10n);
      for (const f of existsSync(join(ROOT, dir)) ? readdirSync(join(ROOT, dir)) : []) assert.ok(files.includes(`${dir}/${f}`), `${dir}/${f} is not packaged`);
    }
  });

  it('holds no sources, tests, fixtures, examples, source maps or node_modules', () => {
    const stray = files.filter((f) => /^(src|test|out|node_modules|examples|scripts|\.\w+)\//.test(f) || /\.(ts|map|mjs|vsix)$/.test(f) || /^dist\/(cli|engine)\.js$/.test(f));
    assert.deepEqual(stray, []);
  });

  it('stays under 2 MB compressed', () => {
    const bytes = files.reduce((n, f) => n + deflateRawSync(readFileSync(join(ROOT, f))).length, 0);
    assert.ok(bytes < MAX_BYTES, `about ${(bytes / 1024).toFixed(0)} KB`);
  });

  it('declares the web entry and support for untrusted and virtual workspaces', () => {
    assert.equal(rel(manifest.browser ?? ''), 'dist/web/extension.js');
    assert.equal(manifest.capabilities?.untrustedWorkspaces?.supported, true);
    assert.equal(manifest.capabilities?.virtualWorkspaces, true);
  });
});
