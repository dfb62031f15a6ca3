import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { GapReport } from '../gap/index.ts';
import { renderGap } from '../report/index.ts';
import type { RawResume } from '../resume/index.ts';
import { openStore, type Store } from '../store/index.ts';
import { fitResumes, gapResume } from './gap-resume.ts';
import { ingestListings } from './ingest-listings.ts';

// Real listings and real résumés from ../shared, read at test time (the résumés have no licence: never copied here).
const LISTINGS = fileURLToPath(
  new URL('../../../shared/data/listings/indeed-datascientist-2019', import.meta.url),
);
const RESUMES = fileURLToPath(new URL('../../../shared/data/resumes/resumes.jsonl', import.meta.url));

function shared(id: string): RawResume {
  const line = readFileSync(RESUMES, 'utf8')
    .split('\n')
    .find((l) => l.includes(`"id": "${id}"`) || l.includes(`"id":"${id}"`));
  assert.ok(line, `résumé ${id} in ${RESUMES}`);
  const r = JSON.parse(line) as { id: string; category: string; text: string };
  return {
    id: r.id,
    source: 'resumes.jsonl',
    locator: 'test',
    text: r.text,
    format: 'text',
    category: r.category,
  };
}

// One thread: the analysis of 547 listings is short, and worker threads would each load the models again.
process.env.ROLEPRINT_JOBS = '1';

let store: Store;
let science: GapReport;
let sales: GapReport;

before(async () => {
  store = await openStore(':memory:');
  await ingestListings(store, [LISTINGS], {});
  // 505348eb3054: a "Data Science" résumé (Python, scikit-learn, NLP); 14b39ee576c3: a "Sales" one (car dealership).
  science = await gapResume(store, shared('505348eb3054'), {}, { asOf: '2025-01' });
  sales = await gapResume(store, shared('14b39ee576c3'), {}, { asOf: '2025-01' });
});

after(async () => {
  await store.close();
});

test('gapResume() covers Python for a data-science résumé and shows the résumé line that says it', () => {
  const python = science.lines.find((l) => l.text === 'Python');
  assert.ok(python, 'the data-scientist profile has a Python line');
  assert.equal(python.status, 'covered');
  assert.match(python.resume?.line ?? '', /^Programming Languages: Python \(pandas, numpy/);
  assert.ok(python.evidence.length > 0 && python.evidence.every((e) => /python/i.test(e.quote)));
});

test('gapResume() never covers a line with no résumé sentence linked to its concepts', () => {
  for (const l of [...science.lines, ...sales.lines].filter(
    (x) => x.status === 'covered' && x.kind !== 'qualification',
  )) {
    const ids = new Set(l.concepts.map((c) => c.id));
    assert.ok(l.resume && ids.has(l.resume.concept.id), `${l.text} is shown by its own concept`);
  }
  assert.ok(
    sales.lines.filter((l) => l.status === 'covered').every((l) => !/python|machine learning/i.test(l.text)),
  );
});

test('gapResume() scores a sales résumé far below a data-science one against data-scientist listings', () => {
  assert.ok(science.score >= 30, `data science ${science.score}`);
  assert.ok(sales.score <= science.score / 3, `sales ${sales.score} vs data science ${science.score}`);
  assert.equal(science.changes.length, 3);
  assert.ok(science.changes.every((c) => c.status !== 'covered' && c.gain > 0));
  assert.ok(sales.beyond.some((b) => /sales|telemarketing|data entry/i.test(b.label)));
});

test('renderGap() gives the same bytes for the same résumé and listings', async () => {
  const again = await gapResume(store, shared('505348eb3054'), {}, { asOf: '2025-01' });
  for (const f of ['md', 'json', 'html'] as const) assert.equal(renderGap(again, f), renderGap(science, f));
});

test('renderGap() escapes hostile résumé text in Markdown and HTML', async () => {
  const hostile: RawResume = {
    id: 'hostile.txt',
    source: 'hostile.txt',
    locator: 'file',
    format: 'text',
    category: null,
    text: 'Skills\n- Python <script>alert(1)</script> [click](javascript:alert(1)) | SQL\n# Machine learning <img src=x onerror=alert(1)>',
  };
  const report = await gapResume(store, hostile, {}, { asOf: '2025-01' });
  const python = report.lines.find((l) => l.text === 'Python');
  assert.equal(python?.status, 'covered');
  const html = renderGap(report, 'html');
  assert.doesNotMatch(html, /<script|<img/);
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  const md = renderGap(report, 'md');
  // Escaped with a backslash, "<script>" and "](" read as text in Markdown, never as a tag or a link.
  assert.doesNotMatch(md, /(?<!\\)<(?:script|img)|(?<!\\)\]\(javascript/);
  assert.match(md, /\\<script>alert\(1\)\\<\/script> \\\[click\\\]\(javascript:alert\(1\)\) \\\| SQL/);
});

test('fitResumes() ranks the roles of the store and keeps the data-science résumé above the sales one', async () => {
  const fits = await fitResumes(store, [shared('505348eb3054'), shared('14b39ee576c3')], { asOf: '2025-01' });
  assert.deepEqual(
    fits.map((f) => f.resume.id),
    ['505348eb3054', '14b39ee576c3'],
  );
  // The Indeed data-science listings hold two roles with 20 or more listings.
  assert.deepEqual(fits[0]?.roles.map((r) => r.role).sort(), ['data-scientist', 'ml-engineer']);
  const ds = (i: number) => fits[i]?.roles.find((r) => r.role === 'data-scientist');
  assert.ok((ds(0)?.score ?? 0) > 3 * (ds(1)?.score ?? 0), `${ds(0)?.score} vs ${ds(1)?.score}`);
  assert.ok(ds(0)?.shown.length === 3);
});
