/**
 * `npm run bench -- analyze`: single-thread analysis throughput (every default component, as `ingest` + `report`
 * run them on one worker) over up to 250 real listings from each shared source, cleaned first and not timed. A warm-up
 * pass, then the median of 3 timed passes, in wall and CPU time; peak RSS of the process.
 * Run alone: `node --import tsx bench/analyze.ts [perSource]`.
 * @module
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createAnalyzer, defaultComponents } from '../src/analyze/index.ts';
import { type CleanListing, cleanListing } from '../src/clean/index.ts';
import { readInputs } from '../src/ingest/index.ts';

const LISTINGS = fileURLToPath(new URL('../../shared/data/listings/', import.meta.url));

/** The first `perSource` listings of each shared source that clean to text, sources in name order. */
async function sample(perSource: number): Promise<CleanListing[]> {
  const out: CleanListing[] = [];
  for (const dir of readdirSync(LISTINGS, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()) {
    let n = 0;
    for await (const e of readInputs([LISTINGS + dir])) {
      if (e.type !== 'item' || e.item.kind !== 'listing') continue;
      const clean = cleanListing(e.item.listing);
      if (!('text' in clean)) continue;
      out.push(clean);
      if (++n >= perSource) break;
    }
  }
  return out;
}

/**
 * Prints single-thread analysis throughput over the shared sample.
 * @example
 * await benchAnalyze(); // "analyze 1616 listings, one thread: median 187 listings/s wall …"
 */
export async function benchAnalyze(perSource = 250, runs = 3): Promise<void> {
  const listings = await sample(perSource);
  const analyze = createAnalyzer(await defaultComponents());
  for (const l of listings) analyze(l);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (const l of listings) analyze(l);
    const c = process.cpuUsage(c0);
    wall.push(listings.length / ((performance.now() - t0) / 1000));
    cpu.push(listings.length / ((c.user + c.system) / 1e6));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const rss = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    `analyze ${listings.length} listings (up to ${perSource} per shared source), one thread, warm: median ${median(wall).toFixed(0)} listings/s wall, ${median(cpu).toFixed(0)} per CPU second, of ${runs} (${wall.map((x) => x.toFixed(0)).join(', ')}); peak RSS ${rss.toFixed(0)} MB\n`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchAnalyze(Number(process.argv[2] ?? 250));
