/**
 * Concept-linking evaluation: O*NET task statements of the held-out occupations → their DWAs, and hand-labelled
 * listing duties (test/concepts/duty-gold.jsonl) → acceptable DWAs, ranked among all DWA prototypes.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RoleprintError } from '../errors.ts';
import { activityTexts, prototypeOf, scorePrototypes } from '../taxonomy/concepts/concept-prototypes.ts';
import { trainingPairs } from '../taxonomy/concepts/concept-training-pairs.ts';
import {
  type OnetDwa,
  type OnetTask,
  onetSplit,
  readOnetActivities,
} from '../taxonomy/concepts/read-onet-activities.ts';
import { verbClauses } from '../taxonomy/concepts/verb-clauses.ts';
import type { Taxonomy } from '../taxonomy/index.ts';
import { tfidfEncoder } from './concepts-eval-baseline.ts';

/** Anything that turns text into a unit vector. */
export interface TextEncoder {
  dim: number;
  encode(text: string): Float32Array;
}

/** One hand-labelled listing sentence: the first DWA is the best, all listed ones are acceptable. */
export interface DutyGoldRow {
  source: string;
  record: string;
  sentence: string;
  /** Raw O*NET DWA ids (`4.A.…D01`). */
  dwa: string[];
}

/** Figures of one encoder. */
export interface ConceptEvalResult {
  onet: { tasks: number; top1: number; top5: number; mrr: number; iwaTop1: number };
  gold: { rows: number; skipped: number; top1: number; top5: number } | null;
}

/**
 * Reads the duty gold file (JSON lines); rows with no DWA are kept (and counted as skipped by the eval).
 * @example
 * const rows = readDutyGold('test/concepts/duty-gold.jsonl');
 * assert.equal(rows.length, 165);
 */
export function readDutyGold(path: string): DutyGoldRow[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      try {
        return JSON.parse(l) as DutyGoldRow;
      } catch (cause) {
        throw new RoleprintError('INPUT', `Cannot read ${path}: line ${i + 1} is not JSON; fix the line`, {
          cause,
        });
      }
    });
}

/** Rank (1-based) of the first gold id in `ranked`, or 0 when none is there. */
function firstHit(ranked: readonly string[], gold: ReadonlySet<string>): number {
  const i = ranked.findIndex((id) => gold.has(id));
  return i + 1;
}

/**
 * Measures one encoder: DWA prototypes are built from titles + training-occupation tasks with this encoder, then each
 * held-out task (and gold duty) is ranked against all of them.
 * @example
 * import { loadConcepts } from '../taxonomy/index.ts';
 * const dwas = [{ id: 'onet:dwa/a', title: 'Hire staff.', iwaId: 'i1', iwaTitle: 'Staff' }, { id: 'onet:dwa/b', title: 'Prepare budgets.', iwaId: 'i2', iwaTitle: 'Money' }];
 * const tasks = [{ soc: '11-1021.00', taskId: '1', text: 'Recruit and hire new employees.', dwas: ['onet:dwa/a'] }]; // a held-out occupation
 * const r = evaluateConcepts(loadConcepts().encoder, { dwas, tasks });
 * assert.deepEqual([r.onet.tasks, r.onet.top1], [1, 1]);
 */
export function evaluateConcepts(
  encoder: TextEncoder,
  data: { dwas: readonly OnetDwa[]; tasks: readonly OnetTask[]; gold?: readonly DutyGoldRow[] },
): ConceptEvalResult {
  const texts = activityTexts(data.dwas, data.tasks);
  const ids = data.dwas.map((d) => d.id);
  const iwaOf = new Map(data.dwas.map((d) => [d.id, d.iwaId]));
  const protos = new Float32Array(ids.length * encoder.dim);
  ids.forEach((id, i) => {
    protos.set(
      prototypeOf(texts.get(id) ?? [], (t) => encoder.encode(t)),
      i * encoder.dim,
    );
  });
  // As the concepts component links: the best score over the text and its coordinated-verb clauses.
  const ranked = (text: string, k: number): string[] => {
    const scores = scorePrototypes(encoder.encode(text), protos, encoder.dim);
    for (const clause of verbClauses(text)) {
      const c = scorePrototypes(encoder.encode(clause), protos, encoder.dim);
      for (let i = 0; i < scores.length; i++)
        if ((c[i] as number) > (scores[i] as number)) scores[i] = c[i] as number;
    }
    return topIndices(scores, k).map((i) => ids[i] as string);
  };
  let n = 0;
  let top1 = 0;
  let top5 = 0;
  let rr = 0;
  let iwa1 = 0;
  for (const task of data.tasks) {
    if (onetSplit(task.soc) !== 'eval') continue;
    n++;
    const r = ranked(task.text, 100);
    const hit = firstHit(r, new Set(task.dwas));
    if (hit === 1) top1++;
    if (hit >= 1 && hit <= 5) top5++;
    if (hit > 0) rr += 1 / hit;
    if (new Set(task.dwas.map((d) => iwaOf.get(d))).has(iwaOf.get(r[0] ?? ''))) iwa1++;
  }
  let gold: ConceptEvalResult['gold'] = null;
  if (data.gold) {
    let rows = 0;
    let skipped = 0;
    let g1 = 0;
    let g5 = 0;
    for (const row of data.gold) {
      if (row.dwa.length === 0) {
        skipped++;
        continue;
      }
      rows++;
      const hit = firstHit(ranked(row.sentence, 5), new Set(row.dwa.map((d) => `onet:dwa/${d}`)));
      if (hit === 1) g1++;
      if (hit >= 1) g5++;
    }
    gold = { rows, skipped, top1: g1 / Math.max(1, rows), top5: g5 / Math.max(1, rows) };
  }
  const d = Math.max(1, n);
  return { onet: { tasks: n, top1: top1 / d, top5: top5 / d, mrr: rr / d, iwaTop1: iwa1 / d }, gold };
}

