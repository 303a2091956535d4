/**
 * CITE006 basis-order — 法释〔2009〕14号第1条、第2条
 *
 * The basis list names each instrument by its full title, and cites laws before judicial
 * interpretations, the basic law (民法典) before other laws, and substantive law before
 * procedural law. Repealed laws are CITE001's.
 */
import type { Report, Rule } from './rule';
import type { Citation } from '../model/citations';
import { FINDING_EN } from './messages-en';
import { withoutVersionNote } from '../statutes/law-titles';

function rank(c: Citation): number {
  if (c.instrument === 'interpretation') return 4;
  if (c.law?.id === 'civil-code') return 0;
  if (c.law?.id.startsWith('civil-procedure')) return 2;
  if (c.instrument === 'law') return 1;
  return -1; // rules (CITE005's) and unknown titles take no part in the order
}

export const CITE006: Rule = {
  code: 'CITE006',
  slug: 'basis-order',
  severity: 'hint',
  basis: 'law',
  sources: ['法释〔2009〕14号第1条', '法释〔2009〕14号第2条'],
  message: '裁判依据的引用不规范',
  fixes: [],
  check(model) {
    // Known laws, and judicial interpretations whether or not the engine ships their text.
    const basis = model.citations.filter((c) => c.inBasis && !c.law?.repealed && (c.law || c.instrument === 'interpretation'));
    const reports: Report[] = [];
    // Abbreviated titles: 《民法典》 for 《中华人民共和国民法典》.
    for (const c of basis) {
      if (!c.titleSpan || !c.bracketed || !c.law) continue;
      const full = c.law.title;
      if (withoutVersionNote(c.title) !== full && full.startsWith('中华人民共和国')) {
        reports.push({ range: c.titleSpan, message: `裁判依据中的法律名称应当写全称：《${full}》（法释〔2009〕14号第1条）`, messageEn: FINDING_EN.cite006Title(full) });
      }
    }
    // Order: the first instrument that comes after one it should precede.
    let highest = -1;
    let highestTitle = '';
    for (const c of basis) {
      const r = rank(c);
      if (r < 0 || !c.titleSpan) continue;
      if (r < highest) {
        reports.push({
          range: c.titleSpan,
          message: `裁判依据的引用顺序不当：《${c.law?.title ?? c.title}》应列于《${highestTitle}》之前（法律先于司法解释，基本法律先于其他法律，实体法先于程序法；法释〔2009〕14号第2条）`,
          messageEn: FINDING_EN.cite006Order(c.law?.title ?? c.title, highestTitle),
        });
        break;
      }
      if (r > highest) {
        highest = r;
        highestTitle = c.law?.title ?? c.title;
      }
    }
    return reports;
  },
};
