#!/usr/bin/env node
// Regenerates src/engine/statutes/laws.json from the verbatim statute texts in ../shared/statutes/
// (one file per law in full/, one article per "第X条" line; see ../shared/statutes/README.md).
//
//   node src/engine/statutes/generate.mjs [path/to/shared/statutes]
//
// The output is committed: the extension ships it and never reads ../shared at run time.
// Each law: a stable id, its full title, the titles drafts use for it, its version, and its
// articles as { "number": "text" } (paragraphs joined with \n).
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const shared = process.argv[2] ?? join(here, '../../../../shared/statutes');
if (!existsSync(join(shared, 'full'))) {
  console.error(`no statute texts at ${shared}/full`);
  process.exit(2);
}

const CN = '零一二三四五六七八九';
function cnToNumber(s) {
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const ch of s) {
    const d = CN.indexOf(ch);
    if (d >= 0) {
      digit = d;
      continue;
    }
    const unit = { 十: 10, 百: 100, 千: 1000 }[ch];
    if (unit) {
      section += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
    }
  }
  if (digit > 0) section += digit;
  return total + section;
}

function articlesOf(text) {
  const body = text.includes('<!-- INFO END -->') ? text.slice(text.indexOf('<!-- INFO END -->')) : text;
  const articles = {};
  let current;
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('<!--')) continue;
    const m = /^第([零一二三四五六七八九十百千]+)条(之[一二三四五六七八九十]+)?\s*(.*)$/.exec(line);
    if (m && !m[2]) {
      current = String(cnToNumber(m[1]));
      articles[current] = line;
    } else if (line.startsWith('#')) {
      current = undefined;
    } else if (current) {
      articles[current] += '\n' + line;
    }
  }
  return articles;
}

// id, file(s) in full/, full title, the titles drafts use, version label, in force from.
const LAWS = [
  ['civil-code', ['民法典_总则', '民法典_物权编', '民法典_合同编', '民法典_人格权编', '民法典_婚姻家庭编', '民法典_继承编', '民法典_侵权责任编', '民法典_附则'], '中华人民共和国民法典', ['民法典'], '2020年5月28日通过', '2021-01-01'],
  ['copyright-law', ['民法商法_著作权法(2020-11-11)'], '中华人民共和国著作权法', ['著作权法'], '2020年修正', '2021-06-01'],
  ['patent-law', ['民法商法_专利法(2020-10-17)'], '中华人民共和国专利法', ['专利法'], '2020年修正', '2021-06-01'],
  ['trademark-law', ['民法商法_商标法(2019-04-23)'], '中华人民共和国商标法', ['商标法'], '2019年修正', '2019-11-01'],
  ['consumer-law', ['民法商法_消费者权益保护法(2013-10-25)'], '中华人民共和国消费者权益保护法', ['消费者权益保护法', '消保法'], '2013年修正', '2014-03-15'],
  ['product-quality-law', ['经济法_产品质量法(2018-12-29)'], '中华人民共和国产品质量法', ['产品质量法'], '2018年修正', '2018-12-29'],
  ['pipl', ['行政法_个人信息保护法(2021-08-20)'], '中华人民共和国个人信息保护法', ['个人信息保护法'], '2021年8月20日通过', '2021-11-01'],
  ['civil-procedure-2023', ['诉讼与非诉讼程序法_民事诉讼法(2023-09-01)'], '中华人民共和国民事诉讼法', ['民事诉讼法'], '2023年修正', '2024-01-01'],
  ['civil-procedure-2021', ['诉讼与非诉讼程序法_民事诉讼法(2021-12-24)'], '中华人民共和国民事诉讼法', ['民事诉讼法'], '2021年修正', '2022-01-01'],
  ['spc-emotional-damages', ['司法解释_最高人民法院关于确定民事侵权精神损害赔偿责任若干问题的解释(2020-12-29)'], '最高人民法院关于确定民事侵权精神损害赔偿责任若干问题的解释', ['精神损害赔偿解释'], '2020年修正', '2021-01-01'],
  ['spc-citation-rules', ['司法解释_最高人民法院关于裁判文书引用法律、法规等规范性法律文件的规定(2009-10-26)'], '最高人民法院关于裁判文书引用法律、法规等规范性法律文件的规定', ['法释〔2009〕14号'], '法释〔2009〕14号', '2009-11-04'],
  ['algorithm-rules', ['行政法规_互联网信息服务算法推荐管理规定(2021-11-16)'], '互联网信息服务算法推荐管理规定', ['算法推荐管理规定'], '2021年12月31日公布', '2022-03-01'],
];

// The source is named without an address: the shipped bundles contain no URL at all (privacy test).
const out = { source: 'LawRefBook/Laws @ 2f4c5c23716267af9dbebbbbd6cbbf732b101981 (see ../shared/statutes/SOURCES.md)', laws: [] };
for (const [id, files, title, aliases, version, inForce] of LAWS) {
  const articles = {};
  for (const f of files) Object.assign(articles, articlesOf(readFileSync(join(shared, 'full', f + '.md'), 'utf8')));
  const count = Math.max(...Object.keys(articles).map(Number));
  out.laws.push({ id, title, aliases, version, inForce, count, articles });
}
// 生成式人工智能服务管理暂行办法: 24 articles in all; the shared texts hold the ones the doctrine cites.
{
  const text = readFileSync(join(shared, 'genai_interim_measures.md'), 'utf8');
  const articles = {};
  for (const part of text.split(/^## /m).slice(1)) {
    const body = part.slice(part.indexOf('\n') + 1).trim();
    const m = /^第([零一二三四五六七八九十百千]+)条/.exec(body);
    if (m) articles[String(cnToNumber(m[1]))] = body.replace(/\n\n/g, '\n');
  }
  out.laws.push({ id: 'genai-measures', title: '生成式人工智能服务管理暂行办法', aliases: ['暂行办法'], version: '国家互联网信息办公室等七部门令第15号', inForce: '2023-08-15', count: 24, articles, rule: true });
}
out.laws.find((l) => l.id === 'algorithm-rules').rule = true;

const file = join(here, 'laws.json');
writeFileSync(file, JSON.stringify(out));
console.log(`wrote ${file}: ${out.laws.map((l) => `${l.aliases[0] ?? l.title} ${Object.keys(l.articles).length}/${l.count}`).join(', ')}`);
