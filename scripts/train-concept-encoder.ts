/**
 * `npm run train:concepts` (first step): trains the concept encoder on O*NET, ESCO, SkillSkape and listing pairs; writes
 * data/models/concept-encoder/vocab.json.gz + embeddings.i8.gz. Deterministic (seeded). Never reads the held-out or
 * calibration O*NET occupations (see onetSplit). Usage: node --import tsx scripts/train-concept-encoder.ts
 * [--shared ../shared] [--dim 128] [--epochs 10] [--vocab 80000] [--dropout 0.2] [--listing-pairs 50 (0: none)]
 * [--statements-cache $TMPDIR/roleprint-concept-statements.jsonl.gz] [--gold test/concepts/duty-gold.jsonl]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { AnalyzeDoc } from '../src/analyze/component.ts';
import { sectionsComponent } from '../src/analyze/sections/index.ts';
import { skillsComponent } from '../src/analyze/skills/index.ts';
import { statementsComponent } from '../src/analyze/statements/index.ts';
import { cleanListing } from '../src/clean/index.ts';
import { readDutyGold } from '../src/eval/concepts-eval.ts';
import { readInputs } from '../src/ingest/index.ts';
import {
  ENCODER_VERSION,
  type EncoderVocab,
  quantizeRows,
} from '../src/taxonomy/concepts/concept-encoder.ts';
import { conceptFeatures } from '../src/taxonomy/concepts/concept-features.ts';
import { trainingPairs } from '../src/taxonomy/concepts/concept-training-pairs.ts';
import { trainContrastive } from '../src/taxonomy/concepts/contrastive-trainer.ts';
import { type ListingStatement, listingPairs } from '../src/taxonomy/concepts/listing-pairs.ts';
import { DEFAULT_CONCEPTS_DIR } from '../src/taxonomy/concepts/load-concepts.ts';
import { readOnetActivities } from '../src/taxonomy/concepts/read-onet-activities.ts';
import { loadTaxonomy, type Taxonomy } from '../src/taxonomy/index.ts';

const { values } = parseArgs({
  options: {
    shared: { type: 'string', default: '../shared' },
    dim: { type: 'string', default: '128' },
    epochs: { type: 'string', default: '10' },
    vocab: { type: 'string', default: '80000' },
    lr: { type: 'string', default: '0.003' },
    dropout: { type: 'string', default: '0.2' },
    out: { type: 'string', default: DEFAULT_CONCEPTS_DIR },
    'listing-pairs': { type: 'string', default: '50' },
    'statements-cache': { type: 'string', default: join(tmpdir(), 'roleprint-concept-statements.jsonl.gz') },
    gold: { type: 'string', default: 'test/concepts/duty-gold.jsonl' },
  },
});
const t0 = Date.now();
const log = (s: string): void => {
  process.stdout.write(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${s}\n`);
};
const dim = Number(values.dim);
const { dwas, tasks } = readOnetActivities(join(values.shared, 'data/taxonomy/onet-29.2'));
const taxonomy = loadTaxonomy();
const pairs = trainingPairs({
  dwas,
  tasks,
  taxonomy,
  skillskapeDir: join(values.shared, 'data/benchmarks/skillskape'),
});
const perConcept = Number(values['listing-pairs']);
if (perConcept > 0) {
  const statements = await listingStatements(
    join(values.shared, 'data/listings'),
    values['statements-cache'],
    taxonomy,
  );
  log(`${statements.length} listing statements`);
  const exclude = new Set(
    existsSync(values.gold) ? readDutyGold(values.gold).map((g) => g.sentence.trim().toLowerCase()) : [],
  );
  const labelOf = (uri: string): string | undefined => {
    const c = taxonomy.byUri(uri);
    return c && (c.type === 'skill/competence' || c.type === 'knowledge') ? c.label : undefined;
  };
  pairs.push(...listingPairs(statements, { labelOf, dwas, perConcept, exclude }));
}
const bySource = new Map<string, number>();
for (const p of pairs) bySource.set(p.source, (bySource.get(p.source) ?? 0) + 1);
log(`${pairs.length} pairs: ${[...bySource].map(([s, n]) => `${s} ${n}`).join(', ')}`);

// Texts once each; the vocabulary is every feature in at least two distinct texts, most frequent first.
const textIds = new Map<string, number>();
const idOf = (t: string): number => {
  let id = textIds.get(t);
  if (id === undefined) {
    id = textIds.size;
    textIds.set(t, id);
  }
  return id;
};
const queries = Int32Array.from(pairs, (p) => idOf(p.query));
const targets = Int32Array.from(pairs, (p) => idOf(p.target));
const textFeatures = [...textIds.keys()].map((t) => conceptFeatures(t));
const df = new Map<string, number>();
for (const fs of textFeatures) for (const f of fs) df.set(f, (df.get(f) ?? 0) + 1);
const features = [...df]
  .filter(([, n]) => n >= 2)
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  .slice(0, Number(values.vocab))
  .map(([f]) => f);
const row = new Map(features.map((f, i) => [f, i]));
const texts = textFeatures.map((fs) => Int32Array.from(fs.flatMap((f) => row.get(f) ?? [])));
const idf = Float32Array.from(features, (f) => Math.log(textFeatures.length / (df.get(f) ?? 1)));
log(`${textFeatures.length} texts, ${features.length} features (df >= 2), dim ${dim}`);

const table = trainContrastive(
  { texts, queries, targets, rowNorms: idf },
  {
    dim,
    epochs: Number(values.epochs),
    learningRate: Number(values.lr),
    dropout: Number(values.dropout),
    seed: 20260501,
    onEpoch: (e, loss) => log(`epoch ${e + 1}: loss ${loss.toFixed(4)}`),
  },
);

const { bytes, scales } = quantizeRows(table, dim);
const vocab: EncoderVocab = {
  format: 'roleprint-concept-encoder',
  version: ENCODER_VERSION,
  dim,
  features,
  scales,
};
mkdirSync(values.out, { recursive: true });
writeFileSync(join(values.out, 'vocab.json.gz'), gzipSync(JSON.stringify(vocab), { level: 9 }));
writeFileSync(join(values.out, 'embeddings.i8.gz'), gzipSync(Buffer.from(bytes.buffer), { level: 9 }));
log(`wrote ${values.out}: ${features.length} × ${dim} int8`);

/**
 * Every statement of the shared listings (deduplicated by content) with its skill matcher spans, read through the
 * analyzer's sections, statements and skills components (about 1 min); cached as gzipped JSON lines.
 */
