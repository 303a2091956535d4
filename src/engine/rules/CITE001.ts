/**
 * CITE001 repealed-law
 *
 * The Civil Code repealed 侵权责任法, 民法通则, 合同法, 物权法, 民法总则, 婚姻法, 继承法, 担保法
 * and 收养法 on 2021-01-01 (民法典第1260条). Cited as governing law where the facts are after that
 * date, or unknown, it is the wrong law. Where the replacement is one article, the quick fix
 * (safe: a citation rewrite) names it.
 */
import type { Report, Rule } from './rule';
import type { Fix } from '../types';
import { toChineseNumeral } from '../text/numbers';
import { FINDING_EN } from './messages-en';
import { lawNameEn } from './sources';

/** 侵权责任法 article → 民法典 article, where one article replaced one article. */
const TORT_LAW_TO_CIVIL_CODE: Record<number, number> = {
  6: 1165, 8: 1168, 16: 1179, 19: 1184, 20: 1182, 22: 1183, 26: 1173, 28: 1175, 41: 1202, 43: 1203, 46: 1206, 47: 1207,
};

export const CITE001: Rule = {
  code: 'CITE001',
  slug: 'repealed-law',
  severity: 'warning',
  basis: 'law',
  sources: ['《民法典》第1260条'],
  message: '引用已废止的法律作为裁判依据：该法已于2021年1月1日民法典施行时废止',
  fixes: ['改为引用民法典的相应条文'],
  check(model) {
    const f = model.facts;
    // Facts before the Civil Code took effect are governed by the old law (时间效力).
    if (f.factsDate !== undefined && f.factsDate < '2021-01-01') return [];
    const reports: Report[] = [];
    const cites = model.citations;
    for (const c of cites) {
      // As governing law: the court's own citation, not a party's argument it reports.
      if (!c.law?.repealed || c.historical || !c.byCourt) continue;
      const fixes: Fix[] = [];
      const target = c.law.id === 'repealed-侵权责任法' ? TORT_LAW_TO_CIVIL_CODE[c.article] : undefined;
      // Rewrite only a citation that has its title to itself (not one item of a list under it).
      const shared = cites.some((o) => o !== c && o.sentence === c.sentence && o.title === c.title && o.titleSpan === undefined);
      if (target && c.titleSpan && !shared && c.paragraph === undefined) {
        fixes.push({
          title: `改为《中华人民共和国民法典》第${toChineseNumeral(target)}条`,
          edits: [{ start: c.titleSpan.start, end: c.span.end, newText: `《中华人民共和国民法典》第${toChineseNumeral(target)}条` }],
          safe: true,
        });
      }
      reports.push({
        range: { start: c.titleSpan?.start ?? c.span.start, end: c.span.end },
        message: `引用已废止的《${c.law.title.replace(/^中华人民共和国/, '')}》${target ? `（相应条文：《中华人民共和国民法典》第${toChineseNumeral(target)}条）` : ''}：该法已于2021年1月1日民法典施行时废止`,
        messageEn: FINDING_EN.cite001(lawNameEn({ title: c.law.title, law: c.law }), target),
        fixes,
      });
    }
    return reports;
  },
};
