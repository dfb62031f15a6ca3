/**
 * How the hand-labelled titles were sampled (run once, 2026-12-05; kept so the sample can be redrawn): 65 distinct
 * titles from each shared source group, shuffled with a fixed seed, printed as JSONL for labelling. The labeller saw
 * only these titles, the 26 role families' labels and the O*NET occupation list, never the role patterns.
 * Run: node --import tsx test/roles/sample.ts > titles.jsonl
 * @module
 */
import { cleanListing } from '../../src/clean/index.ts';
import {
  readHn,
  readIndeed,
  readLinkedIn,
  readNhs,
  readOthers,
  readYc,
} from '../../src/clean/testing/shared-listings.ts';
import { seededRandom } from '../../src/seeded-random.ts';

const PER_GROUP = 65;
const rand = seededRandom(20261205);
const groups = {
  nhs: readNhs(),
  hn: readHn(),
  linkedin: readLinkedIn(),
  indeed: readIndeed(),
  yc: readYc(),
  others: readOthers(),
};
const seen = new Set<string>();
for (const listings of Object.values(groups)) {
  const pool = listings.filter((l) => l.title && l.title.trim().length > 1);
  const order = pool.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  let taken = 0;
  for (const i of order) {
    const l = pool[i];
    if (!l) continue;
    const clean = cleanListing(l);
    if (!('text' in clean) || !clean.title || seen.has(clean.title.toLowerCase())) continue;
    seen.add(clean.title.toLowerCase());
    console.log(JSON.stringify({ source: l.source, recordKey: l.recordKey, title: clean.title }));
    if (++taken >= PER_GROUP) break;
  }
}
