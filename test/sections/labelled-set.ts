/**
 * Test support only: loads the hand-labelled section set (test/sections/labels.jsonl) and re-derives each listing's
 * text from ../shared with the product's readers and cleaner; the labels file stores no text, only a hash per segment.
 * @module
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SectionKind } from '../../src/analyze/analyzed-listing.ts';
import { segmentText } from '../../src/analyze/sections/index.ts';
import type { LabelledListing } from '../../src/eval/sections-eval.ts';
import { loadCleanListings } from './real-listings.ts';

/** One line of labels.jsonl. */
export interface LabelRecord {
  key: string;
  file: string;
  recordKey: string;
  split: 'dev' | 'heldout';
  labelledBy: string;
  /** Per segment of the clean text, in order: [first 10 hex of SHA-256 of the lowercased, space-folded text, kind]. */
  segments: [string, SectionKind][];
}

/** The labelled listings, and how many labelled segments could not be found in today's clean text. */
export interface LabelledSet {
  listings: LabelledListing[];
  segments: number;
  unaligned: number;
}

/**
 * Hashes a segment's text the way labels.jsonl does.
 * @example
 * assert.equal(segmentHash('Lead  the Team'), segmentHash('lead the team'));
 */
export function segmentHash(text: string): string {
  return createHash('sha256')
    .update(text.toLowerCase().replace(/\s+/g, ' ').trim())
    .digest('hex')
    .slice(0, 10);
}

/** Reads labels.jsonl. */
export function readLabelRecords(): LabelRecord[] {
  return readFileSync(join(import.meta.dirname, 'labels.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as LabelRecord);
}

/**
 * Loads the labelled set: every labelled segment is found again in the listing's current clean text by its hash,
 * in order, so small changes in cleaning leave the rest of a listing's labels usable.
 */
export async function loadLabelledSet(): Promise<LabelledSet> {
  const records = readLabelRecords();
  const byFolder = new Map<string, LabelRecord[]>();
  for (const r of records) {
    const folder = r.key.split('/')[0] as string;
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), r]);
  }
  const listings: LabelledListing[] = [];
  let segments = 0;
  let unaligned = 0;
  for (const [folder, recs] of [...byFolder.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    const clean = await loadCleanListings(folder, new Set(recs.map((r) => r.key)));
    const byKey = new Map(clean.map((l) => [l.key, l]));
    for (const r of recs) {
      segments += r.segments.length;
      const l = byKey.get(r.key);
      if (!l) {
        unaligned += r.segments.length;
        continue;
      }
      const current = segmentText(l.text).map((s) => ({
        ...s,
        hash: segmentHash(l.text.slice(s.start, s.end)),
      }));
      const gold: LabelledListing['gold'] = [];
      let at = 0;
      for (const [hash, kind] of r.segments) {
        const found = current.findIndex((s, i) => i >= at && s.hash === hash);
        if (found === -1) {
          unaligned++;
          continue;
        }
        const s = current[found] as (typeof current)[number];
        gold.push({ start: s.start, end: s.end, kind });
        at = found + 1;
      }
      listings.push({ key: r.key, split: r.split, text: l.text, title: l.title, company: l.company, gold });
    }
  }
  return { listings, segments, unaligned };
}
