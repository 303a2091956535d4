/**
 * PL001 ai-as-subject — [Yang §1(1)], 《民法典》第2条
 *
 * An AI system or robot is a product, an object of civil law, never a civil subject: it neither
 * bears liability nor holds rights. Liability for what it does falls on its designer, producer,
 * seller or user. Applies to any draft about AI, generative or not.
 */
import type { Rule } from './rule';
import { notASubjectSentence } from '../fixes/product-wording';
import { sentenceRange } from './helpers';
import { rewriteSentence } from '../fixes/edits';

export const PL001: Rule = {
  code: 'PL001',
  slug: 'ai-as-subject',
  severity: 'error',
  basis: 'law',
  sources: ['[Yang §1(1)]', '《民法典》第2条'],
  message: '将人工智能系统或机器人作为承担责任或享有权利的民事主体：人工智能产品是民事法律关系的客体，责任应由设计者、生产者、销售者或使用人承担',
  fixes: ['改写为由设计者、生产者、销售者或使用人承担责任'],
  check(model) {
    if (!model.product.aiRelated) return [];
    return model.product.personhood.map((index) => {
      const edit = rewriteSentence(model, index, notASubjectSentence());
      return { range: sentenceRange(model, index), fixes: edit ? [{ title: PL001.fixes[0]!, edits: [edit], safe: false }] : [] };
    });
  },
};
