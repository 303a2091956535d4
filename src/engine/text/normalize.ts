/**
 * Character-level normalisation for analysis. The result always has exactly the length of
 * the input (UTF-16 code units), so an offset into the normalised text is an offset into
 * the input: callers never need a second offset map for this step.
 *
 * - full-width ASCII forms (，：；（）０-９Ｘ) become their ASCII twins, the ideographic space a space;
 * - Traditional script becomes Simplified (OpenCC's t → cn tables, a well-kept conversion
 *   library), phrase by phrase where that keeps the length, else character by character.
 */
import { Converter } from 'opencc-js/t2cn';

let toSimplified: ((s: string) => string) | undefined;
function converter(): (s: string) => string {
  if (!toSimplified) toSimplified = Converter({ from: 't', to: 'cn' });
  return toSimplified;
}

function foldWidth(s: string): string {
  let out: string[] | undefined;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let r = -1;
    if (c >= 0xff01 && c <= 0xff5e) r = c - 0xfee0;
    else if (c === 0x3000) r = 0x20;
    else if (c === 0x00a0) r = 0x20;
    // Fancy dashes and the middle dot stay: they carry no meaning we test for.
    if (r >= 0) {
      if (!out) out = Array.from(s.slice(0, i));
      out.push(String.fromCharCode(r));
    } else if (out) out.push(s[i]!);
  }
  return out ? out.join('') : s;
}

/** True when the string has a code unit in the CJK ranges (worth sending through OpenCC). */
function hasHan(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) return true;
  }
  return false;
}

function simplify(s: string): string {
  if (!hasHan(s)) return s;
  const conv = converter();
  const whole = conv(s);
  if (whole.length === s.length) return whole;
  // A phrase mapping changed the length: fall back to one character at a time.
  const parts: string[] = [];
  for (const ch of s) {
    const c = conv(ch);
    parts.push(c.length === ch.length ? c : ch);
  }
  return parts.join('');
}

/** Normalise `s` for matching; the result has the same length as `s`. */
export function normalizeForAnalysis(s: string): string {
  const out = simplify(foldWidth(s));
  return out.length === s.length ? out : foldWidth(s);
}
