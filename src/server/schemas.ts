/**
 * The API's request and response schemas: the same zod objects validate requests and generate `/openapi.json`.
 * @module
 */
import { z } from '@hono/zod-openapi';
import { DATE_PATTERN, PROFILE_MESSAGES, RANGES_PATTERN } from '../app/index.ts';
import { FORMATS } from '../ingest/index.ts';
import { REPORT_FORMATS } from '../report/index.ts';

const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

const date = (name: 'since' | 'until') =>
  z
    .string()
    .regex(DATE_PATTERN, { error: (iss) => PROFILE_MESSAGES.date(name, String(iss.input)) })
    .optional()
    .openapi({
      description: `Only listings posted ${name === 'since' ? 'on or after' : 'on or before'} this date`,
      example: '2024',
    });

/** One value or the parameter repeated (`?source=a&source=b`). */
const sources = z
  .union([z.string().min(1).max(300), z.array(z.string().min(1).max(300)).max(50)])
  .optional()
  .openapi({
    description: 'Only listings from these sources (repeat the parameter); see GET /api/sources',
    example: 'tech-leadership/postings.jsonl',
  });

const role = z
  .string()
  .regex(SLUG, {
    error: (iss) =>
      `Cannot read role "${String(iss.input)}"; pass a role slug such as cto (GET /api/roles lists them)`,
  })
  .optional()
  .openapi({ description: 'Only listings whose title normalizes to this role', example: 'cto' });

/** Query of GET /api/profile: the filters of `roleprint report`, and the format. */
export const ProfileQuery = z.object({
  role,
  source: sources,
  since: date('since'),
  until: date('until'),
  by: z
    .enum(['quarter', 'year'], { error: (iss) => PROFILE_MESSAGES.by('by', String(iss.input)) })
    .optional()
    .openapi({ description: 'Trend periods', example: 'year' }),
  compare: z
    .string()
    .regex(RANGES_PATTERN, { error: (iss) => PROFILE_MESSAGES.compare('compare', String(iss.input)) })
    .optional()
    .openapi({ description: 'Compare two date ranges instead of periods', example: '2023..2023,2024..2025' }),
  label: z.string().min(1).max(200).optional().openapi({
    description: 'Name the listings in the title instead of the role label',
    example: 'Tech leadership',
  }),
  format: z
    .enum(REPORT_FORMATS, { error: (iss) => PROFILE_MESSAGES.format('format', String(iss.input)) })
    .default('json')
    .openapi({ description: 'Report format (JSON follows docs/report-schema.md)', example: 'json' }),
});

/** Query of GET /api/roles. */
export const RolesQuery = z.object({
  source: sources,
  since: date('since'),
  until: date('until'),
  limit: z.coerce
    .number()
    .int()
    .min(1, { error: 'Cannot use limit below 1: pass a whole number of roles, e.g. limit=20' })
    .max(10000)
    .optional()
    .openapi({ description: 'Only the N most common roles (the no-role row is always kept)', example: 20 }),
});

/** One role with its listing count and codes. */
export const RoleCountSchema = z
  .object({
    role: z.string().nullable().openapi({ description: 'Role slug; null for titles that match no role' }),
    label: z.string().nullable(),
    onetSoc: z.string().nullable().openapi({ description: 'O*NET-SOC code', example: '11-1011.00' }),
    escoOccupation: z.string().nullable().openapi({ description: 'ESCO occupation URI' }),
    escoCode: z.string().nullable().openapi({ description: 'ESCO occupation code', example: '2512.4' }),
    listings: z.number().int(),
  })
  .openapi('RoleCount');

/** Body of GET /api/roles (as `roleprint roles --json` over the store). */
export const RolesSchema = z
  .object({
    over: z.literal('store'),
    listings: z.number().int(),
    duplicates: z.number().int(),
    rejected: z.number().int(),
    roles: z.array(RoleCountSchema),
  })
  .openapi('Roles');

const Counts = {
  read: z.number().int(),
  accepted: z.number().int(),
  duplicates: z.number().int(),
  rejected: z.number().int(),
};

/** Body of GET /api/sources. */
export const SourcesSchema = z
  .object({
    sources: z.array(
      z
        .object({
          source: z.string().openapi({ example: 'tech-leadership/postings.jsonl' }),
          listings: z.number().int(),
          ...Counts,
          from: z.string().nullable(),
          to: z.string().nullable(),
        })
        .openapi('Source'),
    ),
  })
  .openapi('Sources');

/** Body of POST /api/extract. */
export const ExtractBody = z
  .object({
    id: z.string().max(200).default('text'),
    text: z
      .string()
      .min(1, {
        error: 'Cannot extract skills from an empty "text"; post {"text": "…"} with the listing text',
      })
      .max(200_000),
    title: z.string().max(500).optional(),
    rank: z
      .boolean()
      .default(false)
      .openapi({ description: 'Rank ESCO skills by meaning (calibrated scores)' }),
    top: z.number().int().min(1).max(200).optional(),
    minScore: z.number().min(0).max(1).optional(),
    sections: z.boolean().default(true).openapi({ description: 'Skip benefits/about/legal/apply text' }),
    perSentence: z.boolean().default(false),
  })
  .openapi('ExtractRequest');

const ExtractedSkill = z
  .object({
    uri: z.string(),
    label: z.string(),
    type: z.string(),
    score: z.number(),
    need: z
      .enum(['required', 'preferred'])
      .nullable()
      .openapi({ description: 'null when the text does not say' }),
    spans: z.array(z.object({ start: z.number().int(), end: z.number().int(), text: z.string() })),
  })
  .openapi('ExtractedSkill');

