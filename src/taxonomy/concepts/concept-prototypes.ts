/**
 * Concept prototypes: the normalized mean of the unit encodings of a concept's texts (label, alternative labels,
 * and for O*NET activities the task statements of the training occupations linked to it).
 * @module
 */
import { normalizeInPlace } from './concept-encoder.ts';
import { type OnetDwa, type OnetTask, onetSplit } from './read-onet-activities.ts';

/**
 * The prototype of one concept from its texts' encodings (each counted with weight 1).
 * @example
 * const p = prototypeOf(['a', 'b'], (t) => Float32Array.of(t === 'a' ? 1 : 0, t === 'b' ? 1 : 0));
 * assert.deepEqual([...p].map((x) => x.toFixed(3)), ['0.707', '0.707']);
 */
export function prototypeOf(texts: readonly string[], encode: (text: string) => Float32Array): Float32Array {
  let sum: Float32Array | null = null;
  for (const t of texts) {
    const v = encode(t);
    if (!sum) sum = new Float32Array(v.length);
    for (let j = 0; j < v.length; j++) sum[j] = (sum[j] as number) + (v[j] as number);
  }
  return normalizeInPlace(sum ?? new Float32Array(0));
}

/**
 * The texts each DWA's prototype averages: its title, and the training-split task statements linked to it.
 * @example
 * const dwas = [{ id: 'onet:dwa/x', title: 'Administer medications.', iwaId: 'i', iwaTitle: 'Treat patients.' }];
 * // 29-1141.00 (registered nurses) falls in the training split; 11-1021.00 is held out for evaluation.
 * const tasks = [
 *   { soc: '29-1141.00', taskId: '1', text: 'Give patients their medicines.', dwas: ['onet:dwa/x'] },
 *   { soc: '11-1021.00', taskId: '2', text: 'Dispense drugs.', dwas: ['onet:dwa/x'] },
 * ];
 * assert.deepEqual(activityTexts(dwas, tasks).get('onet:dwa/x'), ['Administer medications.', 'Give patients their medicines.']);
 */
export function activityTexts(dwas: readonly OnetDwa[], tasks: readonly OnetTask[]): Map<string, string[]> {
  const out = new Map<string, string[]>(dwas.map((d) => [d.id, [d.title]]));
  for (const task of tasks) {
    if (onetSplit(task.soc) !== 'train') continue;
    for (const id of task.dwas) out.get(id)?.push(task.text);
  }
  return out;
}

/**
 * Scores of a query against row-major prototypes (dot products; cosines for unit vectors). Only the query's non-zero
 * components are visited, so sparse (TF-IDF) and dense (encoder) vectors share this one code path.
 * @example
 * assert.deepEqual([...scorePrototypes(Float32Array.of(1, 0), Float32Array.of(1, 0, 0, 1), 2)], [1, 0]);
 */
export function scorePrototypes(query: Float32Array, prototypes: Float32Array, dim: number): Float32Array {
  const nz: number[] = [];
  for (let j = 0; j < dim; j++) if (query[j] !== 0) nz.push(j);
  const rows = prototypes.length / dim;
  const out = new Float32Array(rows);
  for (let r = 0; r < rows; r++) {
    const o = r * dim;
    let s = 0;
    for (const j of nz) s += (query[j] as number) * (prototypes[o + j] as number);
    out[r] = s;
  }
  return out;
}
