import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ingestListings } from '../../app/index.ts';
import type { RoleComparison } from '../../profile/index.ts';
import { openStore, type Store } from '../../store/index.ts';
import { createServer, type RoleprintServer } from '../create-server.ts';

const TECH = fileURLToPath(new URL('../../../../shared/data/listings/tech-leadership', import.meta.url));

async function assertProblem(res: Response, detail: RegExp): Promise<void> {
  assert.equal(res.status, 400);
  assert.equal(res.headers.get('content-type'), 'application/problem+json');
  const body = (await res.json()) as { status: number; detail: string };
  assert.equal(body.status, 400);
  assert.match(body.detail, detail);
}

describe('GET /api/compare over the tech-leadership listings', () => {
  let store: Store;
  let server: RoleprintServer;
  before(async () => {
    store = await openStore(':memory:');
    await ingestListings(store, [TECH]);
    server = createServer({ store });
  });
  after(async () => {
    await store.close();
  });

  test('compares two roles as JSON (schema 1), each side with its listings', async () => {
    const res = await server.app.request('/api/compare?role=engineering-director&role=head-of-engineering');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/json; charset=utf-8');
    const c = (await res.json()) as RoleComparison;
    assert.equal(c.schemaVersion, 1);
    assert.deepEqual(
      c.sides.map((s) => [s.value, s.label, s.listings.count]),
      [
        ['engineering-director', 'Director of Engineering', 63],
        ['head-of-engineering', 'Head of Engineering', 13],
      ],
    );
    assert.ok(c.shared.length > 0, 'two engineering leadership roles share lines');
    assert.ok(c.tests.count > 0);
  });

  test('compares periods as HTML with a script-free CSP, and as the same bytes twice', async () => {
    const url = '/api/compare?period=2017..2021&period=2022..2025&format=html&label=Earlier&label=Later';
    const res = await server.app.request(url);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'none'; style-src 'sha256-/);
    const body = await res.text();
    assert.match(body, /<title>Earlier vs Later<\/title>/);
    assert.doesNotMatch(body, /<script/);
    assert.equal(await (await server.app.request(url)).text(), body);
  });

  test('bad requests are problem+json naming the parameter or the selection', async () => {
    await assertProblem(
      await server.app.request('/api/compare?role=cto'),
      /fewer than 2 selections \(got role cto\)/,
    );
    await assertProblem(
      await server.app.request('/api/compare?role=no-such-role&role=cto'),
      /selection 1 \(role no-such-role\): no analyzed listings/,
    );
    await assertProblem(await server.app.request('/api/compare?role=cto&role=cfo&format=xml'), /format/);
    await assertProblem(
      await server.app.request('/api/compare?period=2019&period=2020..2021'),
      /Cannot read period "2019"/,
    );
  });

  test('is documented in /openapi.json', async () => {
    const doc = (await (await server.app.request('/openapi.json')).json()) as {
      paths: Record<string, unknown>;
    };
    assert.ok(doc.paths['/api/compare']);
  });
});
