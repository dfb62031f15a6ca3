/**
 * GET /api/profile: a role profile as JSON, Markdown, HTML or CSV, with the filters of `roleprint report`.
 * @module
 */
import { createHash } from 'node:crypto';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { parseProfileRequest } from '../../app/index.ts';
import type { ReportFormat } from '../../report/index.ts';
import { ProfileQuery, problemResponses } from '../schemas.ts';
import type { ServerDeps } from '../server-deps.ts';

/** Content type per report format. */
export const CONTENT_TYPES: Record<ReportFormat, string> = {
  json: 'application/json; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

const profileRoute = createRoute({
  method: 'get',
  path: '/api/profile',
  summary: 'Profile a role',
  description:
    'The role profile of the stored listings the filters select (all of them without filters): key skills by theme, core and distinctive responsibilities, qualifications, trends, with evidence. The same bytes as `roleprint report --db … --format …` with the same filters. Built profiles are cached until the store changes.',
  tags: ['profile'],
  request: { query: ProfileQuery },
  responses: {
    200: {
      description: 'The report (JSON follows docs/report-schema.md)',
      content: {
        'application/json': { schema: z.looseObject({}).openapi({ description: 'RoleProfile, schema 2' }) },
        'text/markdown': { schema: z.string() },
        'text/html': { schema: z.string() },
        'text/csv': { schema: z.string() },
      },
    },
    304: { description: 'Not modified (If-None-Match matched the ETag)' },
    ...problemResponses(400, 401, 503),
  },
});

/**
 * The CSP of an HTML report: no script at all, its own inline style blocks allowed by hash, inline SVG images.
 * @example
 * assert.match(reportCsp('<style>b{}</style>'), /style-src 'sha256-/);
 */
export function reportCsp(html: string): string {
  const hashes = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
    (m) =>
      `'sha256-${createHash('sha256')
        .update(m[1] as string)
        .digest('base64')}'`,
  );
  return `default-src 'none'; style-src ${hashes.join(' ') || "'none'"}; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`;
}

/**
 * Adds the profile route.
 * @example
 * import { tmpdir } from 'node:os';
 * import { OpenAPIHono } from '@hono/zod-openapi';
 * import { createIngestJobs, createProfileCache } from '../../app/index.ts';
 * import { openStore } from '../../store/index.ts';
 * const store = await openStore(':memory:');
 * const deps = { store, cache: createProfileCache(store), jobs: createIngestJobs(store), uploadDir: tmpdir(), maxUploadBytes: 1 << 20, maxJsonBytes: 1 << 20 };
 * const app = new OpenAPIHono();
 * profileRoutes(app, deps);
 * assert.ok(app.routes.some((r) => r.method === 'GET' && r.path === '/api/profile'));
 */
export function profileRoutes(app: OpenAPIHono, deps: ServerDeps): void {
  app.openapi(profileRoute, async (c) => {
    const q = c.req.valid('query');
    const options = parseProfileRequest(
      {
        role: q.role,
        sources: q.source === undefined ? undefined : [q.source].flat(),
        since: q.since,
        until: q.until,
        by: q.by,
        compare: q.compare,
        label: q.label,
      },
      (name) => name,
    );
    const report = await deps.cache.report(options, q.format);
    const headers: Record<string, string> = {
      'content-type': CONTENT_TYPES[q.format],
      etag: report.etag,
      'cache-control': 'no-cache',
      'x-roleprint-cache': report.hit ? 'hit' : 'miss',
    };
    if (q.format === 'html') headers['content-security-policy'] = reportCsp(report.body);
    if (q.format === 'csv' || q.format === 'md')
      headers['content-disposition'] = `inline; filename="${options.role ?? 'profile'}.${q.format}"`;
    if (c.req.header('if-none-match') === report.etag) return c.body(null, 304, headers);
    return c.body(report.body, 200, headers);
  });
}
