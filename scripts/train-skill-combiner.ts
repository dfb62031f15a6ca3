/**
 * Learns how the skill ranker weighs its signals and fits its calibration, then writes
 * data/models/skill-ranker/combiner.json.
 * Protocol: the Decorte TECH and HOUSE validation sentences are each split in two fixed halves (splitSentences:
 * near-duplicates grouped, SHA-256 of the group decides). Everything is fitted on the tuning halves only:
 * - the weights: L2 logistic regression on (sentence, candidate skill) pairs, gold skills positive;
 * - the L2 strength, BM25F field weights and the calibrator (isotonic or Platt): by 5-fold cross-validation
 *   over tuning sentences;
 * the held-out halves are only reported (figures and reliability table) after every choice is made.
 * Usage: npm run train:skills:combiner [-- --shared ../shared]
 * @module
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Bm25Params, buildBm25Index, DEFAULT_BM25 } from '../src/analyze/skills/rank/bm25f.ts';
import {
  applyCalibration,
  type Calibration,
  fitIsotonic,
  fitPlatt,
  formatReliability,
  reliabilityTable,
} from '../src/analyze/skills/rank/calibrate.ts';
import { fitLogistic } from '../src/analyze/skills/rank/logistic.ts';
import { type CombinerConfig, loadSkillRankerModel, MODEL_DIR } from '../src/analyze/skills/rank/model.ts';
import {
  createSkillRanker,
  FEATURE_NAMES,
  type SkillFeatures,
  type SkillRanker,
  skillDocs,
  topK,
} from '../src/analyze/skills/rank/rank-skills.ts';
import {
  evaluateSentences,
  formatSkillEval,
  type GoldSentence,
  normalizeLabel,
  readDecorteFile,
  scoreRanking,
} from '../src/eval/skills-eval.ts';
import { splitSentences } from '../src/eval/skills-split.ts';

const argShared = process.argv.indexOf('--shared');
const SHARED = argShared > 0 ? (process.argv[argShared + 1] as string) : join(process.cwd(), '../shared');
const DECORTE = join(SHARED, 'data/benchmarks/decorte');
const files = ['tech', 'house'].map((name) => {
  const { sentences } = readDecorteFile(join(DECORTE, `${name}_validation_annotations.csv`));
  const half = splitSentences(sentences);
  return {
    name: name.toUpperCase(),
    tune: sentences.filter((s) => half.get(s.sentence) === 'tune'),
    held: sentences.filter((s) => half.get(s.sentence) === 'held-out'),
  };
});
const tune = files.flatMap((f) => f.tune);
const held = files.flatMap((f) => f.held);

const model = loadSkillRankerModel();
const labelIndex = new Map(model.skills.label.map((l, i) => [normalizeLabel(l), i]));
const labels = model.skills.label.map(normalizeLabel);
type Weights = Record<string, number>;
const FOLDS = 5;

/** The fitted signal sentences: features and gold skill indices. */
interface Prepared {
  feats: SkillFeatures;
  gold: Set<number>;
}

function prepare(ranker: SkillRanker, set: GoldSentence[]): Prepared[] {
  return set.map((g) => ({
    feats: ranker.features(g.sentence),
    gold: new Set(g.gold.map((l) => labelIndex.get(l)).filter((i): i is number => i !== undefined)),
  }));
}

/** Candidate pairs: the top 30 skills by each signal, plus the gold skills, plus 20 fixed pseudo-random skills. */
function pairs(ranker: SkillRanker, data: Prepared[]): { x: number[][]; y: boolean[] } {
  const x: number[][] = [];
  const y: boolean[] = [];
  const n = model.skills.uri.length;
  data.forEach((d, s) => {
    const pool = new Set<number>(d.gold);
    for (const signal of [d.feats.bm25, d.feats.expand, d.feats.linear, d.feats.phrase])
      for (const i of topK(signal, 30)) pool.add(i);
    for (let r = 0; r < 20; r++) pool.add((s * 7919 + r * 104729) % n);
    for (const i of [...pool].sort((a, b) => a - b)) {
      x.push(ranker.featureValues(d.feats, i));
      y.push(d.gold.has(i));
    }
  });
  return { x, y };
}

function fitWeights(ranker: SkillRanker, data: Prepared[], l2: number): Weights {
  const { x, y } = pairs(ranker, data);
  const fit = fitLogistic(x, y, l2);
  return Object.fromEntries(
    FEATURE_NAMES.map((name, j) => [name, Math.round((fit.weights[j] ?? 0) * 1e4) / 1e4]),
  );
}

function metrics(ranker: SkillRanker, data: Prepared[], set: GoldSentence[], w: Weights) {
  const sum = { rp5: 0, rp10: 0, mrr: 0 };
  data.forEach((d, i) => {
    const raw = ranker.combine(d.feats, w);
    const s = scoreRanking(
      topK(raw, 100).map((j) => labels[j] as string),
      (set[i] as GoldSentence).gold,
    );
    sum.rp5 += s.rp5;
    sum.rp10 += s.rp10;
    sum.mrr += s.rr;
  });
  return (sum.rp5 + sum.rp10 + sum.mrr) / (3 * data.length);
}

