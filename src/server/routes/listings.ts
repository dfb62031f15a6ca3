/**
 * GET /api/listings/{id}: one stored listing's card (title, employer, date, source), for the evidence a report cites.
 * @module
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { getListing } from '../../app/index.ts';
import { ProblemError, problem } from '../problem.ts';
import { ListingParams, ListingSchema, problemResponses } from '../schemas.ts';
import type { ServerDeps } from '../server-deps.ts';

const listingRoute = createRoute({
  method: 'get',
  path: '/api/listings/{id}',
  summary: 'A listing cited as evidence',
  description:
    "The stored listing's title, employer, location, posting date, source and URL (not its text), by the id a report's evidence cites.",
  tags: ['catalog'],
  request: { params: ListingParams },
  responses: {
    200: { description: 'The listing', content: { 'application/json': { schema: ListingSchema } } },
    ...problemResponses(400, 401, 404, 503),
  },
});

/**
 * Adds the listing route.
 * @example
 * import { tmpdir } from 'node:os';
 * import { OpenAPIHono } from '@hono/zod-openapi';
 * import { createIngestJobs, createProfileCache } from '../../app/index.ts';
 * import { openStore } from '../../store/index.ts';
 * const store = await openStore(':memory:');
 * const deps = { store, cache: createProfileCache(store), jobs: createIngestJobs(store), uploadDir: tmpdir(), maxUploadBytes: 1 << 20, maxJsonBytes: 1 << 20 };
 * const app = new OpenAPIHono();
 * listingRoutes(app, deps);
 * assert.ok(app.routes.some((r) => r.method === 'GET' && r.path === '/api/listings/:id'));
 */
export function listingRoutes(app: OpenAPIHono, deps: ServerDeps): void {
  app.openapi(listingRoute, async (c) => {
    const id = c.req.valid('param').id;
    const card = await getListing(deps.store, id);
    if (!card)
      throw new ProblemError(
        problem(
          404,
          'not-found',
          `No listing ${id} in this store; the ids a profile cites come from the same store`,
        ),
      );
    return c.json(card, 200);
  });
}
