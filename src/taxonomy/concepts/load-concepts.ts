/**
 * Loads the concept catalog (skills, O*NET activities, corpus topics) with its encoder, and answers nearest-concept
 * queries over the concepts' prototype vectors.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { RoleprintError } from '../../errors.ts';
import { memoizeString } from '../../memoize.ts';
import { loadLexicon } from '../lexicon.ts';
import { loadTaxonomy } from '../load-taxonomy.ts';
import { isStopWord, wordNorms } from '../tokenize.ts';
import { DEFAULT_TOPICS_PATH, loadTopics } from '../topics.ts';
import { CATALOG_VERSION, type CatalogFile, type ConceptKind, type Platt } from './concept-catalog-file.ts';
import { type ConceptEncoder, dequantizeRows, readEncoder } from './concept-encoder.ts';
import { prototypeOf } from './concept-prototypes.ts';
import { dotRow, nearestRowsBatch } from './nearest-rows.ts';

/** Default location of the encoder and catalog: data/models/concept-encoder/ in the project. */
export const DEFAULT_CONCEPTS_DIR = fileURLToPath(
  new URL('../../../data/models/concept-encoder/', import.meta.url),
);

/** One concept of the catalog (or an ESCO skill outside it, with `inCatalog` false). */
export interface CatalogConcept {
  id: string;
  kind: ConceptKind;
  label: string;
  broader: { id: string; label: string } | null;
  /** A topic's analyst line ("Design and run A/B tests"); absent for other kinds. */
  description?: string;
  /** ESCO skill type (`knowledge`, `skill/competence`) or `tool`, for skills. */
  skillType?: string;
  /** False for an ESCO skill or tool that has no prototype (answered from the taxonomy). */
  inCatalog: boolean;
}

/** A concept and its cosine with a query. */
export interface ConceptScore {
  id: string;
  kind: ConceptKind;
  score: number;
}

/** The loaded catalog. */
export interface ConceptCatalog {
  readonly encoder: ConceptEncoder;
  /** Concepts with a prototype (topics included when data/concepts/topics.json exists). */
  readonly size: number;
  encode(text: string): Float32Array;
  /** The k concepts whose prototypes are closest to a unit vector, best first (ties by catalog order). */
  nearest(vec: Float32Array, k: number, kinds?: readonly ConceptKind[]): ConceptScore[];
  /** {@link ConceptCatalog.nearest} for several vectors at once (faster than one by one). */
  nearestMany(vecs: readonly Float32Array[], k: number, kinds?: readonly ConceptKind[]): ConceptScore[][];
  get(id: string): CatalogConcept | undefined;
  /** Cosine between two concepts' prototypes, floored at 0; 0 when either has none. */
  similarity(idA: string, idB: string): number;
  /** Cosine between two short texts' encodings, floored at 0 ("clinical" and "patient"). */
  textSimilarity(a: string, b: string): number;
  /** Calibrated probability that a text with this cosine to a concept of this kind expresses it. */
  probability(cosine: number, kind: ConceptKind): number;
  /**
   * The word of a concept's label that names what it is about ("security" for "cyber security" and "Implement
   * security measures for computer…"): the head noun of its object, or the word before a head that names no subject
   * of its own; undefined for a concept without a prototype, or whose head is not close in meaning to the whole.
   */
  subject(id: string): string | undefined;
}

/** Closeness a label word needs to the whole concept to be its subject. */
const SUBJECT_MIN = 0.4;
/** Words that end an activity's object ("Implement security measures | for computer systems"). */
const OBJECT_ENDS: ReadonlySet<string> = new Set(
  'for of to in with on by from about into across within using during at as through between among including'.split(
    ' ',
  ),
);

/** A topic as the catalog needs it (see src/taxonomy/topics.ts). */
export interface TopicEntry {
  id: string;
  label: string;
  description?: string;
  variants: readonly string[];
}

const cache = new Map<string, ConceptCatalog>();

