/**
 * Measures the skill ranker's throughput (sentences/s on one core) over real listing sentences.
 * Benchmark-only: it reads listings from ../shared, which the product never does at run time.
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RoleprintError } from '../../../errors.ts';
import { loadSkillRankerModel } from './model.ts';
import { createSkillRanker } from './rank-skills.ts';

/** What {@link benchRanker} measured. */
export interface RankerBench {
  sentences: number;
  /** Model load plus index build, ms (wall clock). */
  loadMs: number;
  /** The same in CPU time, ms. */
  loadCpuMs: number;
  /** Wall-clock time of the ranking loop, ms. */
  rankMs: number;
  /** CPU time (user + system) of the ranking loop, ms: unaffected by other processes sharing the cores. */
  rankCpuMs: number;
  /** Sentences per wall-clock second. */
  sentencesPerSecond: number;
  /** Sentences per CPU second: the per-core throughput. */
  sentencesPerCpuSecond: number;
  /** Top-k requested per sentence. */
  k: number;
}

/**
 * Splits the tech-leadership listings (plain-text descriptions) into sentences of 4–60 words.
 * @example
 * const sentences = listingSentences('../shared', 100);
 * assert.equal(sentences.length, 100);
 */
export function listingSentences(shared: string, limit = 5000): string[] {
  const path = join(shared, 'data/listings/tech-leadership/postings.jsonl');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new RoleprintError(
      'INPUT',
      `Cannot read ${path} for the ranker benchmark; pass the shared data folder`,
      {
        cause: err,
      },
    );
  }
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const description = String((JSON.parse(line) as { description?: unknown }).description ?? '');
    for (const part of description.split(/\n+|(?<=[.!?])\s+(?=[A-Z])/)) {
      const s = part.replace(/^[\s\-•*·]+/, '').trim();
      const words = s.split(/\s+/).length;
      if (words >= 4 && words <= 60) out.push(s);
      if (out.length >= limit) return out;
    }
  }
  return out;
}

/**
 * Loads the model, then ranks real listing sentences one at a time and reports sentences/s.
 * @example
 * const r = benchRanker({ shared: '../shared', limit: 20 });
 * assert.equal(r.sentences, 20);
 * assert.ok(r.sentencesPerCpuSecond > 0);
 */
export function benchRanker(options: { shared?: string; limit?: number; k?: number } = {}): RankerBench {
  const sentences = listingSentences(options.shared ?? '../shared', options.limit ?? 5000);
  const k = options.k ?? 10;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const ranker = createSkillRanker(loadSkillRankerModel());
  const c1 = process.cpuUsage(c0);
  const t1 = performance.now();
  // Warm up the JIT on a few sentences so the figure reflects steady state.
  for (const s of sentences.slice(0, 50)) ranker.rank(s, k);
  const t2 = performance.now();
  const c2 = process.cpuUsage();
  for (const s of sentences) ranker.rank(s, k);
  const cpu = process.cpuUsage(c2);
  const t3 = performance.now();
  const rankCpuMs = (cpu.user + cpu.system) / 1000;
  return {
    sentences: sentences.length,
    loadMs: t1 - t0,
    loadCpuMs: (c1.user + c1.system) / 1000,
    rankMs: t3 - t2,
    rankCpuMs,
    sentencesPerSecond: sentences.length / ((t3 - t2) / 1000),
    sentencesPerCpuSecond: sentences.length / (rankCpuMs / 1000),
    k,
  };
}
