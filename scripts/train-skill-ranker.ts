/**
 * Builds the skill-ranker model under data/models/skill-ranker/ from ../shared (training time only):
 * - esco-skills.json.gz: ESCO v1.1.1 skills (URI, preferred label, type, alt labels, description, occupation count);
 * - skillskape-linear.json.gz: a softmax classifier over SkillSkape's 514 skills (MIT): settings chosen on SkillSkape
 *   dev after training on train + the skills' ESCO labels, then retrained on train + dev + labels;
 * - priors.json.gz: a smoothed log-frequency prior per skill from SkillSkape train labels.
 * Never reads the Decorte validation sentences. Usage: npm run train:skills [-- --shared ../shared]
 * @module
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import {
  type LinearExample,
  type LinearTrainOptions,
  scoreLinear,
  trainLinear,
} from '../src/analyze/skills/rank/linear.ts';
import { type EscoSkillTable, type LinearSkillModel, MODEL_DIR } from '../src/analyze/skills/rank/model.ts';
import { rankTerms } from '../src/analyze/skills/rank/terms.ts';
import { normalizeLabel } from '../src/eval/skills-eval.ts';

const argShared = process.argv.indexOf('--shared');
const SHARED = argShared > 0 ? (process.argv[argShared + 1] as string) : join(process.cwd(), '../shared');
const ESCO = join(SHARED, 'data/taxonomy/esco-1.1.1');
const SKAPE = join(SHARED, 'data/benchmarks/skillskape');

function readCsv(path: string): Record<string, string>[] {
  return parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, bom: true }) as Record<
    string,
    string
  >[];
}

function writeJson(name: string, value: unknown): void {
  const text = JSON.stringify(value);
  const bytes = name.endsWith('.gz') ? gzipSync(text, { level: 9 }) : Buffer.from(`${text}\n`);
  writeFileSync(join(MODEL_DIR, name), bytes);
  console.log(`wrote ${name}: ${(bytes.length / 1024).toFixed(0)} KiB`);
}

/** ESCO skills sorted by URI so the model order never depends on the CSV's order. */
function buildSkillTable(): EscoSkillTable {
  const rows = readCsv(join(ESCO, 'skills_en.csv')).sort((a, b) =>
    (a.conceptUri ?? '') < (b.conceptUri ?? '') ? -1 : 1,
  );
  const occ = new Map<string, number>();
  for (const r of readCsv(join(ESCO, 'occupationSkillRelations.csv'))) {
    occ.set(r.skillUri ?? '', (occ.get(r.skillUri ?? '') ?? 0) + 1);
  }
  return {
    uri: rows.map((r) => r.conceptUri ?? ''),
    label: rows.map((r) => r.preferredLabel ?? ''),
    type: rows.map((r) => r.skillType || 'skill/competence'),
    alt: rows.map((r) => (r.altLabels ?? '').trim()),
    description: rows.map((r) => (r.description ?? '').replace(/\s+/g, ' ').trim()),
    occupations: rows.map((r) => occ.get(r.conceptUri ?? '') ?? 0),
  };
}

/** SkillSkape rows as examples; labels that are not ESCO preferred labels are counted and left out. */
function readSkillSkape(
  file: string,
  byLabel: Map<string, number>,
): { examples: LinearExample[]; unknown: number } {
  let unknown = 0;
  const examples: LinearExample[] = [];
  for (const r of readCsv(join(SKAPE, file))) {
    const raw = (r.skills ?? '').replace(/^\[|\]$/g, '');
    const labels: number[] = [];
    for (const m of raw.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g)) {
      const label = (m[1] ?? m[2] ?? '').replace(/\\(.)/g, '$1');
      if (label === 'UNK') continue;
      const i = byLabel.get(normalizeLabel(label));
      if (i === undefined) unknown++;
      else if (!labels.includes(i)) labels.push(i);
    }
    examples.push({ terms: rankTerms(r.sentence ?? ''), labels });
  }
  return { examples, unknown };
}

function top1(model: LinearSkillModel, ex: LinearExample[], size: number): number {
  let hit = 0;
  let n = 0;
  const out = new Float32Array(size);
  for (const e of ex) {
    if (e.labels.length === 0) continue;
    n++;
    out.fill(0);
    scoreLinear(model, e.terms, out);
    let best = 0;
    for (let i = 1; i < size; i++) if ((out[i] as number) > (out[best] as number)) best = i;
    if (e.labels.includes(best)) hit++;
  }
  return hit / Math.max(1, n);
}

mkdirSync(MODEL_DIR, { recursive: true });
const table = buildSkillTable();
writeJson('esco-skills.json.gz', table);
const byLabel = new Map(table.label.map((l, i) => [normalizeLabel(l), i]));
const train = readSkillSkape('train.csv', byLabel);
// Each SkillSkape skill's own ESCO labels join its examples, so the classifier also knows the literal names.
const skapeClasses = [...new Set(train.examples.flatMap((e) => e.labels))].sort((a, b) => a - b);
const labelExamples: LinearExample[] = skapeClasses.flatMap((i) =>
  [table.label[i] ?? '', ...(table.alt[i] ?? '').split('\n')]
    .filter((t) => t.trim() !== '')
    .map((t) => ({ terms: rankTerms(t), labels: [i] })),
);
const dev = readSkillSkape('dev.csv', byLabel);
console.log(
  `SkillSkape train ${train.examples.length} sentences (${train.unknown} non-ESCO labels), dev ${dev.examples.length}`,
);
// Hyper-parameters are chosen on SkillSkape dev (never on Decorte).
let best: { options: LinearTrainOptions; linear: LinearSkillModel; dev: number } | null = null;
for (const epochs of [6, 12]) {
  for (const learningRate of [0.2, 0.5]) {
    for (const l2 of [0, 3e-5]) {
      const options = { epochs, learningRate, l2, minCount: 2, prune: 0.05 };
      const linear = trainLinear([...train.examples, ...labelExamples], options);
      const dev1 = top1(linear, dev.examples, table.uri.length);
      console.log(`  ${JSON.stringify(options)} dev top-1 ${dev1.toFixed(3)}`);
      if (best === null || dev1 > best.dev) best = { options, linear, dev: dev1 };
    }
  }
}
if (best === null) throw new Error('no linear model trained');
const { options } = best;
// The chosen settings are then trained once more on train + dev: dev has done its job of choosing them.
const linear = trainLinear([...train.examples, ...dev.examples, ...labelExamples], options);
console.log(
  `linear (train+dev+labels): ${linear.features.length} features, ${linear.classes.length} classes, ${linear.rows.reduce((s, r) => s + r.length / 2, 0)} weights kept; chosen settings had dev top-1 ${best.dev.toFixed(3)} when trained on train only`,
);
writeJson('skillskape-linear.json.gz', { ...linear, trainedWith: options });

// Prior: SkillSkape train label counts, add-0.5 smoothed over all skills, as a log probability.
const counts = new Array<number>(table.uri.length).fill(0);
for (const e of train.examples) for (const l of e.labels) counts[l] = (counts[l] ?? 0) + 1;
const total = counts.reduce((s, c) => s + c, 0) + 0.5 * counts.length;
writeJson('priors.json.gz', {
  source: 'SkillSkape train label frequency (MIT), add-0.5 smoothing',
  logPrior: counts.map((c) => Math.round(Math.log((c + 0.5) / total) * 1000) / 1000),
});
