/** The CLI as a user runs it: formats, exit codes, --fix in place and idempotent. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './harness';

const CLI = join(ROOT, 'dist/cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });

describe('judgment-lint CLI', function () {
  // Each case starts Node processes: give them time on a loaded two-core machine.
  this.timeout(30000);
  it('prints findings as text with file:line:column and exits 0 without errors', () => {
    const r = run('examples/departing.md', 'examples/following.md');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^examples\/departing\.md:\d+:1: warning GAI001 apology-granted: /m);
    assert.match(r.stdout, /^examples\/departing\.md:\d+:1: warning GAI002 /m);
    assert.doesNotMatch(r.stdout, /following\.md:/);
  });

  it('prints JSON findings with 1-based positions and fixes in the same coordinates', () => {
    const r = run('--format', 'json', 'examples/departing.md');
    const findings = JSON.parse(r.stdout) as Record<string, unknown>[];
    assert.deepEqual(findings.map((f) => f.code), ['GAI001', 'GAI002']);
    const f = findings[0] as { file: string; line: number; column: number; endLine: number; endColumn: number; basis: string; sources: string[]; fixes: { title: string; edits: { startLine: number; newText: string }[] }[] };
    assert.equal(f.file, 'examples/departing.md');
    const line = readFileSync(join(ROOT, 'examples/departing.md'), 'utf8').split('\n')[f.line - 1]!;
    assert.match(line, /^一、.*赔礼道歉/);
    assert.equal(f.column, 1);
    assert.equal(f.basis, 'doctrine');
    assert.ok(f.sources.includes('[Xu §4(2)]'));
    assert.ok(f.fixes[0]!.edits.some((e) => e.startLine === f.line && e.newText.includes('澄清声明')));
  });

  it('exits 1 when a finding is an error', () => {
    assert.equal(run('test/fixtures/GAI004/fires-organisation-emotional-damages-genai.md').status, 1);
  });

  it('exits 2 with one line on usage and file errors', () => {
    for (const args of [[], ['--bogus', 'x.md'], ['--format', 'xml', 'x.md'], ['no-such-file.md'], ['examples'], ['package.json'], ['--threshold', 'many', 'x.md'], ['examples/*.docx'], ['nowhere/**/*.md']]) {
      const r = run(...args);
      assert.equal(r.status, 2, args.join(' '));
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.doesNotMatch(r.stderr, /\bat \w+ \(/, 'no stack trace');
    }
  });

  it('expands quoted globs (* within a folder, ** across folders) and names a glob that matches nothing', () => {
    const r = run('--format', 'json', 'examples/*.md');
    const files = new Set((JSON.parse(r.stdout) as { file: string }[]).map((f) => f.file));
    assert.ok(files.has('examples/departing.md'), r.stdout.slice(0, 200));
    const deep = run('--format', 'json', 'test/fixtures/**/fires-*-one-line.md');
    assert.ok([0, 1].includes(deep.status!), deep.stderr);
    assert.ok((JSON.parse(deep.stdout) as unknown[]).length > 10);
    const none = run('test/fixtures/**/*.docx');
    assert.equal(none.status, 2);
    assert.match(none.stderr, /no file matches 'test\/fixtures\/\*\*\/\*\.docx'/);
  });

  it('--fix applies the preferred fixes in place, and a second run changes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jl-'));
    try {
      const file = join(dir, 'draft.md');
      copyFileSync(join(ROOT, 'examples/departing.md'), file);
      assert.equal(run('--fix', file).status, 0);
      const once = readFileSync(file, 'utf8');
      assert.match(once, /推送澄清声明/);
      assert.doesNotMatch(once, /^一、.*赔礼道歉/m);
      assert.equal(JSON.parse(run('--format', 'json', file).stdout).length, 0);
      run('--fix', file);
      assert.equal(readFileSync(file, 'utf8'), once);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--format markdown prints the assessment: the case, the claim table with its codes, the findings by basis', () => {
    const r = run('--format', 'markdown', 'examples/departing.md');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^# 判决书草稿评估\n/);
    assert.match(r.stdout, /^## 二、诉讼请求与裁判结果$/m);
    assert.match(r.stdout, /^\| 2 \| 赔礼道歉：.*\| 判决主文第一项支持.*\| GAI001 \|/m);
    assert.match(r.stdout, /^### 学说（现行法解释）（\d+项）$/m);
    assert.equal(r.stdout, run('--format=markdown', 'examples/departing.md').stdout, 'the same draft, the same file');
  });

  it('--format html --output FILE writes a self-contained page and nothing to stdout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jl-'));
    try {
      const file = join(dir, 'assessment.html');
      const r = run('--format', 'html', '--output', file, 'examples/departing.md');
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, '');
      const html = readFileSync(file, 'utf8');
      assert.match(html, /^<!DOCTYPE html>/);
      assert.match(html, /data-codes="GAI001"/);
      assert.doesNotMatch(html, /<script|<link|https?:\/\//);
      // --output works for the other formats too.
      const text = join(dir, 'findings.txt');
      assert.equal(run('-o', text, 'examples/departing.md').stdout, '');
      assert.match(readFileSync(text, 'utf8'), /GAI001/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the assessment formats take one draft, and --help names them', () => {
    const r = run('--format', 'html', 'examples/departing.md', 'examples/following.md');
    assert.equal(r.status, 2);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.equal(run('--output').status, 2);
    const help = run('--help');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /--format markdown/);
    assert.match(help.stdout, /--format html/);
    assert.match(help.stdout, /--output FILE/);
  });
});

