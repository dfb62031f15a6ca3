/**
 * `npm run bench -- concepts`: concept catalog load time, then the `concepts` component's throughput (statements/s
 * per CPU second) over real listings from ../shared analyzed up to skills by the product's own stages.
 * `node --import tsx bench/concepts.ts --examples 12` prints tech-leadership statements with their top links instead.
 * @module
 */
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { AnalyzeDoc } from '../src/analyze/component.ts';
import { conceptsComponent } from '../src/analyze/concepts/index.ts';
import { sectionsComponent } from '../src/analyze/sections/index.ts';
import { skillsComponent } from '../src/analyze/skills/index.ts';
import { statementsComponent } from '../src/analyze/statements/index.ts';
import { cleanListing } from '../src/clean/index.ts';
import { readInputs } from '../src/ingest/index.ts';
import { loadConcepts, loadTaxonomy, matchTopics } from '../src/taxonomy/index.ts';

const LISTINGS = fileURLToPath(new URL('../../shared/data/listings/', import.meta.url));

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function analyzedDocs(sources: string[], max: number): Promise<AnalyzeDoc[]> {
  const taxonomy = loadTaxonomy();
  const steps = [sectionsComponent(), statementsComponent(), skillsComponent(taxonomy)];
  const docs: AnalyzeDoc[] = [];
  for await (const e of readInputs(sources.map((s) => LISTINGS + s))) {
    if (e.type !== 'item' || e.item.kind !== 'listing') continue;
    const clean = cleanListing(e.item.listing);
    if (!('text' in clean) || clean.text.trim() === '') continue;
    let doc: AnalyzeDoc = { ...clean };
    for (const c of steps) doc = { ...doc, ...c.run(doc) };
    docs.push(doc);
    if (docs.length >= max) break;
  }
  return docs;
}

/**
 * Runs the concepts benchmark and prints its figures.
 * @example
 * await benchConcepts();
 */
export async function benchConcepts(): Promise<void> {
  process.stdout.write(`machine load average: ${loadavg()[0]?.toFixed(1)} (${cpus().length} cores)\n`);
  const t0 = performance.now();
  const c0 = cpuMs();
  const catalog = loadConcepts();
  const loadMs = performance.now() - t0;
  const loadCpu = cpuMs() - c0;
  const docs = await analyzedDocs(['tech-leadership', 'yc-waas-nyc-2026', 'indeed-datascientist-2019'], 1200);
  const component = conceptsComponent(catalog, { matchTopics });
  for (const d of docs.slice(0, 20)) component.run(d);
  const statements = docs.reduce((n, d) => n + (d.statements?.length ?? 0), 0);
  const runs: number[] = [];
  let links = 0;
  for (let pass = 0; pass < 3; pass++) {
    const c1 = cpuMs();
    links = 0;
    for (const d of docs) links += component.run(d).concepts.length;
    runs.push(cpuMs() - c1);
  }
  const ms = [...runs].sort((a, b) => a - b)[1] ?? 0;
  const rss = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    `concepts: catalog of ${catalog.size} concepts (dim ${catalog.encoder.dim}, ${catalog.encoder.size} features) loaded in ${loadMs.toFixed(0)} ms (${loadCpu.toFixed(0)} ms CPU); component over ${docs.length} real listings, ${statements} statements, ${links} links: ${((statements / ms) * 1000).toFixed(0)} statements per CPU second (median of 3, ${(ms / docs.length).toFixed(2)} ms per listing), peak RSS ${rss.toFixed(0)} MB\n`,
  );
}

/**
 * Prints tech-leadership statements (the first per listing that mentions one of `words`, else all) with their 3 nearest
 * concepts, calibrated probability and whether the component links them.
 */
async function printExamples(count: number, words: string[]): Promise<void> {
  const catalog = loadConcepts();
  const component = conceptsComponent(catalog, { matchTopics });
  const docs = await analyzedDocs(['tech-leadership'], 200);
  const pattern = words.length > 0 ? new RegExp(`\\b(${words.join('|')})`, 'i') : null;
  let shown = 0;
  for (const d of docs) {
    const links = component.run(d).concepts;
    for (const s of d.statements ?? []) {
      if (shown >= count) return;
      if (pattern && !pattern.test(s.text)) continue;
      const linked = new Map(links.filter((l) => l.start === s.start).map((l) => [l.id, l.by]));
      process.stdout.write(`\n[${d.recordKey}] ${s.text}\n`);
      for (const n of catalog.nearest(catalog.encode(s.text), 3)) {
        const p = catalog.probability(n.score, n.kind);
        const by = linked.get(n.id);
        const mark = by === undefined ? 'below 0.35' : by === 'phrase' ? 'phrase' : 'linked';
        process.stdout.write(
          `  p ${p.toFixed(2)} cos ${n.score.toFixed(2)} ${mark.padEnd(10)} ${catalog.get(n.id)?.label} (${n.id})\n`,
        );
      }
      shown++;
      if (pattern) break;
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { examples: { type: 'string' }, words: { type: 'string' } } });
  if (values.examples)
    await printExamples(Number(values.examples), values.words ? values.words.split(',') : []);
  else await benchConcepts();
}
