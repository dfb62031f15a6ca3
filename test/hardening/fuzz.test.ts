/**
 * Issue 12, "Fuzz": small valid seed files of every listing format (hand-written here, plus a few real records from
 * ../shared) and résumé formats, mutated a few hundred times with a seeded PRNG (byte flips, truncation, NUL,
 * invalid UTF-8, BOMs, CR/CRLF, unbalanced quotes and brackets, 100,000-deep nesting, huge lines, deleted fields,
 * duplicated slices, garbage after gzip). Every case must read without a throw; the only failure allowed is a
 * rejection with a reason, naming the file (source) and a locator. Where the mutated file still says how many records
 * it holds (JSON that parses, JSONL lines, single-line CSV rows) no record may go missing. A subset also goes through
 * `roleprint ingest --json`, whose per-source accounting must balance and match readInputs.
 *
 * Deterministic: ROLEPRINT_FUZZ_SEED changes the seed (default 12); failures name the case and its mutations.
 * Runs of "[" and "<h1" go in at full size (100,000 / 300,000 characters): they once took seconds to minutes (B1–B3
 * at the end). "{" nesting stays 100,000 deep.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { htmlToText } from '../../src/clean/index.ts';
import { RoleprintError } from '../../src/errors.ts';
import { detectEncoding } from '../../src/ingest/decode-text.ts';
import { type ReadEvent, readInputs } from '../../src/ingest/index.ts';
import { isBinary } from '../../src/ingest/open-source.ts';
import { readResumes } from '../../src/resume/index.ts';
import { fixtureDocx, fixturePdf } from '../../src/resume/testing/fixture-resume.ts';
import { seededRandom } from '../../src/seeded-random.ts';

const BIN = fileURLToPath(new URL('../../bin/roleprint.js', import.meta.url));
const LISTINGS = fileURLToPath(new URL('../../../shared/data/listings/', import.meta.url));
const SEED = Number(process.env.ROLEPRINT_FUZZ_SEED ?? 12);
/** Mutated cases per listing seed, and per résumé seed. */
const LISTING_CASES = 24;
const RESUME_CASES = 8;
/** Every this-many-th listing case also goes through the CLI (one `ingest` run over all of them). */
const CLI_EVERY = 4;
/** A case slower than this is reported as a hang. */
const SLOW_MS = 8000;
/** Run the mutations that meet the known quadratic-time bugs at full size (each such case then takes 5–50 s). */

