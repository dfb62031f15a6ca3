/**
 * The Greenhouse job-board API reader (`GET /v1/boards/{board}/jobs?content=true`):
 * `{jobs: [{id, title, content (HTML-escaped HTML), location: {name}, updated_at, absolute_url, …}]}`.
 * @module
 */
import type { ReadStep } from './csv.ts';
import { parseJsonFile } from './json.ts';
import { createKeyAssigner, isObject, makeItem, reject, text } from './make-listing.ts';
import { normalizeDate } from './normalize-date.ts';
import type { OpenedSource } from './open-source.ts';

type Json = Record<string, unknown>;
const names = (v: unknown): string | null =>
  Array.isArray(v)
    ? text(
        v
          .map((x) => (isObject(x) ? text(x.name) : null))
          .filter(Boolean)
          .join(', '),
      )
    : null;

/**
 * Maps one Greenhouse job to listing fields; `content` stays HTML-escaped HTML as published.
 * @example
 * const { fields, nativeId } = mapGreenhouseJob({ id: 7, title: 'CTO', content: '&lt;p&gt;Lead&lt;/p&gt;', location: { name: 'NYC' } });
 * assert.equal(nativeId, '7');
 * assert.equal(fields.location, 'NYC');
 */
export function mapGreenhouseJob(job: Json) {
  const meta: Record<string, string> = {};
  const departments = names(job.departments);
  if (departments) meta.departments = departments;
  const offices = names(job.offices);
  if (offices) meta.offices = offices;
  if (Array.isArray(job.metadata))
    for (const m of job.metadata)
      if (isObject(m) && text(m.name) && text(m.value) && (text(m.value) as string).length <= 500)
        meta[text(m.name) as string] = text(m.value) as string;
  const requisition = text(job.requisition_id);
  if (requisition) meta.requisition_id = requisition;
  const description = typeof job.content === 'string' ? job.content : '';
  return {
    nativeId: text(job.id),
    fields: {
      title: text(job.title),
      company: text(job.company_name),
      location: isObject(job.location) ? text(job.location.name) : text(job.location),
      url: text(job.absolute_url),
      postedAt: normalizeDate(job.first_published) ?? normalizeDate(job.updated_at),
      description,
      format: 'html' as const,
      meta,
    },
  };
}

/**
 * Reads a Greenhouse job-board API response.
 * @example
 * import { openSource } from './open-source.ts';
 * const src = await openSource('test/fixtures/ingest/greenhouse-jobs.json');
 * for await (const { item } of readGreenhouse(src)) assert.equal(item.kind, 'listing');
 */
export async function* readGreenhouse(src: OpenedSource): AsyncGenerator<ReadStep> {
  const parsed = await parseJsonFile(src);
  if ('step' in parsed) {
    yield parsed.step;
    return;
  }
  const doc = parsed.doc;
  const jobs = isObject(doc) ? doc.jobs : Array.isArray(doc) ? doc : null;
  if (!Array.isArray(jobs)) {
    yield {
      item: reject(src.source, 'file', null, 'not a Greenhouse job-board response: no "jobs" array'),
      bytesRead: src.bytesRead(),
    };
    return;
  }
  const nextKey = createKeyAssigner();
  for (const [i, job] of jobs.entries()) {
    const locator = `record ${i + 1}`;
    if (!isObject(job)) {
      yield {
        item: reject(src.source, locator, null, 'job is not a JSON object'),
        bytesRead: src.bytesRead(),
      };
      continue;
    }
    const { fields, nativeId } = mapGreenhouseJob(job);
    yield {
      item: makeItem(src.source, locator, nextKey(nativeId, i + 1), fields),
      bytesRead: src.bytesRead(),
    };
  }
}
