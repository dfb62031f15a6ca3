/**
 * Synthetic corpus for scale benchmarks: N listings recombined from the REAL shared listings, written as JSONL that
 * `roleprint ingest` reads. Nothing is invented word by word: the real listings are cleaned and grouped by normalized
 * role (normalizeTitle; a title the role index does not know groups by its cleaned title; groups of fewer than
 * MIN_GROUP listings fall back to their source file), then each generated listing takes the real title of the listing
 * that gives its opening, a real employer + location of the group, a date shifted inside the group's real date
 * range, and a description of whole paragraphs (lines of clean text) from 2–4 real listings of the group, cut at
 * the same relative positions so intro / duties / requirements / benefits stay in order. Sentences inside a paragraph
 * are occasionally reordered (never altered) so that recombinations of a small group are not near duplicates.
 *
 * Deterministic: the same corpus and seed give the same bytes. Memory is the real corpus (~20k listings) plus one
 * write buffer: the output is streamed with back-pressure, so 1,000,000 listings need no more than 1,000.
 *
 * Usage: `node --import tsx bench/generate-corpus.ts --out /tmp/corpus.jsonl --count 100000 --seed 1`
 * (`--corpus DIR` to read other real listings; default ../shared/data/listings).
 * @module
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { cleanTitle, loadRoles, normalizeTitle, titleKey } from '../src/analyze/roles/index.ts';
import { cleanListing } from '../src/clean/index.ts';
import { readInputs } from '../src/ingest/index.ts';

/** The shared real listings. */
export const DEFAULT_CORPUS = fileURLToPath(new URL('../../shared/data/listings', import.meta.url));

/** Roles with fewer real listings than this are generated from their source file's group instead. */
const MIN_GROUP = 8;
/** Days a generated date may move from the real date it starts from (kept inside the group's range). */
const DATE_SHIFT_DAYS = 45;
/** A recombined description shorter than this is replaced by its opening donor's paragraphs. */
const MIN_DESCRIPTION_CHARS = 200;
/** Output is written in chunks of about this many characters. */
const CHUNK_CHARS = 1 << 20;

/** One real listing as the generator keeps it: clean fields and its description's paragraphs. */
export interface RealListing {
  title: string;
  company: string | null;
  location: string | null;
  /** Day number (days since 1970-01-01), or null without a full date. */
  day: number | null;
  /** Non-empty lines of the clean text, in order. */
  paragraphs: string[];
}

/** Real listings of one role (or one source file). */
interface Group {
  key: string;
  members: RealListing[];
  /** Members with a day, for dates. */
  dated: RealListing[];
  minDay: number;
  maxDay: number;
}

/** The loaded real corpus: groups, and for each real listing its group (to pick groups in the real proportions). */
export interface RealCorpus {
  groups: Group[];
  groupOfListing: Uint32Array;
  listings: number;
}

/**
 * A small seeded PRNG (sfc32 seeded through splitmix32): the same seed gives the same sequence on every platform.
 * @example
 * const a = createRandom('1');
 * assert.equal(a(), createRandom('1')());
 */
export function createRandom(seed: string): () => number {
  // FNV-1a of the seed text, then splitmix32 to fill sfc32's state.
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
  let s = h >>> 0;
  const split = () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

const pickIndex = (rand: () => number, n: number): number => Math.floor(rand() * n);
const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[pickIndex(rand, xs.length)] as T;

const DAY_MS = 86_400_000;
const dayOf = (iso: string | null): number | null =>
  iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS) : null;
