/**
 * Suppression comments: each directive, their interplay, the edits the code actions write,
 * and the cost of the scan on a huge draft.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  analyze, applyEdits, applySuppressions, disableFileEdit, disableNextLineEdit, findDirectives, lint, type Finding,
} from '../../src/engine/index';
import { listMarkdown, ROOT } from './harness';

/** A finding of `code` starting at the first occurrence of `at` in `text`. */
function finding(text: string, code: string, at: string): Finding {
  const start = text.indexOf(at);
  assert.ok(start >= 0, at);
  return { code, slug: 'x', severity: 'warning', basis: 'law', message: '', sources: [], range: { start, end: start + at.length }, fixes: [] };
}
const kept = (text: string, findings: Finding[]) => applySuppressions(text, findings).map((f) => `${f.code}@${text.slice(f.range.start, f.range.end)}`);

describe('suppression comments', () => {
  it('reads directives, their codes and a trailing reason', () => {
    const text = [
      '<!-- judgment-lint-disable GAI001, gai002 合议庭决定保留 -->',
      '<!--judgment-lint-enable-->',
      '<!-- judgment-lint-fixture expect: GAI001 -->',
      '<!-- judgment-lint-disable-nextline GAI001 -->',
      '<!-- judgment-lint-disable-next-line   GAI003 -->',
    ].join('\n');
    const ds = findDirectives(text);
    assert.deepEqual(ds.map((d) => [d.kind, d.codes]), [['disable', ['GAI001', 'GAI002']], ['enable', []], ['disable-next-line', ['GAI003']]]);
    // Another code goes right after the last one, before the reason.
    assert.equal(text.slice(ds[0]!.codesEnd - 6, ds[0]!.codesEnd), 'gai002');
  });

  it('ignores directives shown as code in a fenced block', () => {
    const text = ['说明：', '```markdown', '<!-- judgment-lint-disable-file GAI001 -->', '```', '~~~~', '<!-- judgment-lint-disable GAI002 -->', '```', '~~~~', '<!-- judgment-lint-disable-next-line GAI003 -->'].join('\n');
    assert.deepEqual(findDirectives(text).map((d) => d.codes), [['GAI003']]);
    assert.deepEqual(findDirectives('```\n<!-- judgment-lint-disable-file -->').length, 0);
    // Fences on adjacent lines: an empty block, then the directive outside it.
    assert.deepEqual(findDirectives('```\n```\n<!-- judgment-lint-disable-file GAI001 -->').map((d) => d.codes), [['GAI001']]);
  });

  it('disable … enable covers the findings between, for the codes named or all', () => {
    const text = 'a1\n<!-- judgment-lint-disable GAI001 -->\nb1 b2\n<!-- judgment-lint-enable GAI001 -->\nc1\n<!-- judgment-lint-disable -->\nd1 d2\n<!-- judgment-lint-enable GAI002 -->\ne2 e1\n';
    const fs = [
      finding(text, 'GAI001', 'a1'), finding(text, 'GAI001', 'b1'), finding(text, 'GAI002', 'b2'), finding(text, 'GAI001', 'c1'),
      finding(text, 'GAI001', 'd1'), finding(text, 'GAI002', 'd2'), finding(text, 'GAI002', 'e2'), finding(text, 'GAI001', 'e1'),
    ];
    assert.deepEqual(kept(text, fs), ['GAI001@a1', 'GAI002@b2', 'GAI001@c1', 'GAI002@e2']);
  });

  it('disable-next-line, disable-line and disable-file', () => {
    const text = [
      '<!-- judgment-lint-disable-file CITE001 -->',
      'x1',
      '<!-- judgment-lint-disable-next-line GAI001 -->',
      'y1 y2',
      'z1 <!-- judgment-lint-disable-line GAI001 GAI002 --> z2',
      'w1 c1',
    ].join('\r\n');
    const fs = [
      finding(text, 'GAI001', 'x1'), finding(text, 'GAI001', 'y1'), finding(text, 'GAI002', 'y2'), finding(text, 'GAI001', 'z1'),
      finding(text, 'GAI002', 'z2'), finding(text, 'GAI001', 'w1'), finding(text, 'CITE001', 'c1'), finding(text, 'CITE001', 'x1'),
    ];
    assert.deepEqual(kept(text, fs), ['GAI001@x1', 'GAI002@y2', 'GAI001@w1']);
  });

  it('keeps the findings’ order, and everything when there is no directive', () => {
    const text = 'a b <!-- judgment-lint-disable GAI002 --> c';
    const fs = [finding(text, 'GAI001', 'c'), finding(text, 'GAI002', 'a'), finding(text, 'GAI002', 'c')];
    assert.deepEqual(kept(text, fs), ['GAI001@c', 'GAI002@a']);
    const plain = 'no comments here';
    const f = [finding(plain, 'GAI001', 'here')];
    assert.deepEqual(applySuppressions(plain, f), f);
  });

  it('analyze and lint apply them: the departing example loses GAI001 for one line, then for the file', () => {
    const text = readFileSync(join(ROOT, 'examples/departing.md'), 'utf8');
    const before = lint(text);
    const gai001 = before.find((f) => f.code === 'GAI001')!;
    const edit = disableNextLineEdit(text, gai001.range.start, 'GAI001')!;
    const once = applyEdits(text, [edit]);
    assert.deepEqual(lint(once).map((f) => f.code), before.filter((f) => f !== gai001).map((f) => f.code));
    // The comment sits alone on the line above the order, which is unchanged.
    const lines = once.split('\n');
    const at = lines.findIndex((l) => l.includes('judgment-lint-disable-next-line GAI001'));
    assert.match(lines[at + 1]!, /^一、.*赔礼道歉/);
    // A second code joins the same comment; the same code again needs nothing.
    const gai002 = before.find((f) => f.code === 'GAI002')!;
    assert.equal(disableNextLineEdit(once, once.indexOf(lines[at + 1]!), 'GAI001'), undefined);
    const fileEdit = disableFileEdit(text, 'GAI002')!;
    assert.equal(fileEdit.start, 0);
    assert.deepEqual(analyze(applyEdits(text, [fileEdit])).findings.map((f) => f.code), before.filter((f) => f !== gai002).map((f) => f.code));
  });

  it('a disable-next-line comment above any finding of any fixture removes just that finding', function () {
    this.timeout(120000);
    for (const file of [join(ROOT, 'examples/departing.md'), ...listMarkdown(join(ROOT, 'test/fixtures'))]) {
      const text = readFileSync(file, 'utf8');
      const before = lint(text);
      for (const f of before) {
        const after = lint(applyEdits(text, [disableNextLineEdit(text, f.range.start, f.code)!]));
        // Findings of the same code on the same line go together; everything else stays.
        const line = (t: string, o: number) => t.slice(0, o).split('\n').length;
        const expected = before.filter((g) => !(g.code === f.code && line(text, g.range.start) === line(text, f.range.start)));
        assert.deepEqual(after.map((g) => g.code), expected.map((g) => g.code), `${file} ${f.code}`);
      }
    }
  });

  it('edits: the comment keeps the line’s indentation and quote markers, the file comment goes after front matter', () => {
    const quoted = '引言\n> 一、判项\n';
    assert.deepEqual(disableNextLineEdit(quoted, quoted.indexOf('一'), 'GAI001'), { start: 3, end: 3, newText: '> <!-- judgment-lint-disable-next-line GAI001 -->\n' });
    const crlf = 'a\r\nb\r\n';
    assert.equal(disableNextLineEdit(crlf, 3, 'GAI001')!.newText.endsWith('-->\r\n'), true);
    const front = '---\ntitle: x\n---\n# 判决书\n';
    assert.deepEqual(disableFileEdit(front, 'GAI001'), { start: front.indexOf('#'), end: front.indexOf('#'), newText: '<!-- judgment-lint-disable-file GAI001 -->\n' });
    const existing = '<!-- judgment-lint-disable-file GAI001 理由 -->\n正文';
    const e = disableFileEdit(existing, 'GAI002')!;
    assert.equal(applyEdits(existing, [e]), '<!-- judgment-lint-disable-file GAI001 GAI002 理由 -->\n正文');
    assert.equal(disableFileEdit(existing, 'GAI001'), undefined);
    assert.equal(disableFileEdit('<!-- judgment-lint-disable-file -->\n', 'GAI009'), undefined);
  });

  it('a disable-line after a disable-next-line on the same line', () => {
    const text = 'a1 <!-- judgment-lint-disable-next-line GAI002 --><!-- judgment-lint-disable-line GAI001 -->\nb2 b1\n';
    const fs = [finding(text, 'GAI001', 'a1'), finding(text, 'GAI002', 'b2'), finding(text, 'GAI001', 'b1')];
    assert.deepEqual(kept(text, fs), ['GAI001@b1']);
  });

  it('costs milliseconds on a 5 MB draft, and stays linear on a flood of comments', function () {
    this.timeout(30000);
    const para = '本院认为，被告应当承担侵权责任，赔偿原告经济损失10000元。\n\n';
    const body = para.repeat(Math.ceil(5_000_000 / para.length));
    const text = `<!-- judgment-lint-disable-file CITE001 -->\n${body}<!-- judgment-lint-disable-next-line GAI001 -->\n一、被告赔礼道歉；<!-- judgment-lint-disable-line GAI002 -->\n${body}`;
    const findings: Finding[] = [];
    for (let at = 0; at < text.length; at += 4999) findings.push({ code: at % 2 ? 'GAI001' : 'GAI002', slug: '', severity: 'warning', basis: 'law', message: '', sources: [], range: { start: at, end: at + 1 }, fixes: [] });
    applySuppressions(text, findings); // warm up
    let t0 = performance.now();
    applySuppressions(text, findings);
    const ms = performance.now() - t0;
    assert.ok(ms < 100, `5 MB draft: ${ms.toFixed(0)} ms`);

    // Adversarial: 40,000 directives on one 2 MB line, unclosed comments, a flood of openers.
    const line = '<!-- judgment-lint-disable-next-line GAI001 --><!-- judgment-lint-disable-line GAI002 -->'.repeat(20_000);
    t0 = performance.now();
    applySuppressions(line + '\nx', findings.filter((f) => f.range.start < line.length));
    findDirectives('<!-- judgment-lint-disable '.repeat(200_000));
    findDirectives('judgment-lint-' + '<!--'.repeat(1_000_000));
    const adversarial = performance.now() - t0;
    assert.ok(adversarial < 3000, `adversarial: ${adversarial.toFixed(0)} ms`);
  });
});
