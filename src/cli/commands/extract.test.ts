import assert from 'node:assert/strict';
import { PassThrough, Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadTaxonomy } from '../../analyze/skills/index.ts';
import { listingLine, listingText } from '../../analyze/skills/testing/shared-sentences.ts';
import { extractListings, runExtract } from './extract.ts';

const taxonomy = loadTaxonomy();

async function run(input: string, options: { top?: number; minScore?: number; sections?: boolean } = {}) {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks: string[] = [];
  const errs: string[] = [];
  out.on('data', (c) => chunks.push(String(c)));
  err.on('data', (c) => errs.push(String(c)));
  const summary = await runExtract(Readable.from([input]), out, err, {
    taxonomy,
    name: 'input.txt',
    ...options,
  });
  return { summary, lines: chunks.join('').trim().split('\n'), errors: errs.join('') };
}

describe('runExtract()', () => {
  it('writes one JSON line per JSONL document with uri, label, type, score, need and spans (tech-leadership#6be70039c35904c2)', async () => {
    const text = listingLine('tech-leadership', '6be70039c35904c2', 'tech stack includes');
    // One line is too little for section detection to read; sections are skipped as with --no-sections.
    const { summary, lines } = await run(`${JSON.stringify({ id: 'tl-6be7', text })}\n`, { sections: false });
    assert.deepEqual(summary, { documents: 1, rejected: 0, otherLanguage: 0 });
    const doc = JSON.parse(lines[0] ?? '{}') as {
      id: string;
      skills: { label: string; uri: string; spans: unknown[] }[];
    };
    assert.equal(doc.id, 'tl-6be7');
    assert.deepEqual(doc.skills.map((s) => s.uri).sort(), [
      'http://data.europa.eu/esco/skill/867137fb-ff1b-4ca3-99f3-cb6969aa2c68',
      'roleprint:tool/go',
      'roleprint:tool/rust-programming-language',
    ]);
    const ts = doc.skills.find((s) => s.label === 'TypeScript');
    assert.deepEqual(ts?.spans, [{ start: 40, end: 50, text: 'TypeScript' }]);
  });

  it('reads plain text as one document named after the input, and honours --top', async () => {
    const text = listingLine('tech-leadership', '1580205af458a400', 'Hands-on coding');
    const { lines } = await run(text, { top: 2 });
    const doc = JSON.parse(lines[0] ?? '{}') as { id: string; skills: unknown[] };
    assert.equal(doc.id, 'input.txt');
    assert.equal(doc.skills.length, 2);
  });

  it('finds skills in a whole listing with section detection on (tech-leadership#1580205af458a400)', async () => {
    const text = listingText('tech-leadership', '1580205af458a400');
    const { lines } = await run(`${JSON.stringify({ id: 'x', text })}\n`);
    const doc = JSON.parse(lines[0] ?? '{}') as { skills: { label: string }[] };
    assert.ok(doc.skills.some((s) => s.label === 'Kubernetes'));
  });

  it('counts a bad JSONL line as rejected, reports its line number and goes on', async () => {
    const { summary, lines, errors } = await run(
      '{"id":"a","text":"SQL"}\n{"id":"b"}\n{"id":"c","text":"Postgres"}\n',
    );
    assert.deepEqual(summary, { documents: 2, rejected: 1, otherLanguage: 0 });
    assert.equal(lines.length, 2);
    assert.match(errors, /line 2: rejected/);
  });
});

describe('extractListings()', () => {
  it('reads listings in an ingest format and writes one line per listing under its id (tech-leadership, 116 listings)', async () => {
    const dir = fileURLToPath(new URL('../../../../shared/data/listings/tech-leadership', import.meta.url));
    const out = new PassThrough();
    const chunks: string[] = [];
    out.on('data', (c) => chunks.push(String(c)));
    const summary = await extractListings([dir], { format: 'jsonl' }, out, new PassThrough(), {
      taxonomy,
      top: 5,
    });
    assert.deepEqual(summary, { documents: 116, rejected: 0, otherLanguage: 0 });
    const docs = chunks
      .join('')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; skills: unknown[] });
    assert.equal(docs.length, 116);
    assert.ok(docs.every((d) => /^[0-9a-f]{16}$/.test(d.id) && d.skills.length <= 5));
  });
});
