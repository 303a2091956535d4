/**
 * judgment-lint [--format text|json|markdown|html] [--output FILE] [--fix] FILE...
 *
 * A thin layer over the engine: read files, lint, print, optionally apply preferred fixes.
 * `--format markdown|html` prints the engine's assessment of one draft instead of the findings.
 * Exit 0: no error-severity finding; 1: at least one; 2: usage or file error (one line, no stack).
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { expandArguments } from './glob';
import { CliConfig, problemLine } from './config';
import { analyze, applyEdits, assessAnalysis, assessmentHtml, assessmentMarkdown, LineIndex, type Finding, type TextEdit } from '../engine/index';

const USAGE = 'usage: judgment-lint [--format text|json|markdown|html] [--output FILE] [--fix] [--threshold YUAN] [--config FILE | --no-config] [--model] FILE...';

const HELP = `${USAGE}

  --format text      one line per finding: file:line:column: severity CODE slug: message (default)
  --format json      the findings as a JSON array, with their fixes
  --format markdown  the assessment of one draft: the case as understood, the claim table, the
                     findings by basis, what the reasoning addresses; Markdown for the case file
  --format html      the same assessment as a self-contained HTML page (no scripts, no remote resources)
  --output FILE      write to FILE instead of standard output
  --fix              apply every preferred fix in place (repeated until nothing changes)
  --threshold YUAN   GAI018's threshold for a high discretionary award (default 50000)
  --config FILE      use this configuration file for every draft (default: the nearest
                     .judgment-lint.json or .judgment-lint.jsonc above each draft)
  --no-config        use no configuration file
  --model            also print the case model as JSON (for debugging)

Exit status: 0 when no finding is an error, 1 when one is, 2 on a usage or file error.`;

const FORMATS = ['text', 'json', 'markdown', 'html'] as const;
type Format = (typeof FORMATS)[number];

interface Args {
  format: Format;
  /** Where the output goes instead of stdout. */
  output?: string;
  fix: boolean;
  /** GAI018's threshold in yuan. */
  threshold?: number;
  /** A configuration file; false: none; undefined: the nearest to each draft. */
  config?: string | false;
  model: boolean;
  files: string[];
}

/** A usage or file error: one line on stderr, exit 2. */
class UsageError extends Error {}

