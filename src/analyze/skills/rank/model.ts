/**
 * The skill-ranker model files under data/models/skill-ranker/ and their loader.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { RoleprintError } from '../../../errors.ts';
import { type ConceptEncoder, DEFAULT_CONCEPTS_DIR, readEncoder } from '../../../taxonomy/index.ts';
import type { Bm25Params } from './bm25f.ts';

/** ESCO skills in model order (parallel arrays keep the JSON small). */
export interface EscoSkillTable {
  uri: string[];
  label: string[];
  type: string[];
  /** Alternative labels joined by newlines. */
  alt: string[];
  description: string[];
  /** How many ESCO occupations list the skill (essential or optional). */
  occupations: number[];
}

/** A sparse linear classifier over term features, trained on SkillSkape (see scripts/train-skill-ranker.ts). */
export interface LinearSkillModel {
  /** Feature strings: stemmed terms and "a b" bigrams. */
  features: string[];
  /** Skill indices (into the ESCO table) of the classes. */
  classes: number[];
  bias: number[];
  /** Per feature: flat [classPosition, weight, classPosition, weight, …] after pruning. */
  rows: number[][];
}

/** How features are combined and calibrated (see scripts/train-skill-combiner.ts). */
export interface CombinerConfig {
  bm25: Bm25Params;
  weights: Record<string, number>;
  /** Isotonic map from raw score to probability: breakpoints x (ascending) and values y. */
  calibration: { x: number[]; y: number[] };
}

/** Statistics learned from the shared listings (see scripts/train-skill-corpus.ts). */
export interface ListingStats {
  listings: number;
  mentions: number[];
  neighbours: Record<string, [string, number][]>;
}

/** Everything the ranker needs, loaded. */
export interface SkillRankerModel {
  skills: EscoSkillTable;
  /** Per skill, log of its smoothed label frequency in SkillSkape train. */
  prior: Float32Array;
  /** Per skill, log of the smoothed share of real listings that write one of its labels out. */
  listingPrior: Float32Array;
  /** Term → terms used in the same contexts in real listings, with cosine similarity. */
  neighbours: Map<string, [string, number][]>;
  linear: LinearSkillModel | null;
  /** The concept encoder (data/models/concept-encoder) for the `concept` signal; null when its files are absent. */
  encoder: ConceptEncoder | null;
  combiner: CombinerConfig;
}

/** The folder the model files live in. */
export const MODEL_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../../../data/models/skill-ranker',
);

/**
 * Reads a gzipped or plain JSON model file.
 * @example
 * const skills = readModelFile<EscoSkillTable>('esco-skills.json.gz');
 * assert.equal(skills.uri.length, skills.label.length);
 */
export function readModelFile<T>(name: string, dir = MODEL_DIR): T {
  const path = join(dir, name);
  if (!existsSync(path)) {
    throw new RoleprintError(
      'DATA',
      `Cannot load the skill ranker: ${path} is missing; rebuild it with "npm run train:skills", then "npm run train:skills:corpus" and "npm run train:skills:combiner"`,
    );
  }
  try {
    const bytes = readFileSync(path);
    const text = name.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
    return JSON.parse(text) as T;
  } catch (err) {
    throw new RoleprintError(
      'DATA',
      `Cannot load the skill ranker: ${path} is corrupt (${(err as Error).message}); rebuild it with "npm run train:skills"`,
      {
        cause: err,
      },
    );
  }
}

/**
 * Loads the committed model (ESCO table, priors, SkillSkape classifier, combiner) from data/models/skill-ranker,
 * and the concept encoder from data/models/concept-encoder.
 * @example
 * const model = loadSkillRankerModel();
 * assert.equal(model.skills.uri.length, 13896);
 */
export function loadSkillRankerModel(dir = MODEL_DIR, encoderDir = DEFAULT_CONCEPTS_DIR): SkillRankerModel {
  const skills = readModelFile<EscoSkillTable>('esco-skills.json.gz', dir);
  const priorFile = readModelFile<{ logPrior: number[] }>('priors.json.gz', dir);
  const linear = existsSync(join(dir, 'skillskape-linear.json.gz'))
    ? readModelFile<LinearSkillModel>('skillskape-linear.json.gz', dir)
    : null;
  const combiner = readModelFile<CombinerConfig>('combiner.json', dir);
  const stats = existsSync(join(dir, 'listing-stats.json.gz'))
    ? readModelFile<ListingStats>('listing-stats.json.gz', dir)
    : { listings: 0, mentions: [], neighbours: {} };
  const listingPrior = Float32Array.from(skills.uri, (_, i) =>
    Math.log(((stats.mentions[i] ?? 0) + 0.5) / (stats.listings + 1)),
  );
  return {
    skills,
    prior: Float32Array.from(priorFile.logPrior),
    listingPrior,
    // A Map, so terms such as "constructor" never reach Object.prototype.
    neighbours: new Map(Object.entries(stats.neighbours)),
    linear,
    encoder: existsSync(join(encoderDir, 'embeddings.i8.gz')) ? readEncoder(encoderDir) : null,
    combiner,
  };
}
