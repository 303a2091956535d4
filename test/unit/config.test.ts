/**
 * The configuration file: parsing JSONC, readable problems, the extends chain, precedence over
 * the editor's settings, the options it gives the engine, editing it with comments kept, and
 * the JSON schema shipped for it (which must list exactly the registered rules).
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTree } from 'jsonc-parser/lib/esm/main.js';
import {
  analyze, configSchema, mergeRuleSettings, parseConfig, resolveConfig, resolveConfigSync, RULES, settingsToRules, toLintOptions, turnRuleOff,
  type ConfigSource,
} from '../../src/engine/index';
import { ROOT } from './harness';

/** An in-memory file system: ids are paths, refs resolve against the folder of `from`. */
function loader(files: Record<string, string>) {
  const reads: string[] = [];
  const load = (ref: string, from: string | undefined): ConfigSource | undefined => {
    const dir = from ? from.slice(0, from.lastIndexOf('/')) : '';
    const parts = (ref.startsWith('/') ? ref : `${dir}/${ref}`).split('/');
    const out: string[] = [];
    for (const p of parts) p === '..' ? out.pop() : p && p !== '.' && out.push(p);
    const id = '/' + out.join('/');
    reads.push(id);
    return id in files ? { id, text: files[id]! } : undefined;
  };
  return { load, reads };
}

