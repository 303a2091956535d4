/**
 * DOC001 claim-unanswered (漏判)
 *
 * 《民事诉讼法》第155条: the judgment states its result on the claims. A numbered claim item that
 * no reasoning or order grants, denies or disposes of — and that no general 驳回原告其他诉讼请求
 * covers — has been left undecided. Items whose kind the engine cannot tell are left alone.
 */
import type { Report, Rule } from './rule';
import { courtDecisions } from '../model/case';
import { KIND_LABEL } from '../model/kinds';

export const DOC001: Rule = {
  code: 'DOC001',
  slug: 'claim-unanswered',
  severity: 'warning',
  basis: 'law',
  sources: ['《民事诉讼法》第155条'],
  message: '诉讼请求未予回应（漏判）',
  fixes: [],
  check(model) {
    const doc = model.document;
    if (doc.excerpt || model.orders.length === 0) return [];
    if (model.orders.some((o) => o.disposition === 'dismissRest' || o.disposition === 'dismissAll')) return [];
    const feesAllocated =
      model.orders.some((o) => o.disposition === 'costs') ||
      doc.sentences.some((s) => (s.section === 'costs' || s.section === 'orders') && /(受理费|诉讼费)[^。]{0,80}(负担|承担)/.test(s.text));
    const reports: Report[] = [];
    for (const item of model.claimItems) {
      const kinds = item.kinds;
      if (kinds.length === 0) continue;
      const answered = kinds.some((k) =>
        k === 'costs' ? feesAllocated : courtDecisions(model, k).some((m) => m.section === 'reasoning' || m.section === 'orders'),
      );
      if (answered) continue;
      const what = kinds.filter((k) => k !== 'costs').map((k) => KIND_LABEL[k]).join('、') || KIND_LABEL.costs;
      reports.push({
        range: item.span,
        message: `诉讼请求第${item.number || '?'}项（${what}）在本院认为和判决主文中均未予支持、驳回或另行处理，也无“驳回原告其他诉讼请求”一项（漏判）`,
      });
    }
    return reports;
  },
};
