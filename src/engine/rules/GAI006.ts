/**
 * GAI006 statutory-vs-discretionary — [Xu n.35], 《民法典》第1182条, 著作权法第54条
 *
 * Two methods, two kinds of right: personality rights have no statutory damages — the court
 * fixes the amount "根据实际情况" under 第1182条 (酌定); copyright has statutory damages
 * (第54条第2款), and an IP amount fixed by 酌定 without naming that method has none.
 */
import type { Report, Rule } from './rule';
import { renameMethodFix } from '../fixes/edits';
import { IP_RIGHTS, PERSONALITY_RIGHTS } from '../model/facts';
import { methodParagraph } from '../fixes/wording';
import { inGenAIScope } from './scope';
import { insertFix, sentenceRange } from './helpers';
import { FINDING_EN } from './messages-en';

export const GAI006: Rule = {
  code: 'GAI006',
  slug: 'statutory-vs-discretionary',
  severity: 'warning',
  basis: 'law',
  sources: ['[Xu n.35]', '《民法典》第1182条', '《著作权法》第54条'],
  message: '赔偿数额的确定方法与权利类型不符：人格权侵权应依《民法典》第1182条酌定，并无“法定赔偿”；著作权侵权难以计算损失时应适用法定赔偿（著作权法第54条第2款）',
  fixes: ['插入与权利类型相符的赔偿方法说理'],
  check(model) {
    const rights = model.facts.rights;
    if (!inGenAIScope(model)) return [];
    const personality = rights.some((r) => PERSONALITY_RIGHTS.has(r));
    const ip = rights.some((r) => IP_RIGHTS.has(r));
    if (personality === ip) return []; // both or neither: which amount is which cannot be told
    const grants = model.mentions.filter(
      (m) => m.speaker === 'court' && m.section === 'reasoning' && m.stance === 'granted' && (m.kind === 'property' || m.kind === 'statutory'),
    );
    const wrong = personality
      ? grants.find((m) => m.method === 'statutory' || m.kind === 'statutory')
      : model.addressed.statutoryMethod === undefined
        ? grants.find((m) => m.method === 'discretionary')
        : undefined;
    if (!wrong) return [];
    const report: Report = {
      range: sentenceRange(model, wrong.sentence),
      message: personality
        ? '人格权侵权的赔偿数额被称为“法定赔偿”：《民法典》第1182条规定由人民法院根据实际情况确定，法定赔偿是知识产权法上的方法'
        : '著作权侵权的赔偿数额以“酌定”确定，却未写明适用法定赔偿（著作权法第54条第2款）',
      messageEn: FINDING_EN.gai006(personality),
      fixes: personality ? renameMethodFix(model, wrong.sentence) : insertFix(model, GAI006.fixes[0]!, methodParagraph(false)),
    };
    return [report];
  },
};
