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
export function pickEvidence(candidates: readonly EvidenceCandidate[], limit = 3): Evidence[] {
  // Each candidate's quote, cut at most once.
  const cuts = new Map<number, string>();
  const quoteOf = (i: number): string => {
    const known = cuts.get(i);
    if (known !== undefined) return known;
    const c = candidates[i] as EvidenceCandidate;
    const quote = typeof c.quote === 'string' ? c.quote : c.quote();
    cuts.set(i, quote);
    return quote;
  };
  const within = (a: number, b: number): number => {
    const [ca, cb] = [candidates[a] as EvidenceCandidate, candidates[b] as EvidenceCandidate];
    const byId = cmp(ca.listingId, cb.listingId);
    if (byId !== 0) return byId;
    const [qa, qb] = [quoteOf(a), quoteOf(b)];
    return qa.length - qb.length || cmp(qa, qb) || a - b;
  };
  // The candidates in order of rank, then listing id, then quote: by rank first, each rank sorted only when the
  // choice reaches it (a line said by thousands of listings finds its three quotes among its best-ranked few).
  const byRank = new Map<number, number[]>();
  candidates.forEach((c, i) => {
    const bucket = byRank.get(c.rank);
    if (bucket) bucket.push(i);
    else byRank.set(c.rank, [i]);
  });
  const ranks = [...byRank.keys()].sort((a, b) => a - b);
  const order: number[] = [];
  let reached = 0;
  const nth = (k: number): number | undefined => {
    while (order.length <= k && reached < ranks.length) {
      const bucket = byRank.get(ranks[reached++] as number) as number[];
      for (const i of bucket.sort(within)) order.push(i);
    }
    return order[k];
  };
  const out: Evidence[] = [];
  const listings = new Set<string>();
  const quotes = new Set<string>();
  // Distinct wordings first; the same wording from other listings only fills the remaining places.
  for (const pass of [0, 1]) {
    for (let k = 0; out.length < limit; k++) {
      const i = nth(k);
      if (i === undefined) break;
      const c = candidates[i] as EvidenceCandidate;
      if (listings.has(c.listingId)) continue;
      const quote = quoteOf(i);
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
 * A quote that may back a line: its listing, its rank (lower first) and the quote, or a method that cuts it (called
 * on the candidate, so one class's method serves every candidate without a closure each).
 */
export interface EvidenceCandidate {
  listingId: string;
  rank: number;
  quote: string | (() => string);
}

/**
 * A candidate quoted from a span of its listing's text, cut only when chosen.
 * @example
 * assert.equal(new SpanQuote('l1', 0, 'We ship. You know Go well.', 18, 20).quote(), 'You know Go well.');
 */
export class SpanQuote implements EvidenceCandidate {
  constructor(
    readonly listingId: string,
    readonly rank: number,
    private readonly text: string,
    private readonly start: number,
    private readonly end: number,
  ) {}
  quote(): string {
    return quoteAround(this.text, this.start, this.end);
  }
}

/**
 * Code-unit string comparison: locale-independent, so sorting is the same on every machine.
 * @example
 * assert.equal(cmp('B', 'a'), -1);
 */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
