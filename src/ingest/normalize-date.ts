/**
 * Turns the date spellings found in listing sources into ISO `YYYY-MM-DD` (or `YYYY-MM`).
 * @module
 */

const pad = (n: number): string => String(n).padStart(2, '0');

/** ISO day of a Date in UTC, or null when the date is invalid or implausible for a job listing. */
function isoDay(d: Date): string | null {
  const t = d.getTime();
  if (Number.isNaN(t)) return null;
  const y = d.getUTCFullYear();
  if (y < 1990 || y > 2100) return null;
  return `${y}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function validYmd(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return isoDay(new Date(Date.UTC(y, m - 1, d)));
}

/**
 * Normalizes a date value: epoch seconds or milliseconds (also as `1.71138E+12`, as spreadsheets write them),
 * ISO dates and timestamps, `M/D/YYYY`, and `YYYY-MM` months. Returns null when it is not a date.
 * @example
 * assert.equal(normalizeDate('1713397508000.0'), '2024-04-17');
 * assert.equal(normalizeDate('7/30/2020'), '2020-07-30');
 * assert.equal(normalizeDate('2018-12-27T10:50:17+0000'), '2018-12-27');
 * assert.equal(normalizeDate('2024-05'), '2024-05');
 */
export function normalizeDate(value: unknown): string | null {
  if (typeof value === 'number') return fromEpoch(value);
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (!s) return null;
  const sci = /^(\d)(?:\.(\d+))?[eE]\+?(\d+)$/.exec(s);
  if (sci) return fromRoundedEpoch(Number(s), 10 ** (Number(sci[3]) - (sci[2]?.length ?? 0)));
  if (/^\d+(\.\d+)?$/.test(s)) return fromEpoch(Number(s));
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (m) return validYmd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? `${m[1]}-${m[2]}` : null;
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) return validYmd(Number(m[3]), Number(m[1]), Number(m[2]));
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(s);
  if (m) return validYmd(Number(m[1]), Number(m[2]), Number(m[3]));
  // Last resort for spelled-out dates ("March 3, 2024"); Date.parse of such strings is UTC-stable for day names.
  if (/[a-z]{3}/i.test(s) && /\d{4}/.test(s)) {
    const t = Date.parse(`${s} UTC`);
    if (!Number.isNaN(t)) return isoDay(new Date(t));
  }
  return null;
}

/**
 * A spreadsheet-rounded epoch (`1.71138E+12` is only known to ±5,000,000 ms): the day when the whole
 * rounding window falls on one day, the month when it straddles two days of one month, else null.
 */
function fromRoundedEpoch(n: number, unit: number): string | null {
  const lo = fromEpoch(n - unit / 2);
  const hi = fromEpoch(n + unit / 2 - 1);
  if (!lo || !hi) return null;
  if (lo === hi) return lo;
  return lo.slice(0, 7) === hi.slice(0, 7) ? lo.slice(0, 7) : null;
}

/** Epoch values: ≥ 1e11 are milliseconds, else seconds. */
function fromEpoch(n: number): string | null {
  if (!Number.isFinite(n) || n <= 0) return null;
  return isoDay(new Date(n >= 1e11 ? n : n * 1000));
}