const dir = mkdtempSync(join(tmpdir(), 'roleprint-fuzz-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// ---------------------------------------------------------------------------------------------------------------
// Seeded PRNG (src/seeded-random.ts) and helpers.

type Rng = () => number;
const int = (rng: Rng, n: number): number => Math.floor(rng() * n);
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[int(rng, xs.length)] as T;
const insert = (b: Buffer, at: number, what: Buffer | string): Buffer =>
  Buffer.concat([b.subarray(0, at), Buffer.from(what), b.subarray(at)]);

// ---------------------------------------------------------------------------------------------------------------
// Mutations: each returns the mutated bytes and a short description for the failure message.

type Mutation = (b: Buffer, rng: Rng) => { bytes: Buffer; what: string };

const MUTATIONS: Record<string, Mutation> = {
  flip(b, rng) {
    const out = Buffer.from(b);
    const at: string[] = [];
    for (let n = 1 + int(rng, 4); n > 0 && out.length > 0; n--) {
      const i = int(rng, out.length);
      const x = 1 + int(rng, 255);
      out[i] = (out[i] as number) ^ x;
      at.push(`${i}^${x}`);
    }
    return { bytes: out, what: `flip ${at.join(' ')}` };
  },
  truncate(b, rng) {
    const at = int(rng, b.length + 1);
    return { bytes: b.subarray(0, at), what: `truncate ${at}` };
  },
  nul(b, rng) {
    const at = int(rng, b.length + 1);
    const n = 1 + int(rng, 2);
    return { bytes: insert(b, at, Buffer.alloc(n)), what: `${n} NUL at ${at}` };
  },
  badUtf8(b, rng) {
    const seqs = [[0xff], [0xc3], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0x80, 0x80], [0xf4, 0x90, 0x80, 0x80]];
    const seq = pick(rng, seqs);
    const at = int(rng, b.length + 1);
    return { bytes: insert(b, at, Buffer.from(seq)), what: `bytes ${seq.join(',')} at ${at}` };
  },
  bom(b, rng) {
    const boms = [
      [0xef, 0xbb, 0xbf],
      [0xff, 0xfe],
      [0xfe, 0xff],
    ];
    const bom = pick(rng, boms);
    const at = rng() < 0.5 ? 0 : int(rng, b.length + 1);
    return { bytes: insert(b, at, Buffer.from(bom)), what: `BOM ${bom.join(',')} at ${at}` };
  },
  lineBreaks(b, rng) {
    const s = b.toString('latin1');
    const k = int(rng, 3);
    if (k === 0) return { bytes: Buffer.from(s.replaceAll('\n', '\r\n'), 'latin1'), what: 'LF→CRLF' };
    if (k === 1) return { bytes: Buffer.from(s.replaceAll('\n', '\r'), 'latin1'), what: 'LF→CR' };
    const at = int(rng, b.length + 1);
    return { bytes: insert(b, at, '\r'), what: `CR at ${at}` };
  },
  quote(b, rng) {
    const at = int(rng, b.length + 1);
    const q = pick(rng, ['"', "'", '\\"', '\\']);
    return { bytes: insert(b, at, q), what: `${JSON.stringify(q)} at ${at}` };
  },
  bracket(b, rng) {
    const at = int(rng, b.length + 1);
    const s = pick(rng, [
      '[',
      ']',
      '{',
      '}',
      '<',
      '>',
      '</script>',
      '<script type="application/ld+json">',
      '<!--',
    ]);
    return { bytes: insert(b, at, s), what: `${JSON.stringify(s)} at ${at}` };
  },
  deep(b, rng) {
    const at = int(rng, b.length + 1);
    // A run of "[" inside a description (bug B1, fixed; see the end).
    const brackets = 100_000;
    const kinds = [
      ['['.repeat(brackets), ''],
      ['['.repeat(brackets), ']'.repeat(brackets)],
      ['{"a":'.repeat(50_000), `1${'}'.repeat(50_000)}`],
      ['<div>'.repeat(20_000), '</div>'.repeat(20_000)],
      ['{'.repeat(100_000), ''],
    ] as const;
    const k = int(rng, kinds.length);
    const [open, close] = kinds[k] as readonly [string, string];
    return { bytes: insert(b, at, open + close), what: `deep nesting #${k} at ${at}` };
  },
  hugeLine(b, rng) {
    const at = int(rng, b.length + 1);
    const token = pick(rng, [
      'x',
      ' ',
      '\t',
      ',',
      '#',
      '# ',
      '<h1',
      '\\',
      '"a",',
      '&amp;',
      '<!--',
      'é',
      '**',
      '](',
    ]);
    // "<h1" without ">" (bug B2, fixed; see the end).
    const chars = 300_000;
    const n = Math.ceil(chars / token.length);
    return { bytes: insert(b, at, token.repeat(n)), what: `${JSON.stringify(token)}×${n} at ${at}` };
  },
  deleteField(b, rng) {
    const s = b.toString('latin1');
    const delim = pick(rng, [',', '\t', '"', ':', '\n', '<', '{']);
    const hits: number[] = [];
    for (let i = s.indexOf(delim); i >= 0; i = s.indexOf(delim, i + 1)) hits.push(i);
    if (hits.length < 2) return { bytes: b, what: `delete: no ${JSON.stringify(delim)}` };
    const k = int(rng, hits.length - 1);
    const [from, to] = [hits[k] as number, hits[k + 1] as number];
    return {
      bytes: Buffer.concat([b.subarray(0, from), b.subarray(to)]),
      what: `delete ${from}..${to}`,
    };
  },
  duplicate(b, rng) {
    const from = int(rng, b.length + 1);
    const to = Math.min(b.length, from + int(rng, 400));
    const at = int(rng, b.length + 1);
    return { bytes: insert(b, at, b.subarray(from, to)), what: `copy ${from}..${to} to ${at}` };
  },
};
const KINDS = Object.keys(MUTATIONS);

/** Mutations of the compressed bytes of a gzip file. */
const GZIP_MUTATIONS: Record<string, Mutation> = {
  gzAppend(b, rng) {
    const n = 1 + int(rng, 64);
    const junk = Buffer.from(Array.from({ length: n }, () => int(rng, 256)));
    return { bytes: Buffer.concat([b, junk]), what: `gzip + ${n} random bytes` };
  },
  gzFlip(b, rng) {
    const r = MUTATIONS.flip?.(b, rng) as { bytes: Buffer; what: string };
    return { bytes: r.bytes, what: `gzip ${r.what}` };
  },
  gzTruncate(b, rng) {
    const at = 2 + int(rng, Math.max(1, b.length - 2));
    return { bytes: b.subarray(0, at), what: `gzip truncate ${at}` };
  },
  gzMember(b, rng) {
    const tail = gzipSync(Buffer.from(`\n{"id":"m${int(rng, 100)}"}\n`));
    return { bytes: Buffer.concat([b, tail]), what: 'gzip + second member' };
  },
};
const GZIP_KINDS = Object.keys(GZIP_MUTATIONS);

// ---------------------------------------------------------------------------------------------------------------
// Listing seeds.

/** How many records a mutated file must at least yield, when it can still be told. */
type Oracle = 'lines' | 'csv-lines' | 'json' | 'one' | 'some' | 'none';
interface Seed {
  name: string;
  /** File name inside the case folder (its extension picks the format). */
  file: string;
  text: string;
  oracle: Oracle;
  gzip?: boolean;
}

const jl = (o: unknown) => JSON.stringify(o);
const HAND = [
  {
    id: 'a1',
    title: 'Data Engineer',
    company: 'Acme',
    location: 'Leeds',
    description: 'Build pipelines in Python.',
  },
  {
    id: 'a2',
    title: 'Ward Nurse',
    company: 'NHS Trust',
    location: 'York',
    description: 'Care for patients.',
  },
  {
    id: 'a3',
    title: 'Head Chef',
    company: 'Café Ünïcode',
    location: 'Bath',
    description: 'Cook menus; train staff.',
  },
  {
    id: 'a4',
    title: 'CTO',
    company: 'Startup',
    location: 'Remote',
    description: '<p>Lead the <b>team</b></p>',
  },
];
const posting = (i: number) => ({
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  identifier: `jp${i}`,
  title: `Engineer ${i}`,
  description: `<p>Run service ${i}</p>`,
  datePosted: `2020-01-0${(i % 9) + 1}`,
  hiringOrganization: { '@type': 'Organization', name: `Org ${i}` },
  jobLocation: { '@type': 'Place', address: { addressLocality: 'Leeds', addressCountry: 'GB' } },
});

function csvOf(rows: Record<string, string>[], delim = ','): string {
  const cols = Object.keys(rows[0] ?? {});
  const q = (v: string) => (/[",\n\r\t;|]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return `${[cols.join(delim), ...rows.map((r) => cols.map((c) => q(r[c] ?? '')).join(delim))].join('\n')}\n`;
}

function realSeeds(): Seed[] {
  const out: Seed[] = [];
  const tech = readFileSync(join(LISTINGS, 'tech-leadership/postings.jsonl'), 'utf8').split('\n').slice(0, 3);
  out.push({
    name: 'real-tech-jsonl',
    file: 'postings.jsonl',
    text: `${tech.join('\n')}\n`,
    oracle: 'lines',
  });
  const nhs = gunzipSync(readFileSync(join(LISTINGS, 'nhs-jobs-2020/nhs_jobs_jsonld.jsonl.gz')))
    .subarray(0, 200_000)
    .toString('utf8')
    .split('\n')
    .slice(0, 3);
  out.push({
    name: 'real-nhs-gz',
    file: 'nhs.jsonl.gz',
    text: `${nhs.join('\n')}\n`,
    oracle: 'lines',
    gzip: true,
  });
  const hn = JSON.parse(readFileSync(join(LISTINGS, 'hn-whoishiring-2026/raw_2026-01-01.json'), 'utf8'));
  hn.jobs = hn.jobs.slice(0, 3);
  out.push({
    name: 'real-hn',
    file: 'raw_2026-01-01.json',
    text: JSON.stringify(hn, null, 1),
    oracle: 'json',
  });
  const yc = parse(readFileSync(join(LISTINGS, 'yc-waas-nyc-2026/jobs_raw.csv')), {
    columns: true,
    to: 3,
  }) as Record<string, string>[];
  out.push({ name: 'real-yc-csv', file: 'jobs_raw.csv', text: csvOf(yc), oracle: 'none' });
  return out;
}

function handSeeds(): Seed[] {
  const flat = HAND.map((h) => ({ ...h, description: h.description.replaceAll(',', ' ') }));
  return [
    { name: 'csv-flat', file: 'jobs.csv', text: csvOf(flat).replaceAll('"', ''), oracle: 'csv-lines' },
    {
      name: 'csv-quoted',
      file: 'jobs.csv',
      text: csvOf(HAND.map((h) => ({ ...h, description: `${h.description}\nSecond line, "quoted".` }))),
      oracle: 'none',
    },
    { name: 'tsv', file: 'jobs.tsv', text: csvOf(flat, '\t').replaceAll('"', ''), oracle: 'csv-lines' },
    { name: 'jsonl', file: 'jobs.jsonl', text: `${HAND.map(jl).join('\n')}\n`, oracle: 'lines' },
    { name: 'json-array', file: 'jobs.json', text: JSON.stringify(HAND, null, 2), oracle: 'json' },
    { name: 'json-object', file: 'export.json', text: jl({ count: 4, data: HAND }), oracle: 'json' },
    {
      name: 'jsonld-jsonl',
      file: 'postings.jsonl',
      text: `${[1, 2, 3].map((i) => jl(posting(i))).join('\n')}\n`,
      oracle: 'lines',
    },
    {
      name: 'jsonld-graph',
      file: 'graph.jsonld',
      text: jl({
        '@context': 'https://schema.org',
        '@graph': [{ '@type': 'WebPage' }, posting(1), posting(2)],
      }),
      oracle: 'some',
    },
    {
      name: 'jsonld-html',
      file: 'page.html',
      text:
        '<!doctype html><html><head><title>Jobs</title>\n' +
        `<script type="application/ld+json">${jl(posting(1))}</script>\n` +
        `<script type="application/ld+json">${jl([posting(2), { '@type': 'Organization', name: 'X' }])}</script>\n` +
        '</head><body><h1>Jobs</h1><p>Apply now.</p></body></html>\n',
      oracle: 'some',
    },
    {
      name: 'greenhouse',
      file: 'board.json',
      text: jl({
        jobs: [1, 2, 3].map((i) => ({
          id: 100 + i,
          title: `Engineer ${i}`,
          absolute_url: `https://boards.greenhouse.io/x/jobs/${i}`,
          location: { name: 'NYC' },
          updated_at: '2024-03-01T00:00:00Z',
          content: `&lt;p&gt;Build thing ${i}&lt;/p&gt;`,
          departments: [{ name: 'Eng' }],
        })),
      }),
      oracle: 'json',
    },
    {
      name: 'lever',
      file: 'lever.json',
      text: jl(
        [1, 2, 3].map((i) => ({
          id: `lv-${i}`,
          text: `Designer ${i}`,
          hostedUrl: `https://jobs.lever.co/x/${i}`,
          createdAt: 1700000000000 + i,
          categories: { location: 'Berlin', commitment: 'Full-time' },
          descriptionPlain: `Design screens ${i}.`,
          description: `<div>Design screens ${i}.</div>`,
          lists: [{ text: 'You will', content: '<li>Ship</li>' }],
        })),
      ),
      oracle: 'json',
    },
    {
      name: 'text',
      file: 'cto.txt',
      text: '---\ntitle: CTO\ncompany: Acme\ndate: 2024-02-01\n---\nLead engineering.\nOwn the roadmap.\n',
      oracle: 'one',
    },
    {
      name: 'markdown',
      file: 'vp.md',
      text: '# VP Engineering\n\n- Hire engineers\n- Run delivery\n',
      oracle: 'one',
    },
    {
      name: 'html-text',
      file: 'lead.html',
      text: '<html><head><title>Tech Lead</title></head><body><ul><li>Review code</li></ul></body></html>\n',
      oracle: 'one',
    },
    {
      name: 'jsonl-gz',
      file: 'jobs.jsonl.gz',
      text: `${HAND.map(jl).join('\n')}\n`,
      oracle: 'lines',
      gzip: true,
    },
    {
      name: 'csv-gz',
      file: 'jobs.csv.gz',
      text: csvOf(flat).replaceAll('"', ''),
      oracle: 'csv-lines',
      gzip: true,
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Cases.

interface Case {
  id: string;
  seed: Seed;
  path: string;
  source: string;
  /** The bytes on disk. */
  bytes: Buffer;
  /** The text bytes the reader sees after gunzip, when they can be told (null: the gzip itself is broken). */
  plain: Buffer | null;
  what: string[];
}

function makeCases(seeds: Seed[]): Case[] {
  const rng = seededRandom(SEED);
  const cases: Case[] = [];
  for (const seed of seeds) {
    const kinds = seed.gzip ? [...KINDS, ...GZIP_KINDS] : KINDS;
    for (let j = 0; j < LISTING_CASES; j++) {
      const first = kinds[j % kinds.length] as string;
      const more = rng() < 0.35 ? [pick(rng, KINDS), ...(rng() < 0.3 ? [pick(rng, KINDS)] : [])] : [];
      let plain: Buffer | null = Buffer.from(seed.text);
      let bytes: Buffer;
      const what: string[] = [];
      const gzipMutation = GZIP_MUTATIONS[first];
      for (const k of gzipMutation ? more : [first, ...more]) {
        const r = (MUTATIONS[k] as Mutation)(plain, rng);
        plain = r.bytes;
        what.push(r.what);
      }
      if (seed.gzip) {
        bytes = gzipSync(plain);
        if (gzipMutation) {
          const r = gzipMutation(bytes, rng);
          bytes = r.bytes;
          what.push(r.what);
          try {
            plain = gunzipSync(bytes);
          } catch {
            plain = null;
          }
        }
      } else bytes = plain;
      const id = `c${String(cases.length).padStart(3, '0')}`;
      const path = join(dir, 'listings', id, seed.file);
      cases.push({ id, seed, path, source: `${id}/${seed.file}`, bytes, plain, what });
    }
  }
  for (const c of cases) {
    mkdirSync(dirname(c.path), { recursive: true });
    writeFileSync(c.path, c.bytes);
  }
  return cases;
}

const LOCATOR = /^(file|row \d+|line \d+|record \d+|script \d+)$/;

/** The fewest records the reader must report for this file, or null when the mutation leaves it unknowable. */
function expectedAtLeast(c: Case, format: string, items: ReadEvent[]): number | null {
  const { plain, seed } = c;
  if (seed.oracle === 'one') return format === 'text' ? 1 : null;
  if (seed.oracle === 'some') return 1;
  if (plain === null || seed.oracle === 'none') return null;
  // A whole-file rejection says the rest could not be read: a declared stop, not a silent loss.
  if (
    items.some((e) => e.type === 'item' && e.item.kind === 'rejected' && e.item.rejection.locator === 'file')
  )
    return null;
  const enc = detectEncoding(plain.subarray(0, 1 << 20)).encoding;
  if (enc.startsWith('utf-16') || isBinary(plain.subarray(0, 8192))) return null;
  const visible = (line: Buffer) => line.some((x) => x > 0x20 && x < 0x7f);
  const lines = (b: Buffer) => {
    const out: Buffer[] = [];
    let at = 0;
    for (let i = b.indexOf(10); i >= 0; i = b.indexOf(10, at)) {
      out.push(b.subarray(at, i));
      at = i + 1;
    }
    out.push(b.subarray(at));
    return out;
  };
  if (seed.oracle === 'lines') return lines(plain).filter(visible).length;
  if (seed.oracle === 'csv-lines') {
    // Rows are single lines while the file holds at most one quote; a changed header changes the whole reading.
    const quotes = plain.filter((x) => x === 0x22).length;
    if (quotes > 1 || !plain.includes(10)) return null;
    const all = lines(plain);
    const header = (all[0] as Buffer).toString('latin1').replace(/\r$/, '');
    if (header !== seed.text.split('\n')[0]) return null;
    return all.slice(1).filter(visible).length;
  }
  // 'json': a document that still parses says how many records it holds.
  let doc: unknown;
  try {
    doc = JSON.parse(new TextDecoder('utf-8').decode(plain));
  } catch {
    return null;
  }
  if (Array.isArray(doc)) return doc.length;
  if (typeof doc === 'object' && doc !== null) {
    const o = doc as Record<string, unknown>;
    for (const k of ['jobs', 'postings', 'data', 'results', 'items', 'listings'])
      if (Array.isArray(o[k])) return (o[k] as unknown[]).length;
  }
  return null;
}

interface Outcome {
  events: ReadEvent[];
  format: string | null;
  items: number;
  listings: number;
  ms: number;
  /** The fewest records the file had to yield, when the oracle could tell. */
  least: number | null;
}
const outcomes = new Map<string, Outcome>();

function describe(c: Case): string {
  return `${c.id} (seed ${c.seed.name}, ${c.seed.file}; ${c.what.join('; ') || 'no mutation'}; fuzz seed ${SEED})`;
}

/** Reads one case through readInputs and checks every event; returns the problems found. */
async function checkCase(c: Case): Promise<string[]> {
  const problems: string[] = [];
  const events: ReadEvent[] = [];
  const started = performance.now();
  try {
    for await (const e of readInputs([c.path])) events.push(e);
  } catch (e) {
    problems.push(`readInputs threw: ${(e as Error)?.stack ?? e}`);
  }
  const ms = performance.now() - started;
  if (ms > SLOW_MS) problems.push(`took ${Math.round(ms)} ms`);
  const items = events.filter((e) => e.type === 'item');
  const first = events[0];
  const format = first?.type === 'file' ? first.format : null;
  if (first?.type !== 'file' || events.at(-1)?.type !== 'file-end' || events.length !== items.length + 2)
    problems.push(`events are not file, item…, file-end: ${events.map((e) => e.type).join(',')}`);
  const keys = new Set<string>();
  let listings = 0;
  for (const e of items) {
    if (e.type !== 'item') continue;
    if (e.item.kind === 'rejected') {
      const r = e.item.rejection;
      if (r.source !== c.source) problems.push(`rejection names source ${r.source}`);
      if (!LOCATOR.test(r.locator)) problems.push(`rejection locator ${JSON.stringify(r.locator)}`);
      if (typeof r.reason !== 'string' || r.reason.trim() === '')
        problems.push('rejection with an empty reason');
      else if (/\bundefined\b|\bNaN\b|\[object /.test(r.reason))
        problems.push(`rejection reason reads ${JSON.stringify(r.reason.slice(0, 200))}`);
    } else {
      listings++;
      const l = e.item.listing;
      if (l.source !== c.source || l.key !== `${c.source}#${l.recordKey}`)
        problems.push(`listing key ${l.key}`);
      if (keys.has(l.key)) problems.push(`listing key ${l.key} twice`);
      keys.add(l.key);
      if (!LOCATOR.test(l.locator)) problems.push(`listing locator ${JSON.stringify(l.locator)}`);
      if (l.description.trim() === '') problems.push(`listing ${l.key} with an empty description`);
    }
  }
  const least = format ? expectedAtLeast(c, format, events) : null;
  if (least !== null && items.length < least)
    problems.push(`lost records: ${items.length} read (${format}), the file holds at least ${least}`);
  outcomes.set(c.id, { events, format, items: items.length, listings, ms, least });
  return problems;
}

const cases = makeCases([...handSeeds(), ...realSeeds()]);

test(`fuzz: ${cases.length} mutated listing files of every format read without a throw, each record accounted for`, async () => {
  const failures: string[] = [];
  for (const c of cases) {
    const problems = await checkCase(c);
    if (problems.length > 0) failures.push(`${describe(c)}:\n    ${problems.join('\n    ')}`);
  }
  if (process.env.ROLEPRINT_FUZZ_VERBOSE)
    for (const c of cases) {
      const o = outcomes.get(c.id);
      if (o && o.ms > 200) console.log(`${Math.round(o.ms)} ms ${describe(c)}`);
    }
  const counted = [...outcomes.values()].filter((o) => o.least !== null).length;
  if (process.env.ROLEPRINT_FUZZ_VERBOSE) console.log(`record counts checked on ${counted} cases`);
  assert.equal(
    failures.length,
    0,
    `${failures.length} of ${cases.length} cases failed:\n${failures.join('\n')}`,
  );
  assert.ok(cases.length >= 300);
});

test('fuzz: roleprint ingest --json over a subset of the mutated files balances per source and matches readInputs', () => {
  const subset = cases.filter((_, i) => i % CLI_EVERY === 0);
  assert.ok(
    subset.every((c) => outcomes.has(c.id)),
    'the readInputs test ran first',
  );
  const rejections = join(dir, 'rejections.jsonl');
  const r = spawnSync(
    process.execPath,
    [
      BIN,
      'ingest',
      ...subset.map((c) => c.path),
      '--db',
      join(dir, 'fuzz.db'),
      '--json',
      '--rejections',
      rejections,
    ],
    { encoding: 'utf8', cwd: dir, timeout: 60_000, maxBuffer: 1 << 26 },
  );
  assert.ok(
    r.status === 0 || r.status === 3,
    `exit ${r.status} (signal ${r.signal}):\n${r.stderr.slice(-4000)}`,
  );
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  const summary = JSON.parse(r.stdout) as {
    sources: Record<string, { read: number; accepted: number; duplicates: number; rejected: number }>;
    total: { read: number; accepted: number; duplicates: number; rejected: number };
  };
  const t = summary.total;
  assert.equal(t.read, t.accepted + t.duplicates + t.rejected);
  for (const c of subset) {
    const o = outcomes.get(c.id) as Outcome;
    const s = summary.sources[c.source] ?? { read: 0, accepted: 0, duplicates: 0, rejected: 0 };
    assert.equal(s.read, s.accepted + s.duplicates + s.rejected, describe(c));
    assert.equal(s.read, o.items, `${describe(c)}: CLI read ${s.read}, readInputs ${o.items}`);
    assert.ok(s.accepted + s.duplicates <= o.listings, describe(c));
  }
  const lines = readFileSync(rejections, 'utf8').split('\n').filter(Boolean);
  assert.equal(lines.length, t.rejected);
  for (const line of lines) {
    const j = JSON.parse(line) as { file: string; locator: string; reason: string };
    assert.ok(j.file && LOCATOR.test(j.locator) && j.reason.trim(), line.slice(0, 300));
  }
});

// ---------------------------------------------------------------------------------------------------------------
// Résumés: a mutated file must give résumés with text, or a RoleprintError naming the file; never anything else.

const JSON_RESUME = {
  basics: { name: 'Sam Example', label: 'Data Analyst', summary: 'Analyst who builds dashboards.' },
  work: [
    {
      name: 'Acme',
      position: 'Analyst',
      startDate: '2019-01',
      endDate: '2022-06',
      highlights: ['Built dashboards in Tableau', 'Wrote SQL'],
    },
  ],
  skills: [{ name: 'Analytics', keywords: ['SQL', 'Python'] }],
  education: [{ institution: 'Uni', area: 'Statistics', studyType: 'MSc' }],
};

async function resumeSeeds(): Promise<{ name: string; bytes: Buffer }[]> {
  return [
    { name: 'cv.pdf', bytes: await fixturePdf() },
    { name: 'cv.docx', bytes: await fixtureDocx() },
    { name: 'cv.json', bytes: Buffer.from(JSON.stringify(JSON_RESUME, null, 2)) },
    {
      name: 'cv.md',
      bytes: Buffer.from('# Sam Example\n\n## Skills\n- SQL, Python\n\n## Experience\nAnalyst, Acme\n'),
    },
    {
      name: 'many.csv',
      bytes: Buffer.from(
        'id,category,text\n1,Data,"Analyst with SQL, Python"\n2,HR,Recruiter hiring engineers\n',
      ),
    },
    {
      name: 'many.jsonl',
      bytes: Buffer.from(
        `${jl({ id: 'r1', text: 'Engineer with Go' })}\n${jl({ id: 'r2', text: 'Nurse' })}\n`,
      ),
    },
  ];
}

test('fuzz: mutated PDF, DOCX, JSON Resume, Markdown, CSV and JSONL résumés give résumés or a clear error naming the file', async () => {
  const rng = seededRandom(SEED ^ 0x5eed);
  const failures: string[] = [];
  let n = 0;
  let resumeErrors = 0;
  for (const seed of await resumeSeeds()) {
    // Binary formats: byte-level damage; every kind for the text formats.
    const kinds = /\.(pdf|docx)$/.test(seed.name)
      ? ['flip', 'truncate', 'nul', 'deep', 'hugeLine', 'deleteField', 'duplicate', 'bracket']
      : KINDS;
    for (let j = 0; j < RESUME_CASES; j++) {
      const id = `r${String(n++).padStart(2, '0')}`;
      const what: string[] = [];
      let bytes = seed.bytes;
      for (const k of [
        kinds[(j + int(rng, kinds.length)) % kinds.length] as string,
        ...(rng() < 0.3 ? ['flip'] : []),
      ]) {
        const r = (MUTATIONS[k] as Mutation)(bytes, rng);
        bytes = r.bytes;
        what.push(r.what);
      }
      const path = join(dir, 'resumes', id, seed.name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, bytes);
      const label = `${id} (${seed.name}; ${what.join('; ')}; fuzz seed ${SEED})`;
      const started = performance.now();
      // pdf.js warns "Warning: …" (console.warn) for every damaged object it skips: kept out of the test output.
      const warn = console.warn;
      console.warn = (...args: unknown[]) => {
        if (!String(args[0]).startsWith('Warning:')) warn(...args);
      };
      try {
        const got = await readResumes(path);
        if (got.length === 0) failures.push(`${label}: no résumés and no error`);
        for (const r of got)
          if (typeof r.text !== 'string' || !/\p{L}{2}/u.test(r.text) || !r.locator || r.source !== path)
            failures.push(`${label}: résumé ${r.id} without text, locator or source`);
      } catch (e) {
        const err = e as Error;
        if (!(err instanceof RoleprintError))
          failures.push(`${label}: threw ${err?.name}, not a RoleprintError:\n${err?.stack ?? err}`);
        else if (
          err.code !== 'INPUT' ||
          !err.message.includes(path) ||
          /\bundefined\b|\[object /.test(err.message)
        )
          failures.push(`${label}: unclear error (${err.code}): ${err.message.slice(0, 300)}`);
        else resumeErrors++;
      } finally {
        console.warn = warn;
      }
      const ms = performance.now() - started;
      if (ms > SLOW_MS) failures.push(`${label}: took ${Math.round(ms)} ms`);
    }
  }
  if (process.env.ROLEPRINT_FUZZ_VERBOSE) console.log(`${n} résumé cases, ${resumeErrors} clear errors`);
  assert.equal(failures.length, 0, `${failures.length} of ${n} résumé cases failed:\n${failures.join('\n')}`);
});

// The seed files themselves read clean: the fuzz starts from valid inputs.
test('fuzz: the unmutated seed files read with no rejection', async () => {
  for (const seed of [...handSeeds(), ...realSeeds()]) {
    const path = join(dir, 'seeds', seed.name, seed.file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, seed.gzip ? gzipSync(seed.text) : seed.text);
    const rejected: string[] = [];
    let listings = 0;
    for await (const e of readInputs([path]))
      if (e.type === 'item')
        e.item.kind === 'listing'
          ? listings++
          : rejected.push(`${e.item.rejection.locator}: ${e.item.rejection.reason}`);
    assert.deepEqual(rejected, [], `${seed.name} (${basename(path)})`);
    assert.ok(listings >= 1, seed.name);
  }
});

// ---------------------------------------------------------------------------------------------------------------
// Bugs this fuzz test found, now fixed: each was quadratic in the length of one field, so a record of a few hundred KB
// (well under the description limit) stalled a run for seconds to minutes. Each check below took 1–50 s before the
// fix and takes milliseconds now; the bound only tells "linear" from "quadratic", it is no speed target.

async function readMs(name: string, content: string): Promise<{ ms: number; items: number }> {
  const path = join(dir, 'known', name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  const started = performance.now();
  let items = 0;
  for await (const e of readInputs([path])) if (e.type === 'item') items++;
  return { ms: performance.now() - started, items };
}

test('B1: a description holding a long run of "[" reads in linear time', async () => {
  // The Markdown-link pattern rescanned the rest of the line from every "[": 100,000 took 5.5 s, 200,000 ~22 s.
  const line = JSON.stringify({ id: '1', title: 'Eng', description: `Build ${'['.repeat(200_000)} things` });
  const { ms, items } = await readMs('b1/jobs.jsonl', `${line}\n`);
  assert.equal(items, 1);
  assert.ok(ms < 3_000, `${Math.round(ms)} ms`);
});

test('B2: a description holding many tag starts without ">" ("<h1<h1…", "<p<p…") reads in linear time', async () => {
  // The HTML-tag pattern scanned to the end from every "<p" lacking ">": "<h1" × 100,000 took 47.7 s.
  const line = JSON.stringify({ id: '1', title: 'Eng', description: `Build ${'<p'.repeat(100_000)} things` });
  const { ms, items } = await readMs('b2/jobs.jsonl', `${line}\n`);
  assert.equal(items, 1);
  assert.ok(ms < 3_000, `${Math.round(ms)} ms`);
});

test('B3: cleaning HTML with thousands of unclosed tags ("<b><b><b>…") takes linear time', () => {
  // The HTML parser re-parents unclosed tags: 20,000 "<b>" took 4.7 s, 40,000 ~19 s. Past 5,000 tags they are
  // stripped in one pass, blocks still on their own lines.
  const started = performance.now();
  assert.equal(
    htmlToText(`<p>Lead ${'<b>'.repeat(40_000)} the team</p><li>Hire &amp; mentor`),
    'Lead the team\n- Hire & mentor',
  );
  const ms = performance.now() - started;
  assert.ok(ms < 3_000, `${Math.round(ms)} ms`);
});
