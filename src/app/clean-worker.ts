/**
 * A worker thread of the clean pool: cleans each batch it is sent and computes each clean listing's dedupe
 * signature (and, when asked, its language), the costly steps of ingest that need nothing but the record.
 * @module
 */
import { parentPort } from 'node:worker_threads';
import { cleanListing, computeSignature, listingLanguage } from '../clean/index.ts';
import type { Listing } from '../ingest/index.ts';
import type { CleanContext, Cleaned } from './clean-pool.ts';

const port = parentPort;
if (!port) throw new Error('clean-worker.ts runs as a worker thread of the clean pool');
port.on('message', (m: { seq: number; items: Listing[]; context: CleanContext }) => {
  port.postMessage({ seq: m.seq, results: m.items.map((l) => cleanOne(l, m.context)) });
});

function cleanOne(listing: Listing, context: CleanContext): Cleaned {
  try {
    const clean = cleanListing(listing, context.clean);
    if (!('text' in clean)) return { clean, signature: null };
    const signature = computeSignature(clean.text);
    if (!context.language) return { clean, signature };
    return { clean, signature, language: listingLanguage(clean) };
  } catch (e) {
    return { error: (e as Error).message };
  }
}
