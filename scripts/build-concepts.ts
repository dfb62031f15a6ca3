/**
 * `npm run build:concepts` (second step of `npm run train:concepts`): builds the concept catalog from the trained
 * encoder: every O*NET DWA (prototype: title + training-occupation task statements), the ESCO skills that matter for
 * listings (prototype: preferred + alternative labels), and the Platt scaling of cosines per kind, fitted on data the
 * encoder never saw (O*NET calibration-split tasks, where a DWA counts as right when it is gold or shares the IWA of a
 * gold DWA; SkillSkape dev). Writes catalog.json.gz + prototypes.i8.gz.
 * Usage: node --import tsx scripts/build-concepts.ts [--shared ../shared]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { fitLogistic } from '../src/analyze/skills/rank/logistic.ts';
import {
  CATALOG_VERSION,
  type CatalogFile,
  type ConceptKind,
} from '../src/taxonomy/concepts/concept-catalog-file.ts';
import { quantizeRows, readEncoder } from '../src/taxonomy/concepts/concept-encoder.ts';
import { activityTexts, prototypeOf } from '../src/taxonomy/concepts/concept-prototypes.ts';
import { readSkillskape } from '../src/taxonomy/concepts/concept-training-pairs.ts';
import { DEFAULT_CONCEPTS_DIR } from '../src/taxonomy/concepts/load-concepts.ts';
import { nearestRows } from '../src/taxonomy/concepts/nearest-rows.ts';
import { onetSplit, readOnetActivities } from '../src/taxonomy/concepts/read-onet-activities.ts';
import { loadTaxonomy } from '../src/taxonomy/index.ts';

const { values } = parseArgs({
  options: {
    shared: { type: 'string', default: '../shared' },
    dir: { type: 'string', default: DEFAULT_CONCEPTS_DIR },
    'min-listings': { type: 'string', default: '1' },
  },
});
const t0 = Date.now();
const log = (s: string): void => {
  process.stdout.write(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${s}\n`);
};
const encoder = readEncoder(values.dir);
const encode = (t: string): Float32Array => encoder.encode(t);
const taxonomy = loadTaxonomy();
const { dwas, tasks } = readOnetActivities(join(values.shared, 'data/taxonomy/onet-29.2'));
const skillskapeDir = join(values.shared, 'data/benchmarks/skillskape');

const ids: string[] = [];
const kinds: ConceptKind[] = [];
const labels: string[] = [];
const broaderId: string[] = [];
const broaderLabel: string[] = [];
const vectors: Float32Array[] = [];
const add = (
  id: string,
  kind: ConceptKind,
  label: string,
  broader: [string, string],
  vec: Float32Array,
): void => {
  ids.push(id);
  kinds.push(kind);
  labels.push(label);
  broaderId.push(broader[0]);
  broaderLabel.push(broader[1]);
  vectors.push(vec);
};

const texts = activityTexts(dwas, tasks);
for (const d of dwas)
  add(
    d.id,
    'activity',
    d.title,
    [`onet:iwa/${d.iwaId}`, d.iwaTitle],
    prototypeOf(texts.get(d.id) ?? [], encode),
  );

// Skills: transversal ones, plus any written out in the shared listings or labelled in SkillSkape. Adding every
// cross-sector skill (2.7k more, mostly never in a listing: "trade securities") made statements 1.6× slower to link.
const stats = JSON.parse(
  gunzipSync(readFileSync('data/models/skill-ranker/listing-stats.json.gz')).toString('utf8'),
) as { mentions: number[] };
const statsUris = (
  JSON.parse(gunzipSync(readFileSync('data/models/skill-ranker/esco-skills.json.gz')).toString('utf8')) as {
    uri: string[];
  }
).uri;
const inListings = new Set(
  statsUris.filter((_, i) => (stats.mentions[i] ?? 0) >= Number(values['min-listings'])),
);
const skillskapeDev = readSkillskape(skillskapeDir, 'dev', taxonomy);
const inSkillskape = new Set(readSkillskape(skillskapeDir, 'train', taxonomy).flatMap((r) => r.uris));
for (const c of taxonomy.concepts) {
  if (c.type !== 'skill/competence' && c.type !== 'knowledge') continue;
  const wanted = c.reuse === 'transversal' || inListings.has(c.uri) || inSkillskape.has(c.uri);
  if (!wanted) continue;
  const group = taxonomy.groupPath(c.uri).at(-1);
  add(
    c.uri,
    'skill',
    c.label,
    [group?.uri ?? '', group?.label ?? ''],
    prototypeOf([c.label, ...c.altLabels], encode),
  );
}
const dim = encoder.dim;
const protos = new Float32Array(ids.length * dim);
vectors.forEach((v, i) => {
  protos.set(v, i * dim);
});
log(`${ids.length} concepts: ${dwas.length} activities, ${ids.length - dwas.length} skills`);

// Platt per kind on the top 10 of each held-apart text: gold concepts are positives, the rest negatives.
function fit(
  examples: { text: string; gold: ReadonlySet<string> }[],
  kind: ConceptKind,
): { a: number; b: number } {
  const x: number[][] = [];
  const y: boolean[] = [];
  for (const e of examples) {
    const hits = nearestRows(encode(e.text), protos, dim, 10, (r) => kinds[r] === kind);
    for (const h of hits) {
      x.push([h.score]);
      y.push(e.gold.has(ids[h.row] as string));
    }
  }
  const f = fitLogistic(x, y, 1e-4);
  const pos = y.filter(Boolean).length;
  log(
    `${kind}: Platt on ${examples.length} texts, ${x.length} candidates (${pos} gold): a ${f.weights[0]?.toFixed(3)}, b ${f.bias.toFixed(3)}`,
  );
  return { a: Number((f.weights[0] ?? 0).toFixed(4)), b: Number(f.bias.toFixed(4)) };
}
// O*NET links each task to one or two DWAs among near-synonyms ("Hire personnel." / "Recruit personnel."), so the
// IWA siblings of a gold DWA count as right: on the hand-labelled listing duties this scale is calibrated, while
// gold-DWA-only positives put nearly every listing sentence under 0.1.
const iwaOf = new Map(dwas.map((d) => [d.id, d.iwaId]));
const siblings = new Map<string, string[]>();
for (const d of dwas) siblings.set(d.iwaId, [...(siblings.get(d.iwaId) ?? []), d.id]);
const activity = fit(
  tasks
    .filter((t) => onetSplit(t.soc) === 'calibrate')
    .map((t) => ({
      text: t.text,
      gold: new Set(t.dwas.flatMap((id) => siblings.get(iwaOf.get(id) ?? '') ?? [])),
    })),
  'activity',
);
const catalogSkills = new Set(ids.filter((_, i) => kinds[i] === 'skill'));
const skill = fit(
  skillskapeDev
    .filter((r) => r.uris.some((u) => catalogSkills.has(u)))
    .map((r) => ({ text: r.sentence, gold: new Set(r.uris) })),
  'skill',
);

const { bytes, scales } = quantizeRows(protos, dim);
const file: CatalogFile = {
  format: 'roleprint-concept-catalog',
  version: CATALOG_VERSION,
  dim,
  calibration: {
    activity: {
      ...activity,
      fittedOn: 'O*NET task statements of the calibration-split occupations, top 10 DWAs',
    },
    skill: { ...skill, fittedOn: 'SkillSkape dev sentences, top 10 catalog skills' },
    topic: { ...activity, fittedOn: 'same as activity (no labelled topic data)' },
  },
  concepts: { id: ids, kind: kinds, label: labels, broaderId, broaderLabel },
  scales,
};
writeFileSync(join(values.dir, 'catalog.json.gz'), gzipSync(JSON.stringify(file), { level: 9 }));
writeFileSync(join(values.dir, 'prototypes.i8.gz'), gzipSync(Buffer.from(bytes.buffer), { level: 9 }));
log(`wrote ${join(values.dir, 'catalog.json.gz')} and prototypes.i8.gz`);
