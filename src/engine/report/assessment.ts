/**
 * The assessment of a draft: what a judge asks before signing — did I answer every claim, and
 * does the whole hold together? — as plain data built from `analyze()` and the case model:
 *
 * - the case as the engine understood it (parties, rights, stage, fault, genAI or product case);
 * - a claim table: each claim item, what was asked, what the court granted or denied and for
 *   how much, the doctrine's position on that kind in this case, and the findings on it;
 * - the findings grouped by basis (law / doctrine / proposal) with their sources;
 * - what the reasoning addresses and what it leaves out, for the points relevant to this case;
 * - counts.
 *
 * Deterministic: the same text and options give the same assessment (no clock, no randomness),
 * so the Markdown and HTML renderings can be kept as snapshots.
 */
import { analyze, type Analysis, type LintOptions } from '../index';
import type { Basis, Finding, Severity, Span } from '../types';
import type { CaseModel } from '../model/case';
import type { ClaimItem, ClaimMention, OrderItem } from '../model/claims';
import { IP_RIGHTS, isProvider, PERSONALITY_RIGHTS, type DefendantRole, type Fault, type Measures, type Right, type Stage } from '../model/facts';
import { KIND_LABEL, type ClaimKind } from '../model/kinds';
import { partyNamed, type PartyKind, type PartyRole } from '../model/parties';
import type { Factor998 } from '../model/addressed';
import { LineIndex } from '../text/lines';
import { basisLabel, sourceLabel } from '../rules/rule';
import { sentenceSpan } from '../document/document';
import { claimTotal } from '../model/matching';
import { doctrinePosition } from './positions';
import {
  chineseNumber, DEFENDANT_ROLE_LABEL, FACTOR_LABEL, FAULT_LABEL, MEASURES_LABEL, PARTY_KIND_LABEL,
  RIGHT_LABEL, ROLE_LABEL, SEVERITY_LABEL, STAGE_LABEL, yuan,
} from './labels';

// ---------------------------------------------------------------- the data

export interface PartyView {
  role: PartyRole;
  roleLabel: string;
  name: string;
  aliases: string[];
  kind: PartyKind;
  kindLabel: string;
  defendantRole?: DefendantRole;
  defendantRoleLabel?: string;
  line: number;
}

export interface CaseView {
  court?: string;
  caseNumber?: string;
  /** 案由 as the draft names it (名誉权纠纷). */
  cause?: string;
  parties: PartyView[];
  plaintiffKind: PartyKind | 'mixed';
  plaintiffKindLabel: string;
  rights: { id: Right; label: string }[];
  genAI: boolean;
  /** The words that showed it (大语言模型, 生成式人工智能 …). */
  genAIEvidence: string[];
  aiProduct: boolean;
  embodied: boolean;
  /** 生成式人工智能服务侵权 / 人工智能产品责任 / … in one phrase. */
  caseTypeLabel: string;
  stage: Stage;
  stageLabel: string;
  notice: boolean;
  measures: Measures;
  noticeLabel: string;
  fault: Fault;
  faultLabel: string;
  factsDate?: string;
  judgmentDate?: string;
  excerpt: boolean;
}

export type Outcome = 'granted' | 'partly' | 'denied' | 'disposed' | 'costs' | 'reasoningOnly' | 'unanswered';

export const OUTCOME_LABEL: Record<Outcome, string> = {
  granted: '支持',
  partly: '部分支持',
  denied: '驳回',
  disposed: '另行处理',
  costs: '诉讼费用已分担',
  reasoningOnly: '仅见于本院认为',
  unanswered: '未回应（漏判）',
};

/** One place where the court decides on a claim. */
export interface Decision {
  where: 'orders' | 'reasoning' | 'costs';
  /** 判决主文第二项 / 本院认为 / 诉讼费用 */
  label: string;
  stance: 'granted' | 'denied' | 'disposed';
  amount?: number;
  /** A general 驳回原告其他诉讼请求. */
  general?: boolean;
  line: number;
}

