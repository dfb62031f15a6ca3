/**
 * Picks the reader for a file from its name and its first characters.
 * @module
 */
import { mentionsJobPosting } from './jsonld.ts';
import type { Format } from './read-options.ts';

/** File extensions (after removing `.gz`) that hold one listing per file. */
export const TEXT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];

/**
 * The extension of a name without a trailing `.gz`, lower-case.
 * @example
 * assert.equal(innerExtension('jobs.JSONL.gz'), '.jsonl');
 */
export function innerExtension(name: string): string {
  const base = name.toLowerCase().replace(/\.gz$/, '');
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot) : '';
}

/** The JSON shape of a document head: HN run, Greenhouse board, Lever postings, JSON-LD or plain JSON. */
function jsonKind(head: string): Format {
  if (
    /"who_is_hiring|"jobs"\s*:\s*\[\s*\{\s*"id"\s*:\s*\d+\s*,\s*"source"/.test(head) &&
    /"by"\s*:/.test(head)
  )
    return 'hn';
  if (/"jobs"\s*:\s*\[/.test(head) && /"absolute_url"\s*:/.test(head)) return 'greenhouse';
  if (/^\s*\[/.test(head) && /"hostedUrl"\s*:|"descriptionPlain"\s*:/.test(head)) return 'lever';
  if (mentionsJobPosting(head) || /"@graph"\s*:/.test(head)) return 'jsonld';
  return 'json';
}

/**
 * Detects a file's format from its name and decoded head; null when neither tells.
 * @example
 * assert.equal(detectFormat('jobs.csv', 'a,b\n'), 'csv');
 * assert.equal(detectFormat('nhs.jsonl.gz', '{"@context":"http://schema.org","@type":"JobPosting"}'), 'jsonld');
 * assert.equal(detectFormat('page.html', '<script type="application/ld+json">{"@type":"JobPosting"}</script>'), 'jsonld');
 */
export function detectFormat(path: string, head: string): Format | null {
  const ext = innerExtension(path);
  switch (ext) {
    case '.csv':
      return 'csv';
    case '.tsv':
    case '.tab':
      return 'tsv';
    case '.jsonl':
    case '.ndjson':
      // JobPostings one per line (the NHS file): the JSON-LD reader reads them line by line.
      return mentionsJobPosting(head) ? 'jsonld' : 'jsonl';
    case '.jsonld':
      return 'jsonld';
    case '.json': {
      const kind = jsonKind(head);
      // A .json file holding one object per line is JSONL in disguise.
      if (kind === 'json' && /^\s*\{[^\n]*\}\s*\n\s*\{/.test(head)) return 'jsonl';
      return kind;
    }
    case '.html':
    case '.htm':
      return /application\/ld\+json/i.test(head) && mentionsJobPosting(head) ? 'jsonld' : 'text';
    case '.txt':
    case '.md':
    case '.markdown':
      return 'text';
    default:
      return null;
  }
}
