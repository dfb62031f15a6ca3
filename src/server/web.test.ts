import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ingestListings } from '../app/index.ts';
import { openStore, type Store } from '../store/index.ts';
import { createServer } from './create-server.ts';
import { WEB_CSP } from './web.ts';

const FIXTURE = fileURLToPath(new URL('../../test/fixtures/ingest/invalid-json.jsonl', import.meta.url));

describe('the dashboard at /', () => {
  let store: Store;
  let dir: string;
  before(async () => {
    store = await openStore(':memory:');
    dir = mkdtempSync(join(tmpdir(), 'roleprint-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><script type="module" src="/assets/app-1.js"></script>',
    );
    writeFileSync(join(dir, 'assets', 'app-1.js'), 'export {};\n');
    writeFileSync(join(dir, 'assets', 'app-1.css'), 'body{}\n');
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('serves the build: the page under a CSP with no inline script, hashed assets with their types', async () => {
    const { app } = createServer({ store, webDir: dir });
    const page = await app.request('/');
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
    assert.equal(page.headers.get('content-security-policy'), WEB_CSP);
    assert.doesNotMatch(WEB_CSP, /unsafe-inline|unsafe-eval/);
    assert.equal(page.headers.get('x-frame-options'), 'DENY');
    const js = await app.request('/assets/app-1.js');
    assert.equal(js.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.match(js.headers.get('cache-control') ?? '', /immutable/);
    assert.equal(
      (await app.request('/assets/app-1.css')).headers.get('content-type'),
      'text/css; charset=utf-8',
    );
    for (const path of ['/assets/missing.js', '/assets/..%2Findex.html', '/assets/app-1.exe', '/index.html'])
      assert.equal((await app.request(path)).status, 404, path);
  });

  test('without a build, / says how to make one and where the API docs are', async () => {
    const { app } = createServer({ store, webDir: join(dir, 'nothing-here') });
    const page = await app.request('/');
    assert.equal(page.status, 503);
    const html = await page.text();
    assert.match(html, /The roleprint dashboard is not built/);
    assert.match(html, /npm run build:web/);
    assert.match(html, /href="\/docs"/);
    assert.doesNotMatch(html, /<script/);
  });
});

describe('GET /api/listings/{id}', () => {
  let store: Store;
  before(async () => {
    store = await openStore(':memory:');
    await ingestListings(store, [FIXTURE]);
  });
  after(() => store.close());

  test('gives a cited listing its title, employer, date and source, and 404/400 otherwise', async () => {
    const { app } = createServer({ store });
    let id = '';
    for await (const l of store.listings()) {
      id = l.id;
      break;
    }
    const res = await app.request(`/api/listings/${id}`);
    assert.equal(res.status, 200);
    const card = (await res.json()) as Record<string, unknown>;
    assert.deepEqual(Object.keys(card).sort(), [
      'company',
      'id',
      'location',
      'postedAt',
      'repostCount',
      'source',
      'title',
      'url',
    ]);
    assert.equal(card.id, id);
    assert.equal(card.source, 'ingest/invalid-json.jsonl');
    const missing = await app.request('/api/listings/0000000000000000');
    assert.equal(missing.status, 404);
    assert.equal(missing.headers.get('content-type'), 'application/problem+json');
    assert.equal((await app.request('/api/listings/not-an-id')).status, 400);
    const spec = (await (await app.request('/openapi.json')).json()) as { paths: Record<string, unknown> };
    assert.ok(spec.paths['/api/listings/{id}']);
  });

  test('needs the token off loopback, like every read', async () => {
    const { app } = createServer({ store, host: '0.0.0.0', token: 'tok' });
    assert.equal(
      (await app.request('/api/listings/0000000000000000', { headers: { host: 'x' } })).status,
      401,
    );
  });
});