/**
 * Reads the encoder, the catalog and the corpus topics (data/concepts/topics.json, when present; or `topics`);
 * cached per folder when topics are not given, so later calls are free.
 * @example
 * const c = loadConcepts();
 * assert.equal(c.get('onet:dwa/4.A.4.c.3.I01.D01')?.kind, 'activity');
 */
export function loadConcepts(options: { dir?: string; topics?: readonly TopicEntry[] } = {}): ConceptCatalog {
  const dir = options.dir ?? DEFAULT_CONCEPTS_DIR;
  const hit = options.topics ? undefined : cache.get(dir);
  if (hit) return hit;
  const topics = options.topics ?? (existsSync(DEFAULT_TOPICS_PATH) ? loadTopics() : []);
  const encoder = readEncoder(dir);
  let file: CatalogFile;
  let bytes: Buffer;
  try {
    file = JSON.parse(gunzipSync(readFileSync(join(dir, 'catalog.json.gz'))).toString('utf8')) as CatalogFile;
    bytes = gunzipSync(readFileSync(join(dir, 'prototypes.i8.gz')));
  } catch (cause) {
    throw new RoleprintError(
      'DATA',
      `Cannot load the concept catalog from ${dir}: ${(cause as Error).message}; rebuild it with "npm run build:concepts"`,
      { cause },
    );
  }
  if (
    file.format !== 'roleprint-concept-catalog' ||
    file.version !== CATALOG_VERSION ||
    file.dim !== encoder.dim
  )
    throw new RoleprintError(
      'DATA',
      `Cannot load the concept catalog from ${dir}: v${file.version} dim ${file.dim}, expected v${CATALOG_VERSION} dim ${encoder.dim}; rebuild it with "npm run build:concepts"`,
    );
  const dim = encoder.dim;
  const c = file.concepts;
  const concepts: CatalogConcept[] = c.id.map((id, i) => ({
    id,
    kind: c.kind[i] as ConceptKind,
    label: c.label[i] ?? '',
    broader: c.broaderId[i] ? { id: c.broaderId[i] as string, label: c.broaderLabel[i] ?? '' } : null,
    inCatalog: true,
  }));
  const rows: Float32Array[] = [
    dequantizeRows(new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), file.scales, dim),
  ];
  for (const t of [...topics].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const topic: CatalogConcept = { id: t.id, kind: 'topic', label: t.label, broader: null, inCatalog: true };
    if (t.description) topic.description = t.description;
    concepts.push(topic);
    rows.push(prototypeOf([t.label, ...t.variants], (x) => encoder.encode(x)));
  }
  const protos = new Float32Array(concepts.length * dim);
  let off = 0;
  for (const r of rows) {
    protos.set(r, off);
    off += r.length;
  }
  const index = new Map(concepts.map((x, i) => [x.id, i]));
  const kindOf = Uint8Array.from(concepts, (x) => KIND_CODES.indexOf(x.kind));
  const calibration = file.calibration;
  const subjects = new Map<string, string | undefined>();
  const isKnowledge = (id: string) => loadTaxonomy().byUri(id)?.type === 'knowledge';
  const catalog: ConceptCatalog = {
    encoder,
    size: concepts.length,
    encode: (text) => encoder.encode(text),
    nearest(vec, k, kinds) {
      return catalog.nearestMany([vec], k, kinds)[0] ?? [];
    },
    nearestMany(vecs, k, kinds) {
      const allowed = kinds ? Uint8Array.from(KIND_CODES, (kind) => (kinds.includes(kind) ? 1 : 0)) : null;
      const keep = allowed ? (r: number) => allowed[kindOf[r] as number] === 1 : null;
      return nearestRowsBatch(vecs, protos, dim, k, keep).map((hits) =>
        hits.map(({ row, score }) => ({
          id: concepts[row]?.id ?? '',
          kind: concepts[row]?.kind ?? 'skill',
          score,
        })),
      );
    },
    get(id) {
      const i = index.get(id);
      const known = i === undefined ? undefined : concepts[i];
      if (known && known.kind !== 'skill') return known;
      // Skill types come from the taxonomy, which also answers skills and tools outside the catalog.
      const esco = loadTaxonomy().byUri(id);
      if (known) return esco ? { ...known, skillType: esco.type } : known;
      if (!esco) return undefined;
      return { id, kind: 'skill', label: esco.label, broader: null, skillType: esco.type, inCatalog: false };
    },
    similarity(idA, idB) {
      const a = index.get(idA);
      const b = index.get(idB);
      if (a === undefined || b === undefined) return 0;
      return Math.max(0, dotRow(protos, a * dim, protos, b * dim, dim));
    },
    textSimilarity(a, b) {
      return Math.max(0, dotRow(encoder.encode(a), 0, encoder.encode(b), 0, dim));
    },
    probability(cosine, kind) {
      const p: Platt = calibration[kind] ?? calibration.activity;
      return 1 / (1 + Math.exp(-(p.a * cosine + p.b)));
    },
    subject(id) {
      // Asked for every near concept of every statement: the remembered answer first (only concepts have one).
      const known = subjects.get(id);
      if (known !== undefined || subjects.has(id)) return known;
      const i = index.get(id);
      const concept = i === undefined ? undefined : concepts[i];
      if (i === undefined || !concept) return undefined;
      const words = wordNorms(concept.label);
      // An activity or competence label opens with its verb ("Implement security measures"): the verb is the act,
      // not the subject. The object runs to its first preposition ("… for computer or information systems").
      const verbFirst = concept.kind === 'activity' || (concept.kind === 'skill' && !isKnowledge(id));
      const phrase: string[] = [];
      for (const w of verbFirst ? words.slice(1) : words) {
        if (OBJECT_ENDS.has(w)) break;
        phrase.push(w);
      }
      // Its head noun is the subject ("data visualization" is about visualization), unless it names none of its own
      // ("security measures", "cloud technologies") or names whom the duty is done to ("recruit employees"): then the
      // word before it is.
      const { people, generic } = loadLexicon();
      let best: string | undefined;
      for (let k = phrase.length - 1; k >= 0 && best === undefined; k--) {
        const w = phrase[k] as string;
        if (w === 'and' || w === 'or' || isStopWord(w) || people.has(w) || generic.has(w)) continue;
        best = w;
      }
      // The subject must also say what the concept is about in meaning, not be a stray word.
      if (best !== undefined) {
        const s = dotRow(protos, i * dim, encoder.encode(best), 0, dim);
        if (best.length < 3 || !/^[a-z][a-z-]*$/.test(best) || s < SUBJECT_MIN) best = undefined;
      }
      subjects.set(id, best);
      return best;
    },
  };

  if (!options.topics) cache.set(dir, catalog);
  return catalog;
}

