/**
 * The clean stage for one listing: description to clean plain text, titles fixed, id and content hash computed.
 * @module
 */
import * as crypto from 'node:crypto';
import { decodeHTMLStrict } from 'entities';
import type { Listing, Rejection } from '../ingest/index.ts';
import type { CleanListing } from './clean-listing-type.ts';
import { restoreLineBreaks } from './glued-text.ts';
import { htmlToText } from './html-to-text.ts';
import { markdownToText } from './markdown-to-text.ts';
import { repairMojibake } from './mojibake.ts';
import { normalizeText } from './normalize.ts';

/** Options for cleanListing. */
export interface CleanOptions {
  /**
   * Descriptions longer than this are rejected rather than cleaned: real listings stay far below it (the longest in
   * ../shared is under 60,000 characters), a longer field is a broken file or a data dump.
   * @default 1_000_000
   */
  maxDescriptionChars?: number;
}

// Plain-text sources sometimes carry markup anyway (a CSV `body` with `<br>` or `<li>`): treat them as HTML.
const MARKUP_IN_TEXT = /<(?:br|p|li|ul|ol|div|h[1-6])\b[^>]*>|&lt;(?:br|p|li|ul|div)\b/gi;
const ENTITY = /&(?:[a-z][a-z0-9]{1,31}|#\d{1,7}|#x[0-9a-f]{1,6});/i;
// Line-leading bullet glyphs, folded to the `- ` that htmlToText writes for <li>.
const BULLET = /^(?:- )?[•◦▪▫●■□○·*+]\s*/gm;
// What binary garbage is made of: replacement characters, controls, private-use and unassigned code points.
// biome-ignore lint/suspicious/noControlCharactersInRegex: counting control characters is the point.
const NON_TEXT = /[\ufffd\u0000-\u0008\u000e-\u001f\u007f\ue000-\uf8ff\ufff0-\ufffc]/g;
// The same, to test for one: nearly every description has none, and then no array of matches is built.
const ANY_NON_TEXT = new RegExp(NON_TEXT.source);

// The whitespace that `/\s+/g` → ' ' changes: a run of two or more, or one that is not a space. Leaving lone spaces
// unmatched gives the same string several times faster (a text has a match per word otherwise).
const WHITESPACE_TO_FOLD = /\s{2,}|[^\S ]/g;

/**
 * Hex SHA-256 of a string's UTF-8. crypto.hash (Node >= 20.12) does it in one call, without a Hash object per
 * string: about a third less CPU over the two hashes of every listing.
 */
const sha256: (s: string) => string =
  typeof crypto.hash === 'function'
    ? (s) => crypto.hash('sha256', s, 'hex')
    : (s) => crypto.createHash('sha256').update(s, 'utf8').digest('hex');

/**
 * Computes the content hash of clean text: SHA-256 of the text lower-cased with all whitespace folded to single spaces.
 * @example
 * assert.equal(hashContent('Nurse\n- Care'), hashContent('nurse - care '));
 */
export function hashContent(text: string): string {
  return sha256(text.toLowerCase().replace(WHITESPACE_TO_FOLD, ' ').trim());
}

/**
 * Computes a listing id: the first 16 hex characters of the SHA-256 of its key.
 * @example
 * assert.equal(listingId('a#1').length, 16);
 */
export function listingId(key: string): string {
  return sha256(key).slice(0, 16);
}

/** Cleans a short one-line field (title, company, location): entities, mojibake, whitespace, no line breaks. */
function cleanInline(s: string | null): string | null {
  if (s === null) return null;
  const decoded = ENTITY.test(s) ? decodeHTMLStrict(s) : s;
  const out = normalizeText(repairMojibake(decoded).replace(WHITESPACE_TO_FOLD, ' '));
  return out === '' ? null : out;
}

/** Whether `s` holds at least two MARKUP_IN_TEXT tags. */
function hasMarkup(s: string): boolean {
  MARKUP_IN_TEXT.lastIndex = 0;
  const found = MARKUP_IN_TEXT.test(s) && MARKUP_IN_TEXT.test(s);
  MARKUP_IN_TEXT.lastIndex = 0;
  return found;
}

function descriptionToText(listing: Listing): string {
  const d = listing.description;
  if (listing.format === 'html' || hasMarkup(d)) return htmlToText(d);
  const decoded = ENTITY.test(d) ? decodeHTMLStrict(d) : d;
  return listing.format === 'markdown' ? markdownToText(decoded) : decoded;
}

function reject(listing: Listing, reason: string): Rejection {
  return { source: listing.source, locator: listing.locator, recordKey: listing.recordKey, reason };
}

/**
 * Cleans one listing into a CleanListing, or returns a Rejection when its description is empty, binary or oversized.
 * @example
 * const listing = { key: 'x.csv#1', source: 'x.csv', recordKey: '1', locator: 'row 1', title: 'Nurse &amp; Carer',
 *   titles: ['Nurse &amp; Carer'], company: null, location: null, url: null, postedAt: null,
 *   description: '<p>Caring skillsAbility to lead</p>', format: 'html', remote: null, salary: null, meta: {} } as const;
 * const clean = cleanListing({ ...listing, titles: [...listing.titles], meta: {} });
 * assert.ok('text' in clean && clean.text === 'Caring skills\nAbility to lead' && clean.title === 'Nurse & Carer');
 */
export function cleanListing(listing: Listing, options: CleanOptions = {}): CleanListing | Rejection {
  const max = options.maxDescriptionChars ?? 1_000_000;
  const raw = listing.description ?? '';
  if (raw.length > max) {
    return reject(
      listing,
      `description is ${raw.length} characters, over the ${max} limit; is this a data dump?`,
    );
  }
  if (raw.trim() === '') return reject(listing, 'empty description');
  const nonText = ANY_NON_TEXT.test(raw) ? (raw.match(NON_TEXT)?.length ?? 0) : 0;
  if (nonText / raw.length > 0.05) {
    const pct = Math.round((100 * nonText) / raw.length);
    return reject(
      listing,
      `description is not text (${pct}% control or replacement characters); binary data?`,
    );
  }
  const text = normalizeText(
    restoreLineBreaks(repairMojibake(descriptionToText(listing))).replace(BULLET, '- '),
  );
  if (!/\p{L}/u.test(text))
    return reject(listing, 'description has no text after cleaning (markup or symbols only)');
  const titles: string[] = [];
  for (const t of listing.titles) {
    const c = cleanInline(t);
    if (c !== null && !titles.includes(c)) titles.push(c);
  }
  const title = cleanInline(listing.title);
  if (title !== null && titles[0] !== title) titles.unshift(title);
  const { description: _d, format: _f, ...rest } = listing;
  return {
    ...rest,
    id: listingId(listing.key),
    text,
    title,
    titles,
    company: cleanInline(listing.company),
    location: cleanInline(listing.location),
    salary: cleanInline(listing.salary),
    contentHash: hashContent(text),
  };
}
