/**
 * One CSV cell, quoted when needed and safe to open in a spreadsheet.
 * @module
 */

/**
 * A CSV cell (RFC 4180): line breaks become spaces, quotes are doubled inside quotes, and text starting with
 * = + - @ or a tab (which a spreadsheet would run as a formula) gets a leading quote mark.
 * @example
 * assert.equal(csvCell('=SUM(A1:A9)'), "'=SUM(A1:A9)");
 * assert.equal(csvCell('a, "b"'), '"a, ""b"""');
 */
export function csvCell(v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  let s = v.replace(/\r\n?|\n/g, ' ');
  if (/^[=+\-@\t]/.test(s)) s = `'${s}`;
  return /[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
