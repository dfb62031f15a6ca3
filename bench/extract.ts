/**
 * `npm run bench -- extract`: taxonomy load and index time, then `extractSkills` throughput (sentences/s, MB/s) over
 * a few thousand real listings from ../shared (read and cleaned by the product's own ingest and clean stages),
 * and peak RSS. Prints medians of 3 passes.
 * @module
 */
import { cpus, loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { splitSections } from '../src/analyze/sections/index.ts';
import { extractSkills, matcherIndex } from '../src/analyze/skills/index.ts';
import { cleanListing } from '../src/clean/index.ts';
import { readInputs } from '../src/ingest/index.ts';
import { loadTaxonomy } from '../src/taxonomy/index.ts';

const LISTINGS = fileURLToPath(new URL('../../shared/data/listings/', import.meta.url));
// Every source but the NHS file in full, and the first NHS listings, for a mix of tech and health text.
const SOURCES = [
  'tech-leadership',
  'yc-waas-nyc-2026',
  'indeed-datascientist-2019',
  'linkedin-2023-2024',
  'ethical-tech-jobs-2020',
  'hn-whoishiring-2026',
  'nhs-jobs-2020',
];
const MAX_LISTINGS = 6000;

async function readTexts(): Promise<string[]> {
  const texts: string[] = [];
  for await (const e of readInputs(SOURCES.map((s) => LISTINGS + s))) {
    if (e.type !== 'item' || e.item.kind !== 'listing') continue;
    const clean = cleanListing(e.item.listing);
    if ('text' in clean && clean.text.trim() !== '') texts.push(clean.text);
    if (texts.length >= MAX_LISTINGS) break;
  }
  return texts;
}

const cpuSeconds = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Sentences as the extractor's evidence units: lines, split at sentence ends. */
function countSentences(text: string): number {
  let n = 0;
  for (const line of text.split('\n')) if (line.trim() !== '') n += line.split(/[.!?](?=\s+[A-Z])/).length;
  return n;
}

/**
 * Runs the extract benchmark and prints its figures.
 * @example
 * await benchExtract();
 */
export async function benchExtract(): Promise<void> {
  process.stdout.write(`machine load average: ${loadavg()[0]?.toFixed(1)} (${cpus().length} cores)\n`);
  let t = performance.now();
  const taxonomy = loadTaxonomy();
  const loadMs = performance.now() - t;
  t = performance.now();
  matcherIndex(taxonomy);
  const indexMs = performance.now() - t;
  const texts = await readTexts();
  const chars = texts.reduce((a, x) => a + x.length, 0);
  const bytes = texts.reduce((a, x) => a + Buffer.byteLength(x), 0);
  const sentences = texts.reduce((a, x) => a + countSentences(x), 0);
  const plain: number[] = [];
  const plainCpu: number[] = [];
  const withSections: number[] = [];
  let mentions = 0;
  for (let pass = 0; pass < 3; pass++) {
    t = performance.now();
    const c = cpuSeconds();
    mentions = 0;
    for (const text of texts) mentions += extractSkills(text, { taxonomy }).length;
    plain.push((performance.now() - t) / 1000);
    plainCpu.push(cpuSeconds() - c);
    t = performance.now();
    for (const text of texts) extractSkills(text, { taxonomy, sections: splitSections(text) });
    withSections.push((performance.now() - t) / 1000);
  }
  const s = median(plain);
  const sc = median(plainCpu);
  const ss = median(withSections);
  const rss = process.resourceUsage().maxRSS / 1024;
  const lines = [
    `taxonomy load: ${loadMs.toFixed(0)} ms (data/taxonomy/taxonomy.json.gz); matcher index build: ${indexMs.toFixed(0)} ms`,
    `corpus: ${texts.length} cleaned listings, ${(bytes / 1e6).toFixed(1)} MB UTF-8 (${chars} UTF-16 units), ${sentences} sentences; ${mentions} skills found`,
    `extractSkills: ${s.toFixed(2)} s median of 3 → ${(sentences / s).toFixed(0)} sentences/s, ${(bytes / 1e6 / s).toFixed(2)} MB/s, ${(texts.length / s).toFixed(0)} listings/s (one core, wall clock)`,
    `  by CPU time (${sc.toFixed(2)} s; less sensitive to other processes): ${(sentences / sc).toFixed(0)} sentences/s, ${(bytes / 1e6 / sc).toFixed(2)} MB/s`,
    `with splitSections first: ${ss.toFixed(2)} s → ${(sentences / ss).toFixed(0)} sentences/s, ${(bytes / 1e6 / ss).toFixed(2)} MB/s`,
    `peak RSS: ${rss.toFixed(0)} MB`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchExtract();
