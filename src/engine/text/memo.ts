/**
 * A bounded memo for pure functions of a string. An editing session analyses nearly the same
 * text again and again; per-sentence work (masking quotations, finding a sentence's part) is
 * looked up instead of redone. The table is cleared when it reaches its bound, so memory stays
 * flat whatever the history; results never depend on it.
 */
export function memoized<R>(fn: (key: string) => R, bound = 20_000): (key: string) => R {
  let table = new Map<string, R>();
  return (key: string): R => {
    const hit = table.get(key);
    if (hit !== undefined || table.has(key)) return hit as R;
    const value = fn(key);
    if (table.size >= bound) table = new Map();
    table.set(key, value);
    return value;
  };
}
