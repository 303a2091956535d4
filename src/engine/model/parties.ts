/**
 * Parties: who sues whom, natural person or organisation, and the short names the draft
 * uses for them (以下简称某某公司).
 */
import type { JudgmentDocument } from '../document/document';
import type { NamedSpeaker, Speaker } from '../text/clauses';

export type PartyRole = 'plaintiff' | 'defendant' | 'third';
export type PartyKind = 'natural' | 'organisation' | 'unknown';

export interface Party {
  role: PartyRole;
  name: string;
  aliases: string[];
  kind: PartyKind;
  /** Index of the sentence that introduces the party. */
  sentence: number;
}

const ROLE: Record<string, PartyRole> = {
  原告: 'plaintiff', 原审原告: 'plaintiff', 被告: 'defendant', 原审被告: 'defendant', 第三人: 'third',
};

const ORG_SUFFIX = /(公司|有限公司|集团|研究院|研究所|中心|协会|学会|事务所|合作社|厂|医院|学校|大学|学院|委员会|银行|基金会|工作室|商行|店|部|站|局|社|馆|所)$/;
const ORG_MARK = /(住所地|法定代表人|负责人|统一社会信用代码|组织机构代码)/;
const NATURAL_MARK = /(男|女)[,，]|出生|身份证|公民身份号码|[\u4e00-\u9fff]{1,4}族[,，]|住[^所]/;

export function kindOfName(name: string): PartyKind {
  if (ORG_SUFFIX.test(name)) return 'organisation';
  // 张某, 张某某, 王XX, 李××, 张三: short personal names, often masked.
  if (/^[\u4e00-\u9fff][\u4e00-\u9fff某X×xＸ*＊]{0,3}$/.test(name)) return 'natural';
  return 'unknown';
}

function cleanName(raw: string): string {
  return raw.replace(/^[:：\s]+/, '').replace(/[\s(（].*$/, '').trim();
}

// 被告一：…, 被告（二）：…, 原告2：…: a number before the colon belongs to the label, not the name.
const PARTY_HEAD = /^(原告|原审原告|被告|原审被告|第三人)(?:\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2}|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,2})[)）])\s*[:：]|\s*\d{0,2}\s*[:：]?)\s*([^,，:：;。(（]{1,40})/;
const ALIAS = /以下简称\s*[:：]?\s*[“"]?([^”")）,，。]{1,20})/g;

/** Finds the parties in the party blocks, or failing that in the procedure paragraph. */
export function extractParties(doc: JudgmentDocument): Party[] {
  const parties: Party[] = [];
  let last: Party | undefined;
  for (const s of doc.sentences) {
    if (s.section !== 'parties' && s.section !== 'title') {
      if (parties.length) break;
      continue;
    }
    const m = PARTY_HEAD.exec(s.text);
    if (m) {
      const name = cleanName(m[2]!);
      if (!name) continue;
      last = { role: ROLE[m[1]!]!, name, aliases: [], kind: 'unknown', sentence: s.index };
      parties.push(last);
    }
    if (!last) continue;
    for (const a of s.text.matchAll(ALIAS)) last.aliases.push(a[1]!.trim());
    // Only the party's own line, and the representative lines of an organisation, describe it;
    // an agent's line (委托诉讼代理人：…律师事务所) describes the agent.
    const ownLine = Boolean(m) || /^(法定代表人|负责人|住所地|统一社会信用代码)/.test(s.text);
    if (ownLine && (m || last.kind !== 'natural')) {
      // 男、出生、身份证 on the party's own line outweigh words like 住所地 further along it.
      if (m && NATURAL_MARK.test(s.text) && !ORG_SUFFIX.test(last.name)) last.kind = 'natural';
      else if (ORG_MARK.test(s.text) || ORG_SUFFIX.test(last.name)) last.kind = 'organisation';
    }
  }
  for (const p of parties) if (p.kind === 'unknown') p.kind = kindOfName(p.name);
  if (parties.length) {
    laterAliases(doc, parties);
    return parties;
  }
  return partiesFromProcedure(doc);
}

/**
 * Short names given after the party blocks: 原告隋某某与被告青岛某某安行医疗科技有限公司（以下简称安行公司）
 * 产品责任纠纷一案. Each goes to the party whose full name stands nearest before it.
 */
function laterAliases(doc: JudgmentDocument, parties: Party[]): void {
  for (const s of doc.sentences) {
    if (s.section !== 'procedure' && s.section !== 'claims') continue;
    for (const a of s.text.matchAll(ALIAS)) {
      const before = s.text.slice(Math.max(0, a.index! - 60), a.index!);
      let owner: Party | undefined;
      let at = -1;
      for (const p of parties) {
        const i = before.lastIndexOf(p.name);
        if (i > at) [owner, at] = [p, i];
      }
      const alias = a[1]!.trim();
      if (owner && alias && !owner.aliases.includes(alias)) owner.aliases.push(alias);
    }
  }
}

// 原告张某与被告某某科技有限公司名誉权纠纷一案 / 原告张某诉被告某某公司…
const CAPTION = /原告([^与诉,，。]{1,40}?)(?:与|诉)被告([^,，。]{1,60}?)(?:[\u4e00-\u9fff、]{0,20}纠纷|一案)/;

function partiesFromProcedure(doc: JudgmentDocument): Party[] {
  for (const s of doc.sentences) {
    if (s.section !== 'procedure' && s.section !== 'title') continue;
    const m = CAPTION.exec(s.text);
    if (!m) continue;
    const out: Party[] = [];
    for (const [raw, role] of [[m[1]!, 'plaintiff'], [m[2]!, 'defendant']] as const) {
      for (const n of raw.split(/、|及|和/)) {
        const name = n.replace(/^(原告|被告)/, '').trim();
        if (name) out.push({ role, name, aliases: [], kind: kindOfName(name), sentence: s.index });
      }
    }
    // 与被告某某科技有限公司名誉权纠纷: the cause of action is glued to the last name.
    for (const p of out) {
      const cut = /^(.*?(?:公司|研究院|中心|协会))/.exec(p.name);
      if (cut && cut[1] !== p.name) p.name = cut[1]!;
      p.kind = kindOfName(p.name);
    }
    return out;
  }
  return [];
}

/** Finds the party a phrase names (by name, alias, or a bare role when there is only one). */
export function partyNamed(parties: Party[], role: PartyRole, phrase: string): Party | undefined {
  const ofRole = parties.filter((p) => p.role === role);
  let best: Party | undefined;
  let bestLen = 0;
  for (const p of ofRole) {
    for (const n of [p.name, ...p.aliases]) {
      if (n.length > bestLen && phrase.includes(n)) {
        best = p;
        bestLen = n.length;
      }
    }
  }
  if (best) return best;
  return ofRole.length === 1 ? ofRole[0] : undefined;
}

/** The parties as they may open reported speech: by name or short name, longest first. */
export function speakersOf(parties: Party[]): NamedSpeaker[] {
  return parties
    .flatMap((p) => [p.name, ...p.aliases].map((name) => ({ name, speaker: (p.role === 'plaintiff' ? 'plaintiff' : p.role === 'defendant' ? 'defendant' : 'party') as Speaker })))
    .filter((n) => n.name.length >= 2)
    .sort((a, b) => b.name.length - a.name.length);
}
