/**
 * Findings in English on request (`language: 'en'`): every registered rule has its English
 * one-liner (a new rule without one fails here), the basis and the sources are named in English,
 * and nothing but the message changes. Chinese stays the default.
 */
import * as assert from 'node:assert/strict';
import { analyze, lint, MESSAGES_EN, RULES, sourceLabel } from '../../src/engine/index';
import { listMarkdown, ROOT } from './harness';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const HAN = /\p{Script=Han}/u;

describe('English finding messages', function () {
  // One test lints every fixture.
  this.timeout(60000);
  it('every registered rule has its English text', () => {
    const missing = RULES.filter((r) => !MESSAGES_EN[r.code]?.message || !MESSAGES_EN[r.code]?.fires).map((r) => r.code);
    assert.deepEqual(missing, [], `add these codes to src/engine/rules/messages-en.ts`);
  });

  it('the English one-liners are English', () => {
    for (const [code, t] of Object.entries(MESSAGES_EN)) {
      // Chinese terms may be quoted (《…》, 赔礼道歉 …), but the sentence itself is English.
      const latin = t.message.replace(/[^A-Za-z]/g, '').length;
      assert.ok(latin > t.message.replace(/[\sA-Za-z\p{P}\d]/gu, '').length, `${code}: ${t.message}`);
    }
  });

  it('sources are named in English: the article by author, title and part; statutes by name and article', () => {
    assert.equal(sourceLabel('[Xu §4(2)]', 'en'), "Xu Wei, 'Tort Damages Owed by Generative AI Service Providers', part 4(2)");
    assert.equal(sourceLabel('[Xu §4 opening]', 'en'), "Xu Wei, 'Tort Damages Owed by Generative AI Service Providers', opening of part 4");
    assert.equal(sourceLabel('[Xu n.35]', 'en'), "Xu Wei, 'Tort Damages Owed by Generative AI Service Providers', note 35");
    assert.match(sourceLabel('[Yang §3(5)]', 'en'), /^Yang Lixin, '.+', part 3\(5\)$/);
    assert.equal(sourceLabel('《民法典》第1183条第1款', 'en'), 'Civil Code art. 1183(1)');
    assert.equal(sourceLabel('《个人信息保护法》第28–29条', 'en'), 'Personal Information Protection Law arts. 28–29');
    assert.equal(sourceLabel('《民事诉讼法》第264条（2023年修正）', 'en'), 'Civil Procedure Law art. 264 (2023 amendment)');
    assert.equal(sourceLabel('产品质量法第41条第2款第3项', 'en'), 'Product Quality Law art. 41(2)(3)');
    assert.equal(sourceLabel('法释〔2009〕14号', 'en'), 'SPC Provisions on Citing Laws and Regulations in Judgments (Fa Shi [2009] No. 14)');
    // Chinese is the default, and unchanged.
    assert.equal(sourceLabel('[Xu §4(2)]'), '徐伟《论生成式人工智能服务提供者侵权损害赔偿》第四部分（二）');
    assert.equal(sourceLabel('《民法典》第1183条第1款'), '《民法典》第1183条第1款');
    for (const rule of RULES) for (const s of rule.sources) assert.doesNotMatch(sourceLabel(s, 'en'), HAN, `${rule.code}: ${s}`);
  });

  it('a draft linted in English gets English messages, and nothing else changes', () => {
    const draft = readFileSync(join(ROOT, 'examples/departing.md'), 'utf8');
    const zh = lint(draft);
    const en = lint(draft, { language: 'en' });
    assert.deepEqual(en.map((f) => ({ ...f, message: '' })), zh.map((f) => ({ ...f, message: '' })));
    assert.equal(en[0]!.code, 'GAI001');
    assert.equal(
      en[0]!.message,
      `${MESSAGES_EN.GAI001!.message} (doctrine (reading of current law); sources: Xu Wei, 'Tort Damages Owed by Generative AI Service Providers', part 4(2); Civil Code art. 1000(1))`,
    );
    assert.match(zh[0]!.message, /（学说（现行法解释）；依据：徐伟《论生成式人工智能服务提供者侵权损害赔偿》第四部分（二）；《民法典》第1000条第1款）$/);
  });

  it('every fixture finding has an English message, findings with their own wording included', () => {
    let seen = 0;
    for (const file of listMarkdown(join(ROOT, 'test/fixtures'))) {
      const text = readFileSync(file, 'utf8');
      for (const f of analyze(text, { language: 'en' }).findings) {
        seen++;
        // The message proper, before its basis and sources; quoted law titles may stay Chinese.
        const head = f.message.slice(0, f.message.lastIndexOf(' ('));
        assert.doesNotMatch(head.replace(/《[^》]*》/g, '').replace(/（[^）]*）|“[^”]*”|"[^"]*"/g, ''), /\p{Script=Han}{6,}/u, `${file}: ${f.message}`);
        assert.match(f.message, / \((law|doctrine \(reading of current law\)|proposal \(not yet law\)); sources: .+\)$/, f.message);
      }
    }
    assert.ok(seen > 50, `only ${seen} findings`);
  });
});
