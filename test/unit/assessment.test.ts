/**
 * The assessment (issue 5): the exported Markdown of every example is checked in as a snapshot
 * (test/snapshots/<name>.assessment.md), and the data and the HTML keep their promises — the
 * claim table reads the departing example right, draft text is escaped, the HTML page is
 * self-contained, and nothing depends on the clock.
 *
 * The snapshots change whenever a rule or the case model changes what the engine says about an
 * example. Review the difference, then rewrite them with
 *
 *     UPDATE_SNAPSHOTS=1 npm run test:unit
 */
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assess, assessmentBody, assessmentHtml, assessmentMarkdown, type Assessment } from '../../src/engine/index';
import { ROOT } from './harness';

const SNAPSHOTS = join(ROOT, 'test/snapshots');
const update = Boolean(process.env.UPDATE_SNAPSHOTS);
const examples = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.md')).sort();
const read = (name: string) => readFileSync(join(ROOT, 'examples', name), 'utf8');
const assessExample = (name: string) => assess(read(name), { source: `examples/${name}` });

/** The first line where two texts differ, to make a failing snapshot readable. */
function firstDifference(actual: string, expected: string): string {
  const a = actual.split('\n');
  const e = expected.split('\n');
  for (let i = 0; i < Math.max(a.length, e.length); i++) {
    if (a[i] !== e[i]) return `line ${i + 1}:\n  expected: ${e[i] ?? '(end of file)'}\n  actual:   ${a[i] ?? '(end of file)'}`;
  }
  return 'no difference';
}

describe('assessment snapshots (UPDATE_SNAPSHOTS=1 npm run test:unit rewrites them)', () => {
  for (const name of examples) {
    it(`examples/${name} → test/snapshots/${name.replace(/\.md$/, '')}.assessment.md`, () => {
      const file = join(SNAPSHOTS, name.replace(/\.md$/, '.assessment.md'));
      const actual = assessmentMarkdown(assessExample(name));
      if (update) {
        mkdirSync(SNAPSHOTS, { recursive: true });
        writeFileSync(file, actual, 'utf8');
        return;
      }
      assert.ok(existsSync(file), `no snapshot ${file}: run UPDATE_SNAPSHOTS=1 npm run test:unit`);
      const expected = readFileSync(file, 'utf8');
      if (actual !== expected) {
        assert.fail(`the assessment of examples/${name} changed (${firstDifference(actual, expected)}).\nIf the change is intended: UPDATE_SNAPSHOTS=1 npm run test:unit`);
      }
    });
  }
});

