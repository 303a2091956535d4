/**
 * CITE004 unknown-law
 *
 * A 《…》 title cited as a basis that is no known law or interpretation. The engine knows the
 * laws it ships; a title one character away from one of them (《民法点》, 《中华人民共和国民法》)
 * is a typo. Other unknown titles are left alone: a real law the extension does not ship is no error.
 */
import type { Report, Rule } from './rule';
import { FINDING_EN } from './messages-en';

export const CITE004: Rule = {
  code: 'CITE004',
  slug: 'unknown-law',
  severity: 'information',
  basis: 'law',
  sources: ['法释〔2009〕14号第1条'],
  message: '引用的法律名称无法识别，可能有误',
  fixes: [],
  check(model) {
    const reports: Report[] = [];
    for (const c of model.citations) {
      if (c.law || !c.nearTitle || !c.bracketed) continue;
      reports.push({
        range: c.titleSpan ?? c.span,
        message: `引用的法律名称《${c.title}》无法识别，是否应为《${c.nearTitle}》？（法释〔2009〕14号第1条：应当准确完整写明规范性法律文件的名称）`,
        messageEn: FINDING_EN.cite004(c.title, c.nearTitle),
      });
    }
    return reports;
  },
};
