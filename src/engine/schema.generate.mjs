#!/usr/bin/env node
// Writes media/judgment-lint.schema.json, the JSON schema VS Code uses to complete and validate
// .judgment-lint.json / .judgment-lint.jsonc (package.json `jsonValidation`). It is generated
// from the rules' metadata by configSchema() in src/engine/config.ts, out of the built engine:
//
//   npm run schema        (= node esbuild.mjs && node src/engine/schema.generate.mjs)
//
// test/unit/config.test.ts fails when the checked-in file differs, e.g. after a rule is added.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { configSchema } = createRequire(import.meta.url)(join(root, 'dist', 'engine.js'));
const file = join(root, 'media', 'judgment-lint.schema.json');
const text = JSON.stringify(configSchema(), null, 2) + '\n';
let old = '';
try {
  old = readFileSync(file, 'utf8');
} catch {}
if (old === text) console.log(`${file} is up to date`);
else {
  writeFileSync(file, text);
  console.log(`wrote ${file}`);
}
