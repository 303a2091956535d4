#!/usr/bin/env node
// npm run bench — how fast the engine is beside a bare remark-parse of the same text.
//
// Drafts of 10k, 100k and 1M characters are made by repeating the examples. For each size it
// reports, side by side: a bare remark-parse, the full lint, and (for the 1M draft) peak memory,
// each run in a fresh Node process so one measurement does not warm or bloat the next. It
// reports; it never fails.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const base = ['examples/departing.md', 'examples/following.md'].map((f) => readFileSync(join(root, f), 'utf8')).join('\n\n');
const draft = (size) => {
  let t = '';
  while (t.length < size) t += base + '\n\n';
  return t.slice(0, size);
};

const dir = mkdtempSync(join(tmpdir(), 'jl-bench-'));
// One child per measurement: load, warm up on a small text, then time `runs` runs on the draft.
const child = String.raw`
const { readFileSync } = require('node:fs');
const [mode, file, runs] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
(async () => {
  let work;
  if (mode === 'parse') {
    const { unified } = await import(${JSON.stringify(join(root, 'node_modules/unified/index.js'))});
    const remarkParse = (await import(${JSON.stringify(join(root, 'node_modules/remark-parse/index.js'))})).default;
    const p = unified().use(remarkParse);
    work = (t) => p.parse(t);
  } else if (mode === 'update') {
    // A session that has seen the draft, then one-character edits at spread-out positions, each
    // undone before the next: the time of update() after the edit.
    const { createSession } = require(${JSON.stringify(join(root, 'dist/engine.js'))});
    const session = createSession();
    session.update(text);
    const edits = Number(runs);
    const times = [];
    for (let i = 0; i < edits; i++) {
      const at = Math.floor(((i + 0.5) / edits) * text.length);
      const edited = text.slice(0, at) + '的' + text.slice(at);
      let s = process.hrtime.bigint();
      session.update(edited);
      times.push(Number(process.hrtime.bigint() - s) / 1e6);
      session.update(text);
    }
    times.sort((a, b) => a - b);
    console.log(JSON.stringify({ ms: times[Math.floor(times.length / 2)], maxRssMB: process.resourceUsage().maxRSS / 1024 }));
    return;
  } else {
    const { lint } = require(${JSON.stringify(join(root, 'dist/engine.js'))});
    work = (t) => lint(t);
  }
  work(text.slice(0, 5000));
  const times = [];
  for (let i = 0; i < Number(runs); i++) {
    const s = process.hrtime.bigint();
    work(text);
    times.push(Number(process.hrtime.bigint() - s) / 1e6);
  }
  times.sort((a, b) => a - b);
  console.log(JSON.stringify({ ms: times[Math.floor(times.length / 2)], maxRssMB: process.resourceUsage().maxRSS / 1024 }));
})();
`;
const childFile = join(dir, 'child.cjs');
writeFileSync(childFile, child);
const measure = (mode, file, runs) => {
  const r = spawnSync(process.execPath, [childFile, mode, file, String(runs)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout.trim());
};

const rows = [];
for (const [label, size, runs] of [['10k', 10_000, 15], ['100k', 100_000, 7], ['1M', 1_000_000, 3]]) {
  const file = join(dir, `${label}.md`);
  writeFileSync(file, draft(size));
  const parse = measure('parse', file, runs);
  const lint = measure('lint', file, runs);
  const update = measure('update', file, 21);
  rows.push({ label, parse, lint, update });
}
rmSync(dir, { recursive: true, force: true });

const f = (n) => n.toFixed(n < 10 ? 1 : 0);
console.log(`Judgment Lint benchmark — Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB`);
console.log('');
console.log('| draft | remark-parse (ms) | lint (ms) | lint ÷ parse | update (ms) | update ÷ parse | peak RSS parse (MB) | peak RSS lint (MB) |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  console.log(`| ${r.label} | ${f(r.parse.ms)} | ${f(r.lint.ms)} | ${(r.lint.ms / r.parse.ms).toFixed(2)} | ${f(r.update.ms)} | ${(r.update.ms / r.parse.ms).toFixed(2)} | ${f(r.parse.maxRssMB)} | ${f(r.lint.maxRssMB)} |`);
}
console.log('');
console.log('Median of several runs per cell, each measurement in a fresh process; peak RSS is the process maximum.');
console.log('update: median of 21 one-character edits at evenly spread positions, in a session that has seen the draft.');
