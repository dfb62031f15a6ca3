/**
 * Test support only: the hand-labelled titles (labels.jsonl) joined with their text, re-read from ../shared with the
 * product's own readers and cleaner (no title text is stored: several sources carry no licence).
 * @module
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanListing } from '../../src/clean/index.ts';
import type { LabelledTitle } from '../../src/eval/roles-eval.ts';
import { readInputs } from '../../src/ingest/index.ts';

const LISTINGS_ROOT = join(import.meta.dirname, '../../../shared/data/listings');

/**
 * The key a title is stored under: the first 12 hex of the SHA-256 of its lowercased, space-folded text.
 * @example
 * assert.equal(titleHash(' Staff  Nurse '), titleHash('staff nurse'));
 */
export function titleHash(title: string): string {
  const folded = title.trim().replace(/\s+/g, ' ').toLowerCase();
  return createHash('sha256').update(folded).digest('hex').slice(0, 12);
}

/** The labelled titles found again in the shared listings, and how many labels were not found there. */
export async function loadLabelledTitles(): Promise<{ titles: LabelledTitle[]; notFound: number }> {
  const labels = readFileSync(join(import.meta.dirname, 'labels.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { source: string; titleHash: string; role: string | null });
  const folders = [...new Set(labels.map((l) => l.source.split('/')[0] as string))].sort();
  const text = new Map<string, string>();
  for await (const ev of readInputs(folders.map((f) => join(LISTINGS_ROOT, f)))) {
    if (ev.type !== 'item' || ev.item.kind !== 'listing') continue;
    const clean = cleanListing(ev.item.listing);
    if (!('text' in clean) || !clean.title) continue;
    const key = `${clean.source}#${titleHash(clean.title)}`;
    if (!text.has(key)) text.set(key, clean.title);
  }
  const titles: LabelledTitle[] = [];
  let notFound = 0;
  for (const l of labels) {
    const title = text.get(`${l.source}#${l.titleHash}`);
    if (title === undefined) notFound++;
    else titles.push({ title, source: l.source, gold: l.role });
  }
  return { titles, notFound };
}
