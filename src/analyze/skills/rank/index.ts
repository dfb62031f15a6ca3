/**
 * Skill ranking beyond literal labels: the door to the ranker, its model, calibration and benchmark.
 * @module
 */
import { loadSkillRankerModel } from './model.ts';
import { createSkillRanker, type SkillRanker } from './rank-skills.ts';

export { benchRanker, type RankerBench } from './bench-ranker.ts';
export {
  applyCalibration,
  type Calibration,
  fitIsotonic,
  formatReliability,
  reliabilityTable,
} from './calibrate.ts';
export { loadSkillRankerModel, MODEL_DIR, type SkillRankerModel } from './model.ts';
export {
  type DocumentSkill,
  type RankedListingSkills,
  type RankListingOptions,
  type RankSentencesOptions,
  rankDocument,
  rankListingSkills,
  rankSentences,
  type SentenceSkills,
} from './rank-listing.ts';
export { createSkillRanker, type RankedSkill, type SkillRanker, topK } from './rank-skills.ts';
export { rankTerms, stemWord } from './terms.ts';

let cached: SkillRanker | null = null;

/**
 * Loads the committed model and returns a ranker (memoized: the indexes are built once per process).
 * @example
 * const top = loadRanker().rank('Experience with Python and Django', 10);
 * assert.equal(top[0]?.label, 'Python (computer programming)');
 */
export function loadRanker(): SkillRanker {
  cached ??= createSkillRanker(loadSkillRankerModel());
  return cached;
}

/**
 * The ranker the CLI uses with no arguments (same as {@link loadRanker}).
 * @example
 * assert.equal(defaultRanker(), loadRanker());
 */
export function defaultRanker(): SkillRanker {
  return loadRanker();
}
