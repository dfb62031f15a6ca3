/**
 * Builds the bundled demo sample: copies the MIT-licensed YC "Work at a Startup" NYC listings from ../shared into
 * data/demo/yc-waas-nyc-2026/ (gzipped, byte-for-byte deterministic) with their licence and provenance.
 * Usage: node --import tsx scripts/build-demo-sample.ts [path/to/shared]
 * @module
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.argv[2] ?? join(root, '..', 'shared'));
const source = join(shared, 'data/listings/yc-waas-nyc-2026/jobs_raw.csv');
const outDir = join(root, 'data/demo/yc-waas-nyc-2026');

/** The attribution NOTICE carries for the bundled sample. */
export const DEMO_NOTICE = `data/demo/yc-waas-nyc-2026/jobs_raw.csv.gz: YC "Work at a Startup" listings of NYC AI start-ups,
collected 2026-07-08, from github.com/rohitvpgawli/nyc-jobs-listing-analysis
(commit 306fca7c1320b9930d882cef315d4c768283c32f, data/processed/jobs_raw.csv).
MIT License, Copyright (c) 2026 Rohit Gawli. The postings themselves are the employers' public job ads.`;

const LICENSE = `MIT License

Copyright (c) 2026 Rohit Gawli

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
`;

function main(): void {
  const csv = readFileSync(source);
  mkdirSync(outDir, { recursive: true });
  // gzip with level 9 and Node's zero mtime: the same input always gives the same bytes.
  writeFileSync(join(outDir, 'jobs_raw.csv.gz'), gzipSync(csv, { level: 9 }));
  writeFileSync(join(outDir, 'LICENSE'), LICENSE);
  const sha = createHash('sha256').update(csv).digest('hex');
  writeFileSync(
    join(outDir, 'SOURCE.md'),
    `# Demo sample: YC "Work at a Startup" listings, NYC AI start-ups (collected 2026-07-08)\n\n${DEMO_NOTICE}\n\n` +
      `Built by \`scripts/build-demo-sample.ts\` from the shared copy (${csv.length} bytes, SHA-256 ${sha}), unchanged but gzipped.\n` +
      'Columns: job_id, company_id, company_name, job_title, job_url, source, location_text, job_type, salary_range,\n' +
      'equity_range, min_experience, skills, posted_date (empty), job_description_text, collected_at. 529 rows.\n',
  );
  process.stdout.write(`Wrote ${join(outDir, 'jobs_raw.csv.gz')} (${csv.length} bytes before gzip)\n`);
}

main();
