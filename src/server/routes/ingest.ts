/**
 * POST /api/ingest (upload listings as a job), GET /api/jobs/{id} (poll it), GET /api/jobs/{id}/events (follow it
 * as server-sent events).
 * @module
 */
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { IngestJob } from '../../app/index.ts';
import { ProblemError, problem } from '../problem.ts';
import { IngestQuery, JobParams, JobSchema, problemResponses } from '../schemas.ts';
import type { ServerDeps } from '../server-deps.ts';
import { validationProblem } from '../validation.ts';

/** Raw upload content types and the extension that tells the readers their format. */
const RAW_TYPES: Record<string, string> = {
  'application/json': 'json',
  'application/ld+json': 'json',
  'application/x-ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
  'text/csv': 'csv',
  'text/tab-separated-values': 'tsv',
  'text/plain': 'txt',
  'text/markdown': 'md',
  'text/html': 'html',
  'application/gzip': 'gz',
  'application/octet-stream': 'bin',
};

class TooLarge extends Error {}

/** Counts bytes through a stream and fails past `max`. */
function limit(max: number): { stream: Transform; bytes: () => number } {
  let seen = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      if (seen > max) done(new TooLarge());
      else done(null, chunk);
    },
  });
  return { stream, bytes: () => seen };
}

const ended = (job: IngestJob): boolean => job.state === 'done' || job.state === 'failed';

/**
 * Adds the upload and job routes.
 * @example
 * import { tmpdir } from 'node:os';
 * import { OpenAPIHono } from '@hono/zod-openapi';
 * import { createIngestJobs, createProfileCache } from '../../app/index.ts';
 * import { openStore } from '../../store/index.ts';
 * const store = await openStore(':memory:');
 * const deps = { store, cache: createProfileCache(store), jobs: createIngestJobs(store), uploadDir: tmpdir(), maxUploadBytes: 1 << 20, maxJsonBytes: 1 << 20 };
 * const app = new OpenAPIHono();
 * ingestRoutes(app, deps);
 * assert.ok(app.routes.some((r) => r.method === 'POST' && r.path === '/api/ingest'));
 * assert.ok(app.routes.some((r) => r.method === 'GET' && r.path === '/api/jobs/:id'));
 */
