/**
 * Bench (not a test): cleanListing and the deduper over the whole shared corpus, median of several runs.
 * Run: `node --import tsx src/clean/testing/bench-clean.ts [runs]`
 * @module
 */

import { cleanListing } from '../clean-listing.ts';
import type { CleanListing } from '../clean-listing-type.ts';
import { createDeduper } from '../dedupe.ts';
import { readHn, readLinkedIn, readNhs, readOthers } from './shared-listings.ts';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

const runs = Number(process.argv[2] ?? 3);
// Sorted by source like readInputs, so the canonical of each group is the one ingest would keep.
const listings = [...readNhs(), ...readHn(), ...readLinkedIn(), ...readOthers()].sort((a, b) =>
  a.source < b.source ? -1 : a.source > b.source ? 1 : 0,
);
const chars = listings.reduce((n, l) => n + l.description.length, 0);
const cleanTimes: number[] = [];
const dedupeTimes: number[] = [];
let clean: CleanListing[] = [];
let summary = '';
for (let r = 0; r < runs; r++) {
  let t = performance.now();
  clean = [];
  for (const l of listings) {
    const c = cleanListing(l);
    if ('text' in c) clean.push(c);
  }
  cleanTimes.push(performance.now() - t);
  t = performance.now();
  const d = createDeduper();
  let exact = 0;
  let near = 0;
  for (const c of clean) {
    const v = d.check(c);
    if (v.kind === 'unique') d.add(c, v.signature);
    else if (v.exact) exact++;
    else near++;
  }
  dedupeTimes.push(performance.now() - t);
  summary = `${listings.length} listings, ${listings.length - clean.length} rejected, ${d.size} canonical, ${exact} exact + ${near} near duplicates`;
}
const c = median(cleanTimes);
const d = median(dedupeTimes);
console.log(summary);
console.log(
  `cleanListing: median ${Math.round(c)} ms (${Math.round(listings.length / (c / 1000))} listings/s, ${(chars / 1e6 / (c / 1000)).toFixed(1)} M chars/s) over ${runs} runs`,
);
console.log(
  `dedupe (check+add): median ${Math.round(d)} ms (${Math.round(clean.length / (d / 1000))} listings/s)`,
);
console.log(`peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
