/**
 * Tunes how the skill ranker combines its signals and fits its calibration, then writes
 * data/models/skill-ranker/combiner.json.
 * Protocol: hyper-parameters and the isotonic calibration are fitted on the Decorte TECH validation sentences only;
 * HOUSE validation is held out and only reported (figures and the reliability table) after the choice is made.
 * Usage: npm run train:skills:combiner [-- --shared ../shared]
 * @module
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Bm25Params, buildBm25Index, DEFAULT_BM25 } from '../src/analyze/skills/rank/bm25f.ts';
import {
  applyCalibration,
  fitIsotonic,
  fitPlatt,
  formatReliability,
  reliabilityTable,
} from '../src/analyze/skills/rank/calibrate.ts';
import { type CombinerConfig, loadSkillRankerModel, MODEL_DIR } from '../src/analyze/skills/rank/model.ts';
import {
  createSkillRanker,
  type SkillFeatures,
  type SkillRanker,
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

const argShared = process.argv.indexOf('--shared');
const SHARED = argShared > 0 ? (process.argv[argShared + 1] as string) : join(process.cwd(), '../shared');
const DECORTE = join(SHARED, 'data/benchmarks/decorte');
const tune = readDecorteFile(join(DECORTE, 'tech_validation_annotations.csv')).sentences;
const held = readDecorteFile(join(DECORTE, 'house_validation_annotations.csv')).sentences;

const model = loadSkillRankerModel();
const labels = model.skills.label.map(normalizeLabel);

type Weights = Record<string, number>;
const objective = (r: { rp5: number; mrr: number; rp10: number }) => (r.rp5 + r.mrr + r.rp10) / 3;

function scoreSet(
  ranker: SkillRanker,
  feats: SkillFeatures[],
  set: GoldSentence[],
  w: Weights,
): { rp1: number; rp5: number; rp10: number; mrr: number } {
  const sum = { rp1: 0, rp5: 0, rp10: 0, mrr: 0 };
  set.forEach((g, i) => {
    const raw = ranker.combine(feats[i] as SkillFeatures, w);
    const s = scoreRanking(
      topK(raw, 100).map((j) => labels[j] as string),
      g.gold,
    );
    sum.rp1 += s.rp1;
    sum.rp5 += s.rp5;
    sum.rp10 += s.rp10;
    sum.mrr += s.rr;
  });
  const n = set.length;
  return { rp1: sum.rp1 / n, rp5: sum.rp5 / n, rp10: sum.rp10 / n, mrr: sum.mrr / n };
}

const GRID: Record<string, number[]> = {
  phrase: [0, 0.25, 0.5, 1, 2],
  linear: [0, 0.5, 1, 2, 4, 8],
  prior: [0, 0.02, 0.05, 0.1, 0.2],
  occupations: [0, 0.1, 0.2, 0.4],
};

/** Coordinate ascent over the weight grid (bm25 fixed at 1), three passes. */
function tuneWeights(
  ranker: SkillRanker,
  feats: SkillFeatures[],
  start: Weights,
): { w: Weights; score: number } {
  let best = { ...start };
  let bestScore = objective(scoreSet(ranker, feats, tune, best));
  for (let pass = 0; pass < 3; pass++) {
    for (const [name, values] of Object.entries(GRID)) {
      for (const v of values) {
        const w = { ...best, [name]: v };
        const s = objective(scoreSet(ranker, feats, tune, w));
        if (s > bestScore + 1e-9) {
          bestScore = s;
          best = w;
        }
      }
    }
  }
  return { w: best, score: bestScore };
}

function rankerWith(bm25: Bm25Params): SkillRanker {
  const m = { ...model, combiner: { ...model.combiner, bm25 } };
  const index = buildBm25Index(
    m.skills.label.map((label, i) => ({
      label,
      alt: m.skills.alt[i] ?? '',
      description: m.skills.description[i] ?? '',
    })),
    bm25,
  );
  return createSkillRanker(m, index);
}

