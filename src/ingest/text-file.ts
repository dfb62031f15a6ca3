/**
 * The one-listing-per-file reader for `.txt`, `.md`/`.markdown` and `.html`/`.htm` files, reading a YAML-ish
 * front matter block (`---\ntitle: …\ncompany: …\ndate: …\n---`) when present.
 * @module
 */
import type { ReadStep } from './csv.ts';
import { guessDescriptionFormat } from './description-format.ts';
import { innerExtension } from './detect-format.ts';
import { readWhole } from './json.ts';
import type { DescriptionFormat } from './listing.ts';
import { makeItem, reject, text } from './make-listing.ts';
import { normalizeDate } from './normalize-date.ts';
import type { OpenedSource } from './open-source.ts';

/**
 * Splits a leading front matter block off a document: simple `key: value` lines, quotes stripped.
 * @example
 * const { data, body } = parseFrontMatter('---\ntitle: "CTO"\ncompany: Acme\n---\nWe build.');
 * assert.deepEqual(data, { title: 'CTO', company: 'Acme' });
 * assert.equal(body, 'We build.');
 */
export function parseFrontMatter(doc: string): { data: Record<string, string>; body: string } {
  const m = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(doc);
  if (!m) return { data: {}, body: doc };
  const data: Record<string, string> = {};
  for (const line of (m[1] ?? '').split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!kv) continue;
    const value = (kv[2] ?? '').trim().replace(/^(["'])(.*)\1$/, '$2');
    if (value) data[(kv[1] as string).toLowerCase()] = value;
  }
  return { data, body: doc.slice(m[0].length) };
}

/** The `<title>` or first heading of a document, as a fallback title. */
function titleOf(body: string, format: DescriptionFormat): string | null {
  if (format === 'html') {
    const t = /<title[^>]*>([^<]*)<\/title>/i.exec(body) ?? /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(body);
    return t ? text((t[1] ?? '').replace(/<[^>]*>/g, '')) : null;
  }
  const h = /^\s{0,3}#{1,2}\s+(.+)$/m.exec(body);
  return h ? text(h[1]) : null;
}

/**
 * Reads one text/Markdown/HTML file as one listing; the record key is the file name.
 * @example
 * import { openSource } from './open-source.ts';
 * const src = await openSource('test/fixtures/ingest/folder/cto.md');
 * for await (const { item } of readTextFile(src)) assert.equal(item.kind, 'listing');
 */
export async function* readTextFile(src: OpenedSource): AsyncGenerator<ReadStep> {
  const doc = await readWhole(src);
  const key = src.path.split(/[\\/]/).pop() ?? '1';
  if (src.invalid.length > 0) {
    yield {
      item: reject(
        src.source,
        'file',
        key,
        `invalid UTF-8 byte at byte offset ${src.invalid[0]?.byteOffset}`,
      ),
      bytesRead: src.bytesRead(),
    };
    return;
  }
  const { data, body } = parseFrontMatter(doc);
  const ext = innerExtension(src.path);
  const format: DescriptionFormat =
    ext === '.html' || ext === '.htm'
      ? 'html'
      : ext === '.md' || ext === '.markdown'
        ? 'markdown'
        : guessDescriptionFormat(body);
  const meta: Record<string, string> = {};
  const used = new Set(['title', 'company', 'date', 'location', 'url', 'salary']);
  for (const [k, v] of Object.entries(data)) if (!used.has(k) && v.length <= 500) meta[k] = v;
  yield {
    item: makeItem(src.source, 'file', key, {
      title: data.title ?? titleOf(body, format),
      company: data.company ?? null,
      location: data.location ?? null,
      url: data.url ?? null,
      postedAt: normalizeDate(data.date),
      description: body,
      format,
      salary: data.salary ?? null,
      remote: data.remote ? /^(true|yes|1)$/i.test(data.remote) : null,
      meta,
    }),
    bytesRead: src.bytesRead(),
  };
}