const KIND_CODES: ConceptKind[] = ['activity', 'skill', 'topic'];

/**
 * True when a text names a concept's subject word in any inflection ("budget", "budgets", "budgetary" for the
 * subject "budgets"; see {@link ConceptCatalog.subject}).
 * @example
 * assert.equal(namesSubject('Deliver on time and on budget', 'budgets'), true);
 * assert.equal(namesSubject('Own the roadmap', 'budgets'), false);
 */
export function namesSubject(text: string, subject: string): boolean {
  return subjectPattern(subject)?.test(text) ?? false;
}

// The pattern of a subject's stem at a word start, built once per subject: the analysis asks for each sentence's ten
// nearest concepts. Without the g flag a RegExp keeps no state between tests, so one is shared.
const subjectPattern = memoizeString((subject: string): RegExp | null => {
  const stem = subjectStem(subject);
  return stem === null ? null : new RegExp(`\\b${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i');
}, 50_000);

/**
 * The stem a subject word is named by in any inflection ("budgets" → "budget", "activities" → "activity"), or null
 * when it is too short to tell apart.
 * @example
 * assert.equal(subjectStem('budgets'), 'budget');
 * assert.equal(subjectStem('is'), null);
 */
export function subjectStem(subject: string): string | null {
  const stem = subject.replace(/ies$/, 'y').replace(/(?:es|s)$/, '');
  return stem.length < 3 ? null : stem;
}
