/**
 * The input formats roleprint reads and the options a caller can pass to the readers.
 * @module
 */

/** The format names `--format` accepts, one reader each. */
export const FORMATS = [
  'csv',
  'tsv',
  'json',
  'jsonl',
  'jsonld',
  'greenhouse',
  'lever',
  'hn',
  'text',
] as const;

/** One input format name. */
export type Format = (typeof FORMATS)[number];

/** The listing fields a CSV/JSON column can be mapped to. */
export type MappedField = 'title' | 'description' | 'company' | 'date' | 'location' | 'url' | 'id';

/** Options for `readInputs`. */
export interface ReadOptions {
  /** Force one reader for every file instead of detecting it. */
  format?: Format;
  /** Column (or JSON key) names overriding the automatic mapping, e.g. `{ description: 'Body' }`. */
  columns?: Partial<Record<MappedField, string>>;
}

/**
 * Whether a string is one of FORMATS.
 * @example
 * assert.equal(isFormat('csv'), true);
 * assert.equal(isFormat('xml'), false);
 */
export function isFormat(name: string): name is Format {
  return (FORMATS as readonly string[]).includes(name);
}
