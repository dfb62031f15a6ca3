/**
 * Test support only: which real listings make up the hand-labelled section set, chosen without looking at them:
 * per shared folder, keys sorted by SHA-256 and the first N whose clean text is 200–6,000 characters long,
 * skipping the listings the unit tests use. Every third pick (positions 2, 5, 8 …) is held out from tuning.
 * @module
 */
import { createHash } from 'node:crypto';
import type { CleanListing } from '../../src/clean/index.ts';
import { loadCleanListings } from './real-listings.ts';

/** How many listings each shared folder contributes. */
export const SAMPLE_SIZES: Readonly<Record<string, number>> = {
  'tech-leadership': 12,
  'nhs-jobs-2020': 10,
  'linkedin-2023-2024': 10,
  'hn-whoishiring-2026': 10,
  'yc-waas-nyc-2026': 10,
  'indeed-datascientist-2019': 5,
  'ethical-tech-jobs-2020': 5,
};

/** Listings used by unit tests, kept out of the evaluation set. */
const UNIT_TEST_KEYS = new Set([
  'tech-leadership/postings.jsonl#44854931d07053d4',
  'linkedin-2023-2024/mubashirsidiki_postings.csv#921716',
  'hn-whoishiring-2026/raw_2026-01-01.json#46467610',
]);

/** One sampled listing and whether it is held out from tuning. */
export interface SampledListing {
  listing: CleanListing;
  split: 'dev' | 'heldout';
}

function rank(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/**
 * Picks the sample of one folder (deterministic: depends only on the listings' keys and lengths).
 * @example
 * const picks = await sampleFolder('tech-leadership');
 * assert.equal(picks.length, 12);
 */
export async function sampleFolder(folder: string): Promise<SampledListing[]> {
  const n = SAMPLE_SIZES[folder] ?? 0;
  const all = await loadCleanListings(folder);
  // HN runs repeat comments: one listing per key.
  const byKey = new Map<string, CleanListing>();
  for (const l of all) if (!byKey.has(l.key)) byKey.set(l.key, l);
  const picks = [...byKey.values()]
    .filter((l) => !UNIT_TEST_KEYS.has(l.key) && l.text.length >= 200 && l.text.length <= 6000)
    .sort((a, b) => rank(a.key).localeCompare(rank(b.key)))
    .slice(0, n);
  return picks.map((listing, i) => ({ listing, split: i % 3 === 2 ? 'heldout' : 'dev' }));
}