/** 5-fold cross-validated ranking objective (mean of RP@5, RP@10, MRR) of the logistic weights. */
function crossValidate(ranker: SkillRanker, data: Prepared[], l2: number): number {
  let total = 0;
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = data.filter((_, i) => i % FOLDS !== fold);
    const testIdx = data.map((_, i) => i).filter((i) => i % FOLDS === fold);
    const w = fitWeights(ranker, train, l2);
    total +=
      metrics(
        ranker,
        testIdx.map((i) => data[i] as Prepared),
        testIdx.map((i) => tune[i] as GoldSentence),
        w,
      ) * testIdx.length;
  }
  return total / data.length;
}

function rankerWith(bm25: Bm25Params): SkillRanker {
  const m = { ...model, combiner: { ...model.combiner, bm25 } };
  return createSkillRanker(m, buildBm25Index(skillDocs(m), bm25));
}

const BM25_CANDIDATES: Bm25Params[] = [
  DEFAULT_BM25,
  { ...DEFAULT_BM25, label: 5, alt: 1, description: 0.3 },
  { ...DEFAULT_BM25, label: 2, alt: 2, description: 1 },
  { ...DEFAULT_BM25, k1: 2 },
  { ...DEFAULT_BM25, k1: 0.8 },
];
const L2 = [0.01, 0.1, 1, 10];
let best = { score: -1, bm25: DEFAULT_BM25, l2: 1 };
for (const bm25 of BM25_CANDIDATES) {
  const ranker = rankerWith(bm25);
  const data = prepare(ranker, tune);
  for (const l2 of L2) {
    const score = crossValidate(ranker, data, l2);
    console.log(`  bm25 ${JSON.stringify(bm25)} l2 ${l2}: CV objective ${score.toFixed(4)}`);
    if (score > best.score + 1e-9) best = { score, bm25, l2 };
  }
}
const ranker = rankerWith(best.bm25);
const data = prepare(ranker, tune);
const weights = fitWeights(ranker, data, best.l2);
console.log(
  `chosen: bm25 ${JSON.stringify(best.bm25)}, l2 ${best.l2}, CV objective ${best.score.toFixed(4)}`,
);
console.log(`weights (fitted on all ${tune.length} tuning sentences): ${JSON.stringify(weights)}`);

/** Raw scores of each sentence's top-10 and whether each was gold. */
function predictions(r: SkillRanker, prepared: Prepared[], w: Weights) {
  return prepared.map((d) => {
    const raw = r.combine(d.feats, w);
    const top = topK(raw, 10);
    return { scores: top.map((j) => raw[j] as number), outcomes: top.map((j) => d.gold.has(j)) };
  });
}

// The calibrator is chosen by 5-fold cross-validation (Brier score) on the tuning halves.
const perSentence = predictions(ranker, data, weights);
const fitters: Record<string, (s: number[], o: boolean[]) => Calibration> = {
  isotonic: fitIsotonic,
  platt: (s, o) => fitPlatt(s, o),
};
const brier: Record<string, number> = {};
for (const [name, fitter] of Object.entries(fitters)) {
  let sum = 0;
  let n = 0;
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = perSentence.filter((_, i) => i % FOLDS !== fold);
    const c = fitter(
      train.flatMap((p) => p.scores),
      train.flatMap((p) => p.outcomes),
    );
    perSentence.forEach((p, i) => {
      if (i % FOLDS !== fold) return;
      p.scores.forEach((s, j) => {
        sum += (applyCalibration(c, s) - (p.outcomes[j] ? 1 : 0)) ** 2;
        n++;
      });
    });
  }
  brier[name] = Math.round((sum / n) * 1e5) / 1e5;
}
const chosen = (brier.platt ?? 1) <= (brier.isotonic ?? 1) ? 'platt' : 'isotonic';
console.log(`calibration CV Brier on the tuning halves: ${JSON.stringify(brier)} → ${chosen}`);
const calibration = (fitters[chosen] as (s: number[], o: boolean[]) => Calibration)(
  perSentence.flatMap((p) => p.scores),
  perSentence.flatMap((p) => p.outcomes),
);
const combiner: CombinerConfig = { bm25: best.bm25, weights, calibration };
writeFileSync(
  join(MODEL_DIR, 'combiner.json'),
  `${JSON.stringify({
    ...combiner,
    fittedOn: `Decorte TECH+HOUSE validation tuning halves (${tune.length} sentences); ${held.length} held out`,
    l2: best.l2,
    calibrator: chosen,
  })}\n`,
);
console.log(`wrote combiner.json (${calibration.x.length} calibration breakpoints)`);

// Only now: the held-out halves.
const final = createSkillRanker({ ...model, combiner });
console.log(
  formatSkillEval(
    files.flatMap((f) => [
      evaluateSentences(`${f.name} tuning half`, f.tune, final),
      evaluateSentences(`${f.name} held-out half`, f.held, final),
    ]),
  ),
);
const test = predictions(final, prepare(final, held), weights);
console.log('Reliability on the held-out halves (TECH+HOUSE), top-10 predictions per sentence:');
console.log(
  formatReliability(
    reliabilityTable(
      test.flatMap((p) => p.scores.map((s) => applyCalibration(calibration, s))),
      test.flatMap((p) => p.outcomes),
    ),
  ),
);
