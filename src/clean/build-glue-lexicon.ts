/**
 * Build script (not run time): derives the glue lexicon from the well-formatted listings in ../shared.
 * Run: `node --import tsx src/clean/build-glue-lexicon.ts [../shared/data/listings]` → writes src/clean/glue-lexicon.json.
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse/sync';
import { htmlToText } from './html-to-text.ts';

interface WordStats {
  total: number;
  ends: number;
  cap: number;
  capStarts: number;
}

/**
 * Counts, per lower-cased word, how often it ends a line/sentence and how often its capitalized form starts one.
 * @example
 * const s = countLineEdges(['Key skills\n- Ability to lead. We care']).get('ability');
 * assert.deepEqual(s, { total: 1, ends: 0, cap: 1, capStarts: 1 });
 */
export function countLineEdges(texts: Iterable<string>): Map<string, WordStats> {
  const stats = new Map<string, WordStats>();
  const word = /[A-Za-z][A-Za-z']*/g;
  for (const text of texts) {
    for (const rawLine of text.split('\n')) {
      const line = rawLine.replace(/^[\s\-–—•*·▪◦●>#]*(?:\d{1,2}[.)]\s+)?/, '');
      for (const m of line.matchAll(word)) {
        const w = m[0].replace(/'s?$/, '');
        const isCap = /^[A-Z][a-z]*$/.test(w);
        if (!isCap && !/^[a-z]+$/.test(w)) continue; // camel-case names and acronyms say nothing about boundaries
        const key = w.toLowerCase();
        let s = stats.get(key);
        if (!s) {
          s = { total: 0, ends: 0, cap: 0, capStarts: 0 };
          stats.set(key, s);
        }
        s.total++;
        const at = m.index ?? 0;
        const before = line.slice(Math.max(0, at - 3), at);
        const after = line.slice(at + m[0].length);
        if (/^[.!?:;)]*\s*$/.test(after) || /^[.!?]\s+[A-Z]/.test(after)) s.ends++;
        if (isCap) {
          s.cap++;
          if (at === 0 || /[.!?:]\s+$/.test(before)) s.capStarts++;
        }
      }
    }
  }
  return stats;
}

function* readCorpus(root: string): Generator<string> {
  const nhs = gunzipSync(readFileSync(join(root, 'nhs-jobs-2020/nhs_jobs_jsonld.jsonl.gz'))).toString('utf8');
  for (const line of nhs.split('\n')) if (line.trim()) yield htmlToText(JSON.parse(line).description ?? '');
  for (const run of ['01-01', '02-01', '03-15', '04-17', '04-28', '05-03', '05-05']) {
    const doc = JSON.parse(readFileSync(join(root, `hn-whoishiring-2026/raw_2026-${run}.json`), 'utf8'));
    for (const job of doc.jobs) yield htmlToText(job.text ?? '');
  }
  for (const line of readFileSync(join(root, 'tech-leadership/postings.jsonl'), 'utf8').split('\n'))
    if (line.trim()) yield JSON.parse(line).description ?? '';
  const yc = parseCsv(readFileSync(join(root, 'yc-waas-nyc-2026/jobs_raw.csv')), { columns: true });
  for (const row of yc as Record<string, string>[]) yield row.job_description_text ?? '';
  // LinkedIn and the flattened ethical-tech/Indeed texts are left out: their glued words would teach the glue.
}

/** Minimum evidence and ratios; chosen by reading the splits they cause in the LinkedIn samples. */
const MIN_COUNT = 3;
const END_RATIO = 0.08;
const START_RATIO = 0.5;
/** A `common` ender is frequent too: brand halves (`Git`Book, `Versa`Feed, `Zoom`Info) are rare words. */
const COMMON_COUNT = 100;
const COMMON_END_RATIO = 0.1;

function main(): void {
  const root = process.argv[2] ?? '../shared/data/listings';
  const stats = countLineEdges(readCorpus(root));
  const enders: string[] = [];
  const starters: string[] = [];
  const commonEnders: string[] = [];
  for (const [w, s] of stats) {
    if (s.total >= MIN_COUNT && s.ends / s.total >= END_RATIO) enders.push(w);
    if (s.total >= COMMON_COUNT && s.ends / s.total >= COMMON_END_RATIO) commonEnders.push(w);
    if (s.cap >= MIN_COUNT && s.capStarts / s.cap >= START_RATIO) starters.push(w);
  }
  enders.sort();
  starters.sort();
  commonEnders.sort();
  // Space-separated strings keep the file to a few lines whatever the formatter does with JSON arrays.
  const out = {
    source:
      'derived by src/clean/build-glue-lexicon.ts from ../shared/data/listings (NHS, HN, tech-leadership, YC)',
    enders: enders.join(' '),
    commonEnders: commonEnders.join(' '),
    starters: starters.join(' '),
  };
  writeFileSync(new URL('./glue-lexicon.json', import.meta.url), `${JSON.stringify(out, null, 2)}\n`);
  console.log(`enders ${enders.length}, common enders ${commonEnders.length}, starters ${starters.length}`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) main();
