/**
 * Compiles the title → occupation index the roles matcher ships with, from O*NET 29.2 (Occupation Data, Alternate
 * Titles, Sample of Reported Titles) and ESCO 1.1.1 occupations (preferred and alternative labels), into
 * data/roles/titles.json. Run: `npm run build:roles` (reads ../shared; the product never does).
 * @module
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { titleKey } from '../src/analyze/roles/title-key.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.ROLEPRINT_SHARED ?? join(root, '..', 'shared');
const onetDir = join(shared, 'data/taxonomy/onet-29.2');
const escoDir = join(shared, 'data/taxonomy/esco-1.1.1');
const outFile = join(root, 'data/roles/titles.json');

// Longer keys are mostly one-off compounds ("Applications Software Engineering Information Technology Specialist");
// the matcher finds their heads through shorter keys.
const MAX_KEY_WORDS = 6;

function readTsv(name: string): string[][] {
  return readFileSync(join(onetDir, name), 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim().length > 0)
    .map((l) => l.replace(/\r$/, '').split('\t'));
}

/** Each title gives its key, plus "(CTO)"-style parenthetical forms and the title without them. */
function keysOf(title: string): string[] {
  const out = new Set<string>();
  const bare = title.replace(/\([^)]*\)/g, ' ');
  out.add(titleKey(bare));
  for (const m of title.matchAll(/\(([^)]*)\)/g)) out.add(titleKey(m[1] as string));
  return [...out].filter((k) => k.length > 0 && k.split(' ').length <= MAX_KEY_WORDS);
}

type Votes = Map<string, Map<number, number>>;
function vote(votes: Votes, key: string, idx: number, weight: number): void {
  let m = votes.get(key);
  if (!m) {
    m = new Map();
    votes.set(key, m);
  }
  m.set(idx, (m.get(idx) ?? 0) + weight);
}

// Ties go to the occupation listed first (O*NET: the lower code, i.e. the broad ".00" occupation).
function best(m: Map<number, number> | undefined): number {
  if (!m) return -1;
  let arg = -1;
  let max = Number.NEGATIVE_INFINITY;
  for (const [idx, w] of [...m.entries()].sort((a, b) => a[0] - b[0])) {
    if (w > max) {
      max = w;
      arg = idx;
    }
  }
  return arg;
}

const occupations = readTsv('Occupation Data.txt')
  .map((r) => [r[0] as string, r[1] as string] as [string, string])
  .sort((a, b) => a[0].localeCompare(b[0]));
const onetIndex = new Map(occupations.map(([code], i) => [code, i]));
const onetVotes: Votes = new Map();
for (const [code, title] of occupations)
  for (const k of keysOf(title)) vote(onetVotes, k, onetIndex.get(code) as number, 10);
for (const r of readTsv('Sample of Reported Titles.txt')) {
  const i = onetIndex.get(r[0] as string);
  if (i !== undefined) for (const k of keysOf(r[2] as string)) vote(onetVotes, k, i, 3);
}
for (const r of readTsv('Alternate Titles.txt')) {
  const i = onetIndex.get(r[0] as string);
  if (i === undefined) continue;
  for (const k of keysOf(r[2] as string)) vote(onetVotes, k, i, 1);
  if (r[3]) for (const k of keysOf(r[3])) vote(onetVotes, k, i, 1);
}

const escoRows = parse(readFileSync(join(escoDir, 'occupations_en.csv'), 'utf8'), {
  columns: true,
  skip_empty_lines: true,
}) as Record<string, string>[];
const esco = escoRows
  .map((r) => [r.conceptUri as string, r.preferredLabel as string, r.altLabels ?? '', r.code ?? ''] as const)
  .sort((a, b) => a[0].localeCompare(b[0]));
const escoVotes: Votes = new Map();
esco.forEach(([, preferred, alts], i) => {
  for (const k of keysOf(preferred)) vote(escoVotes, k, i, 3);
  for (const alt of alts.split('\n')) if (alt.trim()) for (const k of keysOf(alt)) vote(escoVotes, k, i, 1);
});

const keys = [...new Set([...onetVotes.keys(), ...escoVotes.keys()])].sort();
const titles: Record<string, [number, number]> = {};
for (const k of keys) titles[k] = [best(onetVotes.get(k)), best(escoVotes.get(k))];

const out = {
  version: 1,
  attribution: [
    'O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license; modified (titles normalized and indexed).',
    'ESCO classification v1.1.1, © European Union, https://esco.ec.europa.eu/, reused with attribution; modified (labels normalized and indexed).',
  ],
  onet: occupations,
  // The ESCO code ("2512.4": its ISCO group, then its place under it) is what a reader can look up.
  esco: esco.map(([uri, label, , code]) => [
    uri.replace('http://data.europa.eu/esco/occupation/', ''),
    label,
    code,
  ]),
  titles,
};
mkdirSync(dirname(outFile), { recursive: true });
// One title per line keeps the committed file diffable.
const body = JSON.stringify(out, null, 0).replace(/\],"/g, '],\n"');
writeFileSync(outFile, `${body}\n`);
console.log(
  `wrote ${outFile}: ${occupations.length} O*NET occupations, ${esco.length} ESCO occupations, ${keys.length} title keys`,
);
