/**
 * Chinese labels for what the case model holds, as the assessment shows them to a judge.
 * Kept apart from the readers (model/) so the words a report uses can change without touching
 * what the engine understands.
 */
import type { Severity } from '../types';
import type { DefendantRole, Fault, Measures, Stage } from '../model/facts';
import type { PartyKind, PartyRole } from '../model/parties';
import type { Factor998 } from '../model/addressed';

export const ROLE_LABEL: Record<PartyRole, string> = { plaintiff: '原告', defendant: '被告', third: '第三人' };

export const PARTY_KIND_LABEL: Record<PartyKind, string> = {
  natural: '自然人',
  organisation: '法人或其他组织',
  unknown: '未能识别',
};

export const DEFENDANT_ROLE_LABEL: Record<DefendantRole, string> = {
  provider: '生成式人工智能服务提供者',
  developer: '开发者',
  deployer: '部署者',
  platform: '平台',
  user: '使用者',
  producer: '生产者',
  seller: '销售者',
  designer: '设计者',
  unknown: '未能识别',
};

export { RIGHT_LABEL } from '../fixes/wording';

export const STAGE_LABEL: Record<Stage, string> = {
  training: '训练阶段（不属于生成阶段侵权的讨论范围）',
  generation: '生成阶段',
  removal: '移除阶段（收到合格通知后）',
};

export const FAULT_LABEL: Record<Fault, string> = {
  none: '无过错',
  negligence: '过失',
  gross: '重大过失',
  intent: '故意',
  unknown: '未见认定',
};

export const MEASURES_LABEL: Record<Measures, string> = {
  none: '未采取措施',
  partial: '仅采取部分措施',
  adequate: '已及时采取必要措施',
  unknown: '未见认定',
};

export const SEVERITY_LABEL: Record<Severity, string> = {
  error: '错误',
  warning: '警告',
  information: '信息',
  hint: '建议',
};

export const FACTOR_LABEL: Record<Factor998, string> = {
  occupation: '职业',
  scope: '影响范围',
  fault: '过错程度',
  purpose: '行为目的',
  manner: '行为方式',
  consequence: '行为后果',
};

/** 一 … 九十九, for order items (判决主文第三项). */
export function chineseNumber(n: number): string {
  const digits = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 10) return digits[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : digits[tens]}十${ones ? digits[ones] : ''}`;
}

/** An amount in yuan as judgments write it: 10000元, 2500.5元. */
export function yuan(amount: number): string {
  const rounded = Math.round(amount * 100) / 100;
  return `${rounded}元`;
}
