// Builds the shipped bundles and, with --tests, the test bundles.
//
//   node esbuild.mjs            dist/extension.js, dist/web/extension.js, dist/cli.js, dist/engine.js
//   node esbuild.mjs --tests    also out/test/** (mocha unit tests and the VS Code suite)
//   node esbuild.mjs --watch    rebuild the shipped bundles on change
//
// The engine is built for the `neutral` platform: a Node built-in imported anywhere
// under src/engine makes this build fail, which keeps invariant 1 honest.
import * as esbuild from 'esbuild';
import { readdirSync, statSync, chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { rulePages } from './src/build/rule-pages-plugin.mjs';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');

/** @type {esbuild.BuildOptions} */
const common = {
  bundle: true,
  sourcemap: production ? false : 'linked',
  minify: production,
  target: 'es2022',
  logLevel: 'warning',
  legalComments: 'none',
  // Chinese text (statutes, messages) as UTF-8, not \u escapes: a third of the size.
  charset: 'utf8',
  // `judgment-lint:rule-pages`: the rule pages' data, generated at build time from the rules and fixtures.
  plugins: [rulePages],
};

const shipped = [
  {
    ...common,
    entryPoints: ['src/engine/index.ts'],
    outfile: 'dist/engine.js',
    platform: 'neutral',
    format: 'cjs',
    mainFields: ['module', 'main'],
  },
  {
    ...common,
    entryPoints: ['src/vscode/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
  },
  {
    // The web extension (vscode.dev, the browser's extension host, a web worker): the same
    // extension for the `browser` platform, so a Node built-in anywhere in its imports fails the
    // build. `worker` picks the packages' builds that use no DOM (decode-named-character-reference).
    ...common,
    entryPoints: ['src/vscode/extension.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    conditions: ['worker'],
    external: ['vscode'],
  },
  {
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
  },
];

function walk(dir, pred) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p, pred));
    else if (pred(p)) out.push(p);
  }
  return out;
}

/** A mocha suite run in VS Code's Node extension host: each file its own bundle, `vscode` and `mocha` left external. */
function vscodeSuite(dir) {
  return {
    ...common,
    sourcemap: 'inline',
    entryPoints: walk(dir, (p) => p.endsWith('.ts')),
    outdir: `out/${dir}`,
    outbase: dir,
    platform: 'node',
    format: 'cjs',
    external: ['vscode', 'mocha'],
  };
}

function testBuilds() {
  return [
    {
      ...common,
      sourcemap: 'inline',
      entryPoints: walk('test/unit', (p) => p.endsWith('.test.ts')),
      outdir: 'out/test/unit',
      outbase: 'test/unit',
      platform: 'node',
      format: 'cjs',
      external: ['mocha'],
    },
    vscodeSuite('test/vscode/suite'),
    {
      // The suite run in the web-worker extension host (test/vscode/web.mjs): no Node there.
      ...common,
      sourcemap: 'inline',
      entryPoints: ['test/vscode/web-suite/index.ts'],
      outfile: 'out/test/vscode/web-suite/index.js',
      platform: 'browser',
      format: 'cjs',
      conditions: ['worker'],
      external: ['vscode'],
      loader: { '.md': 'text' },
    },
    // The suite run against the installed .vsix (test/vscode/run.mjs --vsix).
    vscodeSuite('test/vscode/vsix-suite'),
  ];
}

const builds = args.has('--tests') ? [...shipped, ...testBuilds()] : shipped;

if (args.has('--watch')) {
  for (const b of builds) await (await esbuild.context(b)).watch();
  console.log('[esbuild] watching');
} else {
  mkdirSync('dist', { recursive: true });
  await Promise.all(builds.map((b) => esbuild.build(b)));
  chmodSync('dist/cli.js', 0o755);
}
