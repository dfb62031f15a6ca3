/**
 * GET /api/compare: two or more selections side by side, as JSON, Markdown, HTML or CSV.
 * @module
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { compareSelections, parseCompareRequest } from '../../app/index.ts';
import { renderComparison } from '../../report/index.ts';
import { CompareQuery, problemResponses } from '../schemas.ts';
import type { ServerDeps } from '../server-deps.ts';
import { CONTENT_TYPES, reportCsp } from './profile.ts';

const compareRoute = createRoute({
  method: 'get',
  path: '/api/compare',
  summary: 'Compare selections',
  description:
    'Two or more selections of the stored listings side by side (repeat one of role, source or period): lines shared by all, lines distinctive to each with the difference in share, its 95% Newcombe interval and a Benjamini–Hochberg corrected test, and a headline. The same bytes as `roleprint compare --db … --format …` with the same selections.',
  tags: ['profile'],
  request: { query: CompareQuery },
  responses: {
    200: {
      description: 'The comparison (JSON follows docs/compare-schema.md)',
      content: {
        'application/json': {
          schema: z.looseObject({}).openapi({ description: 'RoleComparison, schema 1' }),
        },
        'text/markdown': { schema: z.string() },
        'text/html': { schema: z.string() },
        'text/csv': { schema: z.string() },
      },
    },
    ...problemResponses(400, 401, 503),
  },
});

const list = (v: string | string[] | undefined): string[] | undefined =>
  v === undefined ? undefined : [v].flat();

/**
 * Adds the compare route.
 * @example
 * import { tmpdir } from 'node:os';
 * import { OpenAPIHono } from '@hono/zod-openapi';
 * import { createIngestJobs, createProfileCache } from '../../app/index.ts';
 * import { openStore } from '../../store/index.ts';
 * const store = await openStore(':memory:');
 * const deps = { store, cache: createProfileCache(store), jobs: createIngestJobs(store), uploadDir: tmpdir(), maxUploadBytes: 1 << 20, maxJsonBytes: 1 << 20 };
 * const app = new OpenAPIHono();
 * compareRoutes(app, deps);
 * assert.ok(app.routes.some((r) => r.method === 'GET' && r.path === '/api/compare'));
 */
export function compareRoutes(app: OpenAPIHono, deps: ServerDeps): void {
  app.openapi(compareRoute, async (c) => {
    const q = c.req.valid('query');
    const selections = parseCompareRequest(
      { roles: list(q.role), sources: list(q.source), periods: list(q.period), labels: list(q.label) },
      (name) => name,
    );
    await deps.cache.warm();
    const body = renderComparison(await compareSelections(deps.store, selections), q.format);
    const headers: Record<string, string> = {
      'content-type': CONTENT_TYPES[q.format],
      'cache-control': 'no-cache',
    };
    if (q.format === 'html') headers['content-security-policy'] = reportCsp(body);
    if (q.format === 'csv' || q.format === 'md')
      headers['content-disposition'] = `inline; filename="compare.${q.format}"`;
    return c.body(body, 200, headers);
  });
}
