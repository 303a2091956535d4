/**
 * PL007 punitive-conditions — 《民法典》第1207条
 *
 * Punitive damages in product liability need both: knowing the defect and producing or selling
 * anyway, or failing 第1206条's remedial measures; and death or serious damage to health.
 */
import type { Rule } from './rule';
import { effectiveGrants } from '../model/case';
import { punitiveConditionsParagraph } from '../fixes/product-wording';
import { grantRange, insertFix, onePerPlace } from './helpers';

export const PL007: Rule = {
  code: 'PL007',
  slug: 'punitive-conditions',
  severity: 'warning',
  basis: 'law',
  sources: ['《民法典》第1207条'],
  message: '判处产品责任惩罚性赔偿，而未同时认定“明知缺陷仍生产、销售或未采取有效补救措施”与“造成死亡或健康严重损害”',
  fixes: ['插入惩罚性赔偿构成要件的说理'],
  check(model) {
    const p = model.product;
    if (!p.aiProduct || (p.punitiveFault !== undefined && p.seriousHarm !== undefined)) return [];
    const grants = onePerPlace(effectiveGrants(model, ['punitive']));
    if (grants.length === 0) return [];
    return [{ range: grantRange(model, grants[0]!), fixes: insertFix(model, PL007.fixes[0]!, punitiveConditionsParagraph()) }];
  },
};