export interface ClaimRow {
  number: number;
  kinds: ClaimKind[];
  kindLabel: string;
  /** What was asked, in the draft's words (label removed, shortened). */
  asked: string;
  askedAmount?: number;
  outcome: Outcome;
  outcomeLabel: string;
  /** What the court did, in one line: 判决主文第二项支持10000元；其余由第五项驳回. */
  decision: string;
  decisions: Decision[];
  grantedAmount?: number;
  /** The order gives more than was asked. */
  beyondClaim: boolean;
  /** The doctrine's position on this kind in this case, or undefined where the catalog has none. */
  position?: string;
  codes: string[];
  line: number;
  /** The lines of the orders (or, without orders, the reasoning sentences) that decide it. */
  decisionLines: number[];
}

export interface FindingView {
  /** Index into the analysis's findings (the adapters find the fixes by it). */
  index: number;
  code: string;
  slug: string;
  severity: Severity;
  severityLabel: string;
  basis: Basis;
  /** The message without the basis-and-sources suffix (those are fields of their own). */
  message: string;
  sources: string[];
  range: Span;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The preferred fix, if any. */
  fix?: { title: string; safe: boolean };
  otherFixes: string[];
}

export interface FindingGroup {
  basis: Basis;
  label: string;
  findings: FindingView[];
}

export type AddressedStatus = 'addressed' | 'missing' | 'caution';

export const ADDRESSED_LABEL: Record<AddressedStatus, string> = {
  addressed: '已论及',
  missing: '未论及',
  caution: '需斟酌',
};

export interface AddressedView {
  key: string;
  /** 第998条因素 · 说理要点 · 需斟酌的论证 */
  group: string;
  label: string;
  status: AddressedStatus;
  statusLabel: string;
  line?: number;
  /** The rule that speaks to it, if one does. */
  code?: string;
}

export interface Counts {
  findings: number;
  bySeverity: Record<Severity, number>;
  byBasis: Record<Basis, number>;
  withFix: number;
  claims: number;
  byOutcome: Record<Outcome, number>;
  addressed: number;
  missing: number;
  caution: number;
}

export interface Assessment {
  /** The file the draft came from, as the caller named it (optional). */
  source?: string;
  case: CaseView;
  claims: ClaimRow[];
  findingGroups: FindingGroup[];
  addressed: AddressedView[];
  counts: Counts;
  /** Rules that failed to run (never expected; shown so that silence is not mistaken for a pass). */
  failures: { code: string; error: string }[];
}

export interface AssessOptions extends LintOptions {
  /** A name for the draft (its file), shown in the heading. */
  source?: string;
}

// ---------------------------------------------------------------- text helpers

const ITEM_LABEL = /^\s*(?:\d{1,2}\s*[.．、]|[（(]\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[)）]|[一二三四五六七八九十]{1,3}、|[-*+]\s)\s*/;

