/**
 * What a hover over a citation shows: the article's text, the law's title and version, and,
 * for the articles the doctrine leans on, one line of what it says about them.
 */
import type { Citation } from '../model/citations';
import { toChineseNumeral } from '../text/numbers';
import { isKnownNationalLaw } from './law-titles';

/** One line of doctrine per article the two articles lean on (law id → article → note). */
const NOTES: Record<string, Record<number, string>> = {
  'civil-code': {
    998: '徐伟：酌定生成式人工智能侵权的赔偿数额，应结合本案事实逐项考量职业、影响范围、过错程度及行为目的、方式、后果。[Xu §3(1)]',
    1000: '徐伟：生成阶段过错多为过失、影响限于接收者，宜向接收者推送澄清声明，不宜再适用赔礼道歉。[Xu §4(2)]',
    1175: '徐伟：使用者转发等第三人行为造成的下游损失，不计入服务提供者的赔偿范围。[Xu §2(2)]',
    1182: '徐伟：损失与获利难以确定时酌定赔偿；获利应限于侵权内容带来的部分。[Xu §3(1)–(2)]',
    1183: '徐伟：生成阶段服务提供者通常仅有过失、影响有限，一般不构成“严重精神损害”。[Xu §4(1)]',
    1195: '徐伟：首次通知的费用一般不赔；合格通知未获处理后，后续通知费用可赔。[Xu §2(2)]',
    1202: '杨立新：人工智能产品致害适用无过错的产品责任，设计者宜与生产者同列第一顺位。[Yang §1(3), §3(1)]',
    1203: '杨立新：销售者承担最终责任须以其过错致使产品存在缺陷为前提。[Yang §3]',
    1206: '杨立新：人工智能产品投入流通后负有跟踪观察义务，发展风险抗辩不免除此义务。[Yang §3(3)]',
    1207: '杨立新：惩罚性赔偿须同时具备明知缺陷（或未采取补救措施）与死亡、健康严重损害。[Yang §3(4)]',
  },
  'copyright-law': {
    54: '徐伟：生成式人工智能侵权中，法定赔偿为主要方法；惩罚性赔偿须同时认定故意与情节严重。[Xu §3(2)]',
  },
  pipl: {
    27: '徐伟：生成已合法公开的个人信息，须分析是否在合理范围内、是否对个人权益有重大影响。[Xu §2(1)]',
  },
};

export interface CitationInfo {
  /** 《中华人民共和国民法典》第一千一百八十三条 */
  heading: string;
  /** The law's version note (2020年修正, 已废止 …). */
  version?: string;
  /** The article's text, where the law and the article are known. */
  text?: string;
  /** One line of doctrine, for the articles the doctrine leans on. */
  note?: string;
  /** Why nothing can be shown (unknown law, no such article). */
  problem?: string;
}

export function explainCitation(c: Citation): CitationInfo {
  const law = c.law;
  const article = `第${toChineseNumeral(c.article)}条`;
  if (!law) {
    const heading = `《${c.title}》${article}`;
    // A real law whose text is not shipped: say so, rather than call its title unknown.
    if (c.title && isKnownNationalLaw(c.title)) return { heading, problem: `本扩展未收录《${c.title}》的条文，无法显示${article}的内容；请查阅正式文本。` };
    if (c.nearTitle) return { heading, problem: `未能识别的法律名称“${c.title}”：是否应为《${c.nearTitle}》？` };
    return { heading, problem: `未能识别的法律名称“${c.title}”：请核对名称是否准确、完整。` };
  }
  const heading = `《${law.title}》${article}`;
  if (law.repealed) return { heading, version: law.version, problem: `《${law.title}》已于2021年1月1日民法典施行时废止（《中华人民共和国民法典》第一千二百六十条）。` };
  const text = law.articles[String(c.article)];
  const note = NOTES[law.id]?.[c.article];
  if (!text) {
    const problem =
      c.article > law.count ? `《${law.title}》（${law.version}）共${law.count}条，没有${article}。` : `本扩展未收录该条文本（${law.title}，共${law.count}条）。`;
    return { heading, version: law.version, problem, ...(note ? { note } : {}) };
  }
  return { heading, version: law.version, text, ...(note ? { note } : {}) };
}
