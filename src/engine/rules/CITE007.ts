/**
 * CITE007 delay-interest-article
 *
 * The late-payment interest notice cites the Civil Procedure Law's article on doubled interest,
 * whose number changed with the law: 第二百五十三条 (2017 text), 第二百六十条 (from 2022-01-01),
 * 第二百六十四条 (from 2024-01-01). The judgment's own date decides. The quick fix is safe.
 */
import type { Report, Rule } from './rule';
import { toChineseNumeral } from '../text/numbers';
import { renumberArticle } from '../fixes/edits';
import { FINDING_EN } from './messages-en';

function articleOn(date: string): number {
  if (date >= '2024-01-01') return 264;
  if (date >= '2022-01-01') return 260;
  return 253;
}

export const CITE007: Rule = {
  code: 'CITE007',
  slug: 'delay-interest-article',
  severity: 'warning',
  basis: 'law',
  sources: ['《民事诉讼法》第264条（2023年修正）', '《民事诉讼法》第260条（2021年修正）'],
  message: '迟延履行利息告知条款引用的民事诉讼法条文序号与判决时施行的版本不符',
  fixes: ['改为判决时施行版本的条文序号'],
  check(model) {
    const date = model.facts.judgmentDate;
    if (!date) return [];
    const want = articleOn(date);
    const reports: Report[] = [];
    for (const c of model.citations) {
      if (!c.delayInterest || !c.law?.id.startsWith('civil-procedure') || c.article === want) continue;
      if (![253, 260, 264, 229, 232].includes(c.article)) continue; // another article altogether: not this rule's
      const edit = renumberArticle(model, c.span, want);
      reports.push({
        range: c.span,
        message: `迟延履行利息告知条款应引用民事诉讼法第${toChineseNumeral(want)}条（判决日期${date}时施行的版本），而非第${toChineseNumeral(c.article)}条`,
        messageEn: FINDING_EN.cite007(want, date, c.article),
        fixes: edit ? [{ title: `改为第${toChineseNumeral(want)}条`, edits: [edit], safe: true }] : [],
      });
    }
    return reports;
  },
};