describe('configuration file', () => {
  it('reads JSONC: comments, trailing commas, both forms of a rule entry', () => {
    const c = parseConfig(`// court defaults
{
  "$schema": "./x.json",
  "extends": ["a.json", "b.jsonc"],
  "rules": {
    "GAI001": "off", /* apology */
    "GAI012": "hint",
    "GAI018": { "severity": "warning", "options": { "threshold": 80000 } },
  },
}`);
    assert.deepEqual(c.problems, []);
    assert.deepEqual(c.extends, ['a.json', 'b.jsonc']);
    assert.deepEqual(c.rules, { GAI001: { severity: 'off' }, GAI012: { severity: 'hint' }, GAI018: { severity: 'warning', options: { threshold: 80000 } } });
  });

  it('reads a list option (CITE004.knownTitles) and refuses a list that is not all strings', () => {
    const ok = parseConfig('{ "rules": { "CITE004": { "options": { "knownTitles": ["中华人民共和国某某法"] } } } }');
    assert.deepEqual(ok.problems, []);
    assert.deepEqual(ok.rules, { CITE004: { options: { knownTitles: ['中华人民共和国某某法'] } } });
    const bad = parseConfig('{ "rules": { "CITE004": { "options": { "knownTitles": ["某某法", 3] } } } }');
    assert.deepEqual(bad.problems.map((p) => p.message), ['rules.CITE004.options.knownTitles must be an array of strings']);
    assert.deepEqual(parseConfig('{ "rules": { "CITE004": { "options": { "knownTitles": "某某法" } } } }').problems.length, 1);
  });

  it('says what is wrong, where, and ignores only the faulty entries', () => {
    const text = '{\n  "rules": {\n    "GAI999": "off",\n    "gai001": "off",\n    "GAI002": "warn",\n    "GAI003": 3,\n    "GAI018": { "options": { "threshold": -5 } },\n    "GAI004": "error"\n  },\n  "colour": 1\n}';
    const c = parseConfig(text, 'cfg.json');
    const msgs = c.problems.map((p) => `${p.severity} ${p.line}:${p.column} ${p.message}`);
    assert.deepEqual(msgs, [
      "warning 3:5 'GAI999' is not a rule code; ignored",
      "warning 4:5 'gai001' is not a rule code (did you mean GAI001?); ignored",
      `error 5:15 rules.GAI002: "warn" is not a level (use 'warning'); expected one of off, hint, information, warning, error`,
      'error 6:15 rules.GAI003 must be a level (off, hint, information, warning, error) or an object with "severity" and "options"',
      'error 7:43 rules.GAI018.options.threshold must be a number ≥ 0',
      "warning 10:3 unknown key 'colour' (expected \"extends\" or \"rules\"); ignored",
    ]);
    assert.ok(c.problems.every((p) => p.file === 'cfg.json'));
    assert.deepEqual(c.rules, { GAI004: { severity: 'error' } });
  });

  it('reports syntax errors and a non-object, and accepts an empty file', () => {
    assert.match(parseConfig('{ "rules": { "GAI001": "off" ').problems[0]!.message, /'\}' is expected|expected/);
    assert.equal(parseConfig('[1]').problems[0]!.message, 'the configuration must be a JSON object');
    assert.deepEqual(parseConfig('  \n').problems, []);
    assert.deepEqual(parseConfig('// nothing yet\n').problems, []);
    assert.equal(parseConfig('{"rules": {"GAI001": {"severity": "off", "options": {"x": 1}}}}').problems[0]!.message, "rules.GAI001.options: GAI001 has no options ('x'); ignored");
  });

  it('extends: relative paths, later entries and the file itself win, options merge', () => {
    const { load, reads } = loader({
      '/court/base.json': '{ "rules": { "GAI001": "off", "GAI012": "error", "GAI018": { "options": { "threshold": 10 } } } }',
      '/court/strict.json': '{ "rules": { "GAI012": "warning" } }',
      '/work/case/.judgment-lint.jsonc': '{ "extends": ["../../court/base.json", "/court/strict.json"], "rules": { "GAI018": { "severity": "hint" } } }',
    });
    const r = resolveConfigSync('/work/case/.judgment-lint.jsonc', load);
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.files, ['/work/case/.judgment-lint.jsonc', '/court/base.json', '/court/strict.json']);
    assert.deepEqual(reads, r.files);
    assert.deepEqual(r.rules, { GAI001: { severity: 'off' }, GAI012: { severity: 'warning' }, GAI018: { severity: 'hint', options: { threshold: 10 } } });
  });

  it('extends: a missing file, a cycle and a failing read are problems, not crashes', async () => {
    const { load } = loader({
      '/a.json': '{ "extends": "b.json", "rules": { "GAI001": "off" } }',
      '/b.json': '{ "extends": ["a.json", "nope.json"] }',
    });
    const r = resolveConfigSync('/a.json', load);
    assert.deepEqual(r.rules, { GAI001: { severity: 'off' } });
    assert.deepEqual(r.problems.map((p) => `${p.file}: ${p.message}`), [
      '/b.json: "extends" makes a cycle: /a.json → /b.json → /a.json',
      `/b.json: "extends": cannot read 'nope.json': no such file`,
    ]);
    const failing = await resolveConfig('/x.json', async () => {
      throw new Error('EACCES');
    });
    assert.deepEqual(failing.problems.map((p) => p.message), ['cannot read /x.json: EACCES']);
    // The asynchronous driver gives what the synchronous one gives.
    assert.deepEqual(await resolveConfig('/a.json', async (ref, from) => load(ref, from)), r);
  });

  it('precedence: the file over the settings over the defaults', () => {
    const settings = settingsToRules({ severity: { GAI001: 'ignore', GAI002: 'hint', GAI005: 'error', NOPE: 'off', GAI003: 'loud' }, highAwardThreshold: 60000 });
    assert.deepEqual(settings, { GAI001: { severity: 'off' }, GAI002: { severity: 'hint' }, GAI005: { severity: 'error' }, GAI018: { options: { threshold: 60000 } } });
    const file = parseConfig('{ "rules": { "GAI001": "warning", "GAI018": { "options": { "threshold": 90000 } } } }').rules;
    const options = toLintOptions(mergeRuleSettings(settings, file), { language: 'en' });
    assert.equal(options.language, 'en');
    assert.deepEqual(options.disabled, []);
    assert.deepEqual(options.severity, { GAI001: 'warning', GAI002: 'hint', GAI005: 'error' });
    assert.deepEqual(options.ruleOptions, { GAI018: { threshold: 90000 } });
    assert.deepEqual(toLintOptions(settings).disabled, ['GAI001']);
  });

  it('the engine applies a configuration: off removes, a level re-grades', () => {
    const text = readFileSync(join(ROOT, 'examples/departing.md'), 'utf8');
    const rules = parseConfig('{ "rules": { "GAI001": "off", "GAI002": "error" } }').rules;
    const findings = analyze(text, toLintOptions(rules)).findings;
    assert.deepEqual(findings.map((f) => `${f.code} ${f.severity}`), ['GAI002 error']);
  });

  it('turnRuleOff edits the file in place, comments and options kept, or writes a new one', () => {
    assert.deepEqual(JSON.parse(turnRuleOff('', 'GAI001')), { rules: { GAI001: 'off' } });
    const text = '// 本院统一配置\n{\n  "extends": "base.json", // 院里的\n  "rules": {\n    "GAI018": { "options": { "threshold": 1 } }\n  }\n}\n';
    const out = turnRuleOff(text, 'GAI018');
    assert.match(out, /\/\/ 本院统一配置/);
    assert.match(out, /\/\/ 院里的/);
    assert.deepEqual(parseConfig(out).rules, { GAI018: { severity: 'off', options: { threshold: 1 } } });
    const again = turnRuleOff(out, 'GAI002');
    assert.deepEqual(Object.keys(parseConfig(again).rules), ['GAI018', 'GAI002']);
    assert.equal(parseTree(again) !== undefined, true);
  });

  it('the shipped JSON schema is the generated one, listing exactly the registered rules', () => {
    const file = JSON.parse(readFileSync(join(ROOT, 'media/judgment-lint.schema.json'), 'utf8'));
    const codes = RULES.map((r) => r.code);
    const rules = file.properties.rules;
    assert.deepEqual(
      [...rules.propertyNames.enum].sort(),
      [...codes].sort(),
      'media/judgment-lint.schema.json is out of date with the rules: run `npm run schema`',
    );
    assert.deepEqual(Object.keys(rules.properties).sort(), [...codes].sort());
    assert.deepEqual(file, configSchema(), 'media/judgment-lint.schema.json is out of date: run `npm run schema`');
  });

  it('package.json contributes the schema for both file names', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const v = pkg.contributes.jsonValidation as { fileMatch: string | string[]; url: string }[];
    const matches = v.filter((x) => x.url === './media/judgment-lint.schema.json').flatMap((x) => x.fileMatch);
    assert.ok(matches.includes('.judgment-lint.json') && matches.includes('.judgment-lint.jsonc'), JSON.stringify(v));
  });
});