/** Body of the POST /api/extract response. */
export const ExtractResultSchema = z
  .object({
    id: z.string(),
    skills: z.array(ExtractedSkill),
    tools: z.array(ExtractedSkill).optional(),
    sentences: z
      .array(
        z.object({
          start: z.number().int(),
          end: z.number().int(),
          text: z.string(),
          skills: z.array(ExtractedSkill),
        }),
      )
      .optional(),
  })
  .openapi('ExtractResult');

/** Query of POST /api/ingest. */
export const IngestQuery = z.object({
  format: z
    .enum(FORMATS, {
      error: (iss) => `Unknown format "${String(iss.input)}"; pass format=${FORMATS.join('|')}`,
    })
    .optional()
    .openapi({ description: 'Read every uploaded file as this format (default: detected per file)' }),
  source: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}(\/[A-Za-z0-9][A-Za-z0-9._-]{0,127})?$/, {
      error: (iss) =>
        `Cannot use source "${String(iss.input)}": pass FOLDER or FOLDER/FILE of letters, digits, . _ -, e.g. source=exports/jobs.csv`,
    })
    .optional()
    .openapi({
      description:
        'Source name of the upload: FOLDER/FILE for a raw body (default upload/listings.<ext>), FOLDER for multipart files (default upload)',
      example: 'exports/jobs.csv',
    }),
});

/** An ingest job as GET /api/jobs/{id} returns it. */
export const JobSchema = z
  .object({
    id: z.string(),
    state: z.enum(['queued', 'ingesting', 'analyzing', 'done', 'failed']),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
    progress: z.object({
      records: z.number().int(),
      bytes: z.number().int(),
      totalBytes: z.number().int(),
      analyzed: z.number().int(),
    }),
    summary: z
      .object({
        sources: z.record(z.string(), z.object(Counts)),
        total: z.object(Counts),
        skipped: z.array(z.object({ path: z.string(), reason: z.string() })),
      })
      .nullable()
      .openapi({ description: 'The accounting, exactly as `roleprint ingest --json` prints it' }),
    rejections: z.array(
      z.object({
        file: z.string(),
        source: z.string(),
        locator: z.string(),
        recordKey: z.string().nullable(),
        reason: z.string(),
      }),
    ),
    error: z.object({ code: z.string(), message: z.string() }).nullable(),
  })
  .openapi('IngestJob');

/** Path parameters naming a job. */
export const JobParams = z.object({
  id: z
    .uuid({
      error: (iss) => `Cannot read job id "${String(iss.input)}"; pass the id POST /api/ingest returned`,
    })
    .openapi({
      param: { name: 'id', in: 'path' },
    }),
});

/** RFC 9457 problem details. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');

/** The problem responses every route may give, for the OpenAPI document. */
export const problemResponses = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((s) => [
      s,
      {
        description: PROBLEM_TEXT[s] ?? 'Error',
        content: { 'application/problem+json': { schema: ProblemSchema } },
      },
    ]),
  );

const PROBLEM_TEXT: Record<number, string> = {
  400: 'Invalid parameters, or nothing matches the selection',
  401: 'Missing or wrong token',
  403: 'Writes are disabled (no token configured)',
  404: 'Unknown job',
  413: 'Body too large',
  415: 'Unsupported content type',
  422: 'The upload could not be read',
  503: 'The store failed',
};

/** Path of GET /api/listings/{id}. */
export const ListingParams = z.object({
  id: z
    .string()
    .regex(/^[0-9a-f]{16}$/, {
      error: (iss) =>
        `Cannot read listing id "${String(iss.input)}"; pass the 16 hex characters a report's evidence cites`,
    })
    .openapi({ param: { name: 'id', in: 'path' }, example: '0123456789abcdef' }),
});

/** Body of GET /api/listings/{id}: the listing's card, without its text. */
export const ListingSchema = z
  .object({
    id: z.string(),
    source: z.string().openapi({ example: 'tech-leadership/postings.jsonl' }),
    title: z.string().nullable(),
    company: z.string().nullable(),
    location: z.string().nullable(),
    postedAt: z.string().nullable().openapi({ description: 'YYYY-MM-DD or YYYY-MM' }),
    url: z
      .string()
      .nullable()
      .openapi({ description: 'As the source gave it: not checked, not a safe link' }),
    repostCount: z.number().int(),
  })
  .openapi('Listing');

/** One value or the parameter repeated, for the selections of GET /api/compare. */
const repeated = (
  description: string,
  example: string,
  pattern?: RegExp,
  message?: (v: string) => string,
) => {
  const one = pattern
    ? z
        .string()
        .min(1)
        .max(300)
        .regex(pattern, { error: (iss) => message?.(String(iss.input)) ?? 'Cannot read the value' })
    : z.string().min(1).max(300);
  return z
    .union([one, z.array(one).max(20)])
    .optional()
    .openapi({ description, example });
};

/** Query of GET /api/compare: repeat one of role, source or period for the selections, and the format. */
export const CompareQuery = z.object({
  role: repeated(
    'A role to compare (repeat: role=cto&role=data-scientist); given once with another parameter repeated, a filter common to all',
    'cto',
    SLUG,
    (v) => `Cannot read role "${v}"; pass a role slug such as cto (GET /api/roles lists them)`,
  ),
  source: repeated(
    'A source to compare (repeat); given once, a common filter',
    'tech-leadership/postings.jsonl',
  ),
  period: repeated('A period FROM..TO to compare (repeat); given once, a common filter', '2019..2020'),
  label: repeated('Names of the selections in order, one per selection', 'Tech leadership'),
  format: z
    .enum(REPORT_FORMATS, { error: (iss) => PROFILE_MESSAGES.format('format', String(iss.input)) })
    .default('json')
    .openapi({ description: 'Output format (JSON follows docs/compare-schema.md)', example: 'json' }),
});
