/**
 * Loads the compiled title index (data/roles/titles.json, built by scripts/build-roles.ts from O*NET and ESCO).
 * @module
 */
import { readFileSync } from 'node:fs';
import { RoleprintError } from '../../errors.ts';

/** The compiled title index: occupations and, for each title key, its best O*NET and ESCO occupation. */
export interface Roles {
  /** O*NET-SOC code and title per occupation, by index. */
  onet: [string, string][];
  /** ESCO occupation URI, preferred label and code ("2512.4"; '' in data built before codes were kept), by index. */
  esco: [string, string, string][];
  /** Title key → [O*NET index or -1, ESCO index or -1]. */
  titles: Map<string, [number, number]>;
  /** Attribution lines to show wherever the data is redistributed. */
  attribution: string[];
}

const ESCO_PREFIX = 'http://data.europa.eu/esco/occupation/';
const DEFAULT_PATH = new URL('../../../data/roles/titles.json', import.meta.url);

let cached: Roles | null = null;

/**
 * Reads the compiled roles data once (later calls return the same object).
 * @example
 * const roles = loadRoles();
 * assert.equal(roles.onet[roles.titles.get('software engineer')![0]]![0], '15-1252.00');
 */
export function loadRoles(path: string | URL = DEFAULT_PATH): Roles {
  if (cached && path === DEFAULT_PATH) return cached;
  let raw: {
    onet: [string, string][];
    esco: [string, string, string?][];
    titles: Record<string, [number, number]>;
    attribution: string[];
  };
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new RoleprintError(
      'DATA',
      `Cannot load the roles data from ${String(path)}: ${(err as Error).message}; rebuild it with "npm run build:roles"`,
      { cause: err },
    );
  }
  if (!raw || !Array.isArray(raw.onet) || !Array.isArray(raw.esco) || typeof raw.titles !== 'object')
    throw new RoleprintError(
      'DATA',
      `Cannot load the roles data from ${String(path)}: it lacks onet, esco or titles; rebuild it with "npm run build:roles"`,
    );
  const roles: Roles = {
    onet: raw.onet,
    esco: raw.esco.map(([id, label, code]) => [ESCO_PREFIX + id, label, code ?? '']),
    titles: new Map(Object.entries(raw.titles)),
    attribution: raw.attribution ?? [],
  };
  if (path === DEFAULT_PATH) cached = roles;
  return roles;
}
