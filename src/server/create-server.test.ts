import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Validator } from '@seriousme/openapi-schema-validator';
import { extractSkills } from '../app/extract-skills.ts';
import { type IngestJob, ingestListings, reportFromStore } from '../app/index.ts';
import { RoleprintError } from '../errors.ts';
import { openStore, type Store } from '../store/index.ts';
import { createServer, type RoleprintServer } from './create-server.ts';

const TECH = fileURLToPath(new URL('../../../shared/data/listings/tech-leadership', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../../test/fixtures/ingest/invalid-json.jsonl', import.meta.url));
const TOKEN = 'test-token-0123456789';
const auth = { authorization: `Bearer ${TOKEN}` };

async function json(res: Response): Promise<Record<string, unknown>> {
  return (await res.json()) as Record<string, unknown>;
}

async function assertProblem(res: Response, status: number, detail: RegExp): Promise<void> {
  assert.equal(res.status, status);
  assert.equal(res.headers.get('content-type'), 'application/problem+json');
  const body = await json(res);
  assert.equal(body.status, status);
  assert.match(String(body.type), /^urn:roleprint:problem:/);
  assert.match(String(body.detail), detail);
}

async function waitForJob(server: RoleprintServer, id: string): Promise<IngestJob> {
  await server.jobs.idle();
  const res = await server.app.request(`/api/jobs/${id}`);
  assert.equal(res.status, 200);
  return (await res.json()) as IngestJob;
}

describe('roleprint HTTP API over the tech-leadership listings', () => {
  let store: Store;
  let server: RoleprintServer;
  const uploads = mkdtempSync(join(tmpdir(), 'roleprint-uploads-'));
  before(async () => {
    store = await openStore(':memory:');
    await ingestListings(store, [TECH]);
    server = createServer({
      store,
      token: TOKEN,
      uploadDir: uploads,
      maxUploadBytes: 64 * 1024,
      maxJsonBytes: 4096,
    });
  });
  after(async () => {
    await server.jobs.idle();
    await store.close();
  });

  test('GET /api/sources lists each source with listings, accounting and dates', async () => {
    const res = await server.app.request('/api/sources');
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), {
      sources: [
        {
          source: 'tech-leadership/postings.jsonl',
          listings: 116,
          read: 116,
          accepted: 116,
          duplicates: 0,
          rejected: 0,
          from: '2017-09-08',
          to: '2025-02',
        },
      ],
    });
  });

  test('GET /api/roles counts roles with their codes, most common first, and honours limit', async () => {
    const all = await json(await server.app.request('/api/roles'));
    const roles = all.roles as { role: string | null; listings: number; onetSoc: string | null }[];
    assert.deepEqual(
      roles.map((r) => [r.role, r.listings]),
      [
        ['engineering-director', 63],
        ['technology-director', 14],
        ['vp-engineering', 14],
        ['head-of-engineering', 13],
        ['cto', 11],
        ['it-director', 1],
      ],
    );
    assert.equal(roles[0]?.onetSoc, '11-9041.00');
    const two = await json(await server.app.request('/api/roles?limit=2&since=2024'));
    assert.equal((two.roles as unknown[]).length, 2);
    assert.ok((two.listings as number) < 116);
    await assertProblem(await server.app.request('/api/roles?limit=0'), 400, /Cannot use limit below 1/);
  });

  test('GET /api/profile gives the bytes of roleprint report in every format, then from the cache', async () => {
    const types = {
      json: 'application/json',
      md: 'text/markdown',
      html: 'text/html',
      csv: 'text/csv',
    } as const;
    for (const format of ['json', 'md', 'html', 'csv'] as const) {
      const res = await server.app.request(`/api/profile?role=cto&by=quarter&format=${format}`);
      assert.equal(res.status, 200, format);
      assert.equal(res.headers.get('content-type'), `${types[format]}; charset=utf-8`);
      const expected = await reportFromStore(store, { role: 'cto', by: 'quarter' }, format);
      assert.equal(await res.text(), expected, format);
    }
    const again = await server.app.request('/api/profile?by=quarter&role=cto&format=md');
    assert.equal(again.headers.get('x-roleprint-cache'), 'hit');
    const etag = again.headers.get('etag') as string;
    const same = await server.app.request('/api/profile?role=cto&by=quarter&format=md', {
      headers: { 'if-none-match': etag },
    });
    assert.equal(same.status, 304);
  });

  test('GET /api/profile takes the filters of roleprint report (sources, dates, compare, label)', async () => {
    const q =
      'source=tech-leadership/postings.jsonl&since=2023&until=2025&compare=2023..2023,2024..2025&label=Tech%20leadership&format=md';
    const res = await server.app.request(`/api/profile?${q}`);
    assert.equal(res.status, 200);
    const expected = await reportFromStore(
      store,
      {
        by: 'year',
        sources: ['tech-leadership/postings.jsonl'],
        since: '2023',
        until: '2025',
        ranges: [
          { from: '2023', to: '2023' },
          { from: '2024', to: '2025' },
        ],
        label: 'Tech leadership',
      },
      'md',
    );
    assert.equal(await res.text(), expected);
  });

  test('GET /api/profile answers bad parameters with problem+json in the CLI words', async () => {
    await assertProblem(
      await server.app.request('/api/profile?since=last%20year'),
      400,
      /^Cannot read since "last year"; pass a date as YYYY, YYYY-MM or YYYY-MM-DD$/,
    );
    await assertProblem(
      await server.app.request('/api/profile?format=pdf'),
      400,
      /^Cannot write a report as "pdf"; pass format md\|json\|html\|csv$/,
    );
    await assertProblem(
      await server.app.request('/api/profile?by=month'),
      400,
      /Cannot group trends by "month"/,
    );
    await assertProblem(
      await server.app.request('/api/profile?compare=2024'),
      400,
      /Cannot read compare "2024"/,
    );
    await assertProblem(await server.app.request('/api/profile?role=%3Cscript%3E'), 400, /Cannot read role/);
    await assertProblem(
      await server.app.request('/api/profile?role=astronaut'),
      400,
      /no listings in :memory: match role "astronaut"; run "roleprint roles"/,
    );
  });

  test('GET /api/profile?format=html sends a CSP that allows the report style by hash and no script', async () => {
    const res = await server.app.request('/api/profile?role=cto&format=html');
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(
      csp,
      /^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; img-src data:; frame-ancestors 'none'/,
    );
    assert.doesNotMatch(csp, /unsafe-inline|script-src/);
  });

  test('POST /api/extract returns the skills extractSkills() finds, without a token on loopback', async () => {
    const text = 'Experience with Postgres and K8s is required.';
    const res = await server.app.request('/api/extract', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'a', text, sections: false }),
    });
    assert.equal(res.status, 200);
    const body = await json(res);
    assert.deepEqual(body, JSON.parse(JSON.stringify(extractSkills({ id: 'a', text }, { sections: false }))));
    assert.ok((body.skills as { label: string }[]).some((s) => /PostgreSQL/i.test(s.label)));
  });

  test('POST /api/extract refuses empty text, malformed JSON and bodies over the limit', async () => {
    const post = (body: string) =>
      server.app.request('/api/extract', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
    await assertProblem(await post('{"text":""}'), 400, /Cannot extract skills from an empty "text"/);
    await assertProblem(await post('{"text": '), 400, /Malformed JSON/);
    await assertProblem(await post(JSON.stringify({ text: 'x'.repeat(5000) })), 413, /over 4096 bytes/);
  });

  test('POST /api/ingest needs the token', async () => {
    const body = readFileSync(FIXTURE);
    const headers = { 'content-type': 'application/x-ndjson' };
    await assertProblem(
      await server.app.request('/api/ingest', { method: 'POST', headers, body }),
      401,
      /Cannot write without the server's token/,
    );
    const wrong = await server.app.request('/api/ingest', {
      method: 'POST',
      headers: { ...headers, authorization: 'Bearer nope' },
      body,
    });
    assert.equal(wrong.status, 401);
    assert.equal(wrong.headers.get('www-authenticate'), 'Bearer realm="roleprint"');
  });

  test('POST /api/ingest runs a job whose summary equals the ingest accounting of the same file', async () => {
    const res = await server.app.request('/api/ingest?source=upload/invalid-json.jsonl', {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/x-ndjson' },
      body: readFileSync(FIXTURE),
    });
    assert.equal(res.status, 202);
    const started = (await res.json()) as IngestJob;
    assert.equal(res.headers.get('location'), `/api/jobs/${started.id}`);
    const job = await waitForJob(server, started.id);
    assert.equal(job.state, 'done');
    // The CLI's ingest of the same file, placed so its source name is the same.
    const dir = mkdtempSync(join(tmpdir(), 'roleprint-cli-'));
    mkdirSync(join(dir, 'upload'));
    copyFileSync(FIXTURE, join(dir, 'upload/invalid-json.jsonl'));
    const cli = await openStore(':memory:');
    try {
      const expected = await ingestListings(cli, [join(dir, 'upload/invalid-json.jsonl')]);
      assert.deepEqual(job.summary, JSON.parse(JSON.stringify(expected)));
      assert.deepEqual(job.summary?.total, { read: 4, accepted: 2, duplicates: 0, rejected: 2 });
      assert.deepEqual(
        job.rejections.map((r) => [r.locator, r.reason.split(':')[0]]),
        [
          ['line 2', 'invalid JSON'],
          ['line 5', 'empty description'],
        ],
      );
    } finally {
      await cli.close();
    }
    const sources = await json(await server.app.request('/api/sources'));
    assert.ok(
      (sources.sources as { source: string }[]).some((s) => s.source === 'upload/invalid-json.jsonl'),
    );
  });

  test('GET /api/jobs/{id}/events streams the job to its end; unknown jobs are 404', async () => {
    const res = await server.app.request('/api/ingest?source=events', {
      method: 'POST',
      headers: { ...auth, 'content-type': 'multipart/form-data; boundary=XX' },
      body: [
        '--XX',
        'Content-Disposition: form-data; name="file"; filename="a.jsonl"',
        'Content-Type: application/x-ndjson',
        '',
        '{"id":"m1","title":"Platform Engineer","description":"Runs our Kubernetes clusters and Terraform.","company":"Acme"}',
        '--XX',
        'Content-Disposition: form-data; name="file"; filename="../b.jsonl"',
        'Content-Type: application/x-ndjson',
        '',
        '{"id":"m2","title":"Data Analyst","description":"Writes SQL reports in Looker every week.","company":"Beta"}',
        '--XX--',
        '',
      ].join('\r\n'),
    });
    assert.equal(res.status, 202);
    const { id } = (await res.json()) as IngestJob;
    const events = await (await server.app.request(`/api/jobs/${id}/events`)).text();
    const jobs = [...events.matchAll(/^data: (.*)$/gm)].map((m) => JSON.parse(m[1] as string) as IngestJob);
    assert.ok(jobs.length >= 1);
    const last = jobs.at(-1) as IngestJob;
    assert.equal(last.state, 'done');
    assert.deepEqual(Object.keys(last.summary?.sources ?? {}), ['events/a.jsonl', 'events/b.jsonl']);
    assert.equal(last.summary?.total.accepted, 2);
    await assertProblem(
      await server.app.request('/api/jobs/00000000-0000-4000-8000-000000000000'),
      404,
      /No ingest job 00000000-0000-4000-8000-000000000000/,
    );
    await assertProblem(await server.app.request('/api/jobs/nope'), 400, /Cannot read job id "nope"/);
  });

  test('POST /api/ingest invalidates cached profiles', async () => {
    const before = await server.app.request('/api/profile?format=json');
    const count = ((await before.json()) as { listings: { count: number } }).listings.count;
    assert.equal(
      (await server.app.request('/api/profile?format=json')).headers.get('x-roleprint-cache'),
      'hit',
    );
    const res = await server.app.request('/api/ingest?source=more/extra.json', {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify([
        {
          id: 'x1',
          title: 'Chief Technology Officer',
          description: 'Lead the engineering organization and own the technical roadmap for our platform.',
          company: 'Gamma',
        },
      ]),
    });
    await waitForJob(server, ((await res.json()) as IngestJob).id);
    const after = await server.app.request('/api/profile?format=json');
    assert.equal(after.headers.get('x-roleprint-cache'), 'miss');
    assert.equal(((await after.json()) as { listings: { count: number } }).listings.count, count + 1);
  });

  test('POST /api/ingest refuses bodies over the limit, unknown types and bad parameters', async () => {
    const post = (query: string, type: string, body: string) =>
      server.app.request(`/api/ingest${query}`, {
        method: 'POST',
        headers: { ...auth, 'content-type': type },
        body,
      });
    await assertProblem(
      await post('', 'text/csv', 'a'.repeat(70 * 1024)),
      413,
      /Cannot accept an upload over 65536 bytes/,
    );
    // Without a length header the body is counted as it streams.
    const chunked = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 70; i++) controller.enqueue(new TextEncoder().encode('b'.repeat(1024)));
        controller.close();
      },
    });
    await assertProblem(
      await server.app.request('/api/ingest', {
        method: 'POST',
        headers: { ...auth, 'content-type': 'text/csv' },
        body: chunked,
        duplex: 'half',
      } as RequestInit),
      413,
      /over 65536 bytes/,
    );
    await assertProblem(await post('', 'image/png', 'x'), 415, /Cannot read an upload of type "image\/png"/);
    await assertProblem(await post('?format=pdf', 'text/csv', 'x'), 400, /Unknown format "pdf"/);
    await assertProblem(await post('?source=../etc', 'text/csv', 'x'), 400, /Cannot use source "..\/etc"/);
  });

  test('every response carries the security headers, and no CORS header', async () => {
    for (const [path, method] of [
      ['/api/sources', 'GET'],
      ['/nowhere', 'GET'],
      ['/api/profile', 'OPTIONS'],
    ] as const) {
      const res = await server.app.request(path, { method, headers: { origin: 'https://evil.example' } });
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
      assert.match(res.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/, path);
      assert.doesNotMatch(res.headers.get('content-security-policy') ?? '', /script-src[^;]*unsafe-inline/);
      assert.equal(res.headers.get('access-control-allow-origin'), null, path);
    }
    await assertProblem(await server.app.request('/nowhere'), 404, /No route GET \/nowhere/);
  });

  test('a loopback server refuses foreign Host headers (DNS rebinding)', async () => {
    await assertProblem(
      await server.app.request('http://evil.example:8787/api/sources'),
      421,
      /Cannot serve host "evil.example:8787"/,
    );
    assert.equal((await server.app.request('http://localhost:8787/api/sources')).status, 200);
  });

  test('GET /openapi.json is an OpenAPI 3.1 document of every route; /docs loads no outside script', async () => {
    const doc = await json(await server.app.request('/openapi.json'));
    assert.equal(doc.openapi, '3.1.0');
    // Valid against the OpenAPI 3.1 JSON schema, not just shaped like it.
    const validation = await new Validator().validate(doc as unknown as Parameters<Validator['validate']>[0]);
    assert.equal(validation.valid, true, JSON.stringify(validation.errors, null, 2));
    const paths = doc.paths as Record<string, Record<string, { parameters?: { name: string }[] }>>;
    assert.deepEqual(Object.keys(paths).sort(), [
      '/api/compare',
      '/api/extract',
      '/api/gap',
      '/api/ingest',
      '/api/jobs/{id}',
      '/api/jobs/{id}/events',
      '/api/listings/{id}',
      '/api/profile',
      '/api/roles',
      '/api/sources',
    ]);
    assert.deepEqual(
      paths['/api/profile']?.get?.parameters?.map((p) => p.name),
      ['role', 'source', 'since', 'until', 'by', 'compare', 'label', 'format'],
    );
    const page = await server.app.request('/docs');
    const html = await page.text();
    assert.deepEqual(
      [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]),
      [' src="/docs/swagger-ui-bundle.js"', ' src="/docs/init.js"'],
    );
    assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self';/);
    const bundle = await server.app.request('/docs/swagger-ui-bundle.js');
    assert.equal(bundle.status, 200);
    assert.ok((await bundle.arrayBuffer()).byteLength > 100_000);
  });
});

describe('roleprint HTTP API access rules', () => {
  test('createServer() refuses a non-loopback host without a token', async () => {
    const store = await openStore(':memory:');
    try {
      assert.throws(
        () => createServer({ store, host: '0.0.0.0' }),
        (e: unknown) =>
          e instanceof RoleprintError && /Cannot serve on 0.0.0.0 without a token/.test(e.message),
      );
    } finally {
      await store.close();
    }
  });

  test('off loopback, reads need the token; without a token, writes are refused', async () => {
    const store = await openStore(':memory:');
    try {
      const open = createServer({ store, host: '0.0.0.0', token: TOKEN });
      await assertProblem(
        await open.app.request('http://h/api/sources'),
        401,
        /Cannot read without the server's token/,
      );
      assert.equal((await open.app.request('http://h/api/sources', { headers: auth })).status, 200);
      const readOnly = createServer({ store });
      await assertProblem(
        await readOnly.app.request('/api/ingest', {
          method: 'POST',
          headers: { ...auth, 'content-type': 'text/csv' },
          body: 'x',
        }),
        403,
        /started without a token/,
      );
    } finally {
      await store.close();
    }
  });
});
