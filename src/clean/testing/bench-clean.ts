/**
 * Bench (not a test): cleanListing and the deduper over the whole shared corpus, median of several runs.
 * Run: `node --import tsx src/clean/testing/bench-clean.ts [runs]`
 * @module
 */

import { cpus, loadavg } from 'node:os';
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
// CPU time as well as wall time: on a shared machine the wall time mostly measures the neighbours.
const cleanCpu: number[] = [];
const dedupeCpu: number[] = [];
const cpuMs = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};
let clean: CleanListing[] = [];
let summary = '';
for (let r = 0; r < runs; r++) {
  let t = performance.now();
  let cpu = process.cpuUsage();
  clean = [];
  for (const l of listings) {
    const c = cleanListing(l);
    if ('text' in c) clean.push(c);
  }
  cleanTimes.push(performance.now() - t);
  cleanCpu.push(cpuMs(cpu));
  t = performance.now();
  cpu = process.cpuUsage();
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
  dedupeCpu.push(cpuMs(cpu));
  summary = `${listings.length} listings, ${listings.length - clean.length} rejected, ${d.size} canonical, ${exact} exact + ${near} near duplicates`;
}
const c = median(cleanTimes);
const d = median(dedupeTimes);
const cc = median(cleanCpu);
const dc = median(dedupeCpu);
const perSecond = (n: number, ms: number) => Math.round(n / (ms / 1000));
console.log(summary);
console.log(
  `cleanListing: median ${Math.round(c)} ms wall (${perSecond(listings.length, c)} listings/s), ${Math.round(cc)} ms CPU (${perSecond(listings.length, cc)} listings/s, ${(chars / 1e6 / (cc / 1000)).toFixed(1)} M chars/s)`,
);
console.log(
  `dedupe check+add: median ${Math.round(d)} ms wall (${perSecond(clean.length, d)} listings/s), ${Math.round(dc)} ms CPU (${perSecond(clean.length, dc)} listings/s)`,
);
console.log(`${runs} runs; load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores`);
console.log(`peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
