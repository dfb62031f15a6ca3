/**
 * How the dashboard shows a failed call: the API's problem+json `detail` as an alert, and where the server wants its
 * token for reads, how to give it.
 * @module
 */
import { ApiError } from './api.ts';
import { type Child, h } from './dom.ts';

/** The message of an error: the problem detail for an API error. */
export const errorMessage = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** For a 401, where to enter the token; otherwise null. */
export function tokenHint(err: unknown): HTMLElement | null {
  return err instanceof ApiError && err.status === 401
    ? h(
        'p',
        {},
        'This server needs its token for reads: enter it on the ',
        h('a', { href: '#/upload' }, 'Upload page'),
        ', then come back.',
      )
    : null;
}

/** An error shown inside a page (the page's form stays): the message as an alert, then the token hint. */
export function errorNote(err: unknown, prefix = ''): Child[] {
  return [h('p', { class: 'error', role: 'alert' }, `${prefix}${errorMessage(err)}`), tokenHint(err)];
}
