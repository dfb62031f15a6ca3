/**
 * The OpenAPI 3.1 document at /openapi.json and interactive docs at /docs (Swagger UI served from the installed
 * swagger-ui-dist package: no CDN, no inline script).
 * @module
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';

/** The CSP of the docs page: scripts and styles from this server only (Swagger UI sets inline styles). */
export const DOCS_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>roleprint API</title>
<link rel="stylesheet" href="/docs/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/docs/swagger-ui-bundle.js"></script>
<script src="/docs/init.js"></script>
</body>
</html>
`;

const INIT = `window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', deepLinking: true, persistAuthorization: false });\n`;

/** Swagger UI's files this server hands out, and their types. */
const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
};

let assetDir: string | undefined;
const loaded = new Map<string, Buffer>();

function asset(name: string): Buffer {
  let body = loaded.get(name);
  if (!body) {
    assetDir ??= dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
    body = readFileSync(join(assetDir, name));
    loaded.set(name, body);
  }
  return body;
}

/**
 * Adds /openapi.json (generated from the routes' zod schemas) and the /docs page with its assets.
 * @example
 * import { OpenAPIHono } from '@hono/zod-openapi';
 * const app = new OpenAPIHono();
 * docsRoutes(app, '0.1.0');
 * assert.equal((await (await app.request('/openapi.json')).json()).info.version, '0.1.0');
 */
export function docsRoutes(app: OpenAPIHono, version: string): void {
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description:
      'The server token (ROLEPRINT_TOKEN or --token): needed for writes, and for reads off loopback',
  });
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'roleprint',
      version,
      description:
        'Distill real job listings into evidence-backed role profiles. Errors are RFC 9457 problem details (application/problem+json).',
    },
    security: [{ bearer: [] }],
  });
  app.get('/docs', (c) =>
    c.html(PAGE, 200, { 'content-security-policy': DOCS_CSP, 'cache-control': 'no-cache' }),
  );
  app.get('/docs/init.js', (c) =>
    c.body(INIT, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' }),
  );
  app.get('/docs/:file{swagger-ui\\.css|swagger-ui-bundle\\.js}', (c) => {
    const file = c.req.param('file');
    return c.body(new Uint8Array(asset(file)), 200, {
      'content-type': ASSETS[file] as string,
      'cache-control': 'public, max-age=86400',
    });
  });
}
