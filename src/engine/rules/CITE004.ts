/**
 * CITE004 unknown-law
 *
 * A 《…》 title the court cites as authority (followed by an article, or 依照《…》的规定) that is no
 * known law or interpretation:
 * - a title one character away from a known one (《民法点》, 《中华人民共和国民法》) is a typo;
 * - a title that claims to be a national law (…法, …法典) but names none of them
 *   (《中华人民共和国人工智能法》, 《人工智能侵权责任法》) is an invented or garbled title.
 * Everything else is left alone: a real law whose text the extension does not ship, a rule or
 * interpretation outside the shipped data, a foreign law, a draft, a contract's clause, a newspaper.
 * A law enacted after the list was compiled is added with the option `knownTitles`.
 */
import type { Report, Rule } from './rule';
import { FINDING_EN } from './messages-en';
import { isKnownNationalLaw } from '../statutes/law-titles';

const CITE_RULE = '法释〔2009〕14号第1条：应当准确完整写明规范性法律文件的名称';

export const CITE004: Rule = {
  code: 'CITE004',
  slug: 'unknown-law',
  severity: 'information',
  basis: 'law',
  sources: ['法释〔2009〕14号第1条'],
  message: '引用的法律名称无法识别，可能有误',
  fixes: [],
  check(model, context) {
    const extra = context.options['knownTitles'];
    const known = Array.isArray(extra) ? extra.filter((t): t is string => typeof t === 'string') : [];
    const reports: Report[] = [];
    const seen = new Set<number>();
    for (const t of model.citedTitles) {
      // A law the list or the configuration knows is no error (nor a typo of another).
      if (t.law || !t.byCourt || seen.has(t.span.start) || isKnownNationalLaw(t.title, known)) continue;
      if (t.nearTitle) {
        seen.add(t.span.start);
        reports.push({
          range: t.span,
          message: `引用的法律名称《${t.title}》无法识别，是否应为《${t.nearTitle}》？（${CITE_RULE}）`,
          messageEn: FINDING_EN.cite004(t.title, t.nearTitle),
        });
      } else if (t.claimsLaw) {
        seen.add(t.span.start);
        reports.push({
          range: t.span,
          message: `《${t.title}》不是全国人民代表大会及其常务委员会制定的法律（本扩展所载法律名录截至2025年底），请核对名称；如系新近通过的法律，可在配置 rules.CITE004.options.knownTitles 中加入（${CITE_RULE}）`,
          messageEn: FINDING_EN.cite004Unknown(t.title),
        });
      }
    }
    return reports;
  },
};
