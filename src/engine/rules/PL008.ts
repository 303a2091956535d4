/**
 * PL008 punitive-multiple — 消费者权益保护法第55条第2款, [Yang §3(4)]
 *
 * Punitive damages for death or serious injury are measured on the actual loss, at most twice
 * it (消费者权益保护法第55条第2款's 二倍以下, which the doctrine borrows for 第1207条).
 */
import type { Rule } from './rule';
import { sentenceRange } from './helpers';

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
    if (!p.aiProduct || !p.punitiveMultiple) return [];
    return [{ range: sentenceRange(model, p.punitiveMultiple.sentence), message: `${PL008.message}（本稿按${p.punitiveMultiple.multiple}倍计算）` }];
  },
};
