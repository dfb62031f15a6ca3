/**
 * Memoizing a pure function of a string: labels, words and names recur by the thousand while a report is built.
 * @module
 */

/**
 * `fn`, remembering each answer; past `limit` distinct inputs new answers are computed and not kept, so memory stays
 * bounded on untrusted text.
 * @example
 * let calls = 0;
 * const upper = memoizeString((s) => { calls++; return s.toUpperCase(); }, 2);
 * assert.deepEqual([upper('a'), upper('a'), upper('b'), upper('c'), upper('c')], ['A', 'A', 'B', 'C', 'C']);
 * assert.equal(calls, 4); // 'a' and 'b' kept; 'c' past the limit
 */
export function memoizeString<T>(fn: (s: string) => T, limit: number): (s: string) => T {
  return memoize(fn, limit, 'keep');
}

/**
 * `fn`, remembering the answers for recent inputs only: all are forgotten once `size` are kept, so an input asked
 * again soon after (a listing's lines, read by each of its components) is answered once, in bounded memory.
 * @example
 * let calls = 0;
 * const upper = memoizeRecent((s) => { calls++; return s.toUpperCase(); }, 2);
 * assert.deepEqual([upper('a'), upper('a'), upper('b'), upper('c'), upper('a')], ['A', 'A', 'B', 'C', 'A']);
 * assert.equal(calls, 4); // 'c' found 'a' and 'b' kept, and forgot them
 */
export function memoizeRecent<T>(fn: (s: string) => T, size: number): (s: string) => T {
  return memoize(fn, size, 'forget');
}

// Once `limit` answers are kept, either keep them and remember no more, or forget them all and start again.
function memoize<T>(fn: (s: string) => T, limit: number, whenFull: 'keep' | 'forget'): (s: string) => T {
  const known = new Map<string, T>();
  return (s) => {
    // One lookup for a remembered answer; a second only for answers that are undefined.
    const hit = known.get(s);
    if (hit !== undefined || known.has(s)) return hit as T;
    const v = fn(s);
    if (known.size >= limit) {
      if (whenFull === 'keep') return v;
      known.clear();
    }
    known.set(s, v);
    return v;
  };
}