const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * Reads, cleans and groups the real listings (in readInputs' deterministic order).
 * @example
 * const corpus = await loadRealCorpus(['../shared/data/listings/tech-leadership']);
 * assert.ok(corpus.listings > 100);
 */
export async function loadRealCorpus(paths: string[] = [DEFAULT_CORPUS]): Promise<RealCorpus> {
  const roles = loadRoles();
  const all: { listing: RealListing; role: string | null; titleKey: string; source: string }[] = [];
  for await (const e of readInputs(paths)) {
    if (e.type !== 'item' || e.item.kind !== 'listing') continue;
    const cleaned = cleanListing(e.item.listing);
    if (!('text' in cleaned) || cleaned.title === null) continue;
    const paragraphs = cleaned.text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /\p{L}/u.test(l)); // a line of only a phone number or symbols would clean to nothing
    if (paragraphs.length === 0) continue;
    all.push({
      listing: {
        title: cleaned.title,
        company: cleaned.company,
        location: cleaned.location,
        day: dayOf(cleaned.postedAt),
        paragraphs,
      },
      role: normalizeTitle(cleaned.title, roles)?.role ?? null,
      titleKey: titleKey(cleanTitle(cleaned.title)),
      source: cleaned.source,
    });
  }
  // Normalized role first; a title the role index does not know, by its cleaned title; else the source file.
  const size = new Map<string, number>();
  const count = (k: string) => size.set(k, (size.get(k) ?? 0) + 1);
  for (const a of all) {
    if (a.role) count(`role:${a.role}`);
    else if (a.titleKey) count(`title:${a.titleKey}`);
  }
  const big = (k: string) => (size.get(k) ?? 0) >= MIN_GROUP;
  const keyOf = (a: (typeof all)[number]) =>
    a.role && big(`role:${a.role}`)
      ? `role:${a.role}`
      : !a.role && a.titleKey && big(`title:${a.titleKey}`)
        ? `title:${a.titleKey}`
        : `source:${a.source}`;
  const byKey = new Map<string, RealListing[]>();
  for (const a of all) {
    const k = keyOf(a);
    const members = byKey.get(k);
    if (members) members.push(a.listing);
    else byKey.set(k, [a.listing]);
  }
  const keys = [...byKey.keys()].sort();
  const groups: Group[] = keys.map((key) => {
    const members = byKey.get(key) as RealListing[];
    const dated = members.filter((m) => m.day !== null);
    const days = dated.map((m) => m.day as number);
    return {
      key,
      members,
      dated,
      minDay: days.length ? Math.min(...days) : 0,
      maxDay: days.length ? Math.max(...days) : 0,
    };
  });
  const index = new Map(keys.map((k, i) => [k, i]));
  const groupOfListing = Uint32Array.from(all, (a) => index.get(keyOf(a)) as number);
  return { groups, groupOfListing, listings: all.length };
}

// Sentence ends inside a paragraph: a stop, then a space and a capital letter or digit.
const SENTENCE_END = /(?<=[.!?])\s+(?=[\p{Lu}\d])/u;

/** A paragraph, its sentences sometimes rotated (never altered): more variety from small groups. */
function reorder(rand: () => number, paragraph: string): string {
  if (rand() >= 0.35) return paragraph;
  const sentences = paragraph.split(SENTENCE_END);
  // A last sentence without its stop would run into the next one once moved.
  if (sentences.length < 3 || !/[.!?]$/.test(sentences[sentences.length - 1] as string)) return paragraph;
  // Fisher–Yates: every sentence is kept whole, only the order changes.
  for (let i = sentences.length - 1; i > 0; i--) {
    const j = pickIndex(rand, i + 1);
    [sentences[i], sentences[j]] = [sentences[j] as string, sentences[i] as string];
  }
  return sentences.join(' ');
}

/**
 * A description from 2–4 real listings of the group: donor j gives its paragraphs whose relative position lies in
 * [cut j, cut j+1), so each part keeps the place it had in a real listing. Repeated paragraphs are dropped.
 */
function recombine(rand: () => number, group: Group): { title: string; description: string } {
  const k = Math.min(group.members.length, 2 + pickIndex(rand, 3));
  const donors: RealListing[] = [];
  const used = new Set<number>();
  while (donors.length < k) {
    const i = pickIndex(rand, group.members.length);
    if (used.has(i) && used.size < group.members.length) continue;
    used.add(i);
    donors.push(group.members[i] as RealListing);
  }
  const cuts = [0, ...Array.from({ length: k - 1 }, () => rand()).sort((a, b) => a - b), 1];
  const out: string[] = [];
  const seen = new Set<string>();
  for (let j = 0; j < k; j++) {
    const ps = (donors[j] as RealListing).paragraphs;
    const from = Math.floor((cuts[j] as number) * ps.length);
    const to = j === k - 1 ? ps.length : Math.floor((cuts[j + 1] as number) * ps.length);
    for (let p = from; p < to; p++) {
      const para = ps[p] as string;
      if (seen.has(para)) continue;
      seen.add(para);
      out.push(reorder(rand, para));
    }
  }
  const first = donors[0] as RealListing;
  // Cuts can leave almost nothing (short donors): then the opening donor whole.
  if (out.join('').length < MIN_DESCRIPTION_CHARS) {
    out.length = 0;
    for (const p of first.paragraphs) out.push(reorder(rand, p));
  }
  // The title of the listing that gives the opening: the intro names the role it introduces.
  return { title: first.title, description: out.join('\n') };
}

