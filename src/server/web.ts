/**
 * The dashboard at `/`: the Vite build of `web/` (`npm run build:web`, run by `npm install`) served as static files,
 * under a CSP that allows scripts and styles from this server only. Without a build, `/` says how to make one.
 * @module
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OpenAPIHono } from '@hono/zod-openapi';

/** Where `npm run build:web` writes the dashboard. */
export const WEB_DIR = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/** The dashboard's CSP: its own scripts, styles and API only; no inline script or style, no framing. */
export const WEB_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Content types of the files a Vite build emits. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const MISSING = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>roleprint: dashboard not built</title></head>
<body>
<main>
<h1>The roleprint dashboard is not built</h1>
<p>Build it with <code>npm run build:web</code> (<code>npm install</code> runs it too), then reload this page.</p>
<p>The HTTP API works without it: interactive docs at <a href="/docs">/docs</a>, OpenAPI at <a href="/openapi.json">/openapi.json</a>.</p>
</main>
</body>
</html>
`;

/**
 * Whether the dashboard build is present in `dir`.
 * @example
 * assert.equal(await webBuilt('no-such-dir'), false); // build it with npm run build:web
 */
export async function webBuilt(dir: string = WEB_DIR): Promise<boolean> {
  return stat(join(dir, 'index.html')).then(
    (s) => s.isFile(),
    () => false,
  );
}

/**
 * Adds `/` (the dashboard's page) and `/assets/*` (its hashed scripts and styles) from `dir`.
 * @example
 * import { OpenAPIHono } from '@hono/zod-openapi';
 * const app = new OpenAPIHono();
 * webRoutes(app, 'no-such-dir');
 * assert.equal((await app.request('/')).status, 503); // a page that says how to build the dashboard
 */
export function webRoutes(app: OpenAPIHono, dir: string = WEB_DIR): void {
  app.get('/', async (c) => {
    const page = await readFile(join(dir, 'index.html')).catch(() => null);
    if (!page) return c.html(MISSING, 503, { 'cache-control': 'no-store' });
    return c.body(new Uint8Array(page), 200, {
      'content-type': TYPES['.html'] as string,
      'content-security-policy': WEB_CSP,
      'cache-control': 'no-cache',
    });
  });
  // Vite writes every asset flat into assets/ with a content hash in its name.
  app.get('/assets/:file{[A-Za-z0-9_-][A-Za-z0-9._-]{0,200}}', async (c) => {
    const file = c.req.param('file');
    const type = TYPES[extname(file)];
    const body = type ? await readFile(join(dir, 'assets', file)).catch(() => null) : null;
    if (!body || !type) return c.notFound();
    return c.body(new Uint8Array(body), 200, {
      'content-type': type,
      'cache-control': 'public, max-age=31536000, immutable',
    });
  });
}
