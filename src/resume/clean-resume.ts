/**
 * The clean stage for a résumé: the same cleanListing as listings (markup, entities, mojibake, glued lines, bullets),
 * after a few résumé-only repairs.
 * @module
 */
import { type CleanListing, cleanListing, repairMojibake } from '../clean/index.ts';
import { RoleprintError } from '../errors.ts';
import type { RawResume } from './resume.ts';

// "â¢": the UTF-8 bullet read as Windows-1252 with its middle byte lost (resumes.jsonl 505348eb3054), which
// repairMojibake cannot restore.
const BROKEN_BULLET = /â¢/g;
// Inline bullets: "Skills * Programming: Python * Machine learning: …" is a list glued on one line.
const INLINE_BULLET = /[ \t]+[*•▪●◦➢➤►✓]\s+/g;
// Data-set headings glued to the previous line ("24 monthsCompany Details").
const GLUED_HEADING = /(?<=\S)[ \t]*(Education Details|Skill Details|Company Details|Project Details)\b/g;
// "Python- Experience - 24 months" (a data-set skill table): kept as one line, which the glued-text repair would
// otherwise split at the dash.
const STATED_MONTHS = /\s*-\s*Experience\s*-\s*(Less than 1 year|\d{1,3})\s*(?:months?)?/gi;

/**
 * Cleans one résumé into the CleanListing shape every analyze component reads (title and company empty); throws
 * RoleprintError('INPUT') naming the résumé when nothing readable is left.
 * @example
 * const c = cleanResume({ id: 'a', source: 'a.txt', locator: 'file', text: 'Skills * Python * SQL', format: 'text', category: null });
 * assert.equal(c.text, 'Skills\n- Python\n- SQL');
 */
export function cleanResume(raw: RawResume): CleanListing {
  let text = raw.text;
  if (raw.format !== 'html') {
    text = repairMojibake(text)
      .replace(BROKEN_BULLET, '\n- ')
      .replace(GLUED_HEADING, '\n$1')
      .replace(STATED_MONTHS, (_m, n: string) =>
        /^\d/.test(n) ? ` (experience: ${n} months)` : ' (experience: less than 1 year)',
      )
      .replace(INLINE_BULLET, '\n- ');
  }
  const clean = cleanListing({
    key: `resume#${raw.source}#${raw.id}`,
    source: raw.source,
    recordKey: raw.id,
    locator: raw.locator,
    title: null,
    titles: [],
    company: null,
    location: null,
    url: null,
    postedAt: null,
    description: text,
    format: raw.format,
    remote: null,
    salary: null,
    meta: {},
  });
  if (!('text' in clean))
    throw new RoleprintError(
      'INPUT',
      `Cannot read ${raw.source} ${raw.locator} as a résumé: ${clean.reason}`,
    );
  return clean;
}
