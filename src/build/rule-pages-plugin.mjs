// esbuild plugin: answers `import data from 'judgment-lint:rule-pages'` with the rule pages' data,
// generated at build time by src/build/rule-pages.ts (see src/vscode/rule-pages-data.d.ts).
//
// The generator is bundled in memory and run in this process. Its result is kept while none of
// its inputs (rules, statutes, fixtures, the generator) changes, so the several builds of one
// `node esbuild.mjs` share one run, and --watch regenerates when a fixture or a rule changes.
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const MODULE = 'judgment-lint:rule-pages';
const NAMESPACE = 'judgment-lint-rule-pages';

function files(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/** The inputs whose change makes the pages stale. */
function inputs() {
  return [...files(join(ROOT, 'src/engine')), ...files(join(ROOT, 'test/fixtures')), join(ROOT, 'src/build/rule-pages.ts')];
}

const mtime = (f) => {
  try {
    return statSync(f).mtimeMs;
  } catch {
    return 0; // removed while we looked
  }
};

let cached; // { stamp, promise, watched }

async function generate() {
  const result = await esbuild.build({
    entryPoints: [join(ROOT, 'src/build/rule-pages.ts')],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'cjs',
    target: 'es2022',
    logLevel: 'silent',
    // The type-only import of the data's schema is erased; nothing else may import the module.
    external: [MODULE],
  });
  const module = { exports: {} };
  const require = createRequire(join(ROOT, 'src/build/rule-pages.ts'));
  new Function('module', 'exports', 'require', result.outputFiles[0].text)(module, module.exports, require);
  return module.exports.generateRulePages(ROOT);
}

export function rulePagesData() {
  const watched = inputs();
  const stamp = watched.map((f) => `${f}:${mtime(f)}`).join('|');
  if (!cached || cached.stamp !== stamp) cached = { stamp, promise: generate(), watched };
  return cached;
}

/** @type {esbuild.Plugin} */
export const rulePages = {
  name: 'judgment-lint-rule-pages',
  setup(build) {
    build.onResolve({ filter: /^judgment-lint:rule-pages$/ }, () => ({ path: 'rule-pages', namespace: NAMESPACE }));
    build.onLoad({ filter: /.*/, namespace: NAMESPACE }, async () => {
      const { promise, watched } = rulePagesData();
      return { contents: JSON.stringify(await promise), loader: 'json', watchFiles: watched };
    });
  },
};
