/**
 * A worker thread of the analyze pool: builds the default analyzer once, then analyzes each batch it is sent.
 * @module
 */
import { parentPort } from 'node:worker_threads';
import { createAnalyzer, defaultComponents } from '../analyze/index.ts';
import type { CleanListing } from '../clean/index.ts';

const port = parentPort;
if (!port) throw new Error('analyze-worker.ts runs as a worker thread of the analyze pool');
const analyze = createAnalyzer(await defaultComponents());
port.on('message', (m: { seq: number; items: CleanListing[] }) => {
  try {
    port.postMessage({ seq: m.seq, results: m.items.map(analyze) });
  } catch (e) {
    port.postMessage({ seq: m.seq, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
