/**
 * PL008 punitive-multiple — 消费者权益保护法第55条第2款, [Yang §3(4)]
 *
 * Punitive damages for death or serious injury are measured on the actual loss, at most twice
 * it (消费者权益保护法第55条第2款's 二倍以下, which the doctrine borrows for 第1207条). Read from
 * a multiple the reasoning states (三倍), or from the amounts the orders award: the punitive sum
 * against every other sum awarded (emotional damages included, so the comparison errs towards
 * silence).
 */
import type { Rule } from './rule';
import { FINDING_EN } from './messages-en';
import { effectiveGrants } from '../model/case';
import { grantRange, onePerPlace, sentenceRange } from './helpers';

export const PL008: Rule = {
  code: 'PL008',
  slug: 'punitive-multiple',
  severity: 'information',
  basis: 'doctrine',
  sources: ['消费者权益保护法第55条第2款', '[Yang §3(4)]'],
  message: '产品责任惩罚性赔偿超过实际损失的二倍：一般以实际损失为基数、以二倍为限',
  fixes: [],
  check(model) {
    const p = model.product;
    if (!p.aiProduct) return [];
    const grants = onePerPlace(effectiveGrants(model, ['punitive']));
    const grant = grants.length === 1 ? grants[0] : undefined;
    const at = grant ? grantRange(model, grant) : p.punitiveMultiple ? sentenceRange(model, p.punitiveMultiple.sentence) : undefined;
    if (!at) return [];
    if (p.punitiveMultiple) return [{ range: at, message: `${PL008.message}（本稿按${p.punitiveMultiple.multiple}倍计算）`, messageEn: FINDING_EN.pl008(p.punitiveMultiple.multiple) }];
    // From the orders: the punitive item's sum against the other sums awarded.
    const item = grant?.section === 'orders' && grant.item !== undefined ? model.orders[grant.item] : undefined;
    if (!item || item.kinds.length !== 1 || item.amounts.length !== 1) return [];
    const punitive = item.amounts[0]!;
    let loss = 0;
    for (const o of model.orders) {
      if (o === item || o.disposition !== 'grant' || o.kinds.includes('punitive') || o.kinds.includes('costs')) continue;
      loss += o.total ?? Math.max(0, ...o.amounts);
    }
    if (loss <= 0 || punitive <= 2 * loss) return [];
    const ratio = (punitive / loss).toFixed(1);
    return [{ range: at, message: `${PL008.message}（本稿惩罚性赔偿约为其他赔偿合计的${ratio}倍）`, messageEn: FINDING_EN.pl008Ratio(ratio) }];
  },
};
