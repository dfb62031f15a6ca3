/**
 * POST /api/gap: a résumé (its text as JSON, or a file as multipart) against the profile of a selection of the store.
 * Computes only: the résumé is read in memory, never stored, and its text is never logged.
 * @module
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { gapAgainstProfile, parseProfileRequest } from '../../app/index.ts';
import { GAP_FORMATS, renderGap } from '../../report/index.ts';
import { parseResumes, pickResume, type RawResume } from '../../resume/index.ts';
import { problem } from '../problem.ts';
import { problemResponses } from '../schemas.ts';
import type { ServerDeps } from '../server-deps.ts';
import { CONTENT_TYPES, reportCsp } from './profile.ts';

const Selection = {
  role: z.string().max(200).optional().openapi({ example: 'data-scientist' }),
  since: z.string().max(10).optional(),
  until: z.string().max(10).optional(),
  asOf: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Cannot read "asOf"; pass a month as YYYY-MM' })
    .optional()
    .openapi({ description: 'The month "present" means in the résumé\'s dates (default: this month)' }),
};

/** Body of POST /api/gap as JSON. */
export const GapBody = z
  .object({
    text: z
      .string()
      .min(1, { error: 'Cannot measure an empty résumé; post {"text": "…"} with the résumé text' })
      .max(200_000),
    markdown: z.boolean().default(false).openapi({ description: 'The text is Markdown' }),
    ...Selection,
    source: z.array(z.string().max(500)).max(50).optional(),
  })
  .openapi('GapRequest');

/** Body of POST /api/gap as multipart: the résumé file (PDF, DOCX, Markdown, text, JSON Resume) and the selection. */
export const GapForm = z
  .object({
    file: z.any().optional().openapi({ type: 'string', format: 'binary', description: 'the résumé file' }),
    ...Selection,
    id: z.string().max(200).optional().openapi({ description: 'which résumé, when the file holds several' }),
  })
  .openapi('GapUpload');

const GapQuery = z.object({
  format: z.enum(GAP_FORMATS).default('json').openapi({ description: 'json (GapReport), md or html' }),
});

/**
 * Adds the gap route.
 * @example
 * import { tmpdir } from 'node:os';
 * import { OpenAPIHono } from '@hono/zod-openapi';
 * import { createIngestJobs, createProfileCache } from '../../app/index.ts';
 * import { openStore } from '../../store/index.ts';
 * const store = await openStore(':memory:');
 * const deps = { store, cache: createProfileCache(store), jobs: createIngestJobs(store), uploadDir: tmpdir(), maxUploadBytes: 1 << 20, maxJsonBytes: 1 << 20 };
 * const app = new OpenAPIHono();
 * gapRoutes(app, deps);
 * assert.ok(app.routes.some((r) => r.method === 'POST' && r.path === '/api/gap'));
 */
export function gapRoutes(app: OpenAPIHono, deps: ServerDeps): void {
  const limit = Math.min(deps.maxUploadBytes, 16 * 1024 * 1024);
  const route = createRoute({
    method: 'post',
    path: '/api/gap',
    summary: 'Measure a résumé against a profile',
    description:
      "Each line of the selection's profile marked covered (with the résumé line that shows it), near (a related concept, and which relation) or missing, a share-weighted fit score, the three changes that would raise it most and what the résumé offers beyond the role: the same report as `roleprint gap`. The résumé is never stored or logged.",
    tags: ['profile'],
    middleware: [
      bodyLimit({
        maxSize: limit,
        onError: () =>
          problem(413, 'too-large', `Cannot read a résumé over ${limit} bytes; post a smaller file`),
      }),
    ] as const,
    request: {
      query: GapQuery,
      body: {
        content: {
          'application/json': { schema: GapBody },
          'multipart/form-data': { schema: GapForm },
        },
        // Not `required`: with it, each content type's validator runs on every request, whatever its type.
        required: false,
      },
    },
    responses: {
      200: {
        description: 'The gap report',
        content: {
          'application/json': { schema: z.looseObject({}).openapi({ description: 'GapReport, schema 1' }) },
          'text/markdown': { schema: z.string() },
          'text/html': { schema: z.string() },
        },
      },
      ...problemResponses(400, 401, 413, 415, 422),
    },
  });
  app.openapi(route, async (c) => {
    const { format } = c.req.valid('query');
    const type = c.req.header('content-type') ?? '';
    const json = type.startsWith('application/json');
    if (!json && !type.startsWith('multipart/form-data'))
      return problem(
        415,
        'unsupported-type',
        `Cannot read a résumé of type "${type || '(none)'}"; post JSON {"text": "…"} or multipart/form-data with the file as "file"`,
      );
    let raw: RawResume;
    let fields: z.infer<typeof GapBody> | z.infer<typeof GapForm>;
    if (json) {
      const b = c.req.valid('json') as z.infer<typeof GapBody>;
      fields = b;
      raw = {
        id: 'resume',
        source: 'resume',
        locator: 'body',
        text: b.text,
        format: b.markdown ? 'markdown' : 'text',
        category: null,
      };
    } else {
      const f = c.req.valid('form') as z.infer<typeof GapForm>;
      fields = f;
      if (!(f.file instanceof File))
        return problem(
          400,
          'invalid-request',
          'Cannot read the résumé: post it as the multipart field "file"',
        );
      const name = f.file.name || 'resume.txt';
      raw = pickResume(await parseResumes(Buffer.from(await f.file.arrayBuffer()), name), f.id, 'id');
    }
    const selection = parseProfileRequest(
      {
        role: fields.role,
        since: fields.since,
        until: fields.until,
        sources: 'source' in fields ? fields.source : undefined,
      },
      (name) => name,
    );
    await deps.cache.warm();
    const profile = await deps.cache.profile(selection);
    const body = renderGap(
      await gapAgainstProfile(profile, raw, fields.asOf ? { asOf: fields.asOf } : {}),
      format,
    );
    const headers: Record<string, string> = {
      'content-type': CONTENT_TYPES[format],
      'cache-control': 'no-store',
    };
    if (format === 'html') headers['content-security-policy'] = reportCsp(body);
    return c.body(body, 200, headers);
  });
}
