/**
 * The CLI's exit codes, in one place (documented in the README).
 * @module
 */
import { RoleprintError } from '../errors.ts';

export const EXIT = {
  /** Everything went well. */
  OK: 0,
  /** An error stopped the command (bad input path, database failure, bug). */
  ERROR: 1,
  /** Bad flags or arguments. */
  USAGE: 2,
  /** The command finished, but some input records were rejected (see the summary). */
  REJECTED: 3,
} as const;

/** Maps any thrown value to an exit code. */
export function exitCodeFor(err: unknown): number {
  if (err instanceof RoleprintError && err.code === 'USAGE') return EXIT.USAGE;
  if (
    err instanceof Error &&
    'code' in err &&
    typeof err.code === 'string' &&
    err.code.startsWith('commander.')
  )
    return EXIT.USAGE;
  return EXIT.ERROR;
}