let bm25: Bm25Params = { ...DEFAULT_BM25 };
let ranker = rankerWith(bm25);
let feats = tune.map((g) => ranker.features(g.sentence));
let { w, score } = tuneWeights(ranker, feats, { bm25: 1, phrase: 0, linear: 0, prior: 0, occupations: 0 });
console.log(`weights on TECH: ${JSON.stringify(w)} objective ${score.toFixed(4)}`);

const BM25_GRID: Partial<Record<keyof Bm25Params, number[]>> = {
  label: [1, 2, 3, 5],
  alt: [0.5, 1, 1.5, 3],
  description: [0, 0.3, 0.6, 1],
  k1: [0.6, 1.2, 2],
};
for (const [name, values] of Object.entries(BM25_GRID)) {
  for (const v of values ?? []) {
    const p = { ...bm25, [name]: v };
    const r = rankerWith(p);
    const f = tune.map((g) => r.features(g.sentence));
    const s = objective(scoreSet(r, f, tune, w));
    if (s > score + 1e-9) {
      score = s;
      bm25 = p;
      ranker = r;
      feats = f;
    }
  }
}
({ w, score } = tuneWeights(ranker, feats, w));
console.log(
  `bm25 on TECH: ${JSON.stringify(bm25)}; weights ${JSON.stringify(w)} objective ${score.toFixed(4)}`,
);

// Calibration: isotonic on TECH top-10 predictions (raw score → was it gold?).
function predictions(r: SkillRanker, set: GoldSentence[], weights: Weights) {
  const scores: number[] = [];
  const outcomes: boolean[] = [];
  for (const g of set) {
    const raw = r.combine(r.features(g.sentence), weights);
    for (const j of topK(raw, 10)) {
      scores.push(raw[j] as number);
      outcomes.push(g.gold.includes(labels[j] as string));
    }
  }
  return { scores, outcomes };
}
// Choose the calibrator by 5-fold cross-validation on TECH (Brier score), never looking at HOUSE.
const perSentence = tune.map((g) => predictions(ranker, [g], w));
const fitters = { isotonic: fitIsotonic, platt: (s: number[], o: boolean[]) => fitPlatt(s, o) };
const brier: Record<string, number> = {};
for (const [name, fitter] of Object.entries(fitters)) {
  let sum = 0;
  let n = 0;
  for (let fold = 0; fold < 5; fold++) {
    const train = perSentence.filter((_, i) => i % 5 !== fold);
    const c = fitter(
      train.flatMap((p) => p.scores),
      train.flatMap((p) => p.outcomes),
    );
    perSentence.forEach((p, i) => {
      if (i % 5 !== fold) return;
      p.scores.forEach((s, j) => {
        sum += (applyCalibration(c, s) - (p.outcomes[j] ? 1 : 0)) ** 2;
        n++;
      });
    });
  }
  brier[name] = sum / n;
}
const chosen = (brier.platt ?? 1) <= (brier.isotonic ?? 1) ? 'platt' : 'isotonic';
console.log(`calibration CV Brier on TECH: ${JSON.stringify(brier)} → ${chosen}`);
const fit = predictions(ranker, tune, w);
const calibration = fitters[chosen](fit.scores, fit.outcomes);
const combiner: CombinerConfig = {
  bm25,
  weights: w,
  calibration,
};
writeFileSync(
  join(MODEL_DIR, 'combiner.json'),
  `${JSON.stringify({ ...combiner, fittedOn: 'Decorte TECH validation (75 sentences with gold); HOUSE held out', calibrator: chosen })}\n`,
);
console.log(`wrote combiner.json (${calibration.x.length} calibration breakpoints)`);

const final = createSkillRanker({ ...model, combiner }, undefined);
console.log(
  formatSkillEval([
    evaluateSentences('TECH (tuning)', tune, final),
    evaluateSentences('HOUSE (held out)', held, final),
  ]),
);
const test = predictions(final, held, w);
console.log('Reliability on HOUSE (held out), top-10 predictions per sentence:');
console.log(
  formatReliability(
    reliabilityTable(
      test.scores.map((s) => applyCalibration(calibration, s)),
      test.outcomes,
    ),
  ),
);
