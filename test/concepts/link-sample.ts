/**
 * Test support only: draws the deterministic sample of (listing, concept, evidence sentence) links that the current
 * analyzer counts, over four roles, and scores it against the hand judgments in link-judgments.jsonl (see README.md).
 * @module
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createAnalyzer, defaultComponents } from '../../src/analyze/index.ts';
import { loadRoles, normalizeTitle } from '../../src/analyze/roles/index.ts';
import type { CleanListing } from '../../src/clean/index.ts';
import { countedLinks } from '../../src/profile/concept-stats.ts';
import { loadConcepts } from '../../src/taxonomy/index.ts';
import { loadCleanListings } from '../sections/real-listings.ts';

/** The four roles of the sample: the tech-leadership folder, and three title roles from the rest of the corpus. */
export const LINK_ROLES = [
  'tech-leadership',
  'data-scientist',
  'registered-nurse',
  'engineering-leaders',
] as const;
export type LinkRole = (typeof LINK_ROLES)[number];

const CORPUS = [
  'nhs-jobs-2020',
  'linkedin-2023-2024',
  'hn-whoishiring-2026',
  'ethical-tech-jobs-2020',
  'indeed-datascientist-2019',
  'yc-waas-nyc-2026',
];
const LEADERS = new Set(['cto', 'vp-engineering', 'head-of-engineering', 'engineering-director']);
/** Listings analyzed per role (a seeded choice) and pairs drawn per role. */
export const LISTINGS_PER_ROLE = 40;
export const PAIRS_PER_ROLE = 35;
const SEED = 'roleprint-links-1';

/** One sampled link. */
export interface LinkPair {
  role: LinkRole;
  source: string;
  record: string;
  concept: string;
  label: string;
  sentence: string;
  sentenceHash: string;
}

/** One judgment row. */
export interface LinkJudgment {
  source: string;
  record: string;
  concept: string;
  sentenceHash: string;
  verdict: 'right' | 'wrong';
  note: string;
}

const sha = (s: string): string => createHash('sha256').update(s).digest('hex');
/** Short hash of the normalized sentence (lower case, single spaces): the judgments never hold sentence text. */
export const sentenceHash = (s: string): string =>
  sha(s.toLowerCase().replace(/\s+/g, ' ').trim()).slice(0, 12);
export const pairKey = (p: Pick<LinkPair, 'source' | 'record' | 'concept' | 'sentenceHash'>): string =>
  `${p.source}|${p.record}|${p.concept}|${p.sentenceHash}`;
const rank = (key: string): string => sha(`${SEED}|${key}`);

function roleOf(l: CleanListing, roles: ReturnType<typeof loadRoles>): LinkRole | null {
  for (const t of [l.title, ...(l.titles ?? [])]) {
    const m = normalizeTitle(t, roles);
    if (!m) continue;
    if (m.role === 'data-scientist' || m.role === 'registered-nurse') return m.role;
    if (LEADERS.has(m.role)) return 'engineering-leaders';
    return null;
  }
  return null;
}

/** Draws the sample: a seeded choice of listings per role, then the lowest-ranked counted links per role. */
export async function drawLinkSample(): Promise<LinkPair[]> {
  const roles = loadRoles();
  const byRole = new Map<LinkRole, CleanListing[]>(LINK_ROLES.map((r) => [r, []]));
  byRole.set('tech-leadership', await loadCleanListings('tech-leadership'));
  for (const folder of CORPUS)
    for (const l of await loadCleanListings(folder)) {
      const r = roleOf(l, roles);
      if (r) byRole.get(r)?.push(l);
    }
  const catalog = loadConcepts();
  const analyze = createAnalyzer(await defaultComponents({ concepts: catalog, roles }));
  const out: LinkPair[] = [];
  for (const role of LINK_ROLES) {
    const unique = new Map((byRole.get(role) ?? []).map((l) => [l.key, l]));
    const listings = [...unique.values()]
      .sort((a, b) => (rank(a.key) < rank(b.key) ? -1 : 1))
      .slice(0, LISTINGS_PER_ROLE);
    const pairs = new Map<string, LinkPair>();
    for (const l of listings) {
      const a = analyze(l);
      const hash = l.key.indexOf('#');
      for (const link of countedLinks(a, catalog)) {
        const sentence = a.text.slice(link.start, link.end);
        const p: LinkPair = {
          role,
          source: l.key.slice(0, hash),
          record: l.key.slice(hash + 1),
          concept: link.id,
          label: catalog.get(link.id)?.label ?? link.id,
          sentence,
          sentenceHash: sentenceHash(sentence),
        };
        pairs.set(pairKey(p), p);
      }
    }
    out.push(
      ...[...pairs.entries()]
        .sort((a, b) => (rank(a[0]) < rank(b[0]) ? -1 : 1))
        .slice(0, PAIRS_PER_ROLE)
        .map((e) => e[1]),
    );
  }
  return out;
}

/** The judgments file, keyed by pair. */
export function loadJudgments(
  file = new URL('./link-judgments.jsonl', import.meta.url),
): Map<string, LinkJudgment> {
  const m = new Map<string, LinkJudgment>();
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return m;
  }
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const j = JSON.parse(line) as LinkJudgment;
    m.set(pairKey(j), j);
  }
  return m;
}

/** Precision per role and overall over the judged pairs of a sample. */
export interface LinkScore {
  role: string;
  judged: number;
  right: number;
  unjudged: number;
  precision: number;
}

export function scoreSample(
  sample: readonly LinkPair[],
  judgments: ReadonlyMap<string, LinkJudgment>,
): LinkScore[] {
  const rows: LinkScore[] = [];
  for (const role of [...LINK_ROLES, 'all']) {
    const mine = sample.filter((p) => role === 'all' || p.role === role);
    let judged = 0;
    let right = 0;
    for (const p of mine) {
      const j = judgments.get(pairKey(p));
      if (!j) continue;
      judged++;
      if (j.verdict === 'right') right++;
    }
    rows.push({
      role,
      judged,
      right,
      unjudged: mine.length - judged,
      precision: judged ? right / judged : 0,
    });
  }
  return rows;
}
