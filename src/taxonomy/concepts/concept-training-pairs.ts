/**
 * The (text, concept label) pairs the concept encoder is trained on, read from O*NET, ESCO and SkillSkape.
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Taxonomy } from '../load-taxonomy.ts';
import { type OnetDwa, type OnetTask, onetSplit } from './read-onet-activities.ts';

/** One positive pair and the source it came from. */
export interface TrainingPair {
  query: string;
  target: string;
  source:
    | 'task-dwa'
    | 'task-iwa'
    | 'dwa-iwa'
    | 'esco-alt'
    | 'esco-description'
    | 'skillskape'
    | 'listing-skill'
    | 'listing-dwa';
}

/** What the pairs are read from. */
export interface TrainingSources {
  dwas: readonly OnetDwa[];
  tasks: readonly OnetTask[];
  taxonomy: Taxonomy;
  /** Folder of SkillSkape's train.csv / dev.csv. */
  skillskapeDir: string;
  /** Alternative labels used per ESCO skill, at most. @default 12 */
  maxAltLabels?: number;
}

/**
 * The first sentence of a description (up to the first ". "), or the whole text.
 * @example
 * assert.equal(firstSentence('Recruit staff. Then more.'), 'Recruit staff.');
 */
export function firstSentence(text: string): string {
  const i = text.indexOf('. ');
  return (i === -1 ? text : text.slice(0, i + 1)).trim();
}

/**
 * SkillSkape rows of one split as (sentence, ESCO skill URIs) with labels resolved through the taxonomy.
 * @example
 * import { loadTaxonomy } from '../load-taxonomy.ts';
 * const rows = readSkillskape('../shared/data/benchmarks/skillskape', 'dev', loadTaxonomy());
 * assert.ok(rows[0].uris.length > 0);
 */
export function readSkillskape(
  dir: string,
  split: 'train' | 'dev' | 'test',
  taxonomy: Taxonomy,
): { sentence: string; uris: string[] }[] {
  const rows = parse(readFileSync(join(dir, `${split}.csv`), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    bom: true,
  }) as Record<string, string>[];
  const out: { sentence: string; uris: string[] }[] = [];
  for (const row of rows) {
    const uris: string[] = [];
    for (const m of (row.skills ?? '').matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g)) {
      const label = m[1] ?? m[2] ?? '';
      const hit = taxonomy.byLabel(label).find((c) => c.label.toLowerCase() === label.toLowerCase());
      if (hit && !uris.includes(hit.uri)) uris.push(hit.uri);
    }
    if (uris.length > 0 && row.sentence) out.push({ sentence: row.sentence, uris });
  }
  return out;
}

/**
 * Every training pair, in a fixed order: O*NET tasks of the training occupations with their DWA and IWA titles,
 * DWA → IWA titles, ESCO alternative label and first description sentence → preferred label (skills and knowledge),
 * and SkillSkape train sentences → skill label.
 * @example
 * import { loadTaxonomy } from '../load-taxonomy.ts';
 * const dwas = [{ id: 'onet:dwa/x', title: 'Administer medications.', iwaId: 'i', iwaTitle: 'Treat patients.' }];
 * const tasks = [{ soc: '29-1141.00', taskId: '1', text: 'Give patients their medicines.', dwas: ['onet:dwa/x'] }];
 * const pairs = trainingPairs({ dwas, tasks, taxonomy: loadTaxonomy(), skillskapeDir: '../shared/data/benchmarks/skillskape' });
 * assert.deepEqual(pairs.slice(0, 3), [
 *   { query: 'Give patients their medicines.', target: 'Administer medications.', source: 'task-dwa' },
 *   { query: 'Give patients their medicines.', target: 'Treat patients.', source: 'task-iwa' },
 *   { query: 'Administer medications.', target: 'Treat patients.', source: 'dwa-iwa' },
 * ]);
 * assert.ok(pairs.some((p) => p.source === 'skillskape'));
 */
export function trainingPairs(sources: TrainingSources): TrainingPair[] {
  const out: TrainingPair[] = [];
  const dwaById = new Map(sources.dwas.map((d) => [d.id, d]));
  for (const task of sources.tasks) {
    if (onetSplit(task.soc) !== 'train') continue;
    const iwas = new Set<string>();
    for (const id of task.dwas) {
      const d = dwaById.get(id);
      if (!d) continue;
      out.push({ query: task.text, target: d.title, source: 'task-dwa' });
      if (!iwas.has(d.iwaTitle)) out.push({ query: task.text, target: d.iwaTitle, source: 'task-iwa' });
      iwas.add(d.iwaTitle);
    }
  }
  for (const d of sources.dwas) out.push({ query: d.title, target: d.iwaTitle, source: 'dwa-iwa' });
  const maxAlt = sources.maxAltLabels ?? 12;
  for (const c of sources.taxonomy.concepts) {
    if (c.type !== 'skill/competence' && c.type !== 'knowledge') continue;
    for (const alt of c.altLabels.slice(0, maxAlt))
      if (alt.toLowerCase() !== c.label.toLowerCase())
        out.push({ query: alt, target: c.label, source: 'esco-alt' });
    if (c.description)
      out.push({ query: firstSentence(c.description), target: c.label, source: 'esco-description' });
  }
  for (const row of readSkillskape(sources.skillskapeDir, 'train', sources.taxonomy))
    for (const uri of row.uris)
      out.push({
        query: row.sentence,
        target: sources.taxonomy.byUri(uri)?.label ?? '',
        source: 'skillskape',
      });
  return out;
}
