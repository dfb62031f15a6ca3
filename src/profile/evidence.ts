/**
 * Verbatim quotes for the evidence behind each bullet, chosen deterministically.
 * @module
 */
import type { Evidence } from './role-profile.ts';

const MAX_QUOTE = 280;

/**
 * The sentence (or list line) of `text` around offsets [start, end), trimmed to at most 280 characters.
 * @example
 * assert.equal(sentenceAround('We ship. You know Go well. Apply!', 18, 20), 'You know Go well.');
 */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0) {
    const c = text[from - 1];
    if (c === '\n') break;
    if ((c === ' ' || c === '\t') && /[.!?;]/.test(text[from - 2] ?? '')) break;
    from--;
  }
  let to = end;
  while (to < text.length) {
    const c = text[to];
    if (c === '\n') break;
    to++;
    if (/[.!?;]/.test(c ?? '') && (to >= text.length || /\s/.test(text[to] ?? ''))) break;
  }
  // A list marker is layout, not part of the quote.
  const raw = text.slice(from, to);
  const marker = /^\s*(?:[-•*–·▪◦>]|\d{1,2}[.)])\s+/.exec(raw)?.[0].length ?? 0;
  return clip(raw.slice(marker).replace(/\s+/g, ' ').trim(), start - from - marker, end - from - marker);
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
 * depends on input order.
 * @example
 * const ev = pickEvidence([{ listingId: 'b', quote: 'x', rank: 0 }, { listingId: 'a', quote: 'y', rank: 0 }], 1);
 * assert.deepEqual(ev, [{ listingId: 'a', quote: 'y' }]);
 */
export function pickEvidence(
  candidates: { listingId: string; quote: string; rank: number }[],
  limit = 3,
): Evidence[] {
  const sorted = [...candidates].sort(
    (a, b) =>
      a.rank - b.rank ||
      cmp(a.listingId, b.listingId) ||
      a.quote.length - b.quote.length ||
      cmp(a.quote, b.quote),
  );
  const out: Evidence[] = [];
  const listings = new Set<string>();
  const quotes = new Set<string>();
  // Distinct wordings first; the same wording from other listings only fills the remaining places.
  for (const pass of [0, 1]) {
    for (const c of sorted) {
      if (out.length >= limit) break;
      const key = c.quote.toLowerCase();
      if (listings.has(c.listingId) || c.quote.length === 0 || (pass === 0 && quotes.has(key))) continue;
      listings.add(c.listingId);
      quotes.add(key);
      out.push({ listingId: c.listingId, quote: c.quote });
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
