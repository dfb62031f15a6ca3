/**
 * The skill-ranker model files under data/models/skill-ranker/ and their loader.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { RoleprintError } from '../../../errors.ts';
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

/** Everything the ranker needs, loaded. */
export interface SkillRankerModel {
  skills: EscoSkillTable;
  /** Per skill, log of a smoothed prior frequency learned from listings and SkillSkape. */
  prior: Float32Array;
  linear: LinearSkillModel | null;
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
 */
export function readModelFile<T>(name: string, dir = MODEL_DIR): T {
  const path = join(dir, name);
  if (!existsSync(path)) {
    throw new RoleprintError(
      'DATA',
      `Cannot load the skill ranker: ${path} is missing; run "npm run train:skills" to build it`,
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
 * Loads the committed model (ESCO table, priors, SkillSkape classifier, combiner) from data/models/skill-ranker.
 * @example
 * const model = loadSkillRankerModel();
 * assert.equal(model.skills.uri.length, 13896);
 */
export function loadSkillRankerModel(dir = MODEL_DIR): SkillRankerModel {
  const skills = readModelFile<EscoSkillTable>('esco-skills.json.gz', dir);
  const priorFile = readModelFile<{ logPrior: number[] }>('priors.json.gz', dir);
  const linear = existsSync(join(dir, 'skillskape-linear.json.gz'))
    ? readModelFile<LinearSkillModel>('skillskape-linear.json.gz', dir)
    : null;
  const combiner = readModelFile<CombinerConfig>('combiner.json', dir);
  return { skills, prior: Float32Array.from(priorFile.logPrior), linear, combiner };
}
