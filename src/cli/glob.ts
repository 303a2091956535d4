/**
 * Globs on the command line, for shells that pass them through (Windows cmd, quoted patterns):
 * `judgment-lint "drafts/**\/*.md"`. `*` and `?` stay within a path segment, `**` crosses
 * segments, `[…]` is a character class. A pattern that matches no file is an error (exit 2),
 * as is a file that does not exist; arguments without glob characters are passed through.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

const GLOB = /[*?[]/;

function segmentRegExp(segment: string): RegExp {
  let re = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = segment.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        const body = segment.slice(i + 1, close).replace(/\\/g, '\\\\');
        re += `[${body.startsWith('!') ? '^' + body.slice(1) : body}]`;
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** The files a pattern names, sorted; directories are walked only as far as the pattern reaches. */
export function globFiles(pattern: string): string[] {
  const parts = pattern.split(/[\\/]+/);
  const absolute = pattern.startsWith('/') || pattern.startsWith(sep);
  let roots = [absolute ? sep : '.'];
  let i = absolute ? 1 : 0;
  // The literal leading directories.
  const lead: string[] = [];
  while (i < parts.length - 1 && !GLOB.test(parts[i]!)) lead.push(parts[i++]!);
  if (lead.length) roots = [join(roots[0]!, ...lead)];
  const out = new Set<string>();
  const walk = (dir: string, rest: string[], depth: number) => {
    if (depth > 64 || rest.length === 0) return;
    const [head, ...tail] = rest as [string, ...string[]];
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    if (head === '**') {
      walk(dir, tail, depth + 1);
      for (const n of names) {
        const p = join(dir, n);
        if (isDir(p)) walk(p, rest, depth + 1);
      }
      return;
    }
    const re = segmentRegExp(head);
    for (const n of names) {
      if (!re.test(n) || (n.startsWith('.') && !head.startsWith('.'))) continue;
      const p = join(dir, n);
      if (tail.length === 0) {
        if (!isDir(p)) out.add(dir === '.' ? n : p);
      } else if (isDir(p)) walk(p, tail, depth + 1);
    }
  };
  walk(roots[0]!, parts.slice(i).filter((p) => p !== ''), 0);
  return [...out].sort();
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export class NoMatch extends Error {}

/** Expands the arguments that are globs; a glob that matches nothing throws NoMatch. */
export function expandArguments(args: readonly string[]): string[] {
  const out: string[] = [];
  for (const a of args) {
    if (!GLOB.test(a)) {
      out.push(a);
      continue;
    }
    const files = globFiles(a);
    if (files.length === 0) throw new NoMatch(`no file matches '${a}'`);
    out.push(...files);
  }
  return out;
}
