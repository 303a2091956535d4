/** The CLI as a user runs it: formats, exit codes, --fix in place and idempotent. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
    for (const args of [[], ['--bogus', 'x.md'], ['--format', 'xml', 'x.md'], ['no-such-file.md'], ['examples'], ['package.json'], ['--threshold', 'many', 'x.md']]) {
      const r = run(...args);
      assert.equal(r.status, 2, args.join(' '));
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.doesNotMatch(r.stderr, /\bat \w+ \(/, 'no stack trace');
    }
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
});