/** One generated record, as the JSON reader maps it (title, company, location, date_posted, description, id). */
export interface GeneratedRecord {
  id: string;
  title: string;
  company: string | null;
  location: string | null;
  date_posted: string | null;
  description: string;
  /** Marks the record as synthetic (kept in the listing's `meta`). */
  origin: string;
  /** The group it was drawn from: `role:<slug>` or `source:<file>`. */
  role_group: string;
}

/**
 * Generates records one at a time (lazy: bounded memory whatever the count).
 * @example
 * const corpus = await loadRealCorpus(['../shared/data/listings/tech-leadership']);
 * const [first] = generateRecords(corpus, 1, '1');
 * assert.equal(first?.origin, 'generated');
 */
export function* generateRecords(
  corpus: RealCorpus,
  count: number,
  seed: string,
): Generator<GeneratedRecord> {
  if (corpus.listings === 0) throw new Error('generate-corpus: no real listings to recombine');
  const rand = createRandom(seed);
  const width = String(Math.max(0, count - 1)).length;
  for (let n = 0; n < count; n++) {
    // A real listing's group: generated roles follow the real role mix.
    const group = corpus.groups[corpus.groupOfListing[pickIndex(rand, corpus.listings)] as number] as Group;
    const employer = pick(rand, group.members);
    let date: string | null = null;
    if (group.dated.length > 0) {
      const base = pick(rand, group.dated).day as number;
      const shift = pickIndex(rand, 2 * DATE_SHIFT_DAYS + 1) - DATE_SHIFT_DAYS;
      date = isoOf(Math.min(group.maxDay, Math.max(group.minDay, base + shift)));
    }
    const { title, description } = recombine(rand, group);
    yield {
      id: `gen-${seed}-${String(n).padStart(width, '0')}`,
      title,
      company: employer.company,
      location: employer.location,
      date_posted: date,
      description,
      origin: 'generated',
      role_group: group.key,
    };
  }
}

/** What generateCorpus reports. */
export interface GenerateSummary {
  written: number;
  bytes: number;
  seconds: number;
  realListings: number;
  groups: number;
}

/**
 * Writes `count` generated listings as JSONL to `out`, waiting on the stream when its buffer is full.
 * @example
 * const s = await generateCorpus({ out: '/tmp/c.jsonl', count: 10, seed: '1' });
 * assert.equal(s.written, 10);
 */
export async function generateCorpus(options: {
  out: string;
  count: number;
  seed: string;
  corpus?: string[];
  real?: RealCorpus;
}): Promise<GenerateSummary> {
  const t0 = performance.now();
  const real = options.real ?? (await loadRealCorpus(options.corpus));
  const stream = createWriteStream(options.out);
  const failed = new Promise<never>((_, rejectIt) => stream.once('error', rejectIt));
  failed.catch(() => {});
  let bytes = 0;
  let written = 0;
  let chunk = '';
  const flush = async () => {
    if (chunk === '') return;
    bytes += Buffer.byteLength(chunk);
    const ok = stream.write(chunk);
    chunk = '';
    if (!ok) await Promise.race([once(stream, 'drain'), failed]);
  };
  for (const record of generateRecords(real, options.count, options.seed)) {
    chunk += `${JSON.stringify(record)}\n`;
    written++;
    if (chunk.length >= CHUNK_CHARS) await flush();
  }
  await flush();
  stream.end();
  await Promise.race([once(stream, 'finish'), failed]);
  return {
    written,
    bytes,
    seconds: (performance.now() - t0) / 1000,
    realListings: real.listings,
    groups: real.groups.length,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      count: { type: 'string', default: '100000' },
      seed: { type: 'string', default: '1' },
      corpus: { type: 'string', multiple: true },
    },
  });
  const count = Number(values.count);
  if (!values.out || !Number.isInteger(count) || count < 0) {
    process.stderr.write(
      'usage: node --import tsx bench/generate-corpus.ts --out FILE [--count N] [--seed S] [--corpus DIR]\n',
    );
    process.exit(2);
  }
  const s = await generateCorpus({
    out: values.out,
    count,
    seed: values.seed,
    ...(values.corpus ? { corpus: values.corpus } : {}),
  });
  process.stderr.write(
    `generate-corpus: wrote ${s.written} listings (${(s.bytes / 1e6).toFixed(1)} MB) to ${values.out} in ${s.seconds.toFixed(1)} s, from ${s.realListings} real listings in ${s.groups} groups\n`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
