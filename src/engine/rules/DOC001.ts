/**
 * DOC001 claim-unanswered (漏判)
 *
 * 《民事诉讼法》第155条: the judgment states its result on the claims. A numbered claim item that
 * no reasoning or order grants, denies or disposes of — and that no general 驳回原告其他诉讼请求
 * covers — has been left undecided. Items whose kind the engine cannot tell are left alone.
 */
import type { Report, Rule } from './rule';
import { KIND_LABEL } from '../model/kinds';
import { FINDING_EN } from './messages-en';

export const DOC001: Rule = {
  code: 'DOC001',
  slug: 'claim-unanswered',
  severity: 'warning',
  basis: 'law',
  sources: ['《民事诉讼法》第155条'],
  message: '诉讼请求未予回应（漏判）',
  fixes: [],
  check(model) {
    if (model.document.excerpt || model.orders.length === 0) return [];
    const reports: Report[] = [];
    for (const item of model.claimItems) {
      // An item the engine cannot read is left alone: silence over a false alarm.
      if (item.kinds.length === 0 || item.answer) continue;
      const named = item.kinds.filter((k) => k !== 'costs');
      const kinds = named.length ? named : (['costs'] as const);
      const what = kinds.map((k) => KIND_LABEL[k]).join('、');
      reports.push({
        range: item.span,
        message: `诉讼请求第${item.number || '?'}项（${what}）在本院认为和判决主文中均未予支持、驳回或另行处理，也无“驳回原告其他诉讼请求”一项（漏判）`,
        messageEn: FINDING_EN.doc001(String(item.number || '?'), kinds),
      });
    }
    return reports;
  },
};