export function ingestRoutes(app: OpenAPIHono, deps: ServerDeps): void {
  const tooLarge = () =>
    problem(
      413,
      'too-large',
      `Cannot accept an upload over ${deps.maxUploadBytes} bytes; split the listings into smaller files, or start the server with a larger --max-upload-mb`,
    );

  app.openAPIRegistry.registerPath({
    method: 'post',
    path: '/api/ingest',
    summary: 'Upload listings into the store (a job)',
    description:
      "Stores the upload (raw JSON/JSONL/CSV/TSV/HTML/text/gzip body, or multipart/form-data files) and ingests it as `roleprint ingest` would: read, clean, dedupe, store, then analyze the new listings. Answers 202 with the job; follow it at GET /api/jobs/{id} or its /events stream. When done, the job's `summary` is what `roleprint ingest --json` prints. Needs the token.",
    tags: ['ingest'],
    security: [{ bearer: [] }],
    request: {
      query: IngestQuery,
      body: {
        required: true,
        content: {
          'application/json': {
            schema: z.array(z.looseObject({})).openapi({ description: 'Listings as a JSON array' }),
          },
          'application/x-ndjson': {
            schema: z.string().openapi({ description: 'One JSON listing per line' }),
          },
          'text/csv': { schema: z.string() },
          'multipart/form-data': {
            schema: z.object({ file: z.any().openapi({ type: 'string', format: 'binary' }) }),
          },
        },
      },
    },
    responses: {
      202: { description: 'The job, queued', content: { 'application/json': { schema: JobSchema } } },
      ...problemResponses(400, 401, 403, 413, 415),
    },
  });

  app.post('/api/ingest', async (c) => {
    const query = IngestQuery.safeParse(c.req.query());
    if (!query.success) return validationProblem(query.error);
    const length = Number(c.req.header('content-length') ?? Number.NaN);
    if (length > deps.maxUploadBytes) return tooLarge();
    const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    const multipart = type === 'multipart/form-data';
    if (!multipart && !(type in RAW_TYPES))
      return problem(
        415,
        'unsupported-type',
        `Cannot read an upload of type "${type || '(none)'}"; send multipart/form-data files or a body of type ${Object.keys(RAW_TYPES).join(', ')}`,
      );
    const body = c.req.raw.body;
    if (!body) return problem(400, 'USAGE', 'Cannot ingest an empty upload; send the listings as the body');
    const dir = await mkdtemp(join(deps.uploadDir, 'upload-'));
    const cleanup = () => rm(dir, { recursive: true, force: true });
    try {
      const [folder, file] = (query.data.source ?? '').split('/');
      const target = join(dir, folder || 'upload');
      await mkdir(target);
      let paths: string[] = [];
      let totalBytes = 0;
      const source = Readable.fromWeb(body as import('node:stream/web').ReadableStream);
      if (multipart) {
        const chunks: Buffer[] = [];
        await pipeline(source, limit(deps.maxUploadBytes).stream, async (chunksIn: AsyncIterable<Buffer>) => {
          for await (const chunk of chunksIn) chunks.push(chunk);
        });
        const form = await new Response(Buffer.concat(chunks), {
          headers: { 'content-type': c.req.header('content-type') ?? '' },
        }).formData();
        const names = new Set<string>();
        for (const value of form.values()) {
          if (typeof value === 'string') continue;
          let name = safeName(value.name) ?? `file-${names.size + 1}`;
          if (names.has(name)) name = `${names.size + 1}-${name}`;
          names.add(name);
          await writeFile(join(target, name), Buffer.from(await value.arrayBuffer()), { flag: 'wx' });
          totalBytes += value.size;
        }
        if (names.size === 0) {
          await cleanup();
          return problem(
            400,
            'USAGE',
            'Cannot ingest a multipart upload without files; add the listings as a "file" part',
          );
        }
        paths = [target];
      } else {
        const path = join(target, file ?? `listings.${RAW_TYPES[type]}`);
        const counter = limit(deps.maxUploadBytes);
        await pipeline(source, counter.stream, createWriteStream(path));
        totalBytes = counter.bytes();
        paths = [path];
      }
      const job = deps.jobs.start({
        paths,
        read: query.data.format ? { format: query.data.format } : {},
        totalBytes,
        cleanup,
      });
      return c.json(job, 202, { location: `/api/jobs/${job.id}` });
    } catch (err) {
      await cleanup();
      if (err instanceof TooLarge) return tooLarge();
      throw err;
    }
  });

  const jobRoute = createRoute({
    method: 'get',
    path: '/api/jobs/{id}',
    summary: 'An ingest job',
    description: "The job's state and progress; when done, its `summary` equals `roleprint ingest --json`.",
    tags: ['ingest'],
    request: { params: JobParams },
    responses: {
      200: { description: 'The job', content: { 'application/json': { schema: JobSchema } } },
      ...problemResponses(400, 401, 404),
    },
  });
  app.openapi(jobRoute, (c) => {
    const id = c.req.valid('param').id;
    const job = deps.jobs.get(id);
    if (!job) throw unknownJob(id);
    return c.json(job, 200);
  });

  const eventsRoute = createRoute({
    method: 'get',
    path: '/api/jobs/{id}/events',
    summary: 'Follow an ingest job',
    description:
      'Server-sent events: one `job` event per change (the job as GET /api/jobs/{id} gives it), the last with state done or failed, then the stream ends.',
    tags: ['ingest'],
    request: { params: JobParams },
    responses: {
      200: {
        description: 'An event stream of IngestJob objects',
        content: { 'text/event-stream': { schema: z.string() } },
      },
      ...problemResponses(400, 401, 404),
    },
  });
  app.openapi(eventsRoute, (c) => {
    const id = c.req.valid('param').id;
    const job = deps.jobs.get(id);
    if (!job) throw unknownJob(id);
    return followJob(c, deps, job);
  });
}

function followJob(c: Context, deps: ServerDeps, first: IngestJob): Response {
  return streamSSE(c, async (stream) => {
    let seq = 0;
    // Writes are chained so they go out in order and the last one is flushed before the stream ends.
    let writing: Promise<void> = Promise.resolve();
    const send = (job: IngestJob): Promise<void> => {
      writing = writing.then(() =>
        stream.writeSSE({ event: 'job', id: String(seq++), data: JSON.stringify(job) }),
      );
      return writing;
    };
    await send(first);
    if (ended(first)) return;
    await new Promise<void>((resolve) => {
      const finish = () => {
        unsubscribe();
        resolve();
      };
      const unsubscribe = deps.jobs.subscribe(first.id, (job) => {
        void send(job);
        if (ended(job)) finish();
      });
      stream.onAbort(finish);
      // The job may have ended between the first snapshot and the subscription.
      const now = deps.jobs.get(first.id);
      if (now && ended(now)) {
        void send(now);
        finish();
      }
    });
    await writing;
  });
}

function unknownJob(id: string): ProblemError {
  return new ProblemError(
    problem(
      404,
      'not-found',
      `No ingest job ${id} on this server; start one with POST /api/ingest (finished jobs are kept for a while only)`,
    ),
  );
}

// A file name from a multipart part, reduced to safe characters (no folders, no dot files); null when nothing is left.
function safeName(name: string): string | null {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^[._]+/, '');
  return clean.length > 0 ? clean.slice(0, 128) : null;
}
