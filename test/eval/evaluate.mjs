#!/usr/bin/env node
// Measures the case model against hand-annotated drafts (test/eval/*.md with *.json beside
// them, written blind to the engine): parties, stage, fault, each claim item's outcome, and the
// codes a correct linter reports. A report, not a test: it never fails.
//
//   npm run eval            (builds dist/ first)
//   node test/eval/evaluate.mjs [--verbose]
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const { analyze } = require(join(here, '../../dist/engine.js'));
const normalize = (name) => analyze(name).model.document.blocks[0]?.text ?? name;
const verbose = process.argv.includes('--verbose');

/** The outcome of a claim item as the model reads it. */
function outcomeOf(model, item) {
  const hasOrders = model.orders.length > 0;
  const court = model.mentions.filter((m) => m.speaker === 'court' && (m.section === 'reasoning' || m.section === 'orders'));
  let granted = false;
  let denied = false;
  let disposed = false;
  let grantedAmount = 0;
  for (const k of item.kinds) {
    if (k === 'costs') {
      if (item.answer?.how === 'fees') granted = true;
      continue;
    }
    for (const m of court.filter((x) => x.kind === k)) {
      if (m.disposed) disposed = true;
      else if (m.stance === 'granted' && (!hasOrders || m.section === 'orders')) {
        granted = true;
        grantedAmount += m.amount ?? 0;
      } else if (m.stance === 'denied') denied = true;
    }
  }
  if (item.inferred || (!granted && !denied && !disposed && item.answer?.how === 'term')) {
    const st = item.answer?.stance;
    if (st === 'granted') return 'granted';
    if (st === 'disposed') return 'disposed';
    return st === 'denied' ? 'denied' : 'unanswered';
  }
  if (granted) {
    const asked = item.amounts.reduce((a, b) => a + b, 0);
    return asked > 0 && grantedAmount > 0 && grantedAmount < asked ? 'partly-granted' : 'granted';
  }
  if (denied) return 'denied';
  if (disposed) return 'disposed';
  if (item.answer?.how === 'dismissal') return 'denied';
  if (item.answer) return 'denied';
  return 'unanswered';
}

const files = existsSync(here) ? readdirSync(here).filter((f) => f.endsWith('.md') && f !== 'README.md').sort() : [];
const totals = { items: 0, itemsFound: 0, outcomes: 0, kinds: 0, parties: 0, partiesRight: 0, facts: 0, factsRight: 0, tp: 0, fp: 0, fn: 0 };
for (const f of files) {
  const truthFile = join(here, f.replace(/\.md$/, '.json'));
  if (!existsSync(truthFile)) continue;
  const truth = JSON.parse(readFileSync(truthFile, 'utf8'));
  const { model, findings } = analyze(readFileSync(join(here, f), 'utf8'));
  const lines = [];

  // Parties.
  for (const p of truth.plaintiffs ?? []) {
    totals.parties++;
    // Names are compared as the engine reads them (Traditional script simplified).
    const want = normalize(p.name);
    const found = model.parties.find((x) => x.role === 'plaintiff' && (x.name === want || x.name.includes(want) || want.includes(x.name)));
    if (found && found.kind === p.kind) totals.partiesRight++;
    else lines.push(`  plaintiff ${p.name}: expected ${p.kind}, got ${found ? found.kind : 'not found'}`);
  }

  // Facts.
  const facts = [
    ['genAI', truth.genAI, model.facts.genAI],
    ...(truth.genAI ? [['stage', truth.stage, model.facts.stage]] : []),
    ...(truth.genAI && truth.stage === 'removal' ? [['measures', truth.measuresAfterNotice, model.facts.measuresAfterNotice]] : []),
    ...(truth.fault ? [['fault', truth.fault, model.facts.fault]] : []),
  ];
  for (const [name, want, got] of facts) {
    if (want === null || want === undefined) continue;
    totals.facts++;
    if (want === got) totals.factsRight++;
    else lines.push(`  ${name}: expected ${want}, got ${got}`);
  }

  // Claim items.
  for (const c of truth.claims ?? []) {
    totals.items++;
    const item = model.claimItems.find((x) => x.number === c.item);
    if (!item) {
      lines.push(`  claim ${c.item}: not found (${c.text})`);
      continue;
    }
    totals.itemsFound++;
    const kindsOk = c.kinds.every((k) => item.kinds.includes(k));
    if (kindsOk) totals.kinds++;
    else lines.push(`  claim ${c.item} kinds: expected ${c.kinds.join(',')}, got ${item.kinds.join(',') || '—'}`);
    const got = outcomeOf(model, item);
    const same = got === c.outcome || (c.outcome === 'partly-granted' && got === 'granted');
    if (same) totals.outcomes++;
    else lines.push(`  claim ${c.item} outcome: expected ${c.outcome}, got ${got} (${c.text})`);
  }

  // Codes in scope.
  const scope = new Set(['GAI001', 'GAI002', 'GAI004', 'DOC001']);
  const want = (truth.expectedCodes ?? []).filter((c) => scope.has(c)).sort();
  const got = findings.map((x) => x.code).filter((c) => scope.has(c)).sort();
  const left = [...got];
  for (const c of want) {
    const i = left.indexOf(c);
    if (i >= 0) {
      totals.tp++;
      left.splice(i, 1);
    } else {
      totals.fn++;
      lines.push(`  missed ${c}`);
    }
  }
  for (const c of left) {
    totals.fp++;
    lines.push(`  false ${c}`);
  }
  console.log(`${lines.length ? '✗' : '✓'} ${f}`);
  if (verbose || lines.length) for (const l of lines) console.log(l);
}

const pct = (a, b) => (b ? `${a}/${b} (${((100 * a) / b).toFixed(0)}%)` : '—');
console.log('');
console.log(`drafts            ${files.length}`);
console.log(`plaintiff kinds   ${pct(totals.partiesRight, totals.parties)}`);
console.log(`facts             ${pct(totals.factsRight, totals.facts)}`);
console.log(`claim items found ${pct(totals.itemsFound, totals.items)}`);
console.log(`claim kinds       ${pct(totals.kinds, totals.itemsFound)}`);
console.log(`claim outcomes    ${pct(totals.outcomes, totals.itemsFound)}`);
console.log(`findings          ${totals.tp} right, ${totals.fp} false, ${totals.fn} missed`);
