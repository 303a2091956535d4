/**
 * CITE003 article-topic-mismatch
 *
 * A key article cited for the wrong remedy: 第1183条 (emotional damages) for property loss;
 * 第1182条 (property loss from personal rights) for emotional damages; 第1179条 (personal
 * injury) where there is none; 第1207条 (product punitive damages) outside product liability;
 * 第1195条/第1197条 (notice and knowledge) for the generation stage without any notice. In the
 * reasoning the article and the remedy must stand in one sentence; the basis list is checked
 * against what the orders grant.
 */
import type { Report, Rule } from './rule';
import type { CaseModel } from '../model/case';
import type { Citation } from '../model/citations';
import type { ClaimKind } from '../model/kinds';
import { effectiveGrants } from '../model/case';
import { FINDING_EN } from './messages-en';

type Why = Parameters<typeof FINDING_EN.cite003>[1];

/** Why a citation does not fit (in Chinese, and its English key), or undefined when it does. */
function mismatch(model: CaseModel, c: Citation, kinds: Set<ClaimKind>, basis: boolean): [string, Why] | undefined {
  const f = model.facts;
  const emotional = kinds.has('emotional') || kinds.has('anxiety');
  // 第1182条 grounds every property item of a personal-rights tort, reasonable expenses included.
  const property = kinds.has('property') || kinds.has('expenses') || kinds.has('noticeCost') || kinds.has('statutory');
  switch (c.article) {
    case 1183:
      if (basis ? !emotional : property && !emotional) return ['第1183条规定精神损害赔偿，不是财产损失的依据（财产损失见第1182条、第1184条）', 'emotional-for-property'];
      return undefined;
    case 1182:
      if (basis ? !property && emotional : emotional && !property) return ['第1182条规定侵害人身权益造成的财产损失，不是精神损害赔偿的依据（见第1183条）', 'property-for-emotional'];
      return undefined;
    case 1179:
      if (f.rights.length > 0 && !f.rights.includes('lifeBodyHealth')) return ['第1179条规定人身损害的赔偿项目，本案并无人身损害', 'no-personal-injury'];
      return undefined;
    case 1207:
      if (!f.aiProduct) return ['第1207条是产品责任中的惩罚性赔偿，本案并非产品责任纠纷', 'not-product'];
      return undefined;
    case 1195:
    case 1197:
      if (f.genAI && f.stage === 'generation' && !f.notice) return [`第${c.article === 1195 ? '1195' : '1197'}条以通知或知道为前提，本案侵权发生于生成阶段且无通知`, 'no-notice'];
      return undefined;
    default:
      return undefined;
  }
}

export const CITE003: Rule = {
  code: 'CITE003',
  slug: 'article-topic-mismatch',
  severity: 'warning',
  basis: 'law',
  sources: ['《民法典》第1179条、第1182条、第1183条、第1195条、第1197条、第1207条'],
  message: '引用的条文与所涉救济不符',
  fixes: [],
  check(model) {
    const granted = new Set(
      effectiveGrants(model, ['emotional', 'anxiety', 'property', 'expenses', 'noticeCost', 'statutory']).filter((g) => g.section === 'orders').map((g) => g.kind),
    );
    const reports: Report[] = [];
    for (const c of model.citations) {
      if (c.law?.id !== 'civil-code' || !c.byCourt) continue;
      let why: [string, Why] | undefined;
      if (c.inBasis) {
        if (model.orders.length) why = mismatch(model, c, granted, true);
      } else if (model.document.sentences[c.sentence]!.section === 'reasoning') {
        const kinds = new Set((model.mentionsBySentence.get(c.sentence) ?? []).map((m) => m.kind));
        why = mismatch(model, c, kinds, false);
      }
      if (why) {
        reports.push({
          range: { start: c.titleSpan?.start ?? c.span.start, end: c.span.end },
          message: `引用的条文与所涉救济不符：${why[0]}`,
          messageEn: FINDING_EN.cite003(c.article, why[1]),
        });
      }
    }
    return reports;
  },
};
