/**
 * Reads a profile request as the CLI and the server receive it (strings) into StoreProfileOptions, with one set of
 * messages for both edges.
 * @module
 */
import { RoleprintError } from '../errors.ts';
import type { DateRange } from '../profile/index.ts';
import { REPORT_FORMATS, type ReportFormat } from '../report/index.ts';
import type { StoreProfileOptions } from './profile-from-store.ts';

/** A profile request before validation: every field as text, as a flag or query parameter gives it. */
export interface ProfileRequest {
  role?: string | undefined;
  sources?: string[] | undefined;
  since?: string | undefined;
  until?: string | undefined;
  /** `quarter` or `year`; @default 'year' */
  by?: string | undefined;
  /** Two date ranges `FROM..TO,FROM..TO`. */
  compare?: string | undefined;
  label?: string | undefined;
}

/** How an edge names a parameter in messages: `--since` on the command line, `since` in a query string. */
export type ParameterName = (name: string) => string;

/** The CLI's way of naming a parameter. */
export const FLAG_NAME: ParameterName = (name) => `--${name}`;

/** A date as the filters take it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Two date ranges as `--compare` takes them: `FROM..TO,FROM..TO`. */
export const RANGES_PATTERN =
  /^\s*\d{4}(-\d{2}(-\d{2})?)?\.\.\d{4}(-\d{2}(-\d{2})?)?\s*,\s*\d{4}(-\d{2}(-\d{2})?)?\.\.\d{4}(-\d{2}(-\d{2})?)?\s*$/;

/**
 * The messages of a bad profile request, one set for the CLI and the server (which name parameters differently).
 * @example
 * assert.equal(PROFILE_MESSAGES.date('--since', 'x'), 'Cannot read --since "x"; pass a date as YYYY, YYYY-MM or YYYY-MM-DD');
 */
export const PROFILE_MESSAGES = {
  by: (param: string, value: string) =>
    `Cannot group trends by "${value}"; pass ${param} quarter or ${param} year`,
  date: (param: string, value: string) =>
    `Cannot read ${param} "${value}"; pass a date as YYYY, YYYY-MM or YYYY-MM-DD`,
  compare: (param: string, value: string) =>
    `Cannot read ${param} "${value}"; pass two ranges as FROM..TO,FROM..TO with dates YYYY[-MM[-DD]], e.g. 2023-01..2023-06,2024-01..2024-06`,
  format: (param: string, value: string, origin = '') =>
    `Cannot write a report as "${value}"${origin}; pass ${param} ${REPORT_FORMATS.join('|')}`,
} as const;

/**
 * Validates a profile request; throws RoleprintError('USAGE') naming the parameter, the bad value and the fix.
 * @example
 * assert.deepEqual(parseProfileRequest({ role: 'cto', by: 'quarter' }), { by: 'quarter', role: 'cto' });
 */
export function parseProfileRequest(
  request: ProfileRequest,
  name: ParameterName = FLAG_NAME,
): StoreProfileOptions {
  const by = request.by ?? 'year';
  if (by !== 'quarter' && by !== 'year')
    throw new RoleprintError('USAGE', PROFILE_MESSAGES.by(name('by'), by));
  const options: StoreProfileOptions = { by };
  if (request.role) options.role = request.role;
  if (request.sources && request.sources.length > 0) options.sources = request.sources;
  for (const key of ['since', 'until'] as const) {
    const v = request[key];
    if (v === undefined) continue;
    if (!DATE_PATTERN.test(v)) throw new RoleprintError('USAGE', PROFILE_MESSAGES.date(name(key), v));
    options[key] = v;
  }
  if (request.compare) options.ranges = parseRanges(request.compare, name);
  if (request.label) options.label = request.label;
  return options;
}

/**
 * Parses `2023-01..2023-06,2024-01..2024-06` (`--compare`) into two date ranges.
 * @example
 * assert.deepEqual(parseRanges('2023..2023,2024..2024'), [{ from: '2023', to: '2023' }, { from: '2024', to: '2024' }]);
 */
export function parseRanges(text: string, name: ParameterName = FLAG_NAME): [DateRange, DateRange] {
  const parts = text.split(',').map((p) => p.trim().split('..'));
  if (parts.length !== 2 || parts.some((p) => p.length !== 2 || !p.every((d) => DATE_PATTERN.test(d))))
    throw new RoleprintError('USAGE', PROFILE_MESSAGES.compare(name('compare'), text));
  const [[a, b], [c, d]] = parts as [[string, string], [string, string]];
  return [
    { from: a, to: b },
    { from: c, to: d },
  ];
}

/**
 * Checks a report format name; throws RoleprintError('USAGE') listing the formats.
 * @example
 * assert.equal(parseReportFormat('csv'), 'csv');
 */
export function parseReportFormat(raw: string, name: ParameterName = FLAG_NAME, origin = ''): ReportFormat {
  if ((REPORT_FORMATS as readonly string[]).includes(raw)) return raw as ReportFormat;
  throw new RoleprintError('USAGE', PROFILE_MESSAGES.format(name('format'), raw, origin));
}
