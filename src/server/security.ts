/**
 * The server's guards: token checks for writes (and for reads off loopback), a Host check against DNS rebinding,
 * and security headers on every response.
 * @module
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { problem } from './problem.ts';

/** Who may do what. */
export interface AccessOptions {
  /** The bearer token; without one the server accepts no writes. */
  token?: string | undefined;
  /** Whether reads need the token too (true whenever the server listens beyond loopback). */
  readsNeedToken: boolean;
  /**
   * POST routes that only compute (they change nothing), checked as reads.
   * @default []
   */
  computePaths?: readonly string[];
}

/**
 * Whether a listen address only accepts connections from this machine.
 * @example
 * assert.equal(isLoopbackHost('127.0.0.1'), true);
 * assert.equal(isLoopbackHost('0.0.0.0'), false);
 */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

/**
 * Checks `Authorization: Bearer <token>` on writes (any method but GET/HEAD, except `computePaths`) and, when
 * `readsNeedToken`, on reads.
 * @example
 * import { Hono } from 'hono';
 * const app = new Hono();
 * app.use('/api/*', requireToken({ token: 's3cret', readsNeedToken: false }));
 * app.post('/api/x', (c) => c.text('ok'));
 * assert.equal((await app.request('/api/x', { method: 'POST' })).status, 401);
 * assert.equal((await app.request('/api/x', { method: 'POST', headers: { authorization: 'Bearer s3cret' } })).status, 200);
 */
export function requireToken(options: AccessOptions): MiddlewareHandler {
  const expected = options.token ? digest(options.token) : null;
  return async function requireToken(c, next) {
    const write =
      c.req.method !== 'GET' && c.req.method !== 'HEAD' && !(options.computePaths ?? []).includes(c.req.path);
    if (!write && !options.readsNeedToken) return next();
    if (!expected)
      return problem(
        403,
        'forbidden',
        'Cannot accept writes: the server was started without a token; restart it with --token or ROLEPRINT_TOKEN set',
      );
    const given = /^Bearer (.+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    // Compared as digests, so the time taken says nothing about the token.
    if (!given || !timingSafeEqual(digest(given), expected))
      return problem(
        401,
        'unauthorized',
        `Cannot ${write ? 'write' : 'read'} without the server's token; send the header "Authorization: Bearer <token>"`,
        {},
        { 'www-authenticate': 'Bearer realm="roleprint"' },
      );
    return next();
  };
}

/**
 * Refuses requests whose Host header is not a loopback name: a page on another site that rebinds its DNS name to
 * 127.0.0.1 cannot read an open loopback server.
 * @example
 * import { Hono } from 'hono';
 * const app = new Hono();
 * app.use('*', loopbackHostOnly());
 * app.get('/', (c) => c.text('ok'));
 * assert.equal((await app.request('http://127.0.0.1:8787/')).status, 200);
 * assert.equal((await app.request('http://evil.example/')).status, 421);
 */
export function loopbackHostOnly(): MiddlewareHandler {
  return async function loopbackHostOnly(c, next) {
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : (host.split(':')[0] ?? '');
    if (!isLoopbackHost(name))
      return problem(
        421,
        'misdirected',
        `Cannot serve host "${host}": this server listens on loopback only; open it as http://127.0.0.1:<port>/`,
      );
    return next();
  };
}

/** The Content-Security-Policy of every response unless a route sets its own: nothing may load or run. */
export const DEFAULT_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * Sets the security headers (CSP without inline script, nosniff, no framing, no referrer) on every response.
 * @example
 * import { Hono } from 'hono';
 * const app = new Hono();
 * app.use('*', securityHeaders());
 * app.get('/', (c) => c.text('ok'));
 * assert.equal((await app.request('/')).headers.get('x-frame-options'), 'DENY');
 */
export function securityHeaders(): MiddlewareHandler {
  return async function securityHeaders(c, next) {
    await next();
    const h = c.res.headers;
    if (!h.has('content-security-policy')) h.set('content-security-policy', DEFAULT_CSP);
    h.set('x-content-type-options', 'nosniff');
    h.set('x-frame-options', 'DENY');
    h.set('referrer-policy', 'no-referrer');
    h.set('cross-origin-opener-policy', 'same-origin');
    h.set('cross-origin-resource-policy', 'same-origin');
    if (!h.has('cache-control')) h.set('cache-control', 'no-store');
  };
}
