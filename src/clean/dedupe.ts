/**
 * Duplicate detection across listings: exact (same content hash) and near-duplicate reposts (MinHash + LSH).
 * @module
 */

import { ChunkedWords, fmix32, HexColumn, IndexTable, SpilledWords } from '../compact.ts';
import { RoleprintError } from '../errors.ts';
import { memoizeString } from '../memoize.ts';
import type { CleanListing } from './clean-listing-type.ts';
import { computeSignature, estimateJaccard, SIGNATURE_LENGTH } from './minhash.ts';

/** What check() says about a listing. */
export type DedupeVerdict =
  | { kind: 'unique'; signature: Uint32Array }
  | { kind: 'duplicate'; canonicalId: string; exact: boolean; similarity: number };

/** A registered canonical listing, as the store persists it to rebuild the deduper on a resumed run. */
export interface DedupeEntry {
  id: string;
  company: string | null;
  title: string | null;
  contentHash: string;
  signature: Uint32Array | number[];
}

/** Options for createDeduper. */
export interface DedupeOptions {
  /**
   * Minimum estimated Jaccard similarity of 5-word shingles for a near duplicate, which also needs the same role
   * (isSameRole; the same company when titles are missing). Chosen by reading pairs from ../shared: at 0.8, 49 of
   * 50 sampled near-duplicate verdicts were the same employer's ad for the same role (reposted, or for another site);
   * between 0.7 and 0.8 the ads differ more (other sites, edited role lists).
   * @default 0.8
   */
  threshold?: number;
  /**
   * LSH bands; SIGNATURE_LENGTH / bands rows each. 32 × 4 finds a pair at Jaccard 0.8 with probability > 0.9999 and at 0.7 with 0.9998.
   * @default 32
   */
  bands?: number;
}

/** An in-memory deduper: check a listing, then add it if it is unique. */
export interface Deduper {
  /** `signature`, when given, is computeSignature(listing.text) made elsewhere (a cleaning worker thread). */
  check(listing: CleanListing, signature?: Uint32Array): DedupeVerdict;
  add(listing: CleanListing, signature: Uint32Array | number[]): void;
  seed(entries: DedupeEntry[]): void;
  /** Number of canonical listings registered. */
  readonly size: number;
}

// Legal-form suffixes that vary between postings of the same employer (`Acme Inc.` / `ACME`).
const COMPANY_SUFFIX =
  /\b(?:inc|llc|ltd|limited|corp|corporation|co|company|plc|gmbh|lp|llp|pllc|sa|ag|bv)\b/g;

/**
 * Normalizes a company or title for the same-company/same-title test: lower case, letters and digits only, legal suffixes dropped.
 * @example
 * assert.equal(normalizeName('Acme, Inc.', true), normalizeName('ACME', true)); // legal suffixes drop for companies
 * assert.equal(normalizeName('Sr. Nurse (Band 5)'), 'sr nurse band 5');
 */
export function normalizeName(s: string | null, isCompany = false): string {
  if (!s) return '';
  let n = s
    .normalize('NFKD')
    .toLowerCase()
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ');
  if (isCompany) n = n.replace(COMPANY_SUFFIX, ' ');
  return n.replace(/\s+/g, ' ').trim();
}

// Words that set a level or grade; a title that differs by one of them names another role.
const LEVEL_WORD =
  /^(?:senior|sr|junior|jr|lead|principal|staff|head|chief|director|deputy|assistant|associate|intern|interns|internship|trainee|newly|apprentice|graduate|student|manager|supervisor|consultant|registrar|fellow|i|ii|iii|iv|\d{1,2}[a-d]?)$/;

// Words about the contract or shift, not the role.
const CONTRACT_WORD =
  /^(?:locum|bank|temporary|temp|permanent|fixed|term|contract|part|full|time|days?|nights?|evenings?|mornings?|twilight|only|weekends?|remote|hybrid|flexible|hours|nhs|job|vacancy|position|role|opportunity)$/;

