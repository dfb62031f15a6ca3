/**
 * schema.org `JobPosting` JSON-LD: finds postings in parsed JSON (`@graph`, arrays, nested) and in HTML
 * pages' `<script type="application/ld+json">` blocks, and maps them to listing fields.
 * @module
 */
import { guessDescriptionFormat } from './description-format.ts';
import { jsonTooDeep } from './json-depth.ts';
import type { ListingFields } from './make-listing.ts';
import { isObject, text } from './make-listing.ts';
import { normalizeDate } from './normalize-date.ts';

type Json = Record<string, unknown>;

/** Whether an object's `@type` is (or includes) JobPosting. */
function isJobPosting(o: Json): boolean {
  const t = o['@type'];
  const types = Array.isArray(t) ? t : [t];
  return types.some((x) => typeof x === 'string' && /(^|[/#:])JobPosting$/.test(x));
}

/**
 * Every JobPosting object inside a parsed JSON-LD value, in document order.
 * @example
 * const graph = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, { '@type': 'JobPosting', title: 'CTO' }] };
 * assert.equal(findJobPostings(graph).length, 1);
 */
export function findJobPostings(value: unknown): Json[] {
  // Iterative (an explicit stack, in document order): parsed JSON can nest arrays thousands deep.
  const out: Json[] = [];
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
      continue;
    }
    if (!isObject(v)) continue;
    if (isJobPosting(v)) {
      out.push(v);
      continue;
    }
    const graph = v['@graph'];
    if (graph !== undefined) {
      stack.push(graph);
      continue;
    }
    // A page may wrap the posting (e.g. `mainEntity`); look one level into object-valued properties.
    for (const w of Object.values(v)) {
      if (Array.isArray(w)) out.push(...w.filter(isObject).filter(isJobPosting));
      else if (isObject(w) && isJobPosting(w)) out.push(w);
    }
  }
  return out;
}

/** A Thing's name, whether given as a string or as `{ name }`. */
function nameOf(value: unknown): string | null {
  let v = value;
  while (Array.isArray(v)) v = v[0];
  if (typeof v === 'string') return text(v);
  if (isObject(v)) return text(v.name);
  return null;
}

/** "Locality, Region, Country" of one Place (or address string). */
function placeText(place: unknown): string | null {
  if (typeof place === 'string') return text(place);
  if (!isObject(place)) return null;
  const address = place.address ?? place;
  if (typeof address === 'string') return text(address);
  if (!isObject(address)) return nameOf(place);
  const parts = [address.addressLocality, address.addressRegion, nameOf(address.addressCountry)]
    .map((p) => (typeof p === 'string' ? text(p) : null))
    .filter((p): p is string => !!p);
  return parts.length > 0 ? parts.join(', ') : nameOf(place);
}

/** Salary as written when the source wrote words, else `GBP 43571–69727 YEAR` from the numbers. */
function salaryText(base: unknown): string | null {
  if (typeof base === 'string' || typeof base === 'number') return text(base);
  if (!isObject(base)) return null;
  const currency = text(base.currency);
  const value = base.value;
  if (!isObject(value)) return text(value) ? [currency, text(value)].filter(Boolean).join(' ') : null;
  const written = text(value.value);
  if (written && !/^[\d.,\s]+$/.test(written)) return written;
  const min = text(value.minValue);
  const max = text(value.maxValue);
  const amount = min && max ? (min === max ? min : `${min}–${max}`) : (written ?? min ?? max);
  if (!amount) return null;
  return [currency, amount, text(value.unitText)].filter(Boolean).join(' ');
}

/** The posting's own identifier (`identifier` as string, `{ value }` or PropertyValue), else its url. */
function identifierOf(o: Json): string | null {
  const id = o.identifier;
  if (typeof id === 'string' || typeof id === 'number') return text(id);
  if (isObject(id)) return text(id.value) ?? text(id['@value']) ?? text(id.name);
  return text(o.url);
}

/** schema.org JobPosting properties that hold listing text of their own, with their headings. */
const SECTION_PROPERTIES: Array<[string, string]> = [
  ['responsibilities', 'Responsibilities'],
  ['qualifications', 'Qualifications'],
  ['skills', 'Skills'],
  ['experienceRequirements', 'Experience'],
  ['educationRequirements', 'Education'],
  ['jobBenefits', 'Benefits'],
];

const USED = new Set([
  'title',
  'name',
  'description',
  'hiringOrganization',
  'jobLocation',
  'datePosted',
  'url',
  'baseSalary',
  'identifier',
  ...SECTION_PROPERTIES.map(([k]) => k),
]);

/**
 * The description with the posting's separate text properties (schema.org `responsibilities`,
 * `qualifications` …) appended under their own headings, so no published text is left behind.
 */
function fullDescription(o: Json): string {
  const base = typeof o.description === 'string' ? o.description : '';
  const html = guessDescriptionFormat(base) === 'html' || base === '';
  const parts = [base];
  for (const [key, heading] of SECTION_PROPERTIES) {
    const v = o[key];
    const value = Array.isArray(v)
      ? v.filter((x) => typeof x === 'string').join(html ? '<br>' : '\n')
      : typeof v === 'string'
        ? v
        : '';
    if (!value.trim() || base.includes(value.trim())) continue;
    parts.push(html ? `<h3>${heading}</h3>\n${value}` : `${heading}:\n${value}`);
  }
  return parts.filter(Boolean).join('\n\n');
}

/**
 * Maps one JobPosting object to listing fields and its native id.
 * @example
 * const { fields } = mapJobPosting({ '@type': 'JobPosting', title: 'CTO', description: '&lt;p&gt;Lead&lt;/p&gt;', jobLocationType: 'TELECOMMUTE' });
 * assert.equal(fields.format, 'html');
 * assert.equal(fields.remote, true);
 */
export function mapJobPosting(o: Json): { fields: ListingFields; nativeId: string | null } {
  const description = fullDescription(o);
  const locations = (Array.isArray(o.jobLocation) ? o.jobLocation : [o.jobLocation])
    .map(placeText)
    .filter(Boolean);
  const locType = Array.isArray(o.jobLocationType)
    ? o.jobLocationType.join(' ')
    : String(o.jobLocationType ?? '');
  const meta: Record<string, string> = {};
  for (const [k, v] of Object.entries(o)) {
    if (USED.has(k) || k.startsWith('@')) continue;
    const s = Array.isArray(v) && v.every((x) => typeof x === 'string') ? v.join(', ') : text(v);
    if (s && s.length <= 500) meta[k] = s;
  }
  return {
    nativeId: identifierOf(o),
    fields: {
      title: text(o.title) ?? text(o.name),
      company: nameOf(o.hiringOrganization),
      location: locations.length > 0 ? [...new Set(locations)].join('; ') : null,
      url: text(o.url),
      postedAt: normalizeDate(o.datePosted),
      description,
      format: guessDescriptionFormat(description),
      remote: /TELECOMMUTE/i.test(locType) ? true : null,
      salary: salaryText(o.baseSalary),
      meta,
    },
  };
}

const LD_SCRIPT = /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;

/**
 * The JSON-LD blocks of an HTML page, parsed; blocks that are not valid JSON are returned as errors.
 * @example
 * const html = '<script type="application/ld+json">{"@type":"JobPosting","title":"CTO"}</script>';
 * assert.equal(extractJsonLdBlocks(html)[0]?.ok, true);
 */
export function extractJsonLdBlocks(
  html: string,
): Array<{ ok: true; value: unknown } | { ok: false; error: string }> {
  const out: Array<{ ok: true; value: unknown } | { ok: false; error: string }> = [];
  for (const m of html.matchAll(LD_SCRIPT)) {
    const body = (m[1] ?? '').trim().replace(/^<!--/, '').replace(/-->$/, '');
    const deep = jsonTooDeep(body);
    if (deep) {
      out.push({ ok: false, error: deep });
      continue;
    }
    try {
      out.push({ ok: true, value: JSON.parse(body) });
    } catch (e) {
      out.push({ ok: false, error: (e as Error).message });
    }
  }
  return out;
}

/**
 * Whether a text looks like it holds JobPosting JSON-LD (for format detection).
 * @example
 * assert.equal(mentionsJobPosting('{"@type": "JobPosting"}'), true);
 */
export function mentionsJobPosting(head: string): boolean {
  return /"@type"\s*:\s*(\[[^\]]*)?"(https?:\/\/schema\.org\/)?JobPosting"/.test(head);
}
