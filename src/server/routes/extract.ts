/**
 * POST /api/extract: the skills of posted text, through the same use case as `roleprint extract`.
 * @module
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { extractSkills } from '../../app/index.ts';
import { problem } from '../problem.ts';
import { ExtractBody, ExtractResultSchema, problemResponses } from '../schemas.ts';
import type { ServerDeps } from '../server-deps.ts';

/**
 * Adds the extract route.
 * @example
 * import { tmpdir } from 'node:os';
 * import { OpenAPIHono } from '@hono/zod-openapi';
 * import { createIngestJobs, createProfileCache } from '../../app/index.ts';
 * import { openStore } from '../../store/index.ts';
 * const store = await openStore(':memory:');
 * const deps = { store, cache: createProfileCache(store), jobs: createIngestJobs(store), uploadDir: tmpdir(), maxUploadBytes: 1 << 20, maxJsonBytes: 1 << 20 };
 * const app = new OpenAPIHono();
 * extractRoutes(app, deps);
 * assert.ok(app.routes.some((r) => r.method === 'POST' && r.path === '/api/extract'));
 */
export function extractRoutes(app: OpenAPIHono, deps: ServerDeps): void {
  const route = createRoute({
    method: 'post',
    path: '/api/extract',
    summary: 'Extract skills from text',
    description:
      'The skills one text asks for, linked to ESCO (or O*NET tool ids), best first: the literal matcher, or with `rank` the ESCO skills ranked by meaning with calibrated scores. Computes only; stores nothing.',
    tags: ['skills'],
    middleware: [
      bodyLimit({
        maxSize: deps.maxJsonBytes,
        onError: () =>
          problem(413, 'too-large', `Cannot read a body over ${deps.maxJsonBytes} bytes; post shorter text`),
      }),
    ] as const,
    request: { body: { content: { 'application/json': { schema: ExtractBody } }, required: true } },
    responses: {
      200: { description: 'The skills', content: { 'application/json': { schema: ExtractResultSchema } } },
      ...problemResponses(400, 401, 413, 415),
    },
  });
  app.openapi(route, async (c) => {
    const b = c.req.valid('json');
    const result = extractSkills(
      { id: b.id, text: b.text, ...(b.title ? { title: b.title } : {}) },
      {
        rank: b.rank,
        sections: b.sections,
        perSentence: b.perSentence,
        ...(b.top !== undefined ? { top: b.top } : {}),
        ...(b.minScore !== undefined ? { minScore: b.minScore } : {}),
      },
    );
    return c.json(result, 200);
  });
}
