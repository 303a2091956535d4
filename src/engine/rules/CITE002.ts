/**
 * CITE002 article-out-of-range
 *
 * An article number the cited law does not have (民法典 has 1260; 个人信息保护法 74; 著作权法 67
 * in its 2020 text and 61 before; 民事诉讼法 291 in its 2021 text and 306 from 2024 …).
 */
import type { Report, Rule } from './rule';
import { civilProcedureOn } from '../statutes/index';
import { toChineseNumeral } from '../text/numbers';
import { FINDING_EN } from './messages-en';
import { lawNameEn, versionEn } from './sources';

export const CITE002: Rule = {
  code: 'CITE002',
  slug: 'article-out-of-range',
  severity: 'error',
  basis: 'law',
  sources: ['法释〔2009〕14号第1条'],
  message: '引用的条文序号超出该法律的条文总数',
  fixes: [],
  check(model) {
    const date = model.facts.judgmentDate;
    const reports: Report[] = [];
    for (const c of model.citations) {
      const law = c.law;
      if (!law || law.repealed || law.count === 0) continue;
      // The version in force when the judgment is given.
      let count = law.count;
      let version = law.version;
      if (law.id.startsWith('civil-procedure')) ({ count, version } = civilProcedureOn(date));
      if (law.id === 'copyright-law' && date !== undefined && date < '2021-06-01') ({ count, version } = { count: 61, version: '2010年修正' });
      if (c.article <= count) continue;
      reports.push({
        range: { start: c.titleSpan?.start ?? c.span.start, end: c.span.end },
        message: `《${law.title}》（${version}）共${count}条，没有第${toChineseNumeral(c.article)}条`,
        messageEn: FINDING_EN.cite002(lawNameEn({ title: law.title, law }), versionEn(version), count, c.article),
      });
    }
    return reports;
  },
};
