import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { IngestJob } from '../app/index.ts';
import { openStore, type Store } from '../store/index.ts';
import { createServer, type RoleprintServer } from './create-server.ts';

const TOKEN = 'hostile-test-token';

// Markup that survives cleaning: entity-escaped in the listing's HTML, so the clean text holds it literally.
function hostile(i: number): Record<string, string> {
  return {
    id: `h${i}`,
    title: `Chief Technology Officer <script>alert(${i})</script>`,
    company: `=HYPERLINK("http://evil.example","x${i}")`,
    date: '2024-05-01',
    description: [
      '<p>Responsibilities:</p><ul>',
      `<li>Lead the engineering team &lt;script&gt;alert(${i})&lt;/script&gt; and own the roadmap.</li>`,
      `<li>Build the &lt;img src=x onerror=alert(${i})&gt; platform with Python and Kubernetes.</li>`,
      `<li>Own &lt;a href="javascript:alert(${i})"&gt;the cloud budget&lt;/a&gt; and vendor contracts.</li>`,
      `<li>=cmd|' /C calc'!A0 hire and mentor engineers.</li>`,
      '<li>@SUM(1+1) review architecture designs weekly.</li></ul>',
      '<p><a href="javascript:alert(9)">Apply</a> <img src=x onerror=alert(8)></p>',
    ].join(''),
  };
}

// Splits one CSV line into cells (RFC 4180 quoting).
function cells(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cell);
      cell = '';
    } else cell += ch;
  }
  out.push(cell);
  return out;
}

describe('a hostile listing is inert in every API response', () => {
  let store: Store;
  let server: RoleprintServer;
  before(async () => {
    store = await openStore(':memory:');
    server = createServer({ store, token: TOKEN });
    const res = await server.app.request('/api/ingest?source=evil/listings.json', {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify([1, 2, 3, 4].map(hostile)),
    });
    assert.equal(res.status, 202);
    await server.jobs.idle();
    const job = (await (
      await server.app.request(`/api/jobs/${((await res.json()) as IngestJob).id}`)
    ).json()) as IngestJob;
    assert.deepEqual(job.summary?.total, { read: 4, accepted: 4, duplicates: 0, rejected: 0 });
  });
  after(() => store.close());

  test('the HTML report escapes <script>, onerror= and javascript: links from listing text', async () => {
    const res = await server.app.request('/api/profile?role=cto&format=html');
    assert.equal(res.status, 200);
    const html = await res.text();
    // The hostile text is there, as text.
    assert.match(html, /Lead the engineering team &lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /<[^>]*\son\w+\s*=/i);
    assert.doesNotMatch(html, /href\s*=\s*["']?\s*javascript:/i);
    assert.doesNotMatch(res.headers.get('content-security-policy') ?? '', /script-src|unsafe-inline/);
  });

  test('the CSV report starts no cell with a formula character', async () => {
    const csv = await (await server.app.request('/api/profile?role=cto&format=csv')).text();
    const rows = csv.trimEnd().split('\n').map(cells);
    assert.ok(rows.length > 3);
    assert.ok(
      rows.some((r) => r.some((c) => c.includes('5602c77a65264897'))),
      'the hostile listings are profiled',
    );
    for (const row of rows) for (const c of row) assert.doesNotMatch(c, /^([=+@\t\r]|-[^0-9])/, c);
  });

  test('the Markdown report backslash-escapes listing markup', async () => {
    const md = await (await server.app.request('/api/profile?role=cto&format=md')).text();
    assert.match(md, /\\<script>alert\(1\)\\<\/script>/);
    assert.doesNotMatch(md, /(^|[^\\])<(script|img|a )/m);
  });

  test('JSON answers are served as JSON with nosniff, whatever text they carry', async () => {
    for (const path of ['/api/profile?role=cto&format=json', '/api/sources', '/api/roles']) {
      const res = await server.app.request(path);
      assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      JSON.parse(await res.text());
    }
    const extract = await server.app.request('/api/extract', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: '<script>alert(1)</script> Python <img src=x onerror=alert(2)>' }),
    });
    assert.equal(extract.status, 200);
    assert.match(extract.headers.get('content-type') ?? '', /^application\/json/);
  });
});
