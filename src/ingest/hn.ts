/**
 * The Hacker News "Who is hiring?" run reader (`{jobs: [{id, source, by, time, text}]}`): one listing per
 * comment, fields parsed from the first line, keyed by the HN id so reposts across runs share a key.
 * @module
 */
import type { ReadStep } from './csv.ts';
import { guessDescriptionFormat } from './description-format.ts';
import { parseHnFirstLine } from './hn-first-line.ts';
import { parseJsonFile } from './json.ts';
import { createKeyAssigner, makeItem, reject, text } from './make-listing.ts';
import { normalizeDate } from './normalize-date.ts';
import type { OpenedSource } from './open-source.ts';

/**
 * Reads one HN run file.
 * @example
 * import { openSource } from './open-source.ts';
 * const src = await openSource('../shared/data/listings/hn-whoishiring-2026/raw_2026-01-01.json');
 * let n = 0;
 * for await (const _ of readHn(src)) n++;
 * assert.equal(n, 264);
 */
export async function* readHn(src: OpenedSource): AsyncGenerator<ReadStep> {
  const parsed = await parseJsonFile(src);
  if ('step' in parsed) {
    yield parsed.step;
    return;
  }
  const doc = (parsed.doc ?? {}) as { jobs?: unknown; run_id?: unknown };
  if (!Array.isArray(doc.jobs)) {
    yield {
      item: reject(src.source, 'file', null, 'not an HN run: no "jobs" array'),
      bytesRead: src.bytesRead(),
    };
    return;
  }
  const nextKey = createKeyAssigner();
  const run = text(doc.run_id);
  for (const [i, job] of (doc.jobs as Array<Record<string, unknown>>).entries()) {
    const locator = `record ${i + 1}`;
    const id = text(job?.id);
    const html = typeof job?.text === 'string' ? job.text : '';
    if (html.includes('\ufffd') && src.invalid.length > 0) {
      yield {
        item: reject(
          src.source,
          locator,
          id,
          `invalid UTF-8 byte at byte offset ${src.invalid.shift()?.byteOffset}`,
        ),
        bytesRead: src.bytesRead(),
      };
      continue;
    }
    const p = parseHnFirstLine(html);
    const meta: Record<string, string> = {};
    const by = text(job?.by);
    if (by) meta.by = by;
    const kind = text(job?.source);
    if (kind) meta.hn_source = kind;
    if (run) meta.run = run;
    if (p.employmentType) meta.employment_type = p.employmentType;
    if (p.rolesHint) meta.roles_hint = p.rolesHint;
    if (p.line) meta.first_line = p.line;
    const [title, ...more] = p.titles;
    yield {
      item: makeItem(src.source, locator, nextKey(id, i + 1), {
        title: title ?? null,
        titles: more,
        company: p.company,
        location: p.location,
        url: p.url ?? (id ? `https://news.ycombinator.com/item?id=${id}` : null),
        postedAt: normalizeDate(typeof job?.time === 'number' ? job.time : null),
        description: html,
        format: guessDescriptionFormat(html),
        remote: p.remote,
        salary: p.salary,
        meta,
      }),
      bytesRead: src.bytesRead(),
    };
  }
}
