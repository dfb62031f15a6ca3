/**
 * Verbatim quotes for the evidence behind each bullet, chosen deterministically.
 * @module
 */
import { sentenceAround as analyzerSentenceAround } from '../analyze/index.ts';
import type { Evidence } from './role-profile.ts';

/** Longest quote, in characters: a longer sentence is cut around what it says. */
export const MAX_QUOTE = 280;

/**
 * The quote for a span: the sentence of `text` holding [start, end) (see the analyzer's `sentenceAround`), without its
 * list marker, its spaces collapsed; a sentence too long to show whole is narrowed to its semicolon-delimited part
 * holding the span, then trimmed to at most 280 characters around the span.
 * @example
 * assert.equal(quoteAround('We ship. You know Go well. Apply!', 18, 20), 'You know Go well.');
 */
export function quoteAround(text: string, start: number, end: number): string {
  const s = analyzerSentenceAround(text, start, end);
  let quote = s.text;
  let at = start - s.start;
  let to = end - s.start;
  // Long lines of "X; Y; Z" items list many things; the item naming the skill is the readable evidence.
  if (quote.length > MAX_QUOTE && at >= 0 && to <= quote.length) {
    const from = quote.lastIndexOf('; ', at - 1) + 1;
    const semi = /;(?=\s|$)/g;
    semi.lastIndex = to;
    const stop = semi.exec(quote);
    quote = quote.slice(from, stop ? stop.index + 1 : quote.length);
    at -= from;
    to -= from;
  }
  const lead = quote.length - quote.trimStart().length;
  return clip(quote.replace(/\s+/g, ' ').trim(), at - lead, to - lead);
}

/**
 * Shortens a quote to 280 characters at word boundaries, keeping the [focusStart, focusEnd) part in view.
 * @example
 * assert.equal(clip('short', 0, 5), 'short');
 */
export function clip(quote: string, focusStart = 0, focusEnd = 0): string {
  if (quote.length <= MAX_QUOTE) return quote;
  const mid = Math.max(0, Math.floor((focusStart + focusEnd) / 2));
  let from = Math.max(0, Math.min(mid - MAX_QUOTE / 2, quote.length - MAX_QUOTE));
  let to = Math.min(quote.length, from + MAX_QUOTE);
  if (from > 0) from = quote.indexOf(' ', from) + 1 || from;
  if (to < quote.length) to = quote.lastIndexOf(' ', to) > from ? quote.lastIndexOf(' ', to) : to;
  return `${from > 0 ? '… ' : ''}${quote.slice(from, to).trim()}${to < quote.length ? ' …' : ''}`;
}

/**
 * Picks up to `limit` quotes from distinct listings: preferred candidates first, then by listing id, so the choice never
 * depends on input order. A quote may be given as a function: it is then cut from its listing only when the choice
 * reaches it (a line said by a thousand listings needs three quotes, not a thousand).
 * @example
 * const ev = pickEvidence([{ listingId: 'b', quote: 'x', rank: 0 }, { listingId: 'a', quote: 'y', rank: 0 }], 1);
 * assert.deepEqual(ev, [{ listingId: 'a', quote: 'y' }]);
 * let cut = 0;
 * const lazy = ['a', 'b', 'c', 'd'].map((listingId) => ({ listingId, rank: 0, quote: () => (cut++, `${listingId}!`) }));
 * assert.deepEqual(pickEvidence(lazy, 2).map((e) => e.quote), ['a!', 'b!']);
 * assert.equal(cut, 2);
 */
export function pickEvidence(
  candidates: { listingId: string; quote: string | (() => string); rank: number }[],
  limit = 3,
): Evidence[] {
  // Each candidate's quote, cut at most once.
  const items = candidates.map((c) => ({ ...c, cut: typeof c.quote === 'string' ? c.quote : null }));
  const quoteOf = (c: (typeof items)[number]): string => {
    if (c.cut === null) c.cut = (c.quote as () => string)();
    return c.cut;
  };
  const sorted = items.sort((a, b) => {
    const byRank = a.rank - b.rank || cmp(a.listingId, b.listingId);
    if (byRank !== 0) return byRank;
    const [qa, qb] = [quoteOf(a), quoteOf(b)];
    return qa.length - qb.length || cmp(qa, qb);
  });
  const out: Evidence[] = [];
  const listings = new Set<string>();
  const quotes = new Set<string>();
  // Distinct wordings first; the same wording from other listings only fills the remaining places.
  for (const pass of [0, 1]) {
    for (const c of sorted) {
      if (out.length >= limit) break;
      if (listings.has(c.listingId)) continue;
      const quote = quoteOf(c);
      const key = quote.toLowerCase();
      if (quote.length === 0 || (pass === 0 && quotes.has(key))) continue;
      listings.add(c.listingId);
      quotes.add(key);
      out.push({ listingId: c.listingId, quote });
    }
  }
  return out;
}

/**
 * Code-unit string comparison: locale-independent, so sorting is the same on every machine.
 * @example
 * assert.equal(cmp('B', 'a'), -1);
 */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
