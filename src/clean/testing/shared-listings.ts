/**
 * Test and bench support only (never imported by the product): minimal readers of the real listings in ../shared,
 * so the clean stage can be tested on real records independently of src/ingest.
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse/sync';
import type { DescriptionFormat, Listing } from '../../ingest/index.ts';

/** Root of the shared listings, beside the checkout (scripts/run-tests.mjs says so when it is missing). */
export const LISTINGS_ROOT = join(import.meta.dirname, '../../../../shared/data/listings');

function listing(
  source: string,
  recordKey: string,
  locator: string,
  fields: { title: string | null; company: string | null; description: string; format: DescriptionFormat },
): Listing {
  return {
    key: `${source}#${recordKey}`,
    source,
    recordKey,
    locator,
    title: fields.title,
    titles: fields.title ? [fields.title] : [],
    company: fields.company,
    location: null,
    url: null,
    postedAt: null,
    description: fields.description,
    format: fields.format,
    remote: null,
    salary: null,
    meta: {},
  };
}

/** The NHS JSON-LD postings (recordKey: the vacancy number of `_file`, e.g. `916253275`). */
export function readNhs(): Listing[] {
  const source = 'nhs-jobs-2020/nhs_jobs_jsonld.jsonl.gz';
  const text = gunzipSync(readFileSync(join(LISTINGS_ROOT, source))).toString('utf8');
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((line, i) => {
      const o = JSON.parse(line);
      const id = /(\d+)\.json$/.exec(o._file)?.[1] ?? String(i + 1);
      return listing(source, id, `line ${i + 1}`, {
        title: o.title ?? null,
        company: o.hiringOrganization?.name ?? null,
        description: o.description ?? '',
        format: 'html',
      });
    });
}

/** The HN runs, one listing per comment per run (recordKey: the comment id); company/title from the first line. */
export function readHn(): Listing[] {
  const out: Listing[] = [];
  for (const run of ['01-01', '02-01', '03-15', '04-17', '04-28', '05-03', '05-05']) {
    const source = `hn-whoishiring-2026/raw_2026-${run}.json`;
    const doc = JSON.parse(readFileSync(join(LISTINGS_ROOT, source), 'utf8'));
    doc.jobs.forEach((job: { id: number; text: string }, i: number) => {
      const first = (job.text ?? '').split(/<p>/i)[0]?.replace(/<[^>]*>/g, '') ?? '';
      const parts = first.split('|').map((p) => p.trim());
      out.push(
        listing(source, String(job.id), `record ${i + 1}`, {
          title: parts[1] || null,
          company: parts[0] || null,
          description: job.text ?? '',
          format: 'html',
        }),
      );
    });
  }
  return out;
}

function readCsv(
  file: string,
  cols: { id?: string; title: string; company?: string; description: string },
  encoding = 'utf-8',
): Listing[] {
  const text = new TextDecoder(encoding).decode(readFileSync(join(LISTINGS_ROOT, file)));
  const rows = parseCsv(text, { columns: true, bom: true, relax_quotes: true }) as Record<string, string>[];
  return rows.map((r, i) =>
    listing(file, (cols.id && r[cols.id]) || String(i + 1), `row ${i + 2}`, {
      title: r[cols.title] || null,
      company: (cols.company && r[cols.company]) || null,
      description: r[cols.description] ?? '',
      format: 'text',
    }),
  );
}

/** The three LinkedIn samples (recordKey: job_id); `parishinde_postings.csv` is Windows-1252. */
export function readLinkedIn(): Listing[] {
  const cols = { id: 'job_id', title: 'title', company: 'company_name', description: 'description' };
  return [
    ...readCsv('linkedin-2023-2024/mubashirsidiki_postings.csv', cols),
    ...readCsv('linkedin-2023-2024/parishinde_postings.csv', cols, 'windows-1252'),
    ...readCsv('linkedin-2023-2024/stat545_owl64901_postings.csv', cols),
  ];
}

/** The tech-leadership JSONL (recordKey: its `id`). */
export function readTechLeadership(): Listing[] {
  return readFileSync(join(LISTINGS_ROOT, 'tech-leadership/postings.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((line, i) => {
      const o = JSON.parse(line);
      return listing('tech-leadership/postings.jsonl', o.id, `line ${i + 1}`, {
        title: o.title,
        company: o.company,
        description: o.description ?? '',
        format: 'text',
      });
    });
}

/** The Indeed data-scientist CSV (recordKey: `job_posting`, e.g. `7742aa3cb26b8bee_fccid.html`). */
export function readIndeed(): Listing[] {
  return readCsv('indeed-datascientist-2019/postings.csv', {
    id: 'job_posting',
    title: 'title',
    description: 'body',
  });
}

/** The YC Work-at-a-Startup CSV (recordKey: `job_id`). */
export function readYc(): Listing[] {
  return readCsv('yc-waas-nyc-2026/jobs_raw.csv', {
    id: 'job_id',
    title: 'job_title',
    company: 'company_name',
    description: 'job_description_text',
  });
}

/** Every other source, for whole-corpus measurements. */
export function readOthers(): Listing[] {
  return [
    ...readYc(),
    ...readIndeed(),
    ...readCsv('ethical-tech-jobs-2020/postings.csv', {
      title: 'Title',
      company: 'Company',
      description: 'Text',
    }),
    ...readCsv('ethical-tech-jobs-2020/ectj_postings.csv', {
      title: 'Title',
      company: 'Company',
      description: 'Text',
    }),
    ...readTechLeadership(),
  ];
}

/** Finds one listing by source file (suffix) and record key, or throws so a test names what is missing. */
export function findListing(listings: Listing[], source: string, recordKey: string): Listing {
  const found = listings.find((l) => l.source.endsWith(source) && l.recordKey === recordKey);
  if (!found) throw new Error(`no listing ${recordKey} in ${source}`);
  return found;
}
