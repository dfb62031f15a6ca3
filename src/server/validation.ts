/**
 * Invalid requests as problem responses: every zod issue with its path, the first message as the detail.
 * @module
 */
import type { ZodError } from 'zod';
import { problem } from './problem.ts';

/**
 * The 400 problem of a failed validation.
 * @example
 * import { ProfileQuery } from './schemas.ts';
 * const r = ProfileQuery.safeParse({ since: 'x' });
 * assert.equal(r.success ? null : validationProblem(r.error).status, 400);
 */
export function validationProblem(error: ZodError): Response {
  const errors = error.issues.map((i) => ({ path: i.path.join('.') || '(body)', message: i.message }));
  const first = errors[0];
  const detail = first
    ? /^Cannot /.test(first.message)
      ? first.message
      : `Cannot read ${first.path}: ${first.message}`
    : 'Cannot read the request';
  return problem(400, 'USAGE', detail, { errors });
}