describe('judgment-lint CLI: configuration files and suppression comments', function () {
  this.timeout(30000);
  let dir: string;
  let draft: string;
  beforeEach(() => {
    // court/.judgment-lint.jsonc extends ../base.json; the draft sits two folders below it.
    dir = mkdtempSync(join(tmpdir(), 'jl-config-'));
    mkdirSync(join(dir, 'court', 'cases', '2025'), { recursive: true });
    writeFileSync(join(dir, 'base.json'), '{ "rules": { "GAI002": "error" } }');
    writeFileSync(join(dir, 'court', '.judgment-lint.jsonc'), '// 本庭\n{ "extends": "../base.json", "rules": { "GAI001": "off", }, }\n');
    draft = join(dir, 'court', 'cases', '2025', 'draft.md');
    copyFileSync(join(ROOT, 'examples/departing.md'), draft);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const codes = (r: ReturnType<typeof run>) => (JSON.parse(r.stdout) as { code: string; severity: string }[]).map((f) => `${f.code} ${f.severity}`);

  it('finds the nearest configuration file above the draft, with what it extends', () => {
    const r = run('--format', 'json', draft);
    assert.equal(r.status, 1, r.stderr); // GAI002 is an error now
    assert.deepEqual(codes(r), ['GAI002 error']);
  });

  it('--no-config ignores it, --config names another', () => {
    assert.deepEqual(codes(run('--format', 'json', '--no-config', draft)), ['GAI001 warning', 'GAI002 warning']);
    const other = join(dir, 'other.json');
    writeFileSync(other, '{ "rules": { "GAI002": "off" } }');
    assert.deepEqual(codes(run('--format', 'json', `--config=${other}`, draft)), ['GAI001 warning']);
  });

  it('a faulty configuration stops the run with one line naming the place; a warning does not', () => {
    writeFileSync(join(dir, 'court', '.judgment-lint.jsonc'), '{ "rules": { "GAI001": "of" } }');
    let r = run(draft);
    assert.equal(r.status, 2);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /\.judgment-lint\.jsonc:1:24: error: rules\.GAI001: "of" is not a level/);
    r = run('--config', join(dir, 'missing.json'), draft);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /cannot read .*missing\.json: no such file/);
    writeFileSync(join(dir, 'court', '.judgment-lint.jsonc'), '{ "rules": { "GAI001": "off", "GAI999": "off" } }');
    r = run('--format', 'json', draft);
    assert.match(r.stderr, /warning: 'GAI999' is not a rule code/);
    assert.deepEqual(codes(r), ['GAI002 warning']);
  });

  it('the file’s rule options apply, and --threshold wins over them', () => {
    // 80,000 yuan fixed by discretion without a reason for its level: GAI018 above 50,000.
    copyFileSync(join(ROOT, 'test/fixtures/GAI018/fires-80000-factors-but-no-reason-for-level.md'), draft);
    const has018 = (r: ReturnType<typeof run>) => codes(r).some((c) => c.startsWith('GAI018'));
    assert.ok(has018(run('--format', 'json', '--no-config', draft)));
    writeFileSync(join(dir, 'court', '.judgment-lint.jsonc'), '{ "rules": { "GAI018": { "severity": "warning", "options": { "threshold": 100000 } } } }');
    assert.ok(!has018(run('--format', 'json', draft)));
    const r = run('--format', 'json', '--threshold', '60000', draft);
    assert.ok(codes(r).includes('GAI018 warning'), r.stdout);
  });

  it('suppression comments in the draft silence findings in the CLI too', () => {
    const text = readFileSync(draft, 'utf8').replace(/^(一、被告.*赔礼道歉)/m, '<!-- judgment-lint-disable-next-line GAI001 -->\n$1');
    writeFileSync(draft, text);
    assert.deepEqual(codes(run('--format', 'json', '--no-config', draft)), ['GAI002 warning']);
    writeFileSync(draft, `<!-- judgment-lint-disable-file GAI002 -->\n${text}`);
    assert.deepEqual(codes(run('--format', 'json', '--no-config', draft)), []);
  });
});
