/**
 * Loads the compiled taxonomy from data/taxonomy and answers lookups by URI, by label and by group path.
 * @module
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { RoleprintError } from '../errors.ts';
import { ARTIFACT_FILE, ARTIFACT_VERSION, type TaxonomyArtifact } from './artifact.ts';
import { labelKey } from './label-key.ts';

/** One skill, knowledge item or tool. */
export interface Concept {
  /** Position in the compiled taxonomy (stable for one build). */
  index: number;
  /** ESCO concept URI, or `roleprint:tool/<slug>`. */
  uri: string;
  /** ESCO preferred label, or the tool's O*NET name. */
  label: string;
  /** `skill/competence`, `knowledge` or `tool`. */
  type: string;
  /** ESCO reuse level, '' for tools. */
  reuse: string;
  altLabels: string[];
  hiddenLabels: string[];
  description: string;
}

/** One step of a concept's broader path: an ESCO skill group, a broader skill, or an O*NET commodity. */
export interface GroupRef {
  uri: string;
  label: string;
}

/** An O*NET tool name and what it belongs to. */
export interface Tool {
  name: string;
  /** The concept the name stands for (ESCO when linked, else the tool's own concept). */
  concept: Concept;
  /** O*NET commodity title ("Development environment software"). */
  commodity: string;
  hot: boolean;
  kind: 'software' | 'physical';
  /** How many O*NET occupations list it. */
  occupations: number;
}

/** The loaded taxonomy. */
export interface Taxonomy {
  /** Every concept, in index order. */
  readonly concepts: readonly Concept[];
  readonly tools: readonly Tool[];
  /** Where the data came from (for NOTICE-style output). */
  readonly sources: TaxonomyArtifact['sources'];
  /** The concept with this URI, if any. */
  byUri(uri: string): Concept | undefined;
  /** Concepts whose preferred or alternative label (or tool name) equals `label`, ignoring case, spacing and punctuation. */
  byLabel(label: string): Concept[];
  /** Broader path from the top group down to the nearest parent ([] when the concept has none). */
  groupPath(uri: string): GroupRef[];
  /** ESCO skill–skill relations of a concept. */
  related(uri: string): { uri: string; essential: boolean }[];
}

const cache = new Map<string, Taxonomy>();

/** Default location of the compiled taxonomy: data/taxonomy/ in the project (never ../shared). */
export const DEFAULT_TAXONOMY_PATH = fileURLToPath(
  new URL(`../../data/taxonomy/${ARTIFACT_FILE}`, import.meta.url),
);

/**
 * Reads and indexes the compiled taxonomy (cached per path: later calls are free).
 * @example
 * const tax = loadTaxonomy();
 * assert.equal(tax.byLabel('PostgreSQL')[0]?.label, 'PostgreSQL');
 */
export function loadTaxonomy(options: { path?: string } = {}): Taxonomy {
  const path = options.path ?? DEFAULT_TAXONOMY_PATH;
  const hit = cache.get(path);
  if (hit) return hit;
  let art: TaxonomyArtifact;
  try {
    art = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as TaxonomyArtifact;
  } catch (cause) {
    throw new RoleprintError(
      'DATA',
      `Cannot load the taxonomy ${path}: ${(cause as Error).message}; rebuild it with "npm run build:taxonomy"`,
      { cause },
    );
  }
  if (art.format !== 'roleprint-taxonomy' || art.version !== ARTIFACT_VERSION)
    throw new RoleprintError(
      'DATA',
      `Cannot load the taxonomy ${path}: format ${art.format} v${art.version}, expected v${ARTIFACT_VERSION}; rebuild it with "npm run build:taxonomy"`,
    );
  const tax = indexTaxonomy(art);
  cache.set(path, tax);
  return tax;
}

const split = (s: string | undefined): string[] => (s ? s.split('\n') : []);

function indexTaxonomy(art: TaxonomyArtifact): Taxonomy {
  const c = art.concepts;
  const concepts: Concept[] = c.uri.map((uri, index) => ({
    index,
    uri,
    label: c.label[index] ?? '',
    type: c.type[index] ?? '',
    reuse: c.reuse[index] ?? '',
    altLabels: split(c.alt[index]),
    hiddenLabels: split(c.hidden[index]),
    description: c.description[index] ?? '',
  }));
  const byUri = new Map(concepts.map((x) => [x.uri, x]));
  const tools: Tool[] = art.tools.name.map((name, i) => ({
    name,
    concept: concepts[art.tools.concept[i] ?? 0] as Concept,
    commodity: art.groups.label[art.tools.commodity[i] ?? 0] ?? '',
    hot: art.tools.hot[i] === 1,
    kind: art.tools.kind[i] === 'physical' ? 'physical' : 'software',
    occupations: art.tools.occupations[i] ?? 0,
  }));
  let labels: Map<string, Concept[]> | null = null;
  const labelIndex = (): Map<string, Concept[]> => {
    if (labels) return labels;
    labels = new Map();
    const add = (label: string, concept: Concept): void => {
      const k = labelKey(label);
      const list = labels?.get(k) ?? [];
      if (!list.includes(concept)) list.push(concept);
      labels?.set(k, list);
    };
    for (const x of concepts) for (const l of [x.label, ...x.altLabels]) add(l, x);
    for (const t of tools) add(t.name, t.concept);
    return labels;
  };
  let relations: Map<number, { uri: string; essential: boolean }[]> | null = null;
  return {
    concepts,
    tools,
    sources: art.sources,
    byUri: (uri) => byUri.get(uri),
    byLabel: (label) => labelIndex().get(labelKey(label)) ?? [],
    groupPath(uri) {
      const path: GroupRef[] = [];
      const seen = new Set<string>();
      let parents = c.parents[byUri.get(uri)?.index ?? -1];
      while (parents && parents.length > 0) {
        const p = parents[0] as number;
        if (p >= 0) {
          // Walk the group chain to the top.
          for (let g = p; g >= 0 && !seen.has(`g${g}`); g = art.groups.parent[g] ?? -1) {
            seen.add(`g${g}`);
            path.push({ uri: art.groups.uri[g] ?? '', label: art.groups.label[g] ?? '' });
          }
          break;
        }
        const broader = -p - 1;
        if (seen.has(`c${broader}`)) break;
        seen.add(`c${broader}`);
        path.push({ uri: c.uri[broader] ?? '', label: c.label[broader] ?? '' });
        parents = c.parents[broader];
      }
      return path.reverse();
    },
    related(uri) {
      if (!relations) {
        relations = new Map();
        for (let i = 0; i + 2 < art.relations.length; i += 3) {
          const from = art.relations[i] as number;
          const list = relations.get(from) ?? [];
          list.push({
            uri: c.uri[art.relations[i + 1] as number] ?? '',
            essential: art.relations[i + 2] === 1,
          });
          relations.set(from, list);
        }
      }
      return relations.get(byUri.get(uri)?.index ?? -1) ?? [];
    },
  };
}
