/**
 * CITE005 rule-in-basis — 法释〔2009〕14号第4条、第6条
 *
 * A civil judgment's orders rest on laws, legal interpretations and judicial interpretations
 * (administrative regulations may be cited directly). A departmental rule or other normative
 * document (《生成式人工智能服务管理暂行办法》) may support the reasoning but is no basis for the orders.
 */
import type { Report, Rule } from './rule';

export const CITE005: Rule = {
  code: 'CITE005',
  slug: 'rule-in-basis',
  severity: 'information',
  basis: 'law',
  sources: ['法释〔2009〕14号第4条', '法释〔2009〕14号第6条'],
  message: '在“依照…判决如下”的裁判依据中引用部门规章或其他规范性文件：其可作为说理依据，但不宜作为民事判决的裁判依据',
  fixes: [],
  check(model) {
    const reports: Report[] = [];
    const seen = new Set<string>();
    for (const c of model.citations) {
      if (!c.inBasis || c.instrument !== 'rule' || seen.has(c.title)) continue;
      seen.add(c.title);
      reports.push({ range: { start: c.titleSpan?.start ?? c.span.start, end: c.span.end } });
    }
    return reports;
  },
};