/** The part of a title before its first qualifier separator: `Salaried GP - Ealing` → `salaried gp`. */
function titleHead(title: string): string {
  return normalizeName(title.split(/\s[-–—|:]\s?|\s?[-–—]\s|[(,|[]/)[0] ?? '');
}

/**
 * Tells whether two titles name the same role: equal once normalized, equal before a qualifier
 * (`Salaried GP - Ealing` / `Salaried GP - Queen Elizabeth`), or one adds words to the other
 * (`Consultant Neurologist` / `Locum Consultant Neurologist`). `Principal Auditor` / `Senior Internal Auditor` do not.
 * @example
 * assert.equal(isSameRole('Staff Nurse - Outpatients', 'Staff Nurse - Outpatients (RGN)'), true);
 * assert.equal(isSameRole('ST3+', 'FY2'), false);
 */
export function isSameRole(a: string | null, b: string | null): boolean {
  const na = normalizeName(a);
  const nb = normalizeName(b);
  if (na === '' || nb === '') return false;
  if (na === nb) return true;
  const ta = new Set(na.split(' '));
  const tb = new Set(nb.split(' '));
  // Words only one title has must not change the level: `Data Scientist` is not `Senior Data Scientist`, nor
  // `Band 5` `Band 6` (indeed-datascientist-2019 a993ff1a28793da2 / 032a60df9899fe1c share 97% of their text).
  for (const t of ta) if (!tb.has(t) && LEVEL_WORD.test(t)) return false;
  for (const t of tb) if (!ta.has(t) && LEVEL_WORD.test(t)) return false;
  const ha = titleHead(a ?? '');
  if (ha !== '' && ha === titleHead(b ?? '')) return true;
  const [small, large, largeTitle] = ta.size <= tb.size ? [ta, tb, b ?? ''] : [tb, ta, a ?? ''];
  if (small.size < 2) return false; // `Nurse` is not the same role as `Nurse Manager`
  for (const t of small) if (!large.has(t)) return false;
  // The extra words must only qualify the role: a contract word (`Locum Consultant Neurologist`) or a trailing
  // qualifier (`Staff Nurse - Outpatients (RGN)`), not a word that changes it (`Project Support Manager`, NHS 916259850).
  const head = new Set(titleHead(largeTitle).split(' '));
  for (const t of large) if (!small.has(t) && head.has(t) && !CONTRACT_WORD.test(t)) return false;
  return true;
}

/** Distinct companies, and titles, whose normalized form a deduper keeps (bounded on untrusted input). */
const NAMES_KEPT = 100_000;

/** Strings stored once each, referred to by number: a few thousand employers and titles recur across a million ads. */
function createInterner(): { id(s: string): number; name(id: number): string } {
  const ids = new Map<string, number>();
  const names: string[] = [];
  return {
    id(s) {
      let id = ids.get(s);
      if (id === undefined) {
        id = names.length;
        names.push(s);
        ids.set(s, id);
      }
      return id;
    },
    name: (id) => names[id] as string,
  };
}

/**
 * Creates a deduper; listings must be checked in a deterministic order, since the first of a group becomes canonical.
 * @example
 * const d = createDeduper();
 * const a = { id: 'a', company: 'Acme', title: 'Nurse', titles: ['Nurse'], contentHash: 'h1', text: 'x' } as unknown as CleanListing;
 * const v = d.check(a);
 * assert.equal(v.kind, 'unique');
 * if (v.kind === 'unique') d.add(a, v.signature);
 * assert.deepEqual(d.check({ ...a, id: 'b' }), { kind: 'duplicate', canonicalId: 'a', exact: true, similarity: 1 });
 */
export function createDeduper(options: DedupeOptions = {}): Deduper {
  const threshold = options.threshold ?? 0.8;
  const bands = options.bands ?? 32;
  if (!(threshold > 0 && threshold <= 1)) {
    throw new RoleprintError(
      'CONFIG',
      `Cannot dedupe with threshold ${threshold}: use a number in (0, 1], e.g. 0.8`,
    );
  }
  if (!Number.isInteger(bands) || bands < 1 || SIGNATURE_LENGTH % bands !== 0) {
    throw new RoleprintError(
      'CONFIG',
      `Cannot dedupe with ${bands} bands: use a divisor of ${SIGNATURE_LENGTH}`,
    );
  }
  const rows = SIGNATURE_LENGTH / bands;
  // An employer's name and its job titles recur across its many ads: each is normalized once per deduper.
  const companyName = memoizeString((s) => normalizeName(s, true), NAMES_KEPT);
  const titleName = memoizeString((s) => normalizeName(s), NAMES_KEPT);
  const companyKey = (s: string | null) => (s ? companyName(s) : '');
  const titleKey = (s: string | null) => (s ? titleName(s) : '');
  // The canonicals, by index in the order registered, as columns: a few hundred bytes each and no object each.
  const ids = new HexColumn(16);
  const hashes = new HexColumn(64);
  /** [interned normalized company ('' when unknown), interned normalized title ('' when missing)] per canonical. */
  const names = new ChunkedWords(2);
  const interned = createInterner();
  const byHash = new IndexTable((i) => hashes.hash(i));
  // Each canonical's band hashes, and one table per band of the canonicals by that hash: 32 words and 32 slots of 4
  // bytes each instead of 32 Map entries per canonical.
  const bandKeys = new ChunkedWords(bands);
  const buckets = Array.from({ length: bands }, (_, b) => new IndexTable((i) => fmix32(bandKeys.word(i, b))));
  // The signatures are only read to estimate the similarity of a band's candidates (a few checks in a hundred): they
  // go to a temporary file rather than stay in memory, 512 bytes a canonical.
  const signatures = new SpilledWords(SIGNATURE_LENGTH);

  /** The band's hash of a signature, as an unsigned 32-bit integer. */
  function bandKey(sig: ArrayLike<number>, band: number): number {
    let h = 0x811c9dc5;
    for (let r = band * rows; r < (band + 1) * rows; r++) h = Math.imul(h ^ (sig[r] as number), 0x01000193);
    return h >>> 0;
  }

  const companyOf = (i: number) => interned.name(names.word(i, 0));
  // A canonical's title is its normalized title, '' when it had none (isSameRole('', t) is false).
  const titleOf = (i: number) => interned.name(names.word(i, 1));
  const sameCompany = (i: number, company: string) => company !== '' && companyOf(i) === company;
  const sameRole = (i: number, titles: string[]) => titles.some((t) => isSameRole(titleOf(i), t));

  function register(
    id: string,
    company: string | null,
    title: string | null,
    hash: string,
    sig: Uint32Array | number[],
  ): void {
    const index = ids.push(id);
    hashes.push(hash);
    names.push([interned.id(companyKey(company)), interned.id(titleKey(title))]);
    signatures.push(sig);
    const keys = new Uint32Array(bands);
    for (let b = 0; b < bands; b++) keys[b] = bandKey(sig, b);
    bandKeys.push(keys);
    byHash.add(hashes.hash(index), index);
    for (let b = 0; b < bands; b++) (buckets[b] as IndexTable).add(fmix32(keys[b] as number), index);
  }

  function toSignature(s: Uint32Array | number[]): Uint32Array | number[] {
    if (s.length !== SIGNATURE_LENGTH) {
      throw new RoleprintError(
        'DATA',
        `Cannot use a dedupe signature of length ${s.length}: expected ${SIGNATURE_LENGTH}; the stored signatures come from another version, re-ingest into a new database`,
      );
    }
    return s; // stored as Uint32Array.from(s) would: each number to an unsigned 32-bit word
  }

  return {
    get size() {
      return ids.size;
    },
    check(listing, given) {
      const company = companyKey(listing.company);
      const titles = listing.title !== null ? [listing.title, ...listing.titles] : listing.titles;
      // Identical text: the same company or the same role is enough; the earliest such canonical.
      const hash = listing.contentHash;
      let exact = -1;
      byHash.find(
        hashes.hashOf(hash),
        (i) => hashes.equals(i, hash),
        (i) => {
          if (sameCompany(i, company) || sameRole(i, titles)) exact = i;
          return exact >= 0;
        },
      );
      if (exact >= 0) return { kind: 'duplicate', canonicalId: ids.get(exact), exact: true, similarity: 1 };
      const signature = given ?? computeSignature(listing.text);
      const seen = new Set<number>();
      for (let b = 0; b < bands; b++) {
        const key = bandKey(signature, b);
        (buckets[b] as IndexTable).find(
          fmix32(key),
          (i) => bandKeys.word(i, b) === key,
          (i) => {
            seen.add(i);
            return false;
          },
        );
      }
      let best = -1;
      let bestSim = 0;
      // Ascending index order: on equal similarity the earliest canonical wins, whatever the bucket order.
      for (const i of [...seen].sort((x, y) => x - y)) {
        const sim = estimateJaccard(signature, signatures.record(i));
        if (sim < threshold || sim <= bestSim) continue;
        // Similar text needs the same role: employers reuse one template for different roles (NHS 916254954 ST3+
        // and 916254958 FY2 share 93% of their shingles). Without titles on this side, the same company decides (a
        // canonical's missing title is '', which isSameRole never matches).
        if (!(titles.length === 0 ? sameCompany(i, company) : sameRole(i, titles))) continue;
        best = i;
        bestSim = sim;
      }
      if (best >= 0)
        return { kind: 'duplicate', canonicalId: ids.get(best), exact: false, similarity: bestSim };
      return { kind: 'unique', signature };
    },
    add(listing, signature) {
      register(listing.id, listing.company, listing.title, listing.contentHash, toSignature(signature));
    },
    seed(entries) {
      for (const e of entries) register(e.id, e.company, e.title, e.contentHash, toSignature(e.signature));
    },
  };
}
