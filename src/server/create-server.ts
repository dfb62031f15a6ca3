/**
 * The HTTP API as a hono app over one store: routes, validation, problem+json errors and the security guards.
 * Tests call `app.request()`; `startServer` puts it on a port.
 * @module
 */
import { tmpdir } from 'node:os';
import { OpenAPIHono } from '@hono/zod-openapi';
import {
  createIngestJobs,
  createProfileCache,
  type IngestJobs,
  type ProfileCache,
  type ProfileCacheOptions,
} from '../app/index.ts';
import { RoleprintError } from '../errors.ts';
import type { Store } from '../store/index.ts';
import { docsRoutes } from './docs.ts';
import { problem, problemFromError } from './problem.ts';
import { catalogRoutes } from './routes/catalog.ts';
import { compareRoutes } from './routes/compare.ts';
import { extractRoutes } from './routes/extract.ts';
import { gapRoutes } from './routes/gap.ts';
import { ingestRoutes } from './routes/ingest.ts';
import { listingRoutes } from './routes/listings.ts';
import { profileRoutes } from './routes/profile.ts';
import { isLoopbackHost, loopbackHostOnly, requireToken, securityHeaders } from './security.ts';
import type { ServerDeps } from './server-deps.ts';
import { validationProblem } from './validation.ts';
import { webRoutes } from './web.ts';

/** Options of {@link createServer}. */
export interface ServerOptions {
  store: Store;
  /** The bearer token for writes (and reads off loopback); without it writes are refused. */
  token?: string | undefined;
  /**
   * The address the server listens on: off loopback, reads need the token too (and a token is required).
   * @default '127.0.0.1'
   */
  host?: string;
  /** @default 64 MiB */
  maxUploadBytes?: number;
  /** @default 1 MiB */
  maxJsonBytes?: number;
  /** @default os.tmpdir() */
  uploadDir?: string;
  cache?: ProfileCacheOptions;
  /** Reported in /openapi.json. @default '0.0.0' */
  version?: string;
  /** The dashboard's build (served at `/`). @default web/dist of this package */
  webDir?: string;
  /** Called with analyze progress after an ingest (the CLI prints it). */
  onAnalyzed?: (done: number) => void;
}

/** The app and the application-layer state it serves. */
export interface RoleprintServer {
  app: OpenAPIHono;
  cache: ProfileCache;
  jobs: IngestJobs;
}

/**
 * Builds the API over a store.
 * @example
 * import { openStore } from '../store/index.ts';
 * const { app } = createServer({ store: await openStore(':memory:') });
 * assert.equal((await app.request('/api/sources')).status, 200);
 */
export function createServer(options: ServerOptions): RoleprintServer {
  const host = options.host ?? '127.0.0.1';
  const loopback = isLoopbackHost(host);
  if (!loopback && !options.token)
    throw new RoleprintError(
      'USAGE',
      `Cannot serve on ${host} without a token: off loopback every request needs one; set ROLEPRINT_TOKEN or pass --token, or serve on 127.0.0.1`,
    );
  const cache = createProfileCache(options.store, options.cache);
  const jobs = createIngestJobs(options.store, {
    afterIngest: async (onAnalyzed) => {
      cache.invalidate();
      await cache.warm({
        onProgress: (done) => {
          onAnalyzed(done);
          options.onAnalyzed?.(done);
        },
      });
    },
  });
  const deps: ServerDeps = {
    store: options.store,
    cache,
    jobs,
    uploadDir: options.uploadDir ?? tmpdir(),
    maxUploadBytes: options.maxUploadBytes ?? 64 * 1024 * 1024,
    maxJsonBytes: options.maxJsonBytes ?? 1024 * 1024,
  };
  const app = new OpenAPIHono({
    defaultHook: (result) => {
      if (!result.success) return validationProblem(result.error);
    },
  });
  app.use('*', securityHeaders());
  if (loopback) app.use('*', loopbackHostOnly());
  app.use(
    '/api/*',
    requireToken({
      token: options.token,
      readsNeedToken: !loopback,
      computePaths: ['/api/extract', '/api/gap'],
    }),
  );
  app.onError((err, c) => problemFromError(err, c));
  app.notFound((c) =>
    problem(
      404,
      'not-found',
      `No route ${c.req.method} ${new URL(c.req.url).pathname}; see /docs or /openapi.json`,
    ),
  );
  webRoutes(app, options.webDir);
  catalogRoutes(app, deps);
  listingRoutes(app, deps);
  profileRoutes(app, deps);
  compareRoutes(app, deps);
  extractRoutes(app, deps);
  gapRoutes(app, deps);
  ingestRoutes(app, deps);
  docsRoutes(app, options.version ?? '0.0.0');
  return { app, cache, jobs };
}