describe('assessment', () => {
  let departing: Assessment;
  before(() => {
    departing = assessExample('departing.md');
  });

  it('understands the departing case: natural-person plaintiff, provider, reputation, generation stage, negligence', () => {
    const c = departing.case;
    assert.equal(c.caseNumber, '（2024）京0491民初28417号');
    assert.equal(c.cause, '名誉权纠纷');
    assert.equal(c.plaintiffKind, 'natural');
    assert.deepEqual(c.rights.map((r) => r.id), ['reputation']);
    assert.equal(c.stage, 'generation');
    assert.equal(c.fault, 'negligence');
    assert.ok(c.genAI);
    assert.equal(c.parties.find((p) => p.role === 'defendant')?.defendantRole, 'provider');
  });

  it('the claim table: the apology is granted by order 一 and carries GAI001; emotional damages 50000 asked, 10000 granted, GAI002', () => {
    const apology = departing.claims.find((c) => c.kinds.includes('apology'))!;
    assert.ok(apology.outcome === 'granted' || apology.outcome === 'partly', apology.outcome);
    assert.match(apology.decision, /判决主文第一项支持/);
    assert.ok(apology.codes.includes('GAI001'));
    assert.match(apology.position ?? '', /不宜判令赔礼道歉/);
    const emotional = departing.claims.find((c) => c.kinds.includes('emotional'))!;
    assert.equal(emotional.askedAmount, 50000);
    assert.equal(emotional.grantedAmount, 10000);
    assert.equal(emotional.outcome, 'partly');
    assert.ok(emotional.codes.includes('GAI002'));
    const lines = read('departing.md').split('\n');
    assert.match(lines[apology.line - 1]!, /赔礼道歉/, 'the claim row jumps to the claim item');
    assert.ok(apology.decisionLines.some((l) => /^一、.*赔礼道歉/.test(lines[l - 1]!)), 'and to the order');
  });

  it('groups the findings by basis, with their sources and positions, and counts them', () => {
    const doctrine = departing.findingGroups.find((g) => g.basis === 'doctrine')!;
    const codes = doctrine.findings.map((f) => f.code);
    assert.ok(codes.includes('GAI001') && codes.includes('GAI002'));
    const gai001 = doctrine.findings.find((f) => f.code === 'GAI001')!;
    assert.ok(gai001.sources.some((s) => s.startsWith('徐伟《论生成式人工智能服务提供者侵权损害赔偿》')));
    assert.doesNotMatch(gai001.message, /依据：/, 'basis and sources are fields, not repeated in the message');
    assert.ok(gai001.fix);
    assert.equal(departing.counts.findings, departing.findingGroups.reduce((n, g) => n + g.findings.length, 0));
  });

  it('says what the reasoning addresses and leaves out, only where it matters to the case', () => {
    const keys = departing.addressed.map((x) => x.key);
    assert.ok(keys.includes('factor998.occupation'));
    assert.ok(!keys.includes('pipl27'), 'no personal information in this case');
    assert.ok(!keys.includes('productLiability'));
    assert.equal(departing.addressed.find((x) => x.key === 'factor998.purpose')?.status, 'missing');
  });

  it('is deterministic', () => {
    for (const name of examples) {
      assert.equal(assessmentMarkdown(assessExample(name)), assessmentMarkdown(assessExample(name)));
      assert.equal(assessmentHtml(assessExample(name)), assessmentHtml(assessExample(name)));
    }
  });

  it('escapes the draft’s text in Markdown and HTML', () => {
    const hostile = [
      '# 民事判决书',
      '原告：<script>alert(1)</script>|*张*，男，1980年1月1日出生。',
      '被告：某某<img src=x onerror=alert(1)>科技有限公司，住所地北京市。',
      '## 诉讼请求',
      '1.判令被告赔礼道歉|<b>并</b>`删除`[链接](javascript:alert(1))；',
      '2.判令被告赔偿经济损失10000元。',
      '## 本院认为',
      '本院认为，被告提供生成式人工智能服务，存在过失。对原告的赔礼道歉请求，本院予以支持。',
      '判决如下：',
      '一、被告于本判决生效之日起十日内向原告赔礼道歉；',
      '二、驳回原告其他诉讼请求。',
    ].join('\n');
    const a = assess(hostile);
    assert.ok(a.claims.length >= 1);
    const html = assessmentHtml(a);
    assert.doesNotMatch(html, /<script|<img|<b>/i);
    assert.match(html, /&lt;b&gt;并&lt;\/b&gt;/);
    const md = assessmentMarkdown(a);
    assert.doesNotMatch(md, /<script>|<img |<b>/);
    // A pipe in the draft does not open a new cell: the claim row keeps its eight columns.
    const row = md.split('\n').find((l) => l.startsWith('| 1 |'))!;
    assert.equal(row.split(/(?<!\\)\|/).length, 10, row);
    assert.match(row, /\\\|\\<b\\>/);
  });

  it('the HTML page is self-contained: inline CSS, no scripts, no remote resources', () => {
    const html = assessmentHtml(assessExample('departing.md'));
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /<style>/);
    assert.doesNotMatch(html, /<script|<link|src=|https?:\/\//i);
    assert.doesNotMatch(html, /\sstyle="/, 'no style attributes (the webview CSP forbids them)');
    const body = assessmentBody(assessExample('departing.md'), { interactive: true });
    assert.match(body, /<button type="button" class="jl-apply" data-action="applyFix" data-finding="\d+">/);
    assert.match(body, /<tr class="jl-claim[^"]*" data-line="\d+"/);
  });

  it('an empty or non-judgment text still assesses, with nothing to show', () => {
    for (const text of ['', '随便写的几句话。', '# 标题\n\n正文']) {
      const a = assess(text);
      assert.equal(a.claims.length, 0);
      assert.match(assessmentMarkdown(a), /未识别到编号的诉讼请求/);
      assert.match(assessmentHtml(a), /<\/html>\n$/);
    }
  });
});
