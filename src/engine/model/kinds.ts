/**
 * The kinds of claim and remedy a judgment speaks of, and how each is named.
 */

export type ClaimKind =
  | 'apology' // 赔礼道歉
  | 'emotional' // 精神损害赔偿 / 抚慰金
  | 'anxiety' // risk damages: potential downstream harm, and 焦虑、担心 about it (GAI011, not GAI002)
  | 'property' // 经济损失 / 财产损失
  | 'expenses' // 合理开支 / 维权费用
  | 'noticeCost' // 通知费用
  | 'eliminate' // 消除影响、恢复名誉 (and clarification statements)
  | 'stop' // 停止侵害, 删除, 屏蔽
  | 'punitive' // 惩罚性赔偿
  | 'statutory' // 法定赔偿
  | 'future' // damages for future re-generation
  | 'downstream' // third-party (downstream) losses
  | 'costs'; // 诉讼费用

export const KIND_LABEL: Record<ClaimKind, string> = {
  apology: '赔礼道歉',
  emotional: '精神损害抚慰金',
  anxiety: '风险性损害（潜在损害、焦虑）',
  property: '经济损失',
  expenses: '合理开支',
  noticeCost: '通知费用',
  eliminate: '消除影响、恢复名誉',
  stop: '停止侵害',
  punitive: '惩罚性赔偿',
  statutory: '法定赔偿',
  future: '再次生成的损害',
  downstream: '下游损失',
  costs: '诉讼费用',
};

// Order matters only for readability; every pattern is a plain alternation (no nested
// quantifiers), so matching is linear in the clause length.
const KIND_PATTERNS: [ClaimKind, RegExp][] = [
  ['apology', /赔礼道歉|公开道歉|书面道歉|致歉|道歉/g],
  ['emotional', /精神损害抚慰金|精神抚慰金|精神损害赔偿金|精神损害赔偿|精神损失费|精神损失|精神赔偿金|精神损害费|精神损害金|精神损害/g],
  ['anxiety', /精神焦虑损失|精神焦虑|焦虑损失|焦虑损害|焦虑赔偿金?|风险赔偿金|风险损失|潜在(的)?(财产|人身)?损失|潜在(的)?损害|风险性损害/g],
  ['property', /减少的[^,;。]{0,8}收入|收入(减少|损失)|营业损失|经营损失|预期收益|经济损失|财产损失|财产性损失|经济损害|损失赔偿金|赔偿损失|各项(经济)?损失|各项费用/g],
  ['expenses', /合理开支|合理费用|维权费用|维权开支|维权支出|维权成本|律师费|公证费|调查取证费|取证费/g],
  ['noticeCost', /通知费用|发函费用|律师函费用/g],
  ['eliminate', /消除影响|恢复名誉|澄清声明|更正声明|澄清/g],
  ['stop', /停止侵害|停止侵权|停止[^,;。]{0,20}?(输出|生成|传播|使用|提供|展示|显示)|删除|屏蔽|断开链接|下架/g],
  ['punitive', /惩罚性赔偿/g],
  ['future', /(今后|将来|未来)[^,;。]{0,12}(再次)?生成[^,;。]{0,8}(损害|损失)|再次生成[^,;。]{0,6}(损害|损失|风险)|未来(可能)?(再次)?(发生)?[^,;。]{0,10}?(损害|损失)|将来[^,;。]{0,10}(损害|损失)/g],
  ['statutory', /法定赔偿/g],
  ['costs', /案件受理费|诉讼费用|诉讼费|受理费|保全费/g],
];

const ANXIETY = /焦虑|恐慌|担心|担忧|忧虑|不安/;

/** Whether a passage speaks of anxiety about possible future misuse. */
export function speaksOfAnxiety(s: string): boolean {
  return ANXIETY.test(s);
}

export interface KindMatch {
  kind: ClaimKind;
  start: number;
  end: number;
}

/**
 * Every claim kind named in `s` (normalised, quotations masked), leftmost-longest, without overlaps.
 * A bare 精神损害 counts only where a remedy is asked for or given (赔偿、支付、抚慰), so that
 * 严重精神损害 as a legal requirement is not read as a claim.
 */
export function findKinds(s: string, context: string = s): KindMatch[] {
  const found: KindMatch[] = [];
  for (const [kind, re] of KIND_PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) {
      if (kind === 'emotional' && m[0] === '精神损害' && !/(赔偿|支付|抚慰|请求|主张|要求)/.test(s)) continue;
      found.push({ kind, start: m.index, end: m.index + m[0].length });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: KindMatch[] = [];
  let reach = -1;
  for (const f of found) {
    if (f.start < reach) continue;
    out.push(f);
    reach = f.end;
  }
  if (ANXIETY.test(context)) for (const f of out) if (f.kind === 'emotional') f.kind = 'anxiety';
  return out;
}
