import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { blankPdf, fixturePdf } from '../../resume/testing/fixture-resume.ts';

const TECH = fileURLToPath(new URL('../../../../shared/data/listings/tech-leadership', import.meta.url));

/** A hand-written engineering leader's résumé (no real person). */
const LEADER = [
  'Sam Placeholder',
  'Summary',
  'Engineering leader who builds and scales product engineering teams.',
  'Experience',
  'VP of Engineering, Example Cloud (Mar 2019 - Present)',
  '- Hired and mentored 40 engineers across five teams; ran code reviews.',
  '- Owned the technical strategy and roadmap with the CEO and product leadership.',
  '- Moved the platform to AWS and Kubernetes; set up CI/CD.',
  'Engineering Manager, Sample Apps (2015 - 2019)',
  '- Managed the budget and vendors for the platform group.',
  'Education',
  'BSc Computer Science',
];

// Run the real binary: the command writes to stdout, which the test runner also uses.
function run(args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(import.meta.dirname, '../../../bin/roleprint.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, ROLEPRINT_JOBS: '1' },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'roleprint-gap-'));

test('roleprint gap reads a PDF résumé against listing files and writes JSON, then HTML to --out', async () => {
  const pdf = join(dir, 'leader.pdf');
  writeFileSync(pdf, await fixturePdf(LEADER));
  const { code, stdout } = run(['gap', pdf, TECH, '--format', 'json', '--as-of', '2025-01']);
  assert.equal(code, 0);
  const report = JSON.parse(stdout);
  assert.equal(report.schemaVersion, 1);
  assert.equal(report.listings.count, 116);
  assert.deepEqual(report.resume.roles.slice(0, 2), [
    { title: 'VP of Engineering', employer: 'Example Cloud', from: '2019-03', to: '2025-01' },
    { title: 'Engineering Manager', employer: 'Sample Apps', from: '2015-01', to: '2019-12' },
  ]);
  assert.ok(report.score > 0 && report.score <= 100);
  assert.ok(report.lines.some((l: { status: string }) => l.status === 'covered'));
  const html = join(dir, 'gap.html');
  const wrote = run(['gap', pdf, TECH, '--out', html, '--as-of', '2025-01']);
  assert.equal(wrote.code, 0);
  assert.match(readFileSync(html, 'utf8'), /^<!DOCTYPE html>[\s\S]*<h1>Résumé against /);
});

test('roleprint gap names a scanned PDF and exits 1', async () => {
  const scan = join(dir, 'scan.pdf');
  writeFileSync(scan, await blankPdf());
  const { code, stderr } = run(['gap', scan, TECH]);
  assert.equal(code, 1);
  assert.match(stderr, /Cannot read .*scan\.pdf as a résumé: its 1 PDF page\(s\) hold no text layer/);
});

test('roleprint gap asks for --id when a file holds several résumés, and refuses --format pdf', async () => {
  const many = join(dir, 'many.jsonl');
  writeFileSync(many, '{"id":"a","text":"Skills: Python"}\n{"id":"b","text":"Skills: SQL"}\n');
  const a = run(['gap', many, TECH]);
  assert.equal(a.code, 2);
  assert.match(a.stderr, /holds 2 résumés; pass --id a, --id b/);
  const b = run(['gap', many, TECH, '--id', 'a', '--format', 'pdf']);
  assert.equal(b.code, 2);
  assert.match(b.stderr, /Cannot write a gap report as "pdf"; pass --format md\|json\|html/);
});

test('roleprint fit lists the roles of a store a résumé fits best', async () => {
  const db = join(dir, 'tl.db');
  assert.equal(run(['ingest', TECH, '--db', db]).code, 0);
  const cv = join(dir, 'leader.md');
  writeFileSync(cv, LEADER.join('\n'));
  const { code, stdout } = run(['fit', cv, '--db', db, '--min-listings', '10', '--top', '3', '--json']);
  assert.equal(code, 0);
  const [fit] = JSON.parse(stdout);
  assert.equal(fit.resume.id, 'leader.md');
  assert.ok(fit.roles.length >= 2 && fit.roles.length <= 3);
  assert.ok(fit.roles.every((r: { listings: number }) => r.listings >= 10));
  const text = run(['fit', cv, '--db', db, '--min-listings', '10']);
  assert.match(text.stdout, /^.*leader\.md\n +\d+ {2}[a-z-]+ \(/);
});