function parseArgs(argv: string[]): Args {
  const args: Args = { format: 'text', fix: false, model: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--fix') args.fix = true;
    else if (a === '--model') args.model = true;
    else if (a === '--no-config') args.config = false;
    else if (a === '--config' || a.startsWith('--config=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!v) throw new UsageError('--config takes a file name');
      args.config = v;
    }
    else if (a === '--threshold' || a.startsWith('--threshold=')) {
      const v = Number(a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i]);
      if (!Number.isFinite(v) || v < 0) throw new UsageError('--threshold takes an amount in yuan');
      args.threshold = v;
    }
    else if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!FORMATS.includes(v as Format)) throw new UsageError(`unknown format '${v ?? ''}' (text, json, markdown or html)`);
      args.format = v as Format;
    } else if (a === '--output' || a === '-o' || a.startsWith('--output=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!v) throw new UsageError('--output takes a file name');
      args.output = v;
    } else if (a === '--help' || a === '-h') {
      process.stdout.write(HELP + '\n');
      process.exit(0);
    } else if (a === '--') args.files.push(...argv.slice(i + 1)), (i = argv.length);
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option '${a}'`);
    else args.files.push(a);
  }
  if (args.files.length === 0) throw new UsageError('no file given');
  if ((args.format === 'markdown' || args.format === 'html') && args.files.length > 1) {
    throw new UsageError(`--format ${args.format} assesses one draft at a time; ${args.files.length} files given`);
  }
  return args;
}

function readDraft(file: string): string {
  let st;
  try {
    st = statSync(file);
  } catch {
    throw new UsageError(`cannot read '${file}': no such file`);
  }
  if (st.isDirectory()) throw new UsageError(`'${file}' is a directory; pass the Markdown files in it`);
  if (!/\.(md|markdown|mdown|mkd|mkdn|txt)$/i.test(file)) throw new UsageError(`'${file}' is not a Markdown draft (.md, .markdown or .txt)`);
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read '${file}': ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
  }
}

/** Applies the preferred fix of every finding that has one, skipping fixes that collide. */
function fixOnce(text: string, findings: Finding[]): string {
  const chosen: TextEdit[] = [];
  for (const f of findings) {
    const fix = f.fixes[0];
    if (!fix) continue;
    const collides = fix.edits.some((e) =>
      chosen.some((c) => (e.start < c.end && c.start < e.end) || (e.start === e.end && c.start < e.start && e.start < c.end)),
    );
    if (!collides) chosen.push(...fix.edits);
  }
  return chosen.length ? applyEdits(text, chosen) : text;
}

function jsonFinding(file: string, f: Finding, lines: LineIndex) {
  const a = lines.position(f.range.start);
  const b = lines.position(f.range.end);
  return {
    file,
    code: f.code,
    slug: f.slug,
    severity: f.severity,
    basis: f.basis,
    message: f.message,
    line: a.line,
    column: a.column,
    endLine: b.line,
    endColumn: b.column,
    sources: f.sources,
    fixes: f.fixes.map((x) => ({
      title: x.title,
      edits: x.edits.map((e) => {
        const s = lines.position(e.start);
        const t = lines.position(e.end);
        return { startLine: s.line, startColumn: s.column, endLine: t.line, endColumn: t.column, newText: e.newText };
      }),
    })),
  };
}

function main(argv: string[]): number {
  const args = parseArgs(argv);
  // Quoted globs ("drafts/**/*.md") are expanded here; one that matches nothing is an error.
  args.files = expandArguments(args.files);
  const texts = args.files.map((f) => [f, readDraft(f)] as const);
  // Everything printed goes through `write`, so that --output can take it instead of stdout.
  const written: string[] = [];
  const write = (s: string) => (args.output === undefined ? process.stdout.write(s) : written.push(s));
  const out: ReturnType<typeof jsonFinding>[] = [];
  let errors = 0;
  // Each draft's configuration file (and what it extends), read once; a faulty one stops the run.
  const config = new CliConfig({ config: args.config, threshold: args.threshold });
  const optionsOf = new Map(texts.map(([file]) => [file, config.optionsFor(file)] as const));
  for (const p of config.problems.filter((x) => x.severity === 'warning')) process.stderr.write(`judgment-lint: ${problemLine(p)}\n`);
  const configErrors = config.problems.filter((x) => x.severity === 'error');
  if (configErrors.length) throw new Error(`${problemLine(configErrors[0]!)}${configErrors.length > 1 ? ` (and ${configErrors.length - 1} more)` : ''}`);
  for (const [file, original] of texts) {
    const options = optionsOf.get(file)!;
    let text = original;
    let result = analyze(text, options);
    if (args.fix) {
      // Fixes can make room for one another: repeat to a fixed point (a few rounds at most).
      for (let round = 0; round < 4; round++) {
        const next = fixOnce(text, result.findings);
        if (next === text) break;
        text = next;
        result = analyze(text, options);
      }
      if (text !== original) writeFileSync(file, text, 'utf8');
    }
    for (const failure of result.failures) process.stderr.write(`judgment-lint: rule ${failure.code} failed on '${file}': ${failure.error}\n`);
    const lines = new LineIndex(text);
    for (const f of result.findings) {
      if (f.severity === 'error') errors++;
      out.push(jsonFinding(file, f, lines));
    }
    if (args.model) write(JSON.stringify(describeModel(result.model), null, 2) + '\n');
    if (args.format === 'markdown') write(assessmentMarkdown(assessAnalysis(text, result, file)));
    else if (args.format === 'html') write(assessmentHtml(assessAnalysis(text, result, file)));
  }
  if (args.format === 'json') write(JSON.stringify(out, null, 2) + '\n');
  else if (args.format === 'text') {
    for (const f of out) write(`${f.file}:${f.line}:${f.column}: ${f.severity} ${f.code} ${f.slug}: ${f.message}\n`);
    const files = texts.length;
    write(`${out.length} finding${out.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}\n`);
  }
  if (args.output !== undefined) {
    try {
      writeFileSync(args.output, written.join(''), 'utf8');
    } catch (e) {
      throw new UsageError(`cannot write '${args.output}': ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
    }
  }
  return errors > 0 ? 1 : 0;
}

function describeModel(model: ReturnType<typeof analyze>['model']) {
  const f = model.facts;
  return {
    parties: model.parties.map((p) => ({ role: p.role, name: p.name, aliases: p.aliases, kind: p.kind, defendantRole: f.defendantRoles.get(p) })),
    facts: { ...f, defendantRoles: undefined },
    claimItems: model.claimItems.map((c) => ({ number: c.number, kinds: c.kinds, amounts: c.amounts, text: c.text })),
    orders: model.orders.map((o) => ({ label: o.label, disposition: o.disposition, kinds: o.kinds, amounts: o.amounts, obligor: o.obligor?.name, beneficiary: o.beneficiary?.name })),
    mentions: model.mentions.map((m) => ({ kind: m.kind, section: m.section, stance: m.stance, speaker: m.speaker, disposed: m.disposed || undefined, amount: m.amount, sentence: m.sentence })),
    sections: model.document.sentences.map((s) => `${s.section}${s.heading ? '#' : ''}${s.item ? `[${s.item.label || s.item.number}]` : ''} ${s.text.slice(0, 40)}`),
  };
}

// `judgment-lint … | head`: a closed pipe ends the output, not the program with a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  const msg = e instanceof Error ? e.message : String(e);
  process.stderr.write(`judgment-lint: ${msg}${e instanceof UsageError && /option|format|no file|threshold|output|one draft/.test(msg) ? ` (${USAGE})` : ''}\n`);
  process.exitCode = 2;
}
