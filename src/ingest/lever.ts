/**
 * The Lever postings API reader (`GET /v0/postings/{site}?mode=json`): an array of
 * `{id, text (title), categories {location, team, commitment}, description, descriptionPlain, lists [{text, content}],
 * additional, additionalPlain, hostedUrl, createdAt (epoch ms), workplaceType, salaryRange}`.
 * @module
 */
import type { ReadStep } from './csv.ts';
import { parseJsonFile } from './json.ts';
import { createKeyAssigner, isObject, makeItem, reject, text } from './make-listing.ts';
import { normalizeDate } from './normalize-date.ts';
import type { OpenedSource } from './open-source.ts';

type Json = Record<string, unknown>;
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A posting's full text as HTML: description, each list under its heading, then the closing part. */
function leverHtml(p: Json): string {
  const html = (rich: unknown, plain: unknown) =>
    typeof rich === 'string' && rich.trim()
      ? rich
      : typeof plain === 'string' && plain.trim()
        ? `<p>${escapeHtml(plain)}</p>`
        : '';
  const parts = [html(p.description, p.descriptionPlain)];
  if (Array.isArray(p.lists))
    for (const list of p.lists)
      if (isObject(list))
        parts.push(
          `<h3>${escapeHtml(text(list.text) ?? '')}</h3><ul>${typeof list.content === 'string' ? list.content : ''}</ul>`,
        );
  parts.push(html(p.additional, p.additionalPlain));
  return parts.filter(Boolean).join('\n');
}

/**
 * Maps one Lever posting to listing fields.
 * @example
 * const { fields } = mapLeverPosting({ id: 'a1', text: 'CTO', descriptionPlain: 'Lead.', categories: { location: 'Remote' }, workplaceType: 'remote' });
 * assert.equal(fields.title, 'CTO');
 * assert.equal(fields.remote, true);
 */
export function mapLeverPosting(p: Json) {
  const cat = isObject(p.categories) ? p.categories : {};
  const meta: Record<string, string> = {};
  for (const k of ['team', 'department', 'commitment', 'level'] as const) {
    const v = text(cat[k]);
    if (v) meta[k] = v;
  }
  const workplace = text(p.workplaceType);
  if (workplace) meta.workplaceType = workplace;
  const site = /jobs\.(?:eu\.)?lever\.co\/([^/]+)/.exec(text(p.hostedUrl) ?? '')?.[1];
  if (site) meta.lever_site = site;
  const all = Array.isArray(cat.allLocations) ? cat.allLocations.map(text).filter(Boolean).join('; ') : null;
  const sr = isObject(p.salaryRange) ? p.salaryRange : null;
  const salary = sr
    ? [text(sr.currency), [text(sr.min), text(sr.max)].filter(Boolean).join('–'), text(sr.interval)]
        .filter(Boolean)
        .join(' ')
    : text(p.salaryDescriptionPlain);
  return {
    nativeId: text(p.id),
    fields: {
      title: text(p.text),
      company: null,
      location: text(cat.location) ?? (all || null),
      url: text(p.hostedUrl),
      postedAt: normalizeDate(p.createdAt),
      description: leverHtml(p),
      format: 'html' as const,
      remote:
        workplace === 'remote' ? true : workplace === 'on-site' || workplace === 'hybrid' ? false : null,
      salary: salary || null,
      meta,
    },
  };
}

/**
 * Reads a Lever postings API response (a JSON array).
 * @example
 * import { openSource } from './open-source.ts';
 * const src = await openSource('test/fixtures/ingest/lever-postings.json');
 * for await (const { item } of readLever(src)) assert.equal(item.kind, 'listing');
 */
export async function* readLever(src: OpenedSource): AsyncGenerator<ReadStep> {
  const parsed = await parseJsonFile(src);
  if ('step' in parsed) {
    yield parsed.step;
    return;
  }
  const doc = parsed.doc;
  if (!Array.isArray(doc)) {
    yield {
      item: reject(src.source, 'file', null, 'not a Lever postings response: expected a JSON array'),
      bytesRead: src.bytesRead(),
    };
    return;
  }
  const nextKey = createKeyAssigner();
  for (const [i, p] of doc.entries()) {
    const locator = `record ${i + 1}`;
    if (!isObject(p)) {
      yield {
        item: reject(src.source, locator, null, 'posting is not a JSON object'),
        bytesRead: src.bytesRead(),
      };
      continue;
    }
    const { fields, nativeId } = mapLeverPosting(p);
    yield {
      item: makeItem(src.source, locator, nextKey(nativeId, i + 1), fields),
      bytesRead: src.bytesRead(),
    };
  }
}
