/**
 * `npm run bench -- ingest`: the whole ../shared/data/listings corpus (19,770 records) ingested into a fresh SQLite
 * and a fresh PostgreSQL store, against the bare floor (read + decompress + parse via readInputs, no cleaning, no
 * store). Each run is a child process so its peak RSS is its own; prints the median of `runs` per mode.
 * Run alone: `node --import tsx bench/ingest.ts`.
 * @module
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ingestListings } from '../src/app/index.ts';
import { cleanListing, createDeduper } from '../src/clean/index.ts';
import { readInputs } from '../src/ingest/index.ts';
import { openStore } from '../src/store/index.ts';
import { TEST_BACKENDS } from '../src/store/test-backends.ts';

const THIS_FILE = fileURLToPath(import.meta.url);
const CORPUS = fileURLToPath(new URL('../../shared/data/listings', import.meta.url));

/** What is measured: the floor, read + clean + dedupe without a store, or a full ingest into one backend. */
export type IngestBenchMode = 'floor' | 'clean' | 'sqlite' | 'postgres';

/** Options for benchIngest. */
export interface IngestBenchOptions {
  /** @default 3 */
  runs?: number;
  /** @default ['floor', 'clean', 'sqlite', 'postgres'] */
  modes?: IngestBenchMode[];
  /** @default the ../shared/data/listings corpus */
  paths?: string[];
  /** @default process.stdout.write */
  print?: (line: string) => void;
}

/** One child run's measurements. */
interface RunResult {
  ms: number;
  records: number;
  accepted: number;
  bytes: number;
  maxRssKb: number;
  /** User + system CPU time: less sensitive than wall time to other processes on a shared machine. */
  cpuMs: number;
}

/** The median run of one mode, as printed. */
export interface IngestBenchFigure {
  mode: IngestBenchMode;
  runs: number;
  medianMs: number;
  records: number;
  accepted: number;
  listingsPerSecond: number;
  megabytesPerSecond: number;
  peakRssMb: number;
  medianCpuMs: number;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/**
 * Runs the ingest benchmark and prints one line per mode; returns the figures.
 * @example
 * const [floor] = await benchIngest({ runs: 1, modes: ['floor'] });
 * assert.equal(floor.records, 19770);
 */
export async function benchIngest(options: IngestBenchOptions = {}): Promise<IngestBenchFigure[]> {
  const runs = options.runs ?? 3;
  const modes = options.modes ?? ['floor', 'clean', 'sqlite', 'postgres'];
  const paths = options.paths ?? [CORPUS];
  const print = options.print ?? ((line: string) => void process.stdout.write(`${line}\n`));
  const figures: IngestBenchFigure[] = [];
  print(`ingest of ${paths.join(' ')}: median of ${runs} run(s), each in its own process`);
  for (const mode of modes) {
    const results: RunResult[] = [];
    for (let i = 0; i < runs; i++) results.push(await runChild(mode, paths));
    const ms = median(results.map((r) => r.ms));
    const first = results[0] as RunResult;
    const figure: IngestBenchFigure = {
      mode,
      runs,
      medianMs: Math.round(ms),
      records: first.records,
      accepted: first.accepted,
      listingsPerSecond: Math.round(first.records / (ms / 1000)),
      megabytesPerSecond: Math.round((first.bytes / 1e6 / (ms / 1000)) * 10) / 10,
      peakRssMb: Math.round(Math.max(...results.map((r) => r.maxRssKb)) / 1024),
      medianCpuMs: Math.round(median(results.map((r) => r.cpuMs))),
    };
    figures.push(figure);
    const label = {
      floor: 'floor (read+decompress+parse)',
      clean: 'read+clean+dedupe, no store',
      sqlite: 'ingest into sqlite',
      postgres: 'ingest into postgres',
    }[mode];
    print(
      `  ${label.padEnd(30)} ${(ms / 1000).toFixed(2).padStart(7)} s  ${String(figure.listingsPerSecond).padStart(6)} records/s  ${figure.megabytesPerSecond.toFixed(1).padStart(5)} MB/s  CPU ${(figure.medianCpuMs / 1000).toFixed(2)} s  peak RSS ${figure.peakRssMb} MB  (${figure.records} read, ${figure.accepted} accepted, ${(first.bytes / 1e6).toFixed(1)} MB on disk; runs ${results.map((r) => (r.ms / 1000).toFixed(2)).join(', ')} s)`,
    );
  }
  return figures;
}

/** Runs one measurement in a child process (a fresh database per ingest run) and returns what it printed. */
async function runChild(mode: IngestBenchMode, paths: string[]): Promise<RunResult> {
  const backend = TEST_BACKENDS.find((b) => b.name === mode);
  const target = backend ? await backend.create() : undefined;
  try {
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', THIS_FILE, '--child', mode, target?.db ?? '-', ...paths],
      { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
    );
    if (child.status !== 0) throw new Error(`bench child ${mode} failed (${child.status}): ${child.stderr}`);
    const last = child.stdout.trim().split('\n').at(-1) ?? '';
    return JSON.parse(last) as RunResult;
  } finally {
    await target?.drop();
  }
}

/** The child's side: measures one mode and prints its RunResult as JSON. */
async function measure(mode: IngestBenchMode, db: string, paths: string[]): Promise<RunResult> {
  const t0 = performance.now();
  let records = 0;
  let accepted = 0;
  let bytes = 0;
  if (mode === 'floor' || mode === 'clean') {
    const deduper = createDeduper();
    for await (const e of readInputs(paths)) {
      if (e.type === 'file') bytes += e.bytes;
      if (e.type !== 'item') continue;
      records++;
      if (mode === 'floor' || e.item.kind !== 'listing') continue;
      const clean = cleanListing(e.item.listing);
      if (!('text' in clean)) continue;
      const verdict = deduper.check(clean);
      if (verdict.kind === 'unique') {
        deduper.add(clean, verdict.signature);
        accepted++;
      }
    }
  } else {
    const store = await openStore(db);
    try {
      let fileBytes = 0;
      const summary = await ingestListings(store, paths, {
        onProgress: (p) => {
          fileBytes = p.bytes;
        },
      });
      records = summary.total.read;
      accepted = summary.total.accepted;
      bytes = fileBytes;
    } finally {
      await store.close();
    }
  }
  const ms = performance.now() - t0;
  const usage = process.resourceUsage();
  const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
  return { ms, records, accepted, bytes, maxRssKb: usage.maxRSS, cpuMs };
}

if (process.argv[1] === THIS_FILE) {
  const [flag, mode, db, ...paths] = process.argv.slice(2);
  if (flag === '--child') {
    const result = await measure(mode as IngestBenchMode, db as string, paths);
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } else {
    await benchIngest();
  }
}
