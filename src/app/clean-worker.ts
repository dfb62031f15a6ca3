/**
 * A worker thread of the clean pool: cleans each batch it is sent and computes each clean listing's dedupe
 * signature, the two costly steps of ingest that need nothing but the record.
 * @module
 */
import { parentPort } from 'node:worker_threads';
import { type CleanOptions, cleanListing, computeSignature } from '../clean/index.ts';
import type { Listing } from '../ingest/index.ts';
import type { Cleaned } from './clean-pool.ts';

const port = parentPort;
if (!port) throw new Error('clean-worker.ts runs as a worker thread of the clean pool');
port.on('message', (m: { seq: number; items: Listing[]; context: CleanOptions }) => {
  port.postMessage({ seq: m.seq, results: m.items.map((l) => cleanOne(l, m.context)) });
});

function cleanOne(listing: Listing, options: CleanOptions): Cleaned {
  try {
    const clean = cleanListing(listing, options);
    return { clean, signature: 'text' in clean ? computeSignature(clean.text) : null };
  } catch (e) {
    return { error: (e as Error).message };
  }
}
