/**
 * The cleaned listing: what every later stage reads.
 * @module
 */
import type { Listing } from '../ingest/index.ts';

/** A Listing with its description turned into clean plain text. */
export interface CleanListing extends Omit<Listing, 'description' | 'format'> {
  /** Stable id derived from `key` (first 16 hex chars of its SHA-256): the id reports cite. */
  id: string;
  /** Clean plain text: markup removed, entities decoded, mojibake repaired, NFC, one block/list item per line. */
  text: string;
  /** Cleaned title (entities, mojibake and whitespace fixed); null when none. */
  title: string | null;
  titles: string[];
  /** SHA-256 (hex) of the normalized text, for exact-duplicate detection. */
  contentHash: string;
}
