/**
 * Benchmark for issues 4 and 11: time to profile 1,000 and 15,000 listings, three roles and every listing from a warm
 * store (analyses cached).
 * The store is built once under $ROLEPRINT_BENCH_DIR (default /tmp/roleprint-bench): every shared source ingested
 * and analyzed; later runs reuse it ($ROLEPRINT_BENCH_DB names another analyzed store to use instead). Prints the
 * median of 3 runs per size and the peak RSS.
 * @module
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ANALYZER_VERSION } from '../src/analyze/index.ts';
import {
  analyzeAll,
  ingestListings,
  profileDeps,
  profileFromStore,
  type StoreProfileOptions,
} from '../src/app/index.ts';
import { renderMarkdown } from '../src/report/index.ts';
import { openStore } from '../src/store/index.ts';

const SHARED = resolve(import.meta.dirname ?? '.', '../../shared/data/listings');

/**
 * Builds (once) the warm store and prints profile timings for 1,000 and 15,000 listings.
 * @example
 * await benchProfile(); // "profile 1000 listings: median 1234 ms …"
 */
export async function benchProfile(): Promise<void> {
  const dir = process.env.ROLEPRINT_BENCH_DIR ?? '/tmp/roleprint-bench';
  mkdirSync(dir, { recursive: true });
  // ROLEPRINT_BENCH_DB names an already analyzed store to profile instead (a copy: opening it may migrate it).
  const db = process.env.ROLEPRINT_BENCH_DB ?? join(dir, `profile-${ANALYZER_VERSION}.db`);
  const fresh = !existsSync(db);
  const store = await openStore(db);
  try {
    if (fresh) {
      const t0 = performance.now();
      await ingestListings(store, [SHARED], {});
      await analyzeAll(store);
      process.stdout.write(`built warm store ${db} in ${Math.round(performance.now() - t0)} ms\n`);
    }
    const ids: string[] = [];
    for await (const a of store.analyses(ANALYZER_VERSION)) ids.push(a.id);
    process.stdout.write(`warm store: ${ids.length} analyzed listings\n`);
    const deps = profileDeps();
    for (const size of [1000, 15000]) {
      if (ids.length < size) {
        process.stdout.write(`profile ${size} listings: skipped (store holds ${ids.length})\n`);
        continue;
      }
      // Ids are hashes, so the first N in id order are a spread sample across sources.
      const chosen = ids.slice(0, size);
      const times: number[] = [];
      const cpu: number[] = [];
      for (let run = 0; run < 3; run++) {
        const t0 = performance.now();
        const c0 = process.cpuUsage();
        const profile = await profileFromStore(
          store,
          { ids: chosen },
          { version: ANALYZER_VERSION, ...deps },
        );
        renderMarkdown(profile);
        times.push(performance.now() - t0);
        const c = process.cpuUsage(c0);
        cpu.push((c.user + c.system) / 1000);
      }
      times.sort((a, b) => a - b);
      cpu.sort((a, b) => a - b);
      process.stdout.write(
        `profile ${size} listings (select + background + buildProfile + render md): median ${Math.round(times[1] ?? 0)} ms wall, ${Math.round(cpu[1] ?? 0)} ms CPU, of 3 (${times.map((t) => Math.round(t)).join(', ')} ms)\n`,
      );
    }
    // A warm profile of one role, and of every listing: what `report --role` costs once analyses are stored.
    const selections: [string, StoreProfileOptions][] = [
      ['role cto', { role: 'cto' }],
      ['role data-scientist', { role: 'data-scientist' }],
      ['role registered-nurse', { role: 'registered-nurse' }],
      ['all listings', {}],
    ];
    for (const [name, request] of selections) {
      const times: number[] = [];
      let count = 0;
      for (let run = 0; run < 3; run++) {
        const t0 = performance.now();
        const profile = await profileFromStore(store, request, { version: ANALYZER_VERSION, ...deps });
        renderMarkdown(profile);
        times.push(performance.now() - t0);
        count = profile.listings.count;
      }
      times.sort((a, b) => a - b);
      process.stdout.write(
        `warm profile, ${name} (${count} listings; select + background + buildProfile + render md): median ${Math.round(times[1] ?? 0)} ms of 3 (${times.map((t) => Math.round(t)).join(', ')} ms)\n`,
      );
    }
    process.stdout.write(`peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`);
  } finally {
    await store.close();
  }
}