/** The draft's own words over a span: Markdown emphasis removed, white space collapsed, shortened. */
function excerpt(text: string, span: Span, max = 80): string {
  let s = text.slice(span.start, span.end);
  s = s.replace(/\*\*|__|`/g, '').replace(/^\s*(#{1,6}|>)\s*/gm, '').replace(/\s+/g, ' ').trim();
  s = s.replace(ITEM_LABEL, '');
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}

function overlaps(a: Span, b: Span): boolean {
  if (a.start === a.end) return b.start <= a.start && a.start <= b.end;
  return a.start < b.end && b.start < a.end;
}

// ---------------------------------------------------------------- the case

function titleFacts(model: CaseModel): Pick<CaseView, 'court' | 'caseNumber' | 'cause'> {
  const out: Pick<CaseView, 'court' | 'caseNumber' | 'cause'> = {};
  const doc = model.document;
  for (const s of doc.sentences) {
    if (s.section !== 'title' && s.section !== 'parties' && s.section !== 'procedure') continue;
    const original = excerpt(doc.text, sentenceSpan(doc, s), 200);
    if (!out.court && s.section === 'title' && /法院$/.test(s.text) && s.text.length <= 30) out.court = original;
    const number = /[(（]\s*(?:19|20)\d{2}\s*[)）][^\s,，。;；]{1,24}?号/.exec(original);
    if (!out.caseNumber && number) out.caseNumber = number[0];
    const cause = /([\u4e00-\u9fff、]{2,40}纠纷)\s*一案/.exec(original);
    if (!out.cause && cause && s.section === 'procedure') out.cause = causeOf(cause[1]!, model);
  }
  return out;
}

/** 原告陈某某与被告某某公司名誉权纠纷 → 名誉权纠纷: what follows the last party named. */
function causeOf(phrase: string, model: CaseModel): string {
  const names = ['原告', '被告', '第三人', ...model.parties.flatMap((p) => [p.name, ...p.aliases])].filter((n) => n.length >= 2);
  let cut = 0;
  for (const n of names) {
    const at = phrase.lastIndexOf(n);
    if (at >= 0) cut = Math.max(cut, at + n.length);
  }
  return phrase.slice(cut).replace(/^(与|诉|之间的?|间的?)/, '') || phrase;
}

function caseTypeLabel(model: CaseModel): string {
  const f = model.facts;
  const kinds: string[] = [];
  if (f.genAI && f.stage === 'training') kinds.push('生成式人工智能（训练阶段）');
  else if (f.genAI) kinds.push('生成式人工智能服务侵权');
  if (f.aiProduct) kinds.push('人工智能产品责任');
  if (f.embodied) kinds.push('具身智能（人工智能与物理设备结合）');
  return kinds.length ? kinds.join('；') : '非人工智能案件（仅适用结构与引用检查）';
}

function caseView(model: CaseModel, lines: LineIndex): CaseView {
  const f = model.facts;
  const lineOfSentence = (i: number) => lines.position(sentenceSpan(model.document, model.document.sentences[i]!).start).line;
  const parties: PartyView[] = model.parties.map((p) => {
    const role = p.role === 'defendant' ? f.defendantRoles.get(p) : undefined;
    return {
      role: p.role,
      roleLabel: ROLE_LABEL[p.role],
      name: p.name,
      aliases: [...p.aliases],
      kind: p.kind,
      kindLabel: PARTY_KIND_LABEL[p.kind],
      ...(role ? { defendantRole: role, defendantRoleLabel: f.genAI || role !== 'provider' ? DEFENDANT_ROLE_LABEL[role] : '服务提供者' } : {}),
      line: lineOfSentence(p.sentence),
    };
  });
  const plaintiffKinds = [...new Set(model.parties.filter((p) => p.role === 'plaintiff').map((p) => p.kind))];
  const plaintiffKind: CaseView['plaintiffKind'] = plaintiffKinds.length === 1 ? plaintiffKinds[0]! : plaintiffKinds.length === 0 ? 'unknown' : 'mixed';
  const noticeLabel = f.notice ? `已有合格通知；其后${MEASURES_LABEL[f.measuresAfterNotice]}` : '未见合格通知';
  return {
    ...titleFacts(model),
    parties,
    plaintiffKind,
    plaintiffKindLabel: plaintiffKind === 'mixed' ? '自然人与组织均有' : PARTY_KIND_LABEL[plaintiffKind],
    rights: f.rights.map((r) => ({ id: r, label: RIGHT_LABEL[r] })),
    genAI: f.genAI,
    genAIEvidence: [...new Set(f.genAIEvidence.map((e) => e.text))],
    aiProduct: f.aiProduct,
    embodied: f.embodied,
    caseTypeLabel: caseTypeLabel(model),
    stage: f.stage,
    stageLabel: f.genAI ? STAGE_LABEL[f.stage] : '—',
    notice: f.notice,
    measures: f.measuresAfterNotice,
    noticeLabel,
    fault: f.fault,
    faultLabel: FAULT_LABEL[f.fault],
    ...(f.factsDate ? { factsDate: f.factsDate } : {}),
    ...(f.judgmentDate ? { judgmentDate: f.judgmentDate } : {}),
    excerpt: model.document.excerpt,
  };
}

// ---------------------------------------------------------------- claims

/** The amount an order gives for these kinds: its own figure where it orders only them, else the kinds' own amounts. */
function orderAmount(model: CaseModel, order: OrderItem, index: number, kinds: ReadonlySet<ClaimKind>): number | undefined {
  const own = model.mentions.filter((m) => m.section === 'orders' && m.item === index && kinds.has(m.kind) && m.amount !== undefined);
  const byKind = new Map<ClaimKind, number>();
  for (const m of own) if (!byKind.has(m.kind)) byKind.set(m.kind, m.amount!);
  const only = order.kinds.every((k) => kinds.has(k));
  if (only && order.total !== undefined) return order.total;
  if (byKind.size) return [...byKind.values()].reduce((a, b) => a + b, 0);
  if (only && order.amounts.length === 1) return order.amounts[0];
  return undefined;
}

/**
 * The sum a claim item asks for, read as DOC002 reads it (matching.ts): the total written beside
 * its parts, or the parts added up (经济损失50000元及合理开支8000元 asks 58000元); else the
 * item's first amount.
 */
function askedAmount(model: CaseModel, item: ClaimItem, index: number): number | undefined {
  const total = claimTotal(item);
  if (total !== undefined) return total;
  const own = model.mentions.find((m) => m.section === 'claims' && m.item === index && m.amount !== undefined);
  return own?.amount ?? item.amounts[0];
}

function orderLabel(o: OrderItem): string {
  return o.number > 0 ? `判决主文第${chineseNumber(o.number)}项` : '判决主文';
}

interface ClaimReading {
  outcome: Outcome;
  decisions: Decision[];
  grantedAmount?: number;
  /** Spans the decision lies on: the orders, or the reasoning sentences where there are none. */
  spans: Span[];
}

function readClaim(model: CaseModel, item: ClaimItem, index: number, lines: LineIndex): ClaimReading {
  const doc = model.document;
  const lineAt = (offset: number) => lines.position(offset).line;
  const sentenceLine = (i: number) => lineAt(sentenceSpan(doc, doc.sentences[i]!).start);
  const kinds = new Set(item.kinds);
  const plaintiffs = model.parties.filter((p) => p.role === 'plaintiff');
  // With several plaintiffs, an item that names one of them matches only orders for that one.
  const forWhom = plaintiffs.length > 1 ? partyNamed(model.parties, 'plaintiff', item.text) : undefined;
  const hasOrders = model.orders.length > 0;
  const dismissal = model.orders.findIndex((o) => o.disposition === 'dismissRest' || o.disposition === 'dismissAll');
  const dismissalDecision = (): Decision => {
    const o = model.orders[dismissal]!;
    return { where: 'orders', label: orderLabel(o), stance: 'denied', general: true, line: lineAt(o.span.start) };
  };

  if (item.kinds.length === 1 && item.kinds[0] === 'costs') {
    if (item.answer?.how === 'fees' && item.answer.sentence !== undefined) {
      const i = item.answer.sentence;
      return { outcome: 'costs', decisions: [{ where: 'costs', label: '诉讼费用负担', stance: 'granted', line: sentenceLine(i) }], spans: [sentenceSpan(doc, doc.sentences[i]!)] };
    }
    return { outcome: 'unanswered', decisions: [], spans: [] };
  }

  const courtMentions = (section: 'reasoning' | 'orders', pred: (m: ClaimMention) => boolean) =>
    model.mentions.filter((m) => m.section === section && m.speaker === 'court' && kinds.has(m.kind) && pred(m));

  if (!item.inferred && hasOrders) {
    const grants: Decision[] = [];
    const spans: Span[] = [];
    let granted: number | undefined;
    let denials = 0;
    model.orders.forEach((o, i) => {
      if (!o.kinds.some((k) => kinds.has(k))) return;
      if (forWhom && o.beneficiary && o.beneficiary !== forWhom) return;
      if (o.disposition === 'grant') {
        const amount = orderAmount(model, o, i, kinds);
        if (amount !== undefined) granted = (granted ?? 0) + amount;
        grants.push({ where: 'orders', label: orderLabel(o), stance: 'granted', ...(amount !== undefined ? { amount } : {}), line: lineAt(o.span.start) });
        spans.push(o.span);
      } else if (o.disposition === 'deny') {
        denials++;
        grants.push({ where: 'orders', label: orderLabel(o), stance: 'denied', line: lineAt(o.span.start) });
        spans.push(o.span);
      }
    });
    const granting = grants.some((d) => d.stance === 'granted');
    if (granting) {
      const asked = askedAmount(model, item, index);
      const refusedInReasoning = courtMentions('reasoning', (m) => m.stance === 'denied' && !m.disposed).length > 0;
      const less = asked !== undefined && granted !== undefined && granted < asked;
      const partly = less || denials > 0 || refusedInReasoning;
      const decisions = [...grants];
      if (partly && dismissal >= 0 && !grants.some((d) => d.stance === 'denied')) decisions.push(dismissalDecision());
      return { outcome: partly ? 'partly' : 'granted', decisions, ...(granted !== undefined ? { grantedAmount: granted } : {}), spans };
    }
    if (denials > 0) return { outcome: 'denied', decisions: grants, spans };
  }

  if (item.inferred) {
    const a = item.answer;
    if (!a || a.sentence === undefined) return { outcome: 'unanswered', decisions: [], spans: [] };
    const s = doc.sentences[a.sentence]!;
    const span = sentenceSpan(doc, s);
    const stance = a.stance ?? 'granted';
    const where: Decision['where'] = s.section === 'orders' ? 'orders' : 'reasoning';
    const label = a.how === 'dismissal' ? orderLabel(model.orders[dismissal]!) : where === 'orders' ? '判决主文' : '本院认为';
    const outcome: Outcome = stance === 'granted' ? 'granted' : stance === 'denied' ? 'denied' : 'disposed';
    return { outcome, decisions: [{ where, label, stance, ...(a.how === 'dismissal' ? { general: true } : {}), line: lineAt(span.start) }], spans: [span] };
  }

  // No order grants or denies the kind: what the reasoning decided, then a general dismissal.
  const decided = courtMentions('reasoning', (m) => m.disposed || m.stance === 'granted' || m.stance === 'denied');
  const reasoningDecision = (m: ClaimMention): Decision => ({
    where: 'reasoning',
    label: '本院认为',
    stance: m.disposed ? 'disposed' : (m.stance as 'granted' | 'denied'),
    ...(m.amount !== undefined ? { amount: m.amount } : {}),
    line: sentenceLine(m.sentence),
  });
  const spanOf = (m: ClaimMention) => sentenceSpan(doc, doc.sentences[m.sentence]!);
  // The reasoning's last word on the kind is its decision (an earlier clause may only weigh it).
  const last = decided.length ? decided.reduce((a, b) => (b.sentence >= a.sentence ? b : a)) : undefined;
  if (last?.disposed) return { outcome: 'disposed', decisions: [reasoningDecision(last)], spans: [spanOf(last)] };
  if (last?.stance === 'denied') return { outcome: 'denied', decisions: [reasoningDecision(last)], spans: [spanOf(last)] };
  if (last) {
    const grants = decided.filter((m) => !m.disposed && m.stance === 'granted');
    const withAmount = [...grants].reverse().find((m) => m.amount !== undefined) ?? last;
    const amount = withAmount.amount;
    // The reasoning grants it, but no order carries it out.
    if (hasOrders) return { outcome: 'reasoningOnly', decisions: [reasoningDecision(withAmount)], spans: grants.map(spanOf) };
    const asked = askedAmount(model, item, index);
    const refused = decided.some((m) => !m.disposed && m.stance === 'denied');
    const partly = refused || (asked !== undefined && amount !== undefined && amount < asked);
    return { outcome: partly ? 'partly' : 'granted', decisions: [reasoningDecision(withAmount)], ...(amount !== undefined ? { grantedAmount: amount } : {}), spans: grants.map(spanOf) };
  }
  if (dismissal >= 0) return { outcome: 'denied', decisions: [dismissalDecision()], spans: [model.orders[dismissal]!.span] };
  return { outcome: 'unanswered', decisions: [], spans: [] };
}

function decisionText(r: ClaimReading): string {
  if (r.outcome === 'unanswered') return '判决主文与本院认为均未回应';
  if (r.outcome === 'costs') return r.decisions.map((d) => d.label).join('；');
  const parts = r.decisions.map((d) => {
    if (d.general) return r.outcome === 'partly' ? `其余部分由${d.label}驳回` : `${d.label}概括驳回`;
    if (d.stance === 'granted') return `${d.label}支持${d.amount !== undefined ? yuan(d.amount) : ''}`;
    if (d.stance === 'disposed') return `${d.label}另行处理`;
    return d.where === 'reasoning' ? `${d.label}不予支持` : `${d.label}驳回`;
  });
  if (r.outcome === 'reasoningOnly') parts.push('判决主文无对应判项');
  if (r.outcome === 'partly' && r.decisions.every((d) => d.stance === 'granted')) parts.push('未见驳回其余部分的判项');
  return parts.join('；');
}

function claimRows(model: CaseModel, findings: readonly Finding[], lines: LineIndex): ClaimRow[] {
  const plaintiffs = model.parties.filter((p) => p.role === 'plaintiff');
  return model.claimItems.map((item, index) => {
    const r = readClaim(model, item, index, lines);
    const asked = askedAmount(model, item, index);
    const plaintiff = plaintiffs.length === 1 ? plaintiffs[0] : partyNamed(model.parties, 'plaintiff', item.text);
    const positions = [...new Set(item.kinds.map((k) => doctrinePosition(k, { model, ...(plaintiff ? { plaintiff } : {}) })).filter((p): p is string => Boolean(p)))];
    const spans = [item.span, ...r.spans];
    const codes = [...new Set(findings.filter((f) => spans.some((s) => overlaps(f.range, s))).map((f) => f.code))];
    const beyond = asked !== undefined && r.grantedAmount !== undefined && r.grantedAmount > asked;
    return {
      number: item.number,
      kinds: [...item.kinds],
      kindLabel: item.kinds.length ? item.kinds.map((k) => KIND_LABEL[k]).join('、') : '未能识别',
      asked: excerpt(model.document.text, item.span),
      ...(asked !== undefined ? { askedAmount: asked } : {}),
      outcome: r.outcome,
      outcomeLabel: OUTCOME_LABEL[r.outcome],
      decision: decisionText(r) + (beyond ? '；超出请求数额' : ''),
      decisions: r.decisions,
      ...(r.grantedAmount !== undefined ? { grantedAmount: r.grantedAmount } : {}),
      beyondClaim: beyond,
      ...(positions.length ? { position: positions.join('；') } : {}),
      codes,
      line: lines.position(item.span.start).line,
      decisionLines: [...new Set(r.decisions.map((d) => d.line))],
    };
  });
}

// ---------------------------------------------------------------- findings

const BASES: Basis[] = ['law', 'doctrine', 'proposal'];

const BASIS_IN_MESSAGE: Record<Basis, string> = {
  law: '法律规定',
  doctrine: '学说（现行法解释）',
  proposal: '立法建议（非现行法）',
};

/**
 * The engine appends （basis；依据：sources） to every message (or " (basis; sources: …)" in
 * English); the assessment shows basis and sources as fields of their own.
 */
function withoutSuffix(f: Finding): string {
  const m = f.message;
  const zh = m.lastIndexOf(`（${BASIS_IN_MESSAGE[f.basis]}；依据：`);
  if (zh > 0 && m.endsWith('）')) return m.slice(0, zh);
  const en = m.lastIndexOf('; sources: ');
  const open = en > 0 ? m.lastIndexOf(' (', en) : -1;
  if (open > 0 && m.endsWith(')')) return m.slice(0, open);
  return m;
}

function findingView(f: Finding, index: number, lines: LineIndex): FindingView {
  const sources = f.sources.map((x) => sourceLabel(x));
  const message = withoutSuffix(f);
  const a = lines.position(f.range.start);
  const b = lines.position(f.range.end);
  const [first, ...rest] = f.fixes;
  return {
    index,
    code: f.code,
    slug: f.slug,
    severity: f.severity,
    severityLabel: SEVERITY_LABEL[f.severity],
    basis: f.basis,
    message,
    sources,
    range: { start: f.range.start, end: f.range.end },
    line: a.line,
    column: a.column,
    endLine: b.line,
    endColumn: b.column,
    ...(first ? { fix: { title: first.title, safe: first.safe } } : {}),
    otherFixes: rest.map((x) => x.title),
  };
}

// ---------------------------------------------------------------- what the reasoning addresses

function addressedViews(model: CaseModel, lines: LineIndex): AddressedView[] {
  const f = model.facts;
  const a = model.addressed;
  const doc = model.document;
  const lineOf = (i: number | undefined) => (i === undefined ? undefined : lines.position(sentenceSpan(doc, doc.sentences[i]!).start).line);
  const kinds = new Set(model.mentions.map((m) => m.kind));
  const genAI = f.genAI && f.stage !== 'training';
  const provider = model.parties.some((p) => p.role === 'defendant' && isProvider(f, p));
  const personality = f.rights.some((r) => PERSONALITY_RIGHTS.has(r));
  const ip = f.rights.some((r) => IP_RIGHTS.has(r));
  const out: AddressedView[] = [];
  const push = (key: string, group: string, label: string, status: AddressedStatus, sentence: number | undefined, code?: string) => {
    const line = lineOf(sentence);
    out.push({ key, group, label, status, statusLabel: ADDRESSED_LABEL[status], ...(line !== undefined ? { line } : {}), ...(code ? { code } : {}) });
  };
  const point = (key: string, label: string, sentence: number | undefined, code?: string) =>
    push(key, '说理要点', label, sentence === undefined ? 'missing' : 'addressed', sentence, code);
  const caution = (key: string, label: string, sentence: number | undefined, code?: string) => {
    if (sentence !== undefined) push(key, '需斟酌的论证', label, 'caution', sentence, code);
  };

  // 第998条: where an amount for a personality right is at stake.
  if (personality && (kinds.has('property') || kinds.has('emotional') || kinds.has('statutory'))) {
    for (const factor of Object.keys(FACTOR_LABEL) as Factor998[]) {
      const at = a.factors998.get(factor);
      push(`factor998.${factor}`, '《民法典》第998条因素', FACTOR_LABEL[factor], at === undefined ? 'missing' : 'addressed', at, 'GAI008');
    }
  }
  if (genAI && (kinds.has('future') || kinds.has('stop'))) point('regeneration', '再次生成的可能性（技术证据、既往生成次数、已采取的措施）', a.regenerationWeighed, 'GAI012');
  if (f.rights.includes('personalInformation')) point('pipl27', '个人信息保护法第27条：合理范围与重大影响', a.pipl27, 'GAI015');
  if (f.aiProduct || f.embodied) point('productLiability', '产品责任（缺陷、生产者与销售者责任）', a.productLiability, f.embodied ? 'GAI021' : undefined);
  if (kinds.has('punitive')) point('serious', '惩罚性赔偿的要件：故意与情节严重', a.seriousCircumstances, 'GAI005');
  if (ip && (kinds.has('property') || kinds.has('statutory'))) point('statutoryMethod', '赔偿数额的确定方法（法定赔偿）', a.statutoryMethod, 'GAI006');
  if (ip || a.totalRevenueAsProfit !== undefined) point('profitApportioned', '侵权获益中侵权内容所致部分的分摊', a.profitApportioned, 'GAI019');
  if (genAI && provider && (f.rights.includes('privacy') || f.rights.includes('personalInformation'))) {
    point('disclosure', '人机对话中的输出构成披露', a.disclosureReasoned, 'GAI013');
  }
  if (genAI && provider && f.rights.includes('reputation')) point('primaFacie', '不实内容作为社会评价降低的初步证据', a.primaFacie, 'GAI014');
  if (kinds.has('noticeCost') || a.noticeFeeGranted !== undefined) {
    point('firstNotice', '首次通知费用的处理', a.firstNoticeRefused, 'GAI010');
    if (a.laterNotice !== undefined) point('laterNotice', '合格通知未获处理后的再次通知', a.laterNotice, 'GAI010');
  }
  if (a.downstreamExcluded !== undefined) point('downstreamExcluded', '排除第三人转发造成的损失', a.downstreamExcluded, 'GAI009');
  if (a.generationsRejected !== undefined) point('generationsRejected', '不以生成次数乘以单位利润计算获益', a.generationsRejected, 'GAI020');

  caution('dialogueNotDisclosure', '以人机对话不具公开性否定损害', a.dialogueNotDisclosure, 'GAI013');
  caution('plaintiffMustProve', '要求原告证明社会评价降低', a.plaintiffMustProveEvaluation, 'GAI014');
  caution('publicInfo', '未作第27条分析即认定处理已公开个人信息构成侵权', a.publicInfoInfringingWithout27, 'GAI015');
  caution('sensitivePublic', '将已公开的敏感个人信息视为可自由处理', a.sensitivePublicFree, 'GAI015');
  caution('totalRevenue', '以全部营业收入或利润作为侵权获益', a.totalRevenueAsProfit, 'GAI019');
  caution('generationsTimesProfit', '以生成次数乘以单位利润计算获益', a.generationsTimesProfit, 'GAI020');
  caution('downstreamCounted', '将第三人转发造成的损失计入服务提供者的赔偿', a.downstreamCounted, 'GAI009');
  caution('firstNoticeIncluded', '赔偿数额包含首次通知的费用', a.firstNoticeIncluded, 'GAI010');
  return out;
}

// ---------------------------------------------------------------- assemble

function counts(claims: ClaimRow[], findings: FindingView[], addressed: AddressedView[]): Counts {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  const byBasis: Record<Basis, number> = { law: 0, doctrine: 0, proposal: 0 };
  for (const f of findings) {
    bySeverity[f.severity]++;
    byBasis[f.basis]++;
  }
  const byOutcome = Object.fromEntries(Object.keys(OUTCOME_LABEL).map((k) => [k, 0])) as Record<Outcome, number>;
  for (const c of claims) byOutcome[c.outcome]++;
  return {
    findings: findings.length,
    bySeverity,
    byBasis,
    withFix: findings.filter((f) => f.fix).length,
    claims: claims.length,
    byOutcome,
    addressed: addressed.filter((x) => x.status === 'addressed').length,
    missing: addressed.filter((x) => x.status === 'missing').length,
    caution: addressed.filter((x) => x.status === 'caution').length,
  };
}

/** The assessment of an analysis already made (the adapters reuse theirs). */
export function assessAnalysis(text: string, analysis: Analysis, source?: string): Assessment {
  const lines = new LineIndex(text);
  const { model, findings } = analysis;
  const views = findings.map((f, i) => findingView(f, i, lines));
  const claims = claimRows(model, findings, lines);
  const addressed = addressedViews(model, lines);
  return {
    ...(source !== undefined ? { source } : {}),
    case: caseView(model, lines),
    claims,
    findingGroups: BASES.map((basis) => ({ basis, label: basisLabel(basis), findings: views.filter((v) => v.basis === basis) })),
    addressed,
    counts: counts(claims, views, addressed),
    failures: analysis.failures.map((x) => ({ ...x })),
  };
}

/** Analyses a draft and assesses it. */
export function assess(text: string, options: AssessOptions = {}): Assessment {
  const { source, ...lint } = options;
  return assessAnalysis(text, analyze(text, lint), source);
}

/** Every finding of an assessment, in document order. */
export function allFindings(a: Assessment): FindingView[] {
  return a.findingGroups.flatMap((g) => g.findings).sort((x, y) => x.index - y.index);
}
