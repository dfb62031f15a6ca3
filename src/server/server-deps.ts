/**
 * What the routes share: the store and the application layer's stateful parts over it.
 * @module
 */
import type { IngestJobs, ProfileCache } from '../app/index.ts';
import type { Store } from '../store/index.ts';

/** The objects every route group is built over. */
export interface ServerDeps {
  store: Store;
  cache: ProfileCache;
  jobs: IngestJobs;
  /** Where uploads are written before their ingest job reads them. */
  uploadDir: string;
  /** Largest upload accepted, in bytes. */
  maxUploadBytes: number;
  /** Largest JSON body of the other routes, in bytes. */
  maxJsonBytes: number;
}
