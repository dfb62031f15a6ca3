import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ingestListings } from '../../app/index.ts';
import { blankPdf, FIXTURE_TEXT, fixturePdf } from '../../resume/testing/fixture-resume.ts';
import { openStore, type Store } from '../../store/index.ts';
import { createServer, type RoleprintServer } from '../create-server.ts';

const TECH = fileURLToPath(new URL('../../../../shared/data/listings/tech-leadership', import.meta.url));
process.env.ROLEPRINT_JOBS = '1';

describe('POST /api/gap over the tech-leadership listings', () => {
  let store: Store;
  let server: RoleprintServer;
  const logged: string[] = [];
  const log = console.log;
  const error = console.error;

  before(async () => {
    store = await openStore(':memory:');
    await ingestListings(store, [TECH], {});
    server = createServer({ store });
    console.log = (...a: unknown[]) => logged.push(a.join(' '));
    console.error = (...a: unknown[]) => logged.push(a.join(' '));
  });

  after(async () => {
    console.log = log;
    console.error = error;
    await store.close();
  });

  test('measures posted text without a token on loopback and logs none of it', async () => {
    const res = await server.app.request('/api/gap?format=json', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: FIXTURE_TEXT, asOf: '2025-01' }),
    });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const report = (await res.json()) as {
      schemaVersion: number;
      listings: { count: number };
      score: number;
      lines: unknown[];
    };
    assert.equal(report.schemaVersion, 1);
    assert.equal(report.listings.count, 116);
    assert.ok(report.lines.length > 10);
    assert.ok(logged.every((l) => !l.includes('Northwind')));
  });

  test('reads an uploaded PDF and answers Markdown', async () => {
    const form = new FormData();
    form.set('file', new File([new Uint8Array(await fixturePdf())], 'cv.pdf', { type: 'application/pdf' }));
    form.set('asOf', '2025-01');
    const res = await server.app.request('/api/gap?format=md', { method: 'POST', body: form });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/markdown/);
    assert.match(await res.text(), /^# Résumé against .*: fit \d+\/100\n/);
  });

  test('answers a scanned PDF, empty text and an unknown role with problem+json', async () => {
    const form = new FormData();
    form.set('file', new File([new Uint8Array(await blankPdf())], 'scan.pdf', { type: 'application/pdf' }));
    const scan = await server.app.request('/api/gap', { method: 'POST', body: form });
    assert.equal(scan.status, 422);
    assert.equal(scan.headers.get('content-type'), 'application/problem+json');
    assert.match(
      String(((await scan.json()) as { detail: string }).detail),
      /Cannot read scan\.pdf as a résumé: its 1 PDF page\(s\) hold no text layer/,
    );
    const empty = await server.app.request('/api/gap', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: '' }),
    });
    assert.equal(empty.status, 400);
    const role = await server.app.request('/api/gap', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: FIXTURE_TEXT, role: 'astronaut' }),
    });
    assert.equal(role.status, 400);
    assert.match(String(((await role.json()) as { detail: string }).detail), /role "astronaut"/);
  });
});