async function listingStatements(
  dir: string,
  cache: string,
  taxonomy: Taxonomy,
): Promise<ListingStatement[]> {
  if (existsSync(cache))
    return gunzipSync(readFileSync(cache))
      .toString('utf8')
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as ListingStatement);
  const sections = sectionsComponent();
  const statementsOf = statementsComponent();
  const skills = skillsComponent(taxonomy);
  const seen = new Set<string>();
  const out: ListingStatement[] = [];
  for await (const e of readInputs([dir])) {
    if (e.type !== 'item' || e.item.kind !== 'listing') continue;
    const clean = cleanListing(e.item.listing);
    if (!('text' in clean) || seen.has(clean.contentHash)) continue;
    seen.add(clean.contentHash);
    const doc = clean as AnalyzeDoc;
    const { sections: secs } = sections.run(doc);
    const { statements } = statementsOf.run({ ...doc, sections: secs });
    const { skills: found } = skills.run({ ...doc, sections: secs });
    for (const s of statements) {
      const mentions: [string, number, number][] = [];
      for (const k of found)
        for (const sp of k.spans)
          if (sp.start >= s.start && sp.end <= s.end)
            mentions.push([k.uri, sp.start - s.start, sp.end - s.start]);
      out.push({ text: s.text, mentions });
    }
  }
  writeFileSync(cache, gzipSync(out.map((s) => JSON.stringify(s)).join('\n')));
  return out;
}
