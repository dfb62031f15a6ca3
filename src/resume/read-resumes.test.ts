import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { RoleprintError } from '../errors.ts';
import { cleanResume } from './clean-resume.ts';
import { parseResumes, readResumes } from './read-resumes.ts';
import { splitResumeSections } from './split-resume-sections.ts';
import { blankPdf, FIXTURE_TEXT, fixtureDocx, fixturePdf } from './testing/fixture-resume.ts';

/** The clean text's section kinds and its lines, what every format should agree on. */
function shape(text: string) {
  return splitResumeSections(text).map((s) => s.kind);
}

const KINDS = ['header', 'summary', 'skills', 'experience', 'education'];

test('parseResumes() reads a PDF made by pdf-lib: its lines, sections and a clean text', async () => {
  const [r] = await parseResumes(await fixturePdf(), 'cv.pdf');
  assert.ok(r);
  assert.deepEqual([r.id, r.locator, r.format], ['cv.pdf', 'file', 'text']);
  const clean = cleanResume(r).text;
  assert.match(clean, /^Jordan Example\nSummary\n/);
  assert.match(clean, /\n- Built predictive models of store demand in Python\.\n/);
  assert.deepEqual(shape(clean), KINDS);
});

test('parseResumes() reads a DOCX made by docx: bullets become "- " lines', async () => {
  const [r] = await parseResumes(await fixtureDocx(), 'cv.docx');
  assert.ok(r);
  assert.equal(r.format, 'html');
  const clean = cleanResume(r).text;
  assert.match(clean, /\n- Python, pandas, scikit-learn and SQL\n/);
  assert.deepEqual(shape(clean), KINDS);
});

test('parseResumes() refuses a PDF without a text layer, naming the file and the reason', async () => {
  await assert.rejects(parseResumes(await blankPdf(), 'scan.pdf'), (err: unknown) => {
    assert.ok(err instanceof RoleprintError);
    assert.equal(err.code, 'INPUT');
    assert.equal(
      err.message,
      'Cannot read scan.pdf as a résumé: its 1 PDF page(s) hold no text layer (a scanned image?); run OCR on it first, or pass the résumé as DOCX or text',
    );
    return true;
  });
});

test('parseResumes() refuses broken PDF and DOCX bytes and an empty file', async () => {
  await assert.rejects(
    parseResumes(Buffer.from('not a pdf'), 'x.pdf'),
    /^RoleprintError: Cannot read x.pdf as PDF: /,
  );
  await assert.rejects(parseResumes(Buffer.from('not a zip'), 'x.docx'), /Cannot read x.docx as DOCX: /);
  await assert.rejects(
    parseResumes(Buffer.from(' \n'), 'x.txt'),
    /Cannot read x.txt as a résumé: the file is empty/,
  );
});

test('parseResumes() reads Markdown and text the same way', async () => {
  const md =
    '# Jordan Example\n## Summary\nData scientist.\n## Skills\n* **Python** and SQL\n## Experience\nAnalyst, Acme (2019 - 2020)';
  const [m] = await parseResumes(Buffer.from(md), 'cv.md');
  assert.equal(
    cleanResume(m as never).text,
    'Jordan Example\nSummary\nData scientist.\nSkills\n- Python and SQL\nExperience\nAnalyst, Acme (2019 - 2020)',
  );
  const [t] = await parseResumes(Buffer.from(FIXTURE_TEXT), 'cv.txt');
  assert.deepEqual(shape(cleanResume(t as never).text), KINDS);
});

test('parseResumes() reads a JSON Resume document into headed text', async () => {
  const doc = {
    basics: { name: 'Jordan Example', label: 'Data Scientist', summary: 'Builds models.' },
    work: [
      {
        name: 'Northwind',
        position: 'Data Scientist',
        startDate: '2019-01',
        endDate: '2022-12',
        highlights: ['Built demand models in Python'],
      },
    ],
    skills: [{ name: 'Machine learning', keywords: ['scikit-learn', 'pandas'] }],
    education: [{ institution: 'Uni', area: 'Statistics', studyType: 'MSc' }],
  };
  const [r] = await parseResumes(Buffer.from(JSON.stringify(doc)), 'cv.json');
  assert.equal(
    r?.text,
    'Jordan Example, Data Scientist\n\nSummary\nBuilds models.\n\nSkills\n- Machine learning: scikit-learn, pandas\n\nExperience\nData Scientist, Northwind (2019-01 – 2022-12)\n- Built demand models in Python\n\nEducation\nMSc in Statistics, Uni',
  );
});

test('parseResumes() reads many résumés from JSONL and CSV with their ids and categories', async () => {
  const jsonl =
    '{"id":"a1","category":"Data Science","text":"Skills * Python"}\n\n{"id":"b2","text":"Sales"}\n';
  const rs = await parseResumes(Buffer.from(jsonl), 'many.jsonl');
  assert.deepEqual(
    rs.map((r) => [r.id, r.locator, r.category]),
    [
      ['a1', 'line 1', 'Data Science'],
      ['b2', 'line 3', null],
    ],
  );
  const csv = 'ID,Resume,Category\nx,"Skills\nPython, SQL",Data Science\ny,Cold calling,Sales\n';
  const cs = await parseResumes(Buffer.from(csv), 'many.csv');
  assert.deepEqual(
    cs.map((r) => [r.id, r.locator, r.category, r.text]),
    [
      ['x', 'row 2', 'Data Science', 'Skills\nPython, SQL'],
      ['y', 'row 3', 'Sales', 'Cold calling'],
    ],
  );
  await assert.rejects(
    parseResumes(Buffer.from('{"id":"1"}\n'), 'bad.jsonl'),
    /bad.jsonl line 1 as a résumé: no text field/,
  );
});

test('readResumes() names a missing file', async () => {
  await assert.rejects(readResumes('nope/cv.pdf'), /Cannot read nope\/cv.pdf: no such file or folder/);
  const dir = mkdtempSync(join(tmpdir(), 'roleprint-resume-'));
  writeFileSync(join(dir, 'cv.txt'), FIXTURE_TEXT);
  const [r] = await readResumes(dir);
  assert.equal(r?.source, join(dir, 'cv.txt'));
});
