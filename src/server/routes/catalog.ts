/**
 * GET /api/sources and GET /api/roles: what the store holds, with counts and codes.
 * @module
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { listSources } from '../../app/index.ts';
import type { ListingFilter } from '../../store/index.ts';
import { problemResponses, RolesQuery, RolesSchema, SourcesSchema } from '../schemas.ts';
import type { ServerDeps } from '../server-deps.ts';

const sourcesRoute = createRoute({
  method: 'get',
  path: '/api/sources',
  summary: 'List the sources in the store',
  description:
    'Every source read into the store with its listings, record accounting and posting-date range.',
  tags: ['catalog'],
  responses: {
    200: {
      description: 'The sources, sorted by name',
      content: { 'application/json': { schema: SourcesSchema } },
    },
    ...problemResponses(401, 503),
  },
});

const rolesRoute = createRoute({
  method: 'get',
  path: '/api/roles',
  summary: 'List the roles in the store',
  description:
    'Roles present among the stored listings (titles normalized to a role slug), with listing counts and O*NET-SOC / ESCO codes, most common first; the no-role row last. The slug is what GET /api/profile?role= takes.',
  tags: ['catalog'],
  request: { query: RolesQuery },
  responses: {
    200: { description: 'Roles with counts', content: { 'application/json': { schema: RolesSchema } } },
    ...problemResponses(400, 401, 503),
  },
});

/**
 * Adds the catalog routes (sources and roles).
 * @example
 * import { tmpdir } from 'node:os';
 * import { OpenAPIHono } from '@hono/zod-openapi';
 * import { createIngestJobs, createProfileCache } from '../../app/index.ts';
 * import { openStore } from '../../store/index.ts';
 * const store = await openStore(':memory:');
 * const deps = { store, cache: createProfileCache(store), jobs: createIngestJobs(store), uploadDir: tmpdir(), maxUploadBytes: 1 << 20, maxJsonBytes: 1 << 20 };
 * const app = new OpenAPIHono();
 * catalogRoutes(app, deps);
 * assert.deepEqual(await (await app.request('/api/sources')).json(), { sources: [] });
 */
export function catalogRoutes(app: OpenAPIHono, deps: ServerDeps): void {
  app.openapi(sourcesRoute, async (c) => c.json({ sources: await listSources(deps.store) }, 200));
  app.openapi(rolesRoute, async (c) => {
    const q = c.req.valid('query');
    const filter: ListingFilter = {};
    const sources = q.source === undefined ? [] : [q.source].flat();
    if (sources.length > 0) filter.sources = sources;
    if (q.since) filter.since = q.since;
    if (q.until) filter.until = q.until;
    const summary = await deps.cache.roles(filter);
    if (q.limit === undefined) return c.json({ ...summary, over: 'store' as const }, 200);
    const named = summary.roles.filter((r) => r.role !== null).slice(0, q.limit);
    const none = summary.roles.filter((r) => r.role === null);
    return c.json({ ...summary, over: 'store' as const, roles: [...named, ...none] }, 200);
  });
}
