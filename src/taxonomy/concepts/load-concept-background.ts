/**
 * Loads the shipped concept background: per concept, how many listings (and employers, and listings per role) of the
 * shared corpus link to it (data/background/concepts.json.gz, built by scripts/build-concept-background.ts).
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { RoleprintError } from '../../errors.ts';

/** Default location: data/background/ in the project. */
export const DEFAULT_BACKGROUND_PATH = fileURLToPath(
  new URL('../../../data/background/concepts.json.gz', import.meta.url),
);

/** Counts of one concept over the background corpus. */
export interface BackgroundCounts {
  listings: number;
  employers: number;
  /** Listings per role slug (only listings whose title matched a role). */
  roles: Record<string, number>;
}

/** The background as stored. */
export interface ConceptBackgroundFile {
  version: 1;
  listings: number;
  employers: number;
  roles: Record<string, number>;
  /** Each role's O*NET-SOC code ("15-2051.00"), by slug: which roles are a role's neighbours. Absent in older files. */
  roleCodes?: Record<string, string>;
  concepts: Record<string, BackgroundCounts>;
  /**
   * The first 10 hex characters of each counted listing's content hash, sorted: a store holding the same listings
   * leaves them out of its own part of the background, so no listing is counted twice. Absent in older files.
   */
  contentHashes?: string[];
}

const cache = new Map<string, ConceptBackgroundFile>();

/**
 * Reads the background once per path (later calls are free); an absent file gives an empty background (0 listings).
 * @example
 * const bg = loadConceptBackground();
 * assert.ok(bg.listings > 10_000);
 */
export function loadConceptBackground(path: string = DEFAULT_BACKGROUND_PATH): ConceptBackgroundFile {
  const hit = cache.get(path);
  if (hit) return hit;
  let bg: ConceptBackgroundFile = { version: 1, listings: 0, employers: 0, roles: {}, concepts: {} };
  if (existsSync(path)) {
    try {
      bg = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as ConceptBackgroundFile;
    } catch (cause) {
      throw new RoleprintError(
        'DATA',
        `Cannot load the concept background ${path}: ${(cause as Error).message}; rebuild it with "npm run build:background"`,
        { cause },
      );
    }
    if (bg.version !== 1)
      throw new RoleprintError(
        'DATA',
        `Cannot load the concept background ${path}: version ${bg.version}, expected 1; rebuild it with "npm run build:background"`,
      );
  }
  cache.set(path, bg);
  return bg;
}