/**
 * Indices of the k highest scores, best first (ties by lower index).
 * @example
 * assert.deepEqual(topIndices(Float32Array.of(0.1, 0.9, 0.5), 2), [1, 2]);
 */
export function topIndices(scores: Float32Array, k: number): number[] {
  const idx = Array.from(scores.keys());
  idx.sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
  return idx.slice(0, k);
}

/** The gold file, when present. */
export function maybeDutyGold(path: string): DutyGoldRow[] | undefined {
  return existsSync(path) ? readDutyGold(path) : undefined;
}

/**
 * A text table of named results (encoder vs baseline).
 * @example
 * const r = { onet: { tasks: 1, top1: 1, top5: 1, mrr: 1, iwaTop1: 1 }, gold: null };
 * assert.match(formatConceptEval({ encoder: r }), /held-out O\*NET/);
 */
export function formatConceptEval(results: Record<string, ConceptEvalResult>): string {
  const f = (x: number): string => x.toFixed(3);
  const lines = [
    'method      held-out O*NET tasks  top-1  top-5  MRR    IWA top-1 | gold rows (skipped)  top-1  top-5',
  ];
  for (const [name, r] of Object.entries(results)) {
    const o = r.onet;
    const g = r.gold ? `${r.gold.rows} (${r.gold.skipped})`.padEnd(20) : 'no gold file'.padEnd(20);
    const gf = r.gold ? `${f(r.gold.top1)}  ${f(r.gold.top5)}` : '';
    lines.push(
      `${name.padEnd(12)}${String(o.tasks).padEnd(22)}${f(o.top1)}  ${f(o.top5)}  ${f(o.mrr)}  ${f(o.iwaTop1).padEnd(9)} | ${g} ${gf}`,
    );
  }
  return lines.join('\n');
}

/**
 * Runs the full concept eval from the shared data: the shipped encoder and the TF-IDF baseline (IDF over the
 * encoder's training texts), on held-out O*NET tasks and, when the file exists, the duty gold.
 * @example
 * import { loadConcepts, loadTaxonomy } from '../taxonomy/index.ts';
 * const r = runConceptEval({ shared: '../shared', goldPath: 'test/concepts/duty-gold.jsonl', encoder: loadConcepts().encoder, taxonomy: loadTaxonomy() });
 * assert.ok(r.encoder.onet.top5 > r.tfidf.onet.top5);
 */
export function runConceptEval(options: {
  shared: string;
  goldPath: string;
  encoder: TextEncoder;
  taxonomy: Taxonomy;
}): Record<'encoder' | 'tfidf', ConceptEvalResult> {
  const { dwas, tasks } = readOnetActivities(join(options.shared, 'data/taxonomy/onet-29.2'));
  const gold = maybeDutyGold(options.goldPath);
  const pairs = trainingPairs({
    dwas,
    tasks,
    taxonomy: options.taxonomy,
    skillskapeDir: join(options.shared, 'data/benchmarks/skillskape'),
  });
  const baseline = tfidfEncoder(pairs.flatMap((p) => [p.query, p.target]));
  const data = gold ? { dwas, tasks, gold } : { dwas, tasks };
  return { encoder: evaluateConcepts(options.encoder, data), tfidf: evaluateConcepts(baseline, data) };
}
