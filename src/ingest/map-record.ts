/**
 * Maps a flat record (a CSV row or a JSON object) to listing fields by recognising its column names.
 * @module
 */
import { RoleprintError } from '../errors.ts';
import { guessDescriptionFormat } from './description-format.ts';
import type { ListingFields } from './make-listing.ts';
import { text } from './make-listing.ts';
import { normalizeDate } from './normalize-date.ts';
import type { MappedField, ReadOptions } from './read-options.ts';

/** Column names recognised per field, lower-case, best first. */
export const COLUMN_CANDIDATES: Record<MappedField, string[]> = {
  title: ['title', 'job_title', 'jobtitle', 'position', 'position_title', 'role'],
  description: [
    'description',
    'job_description_text',
    'job_description',
    'body',
    'text',
    'content',
    'descriptionplain',
  ],
  company: ['company', 'company_name', 'companyname', 'employer', 'organization', 'organisation'],
  // Posting dates first; query/collection dates (Date_Queried, collected_at) only when nothing better is filled.
  date: [
    'date',
    'posted_date',
    'date_posted',
    'dateposted',
    'posted_at',
    'original_listed_time',
    'listed_time',
    'created_at',
    'date_queried',
    'collected_at',
  ],
  location: ['location', 'location_text', 'job_location', 'city'],
  url: ['url', 'job_url', 'job_posting_url', 'link', 'absolute_url', 'hostedurl', 'apply_url'],
  id: ['id', 'job_id', 'job_posting', 'jobid', 'posting_id'],
};
const SALARY_COLUMNS = ['salary', 'salary_range', 'compensation'];
const REMOTE_COLUMNS = ['remote_allowed', 'remote', 'is_remote'];
/** Longer values are text, not the short fields `meta` is for (2,000 keeps e.g. LinkedIn `skills_desc`). */
const META_MAX = 2000;

/** Which source column feeds each field (dates may try several, in order). */
export interface ColumnMapping {
  fields: Partial<Record<Exclude<MappedField, 'date'>, string>>;
  date: string[];
  salary: string | null;
  remote: string | null;
  /** Columns used above, left out of `meta`. */
  used: Set<string>;
}

/**
 * Resolves the mapping for a header; `columns` overrides win. With `strict` (a CSV header, fixed for the
 * file) an override must name an existing column; JSON records vary, so there a missing one maps nothing.
 * @example
 * const m = mapColumns(['job_id', 'company_name', 'title', 'description'], 'x.csv');
 * assert.equal(m.fields.company, 'company_name');
 */
export function mapColumns(
  header: string[],
  where: string,
  columns: ReadOptions['columns'] = {},
  strict = true,
): ColumnMapping {
  // "Job Description", "job-description" and "job_description" are the same column name.
  const norm = (name: string) =>
    name
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_');
  const byLower = new Map<string, string>();
  for (const h of header) if (!byLower.has(norm(h))) byLower.set(norm(h), h);
  const find = (names: string[]) =>
    names.map((n) => byLower.get(n)).filter((h): h is string => h !== undefined);
  const mapping: ColumnMapping = { fields: {}, date: [], salary: null, remote: null, used: new Set() };
  for (const field of Object.keys(COLUMN_CANDIDATES) as MappedField[]) {
    const override = columns[field];
    let chosen: string[];
    if (override) {
      const hit = byLower.get(norm(override)) ?? header.find((h) => h === override);
      if (!hit && strict)
        throw new RoleprintError(
          'INPUT',
          `${where}: column "${override}" given for ${field} is not in the file (columns: ${header.join(', ')}); fix the column override`,
        );
      chosen = hit ? [hit] : [];
    } else chosen = find(COLUMN_CANDIDATES[field]);
    if (field === 'date') mapping.date = chosen;
    else if (chosen[0] !== undefined) mapping.fields[field] = chosen[0];
  }
  mapping.salary = find(SALARY_COLUMNS)[0] ?? null;
  mapping.remote = find(REMOTE_COLUMNS)[0] ?? null;
  for (const c of [...Object.values(mapping.fields), ...mapping.date, mapping.salary, mapping.remote])
    if (c) mapping.used.add(c);
  return mapping;
}

/** A value as a string for mapping (numbers stringified; objects and arrays not). */
function str(v: unknown): string | null {
  return text(v);
}

/** "Data Scientist - Mountain View, CA" → "Mountain View, CA" (Indeed titles carry the place). */
function locationFromTitle(title: string | null): string | null {
  const m = title ? / - ([A-Z][A-Za-z .'-]+, [A-Z]{2})$/.exec(title) : null;
  return m?.[1] ?? null;
}

/** Salary as the source wrote it, or assembled from LinkedIn-style min/max/pay-period columns. */
function salaryOf(row: Record<string, unknown>, mapping: ColumnMapping): string | null {
  if (mapping.salary) return str(row[mapping.salary]);
  const min = str(row.min_salary);
  const max = str(row.max_salary);
  const med = str(row.med_salary);
  if (!min && !max && !med) return null;
  const range = min && max ? `${min}–${max}` : (med ?? min ?? max);
  return [str(row.currency), range, str(row.pay_period)].filter(Boolean).join(' ');
}

/**
 * Maps one record to listing fields and its native id.
 * @example
 * const m = mapColumns(['id', 'title', 'text'], 'x.csv');
 * const { fields, nativeId } = mapRecord({ id: '9', title: 'CTO', text: 'Lead.' }, m);
 * assert.equal(nativeId, '9');
 * assert.equal(fields.description, 'Lead.');
 */
export function mapRecord(
  row: Record<string, unknown>,
  mapping: ColumnMapping,
): { fields: ListingFields; nativeId: string | null } {
  const f = mapping.fields;
  const get = (col: string | undefined) => (col ? str(row[col]) : null);
  const description = f.description ? row[f.description] : null;
  const desc = typeof description === 'string' ? description : '';
  const meta: Record<string, string> = {};
  let postedAt: string | null = null;
  for (const col of mapping.date) {
    postedAt = normalizeDate(row[col]);
    if (postedAt) {
      if (col !== mapping.date[0]) meta.date_field = col;
      break;
    }
  }
  for (const [k, v] of Object.entries(row)) {
    if (mapping.used.has(k)) continue;
    const s = str(v);
    if (s && s.length <= META_MAX) meta[k] = s;
  }
  const title = get(f.title);
  const remoteRaw = get(mapping.remote ?? undefined)?.toLowerCase();
  const remote =
    remoteRaw === undefined ? null : ['1', '1.0', 'true', 'yes'].includes(remoteRaw) ? true : null;
  return {
    nativeId: get(f.id),
    fields: {
      title,
      company: get(f.company),
      location: get(f.location) ?? locationFromTitle(title),
      url: get(f.url),
      postedAt,
      description: desc,
      format: guessDescriptionFormat(desc),
      remote,
      salary: salaryOf(row, mapping),
      meta,
      ...(f.description
        ? {}
        : {
            noDescriptionReason: `no description column among: ${Object.keys(row).join(', ')}; name it with a column override`,
          }),
    },
  };
}
