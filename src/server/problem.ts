/**
 * RFC 9457 problem details: every error the API returns, and the one place RoleprintError codes become statuses.
 * @module
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { RoleprintError, type RoleprintErrorCode } from '../errors.ts';

/** HTTP status per RoleprintError code (the CLI maps the same codes to exit codes in `cli/exit-codes.ts`). */
export const STATUS_FOR_CODE: Record<RoleprintErrorCode, ContentfulStatusCode> = {
  USAGE: 400,
  INPUT: 422,
  CONFIG: 500,
  STORE: 503,
  DATA: 500,
  INTERNAL: 500,
};

const TITLES: Partial<Record<number, string>> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  413: 'Content too large',
  415: 'Unsupported media type',
  421: 'Misdirected request',
  422: 'Unprocessable content',
  500: 'Internal error',
  503: 'Store unavailable',
};

/** The body of a problem response. */
export interface Problem {
  /** A URI naming the kind of problem (`urn:roleprint:problem:<code>`). */
  type: string;
  title: string;
  status: number;
  /** What went wrong and how to fix it, in the CLI's words. */
  detail: string;
  /** The RoleprintError code, or the HTTP-level kind (`unauthorized`, `not-found` …). */
  code: string;
  /** For invalid requests: each bad field and why. */
  errors?: { path: string; message: string }[];
}

/**
 * Builds a problem+json response.
 * @example
 * const res = problem(404, 'not-found', 'No job abc; start one with POST /api/ingest');
 * assert.equal(res.headers.get('content-type'), 'application/problem+json');
 */
export function problem(
  status: ContentfulStatusCode,
  code: string,
  detail: string,
  extra: Pick<Problem, 'errors'> = {},
  headers: Record<string, string> = {},
): Response {
  const body: Problem = {
    type: `urn:roleprint:problem:${code.toLowerCase()}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
    ...extra,
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json', ...headers },
  });
}

/**
 * A problem response thrown from a handler (so typed handlers can end in an error); onError sends it.
 * @example
 * const e = new ProblemError(problem(404, 'not-found', 'No job abc')); // thrown in a handler, answered as is
 * assert.deepEqual([e.message, e.response.status], ['HTTP 404', 404]);
 */
export class ProblemError extends Error {
  override name = 'ProblemError';
  constructor(readonly response: Response) {
    super(`HTTP ${response.status}`);
  }
}

/**
 * Turns anything thrown in a handler into a problem response; unexpected errors are logged, not shown.
 * @example
 * import { RoleprintError } from '../errors.ts';
 * assert.equal(problemFromError(new ProblemError(problem(404, 'not-found', 'No job abc'))).status, 404);
 * assert.equal(problemFromError(new RoleprintError('USAGE', 'Cannot read --since "x"')).status, 400);
 */
export function problemFromError(err: unknown, c?: Context): Response {
  if (err instanceof ProblemError) return err.response;
  if (err instanceof RoleprintError) return problem(STATUS_FOR_CODE[err.code], err.code, err.message);
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    return problem(
      status,
      TITLES[status]?.toLowerCase().replace(/ /g, '-') ?? 'http',
      err.message || 'Error',
    );
  }
  console.error(`roleprint serve: ${c ? `${c.req.method} ${new URL(c.req.url).pathname}: ` : ''}`, err);
  return problem(500, 'INTERNAL', 'The server failed unexpectedly; the server log has the details');
}
