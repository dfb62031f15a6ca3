/**
 * Learns statistics for the skill ranker from the shared real listings (training time only) and writes
 * data/models/skill-ranker/listing-stats.json.gz:
 * - mentions: per ESCO skill, in how many distinct listings one of its labels is written out (distant supervision:
 *   exact label matches, no human labels), used as a prior over all 13,896 skills;
 * - neighbours: for each ranking term, the terms used in the same contexts (PPMI co-occurrence reduced by a
 *   randomized SVD), used to expand a sentence's terms so paraphrases reach skills with other wording.
 * Only counts and term lists are kept, never listing text. Usage: npm run train:skills:corpus [-- --shared ../shared]
 * @module
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadSkillRankerModel, MODEL_DIR } from '../src/analyze/skills/rank/model.ts';
import { learnNeighbours } from '../src/analyze/skills/rank/neighbours.ts';
import { buildPhraseIndex, matchPhrases } from '../src/analyze/skills/rank/phrase-index.ts';
import { rankTerms } from '../src/analyze/skills/rank/terms.ts';
import { cleanListing } from '../src/clean/index.ts';
import { readInputs } from '../src/ingest/index.ts';

const argShared = process.argv.indexOf('--shared');
const SHARED = argShared > 0 ? (process.argv[argShared + 1] as string) : join(process.cwd(), '../shared');
const LISTINGS = join(SHARED, 'data/listings');

const model = loadSkillRankerModel();
const phrases = buildPhraseIndex(model.skills);
const mentions = new Array<number>(model.skills.uri.length).fill(0);
const seenHashes = new Set<string>();
const sentences: string[][] = [];
let listings = 0;
const t0 = performance.now();
for await (const e of readInputs([LISTINGS])) {
  if (e.type !== 'item' || e.item.kind !== 'listing') continue;
  const clean = cleanListing(e.item.listing);
  if (!('text' in clean) || seenHashes.has(clean.contentHash)) continue;
  seenHashes.add(clean.contentHash);
  listings++;
  const found = new Set<number>();
  for (const line of clean.text.split(/\n+|(?<=[.!?;])\s+/)) {
    matchPhrases(phrases, line, (skill) => found.add(skill));
    const terms = rankTerms(line);
    if (terms.length >= 3) sentences.push(terms);
  }
  for (const s of found) mentions[s] = (mentions[s] ?? 0) + 1;
}
console.log(
  `${listings} distinct listings, ${sentences.length} sentences, read in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);
const mentioned = mentions.filter((m) => m > 0).length;
console.log(`${mentioned} skills mentioned literally at least once`);

// ESCO descriptions and labels join the corpus so skill vocabulary has contexts too.
for (let i = 0; i < model.skills.uri.length; i++) {
  sentences.push(rankTerms(`${model.skills.label[i]} ${model.skills.description[i]}`));
}
const vocabulary = new Set<string>();
for (const d of [model.skills.label, model.skills.alt, model.skills.description])
  for (const text of d) for (const t of rankTerms(text)) vocabulary.add(t);
const t1 = performance.now();
const neighbours = learnNeighbours(sentences, { keep: vocabulary });
console.log(
  `neighbours for ${Object.keys(neighbours).length} terms in ${((performance.now() - t1) / 1000).toFixed(1)} s`,
);
for (const probe of ['load', 'uptime', 'outag', 'motiv', 'enthusiast', 'teamwork', 'python', 'budget']) {
  console.log(`  ${probe} → ${(neighbours[probe] ?? []).map(([t, s]) => `${t}:${s}`).join(' ')}`);
}
const bytes = gzipSync(
  JSON.stringify({
    source:
      'roleprint shared listings (distinct by content hash), exact ESCO label matches; PPMI-SVD term contexts',
    listings,
    mentions,
    neighbours,
  }),
  { level: 9 },
);
writeFileSync(join(MODEL_DIR, 'listing-stats.json.gz'), bytes);
console.log(`wrote listing-stats.json.gz: ${(bytes.length / 1024).toFixed(0)} KiB`);
