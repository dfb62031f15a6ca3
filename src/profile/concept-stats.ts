/**
 * Counts concepts across listings: for each concept, the distinct listings with a sentence linked to it, whatever the
 * words, with the links themselves kept for evidence.
 * @module
 */
import type { ConceptLink, SectionKind } from '../analyze/index.ts';
import { cmp } from './evidence.ts';
import type { ProfileListing } from './profile-listing.ts';

/** What the profile needs to know of a concept (the taxonomy's concept catalog answers it). */
export interface ConceptInfo {
  id: string;
  kind: 'skill' | 'activity' | 'topic';
  /** ESCO preferred label, DWA title or topic label. */
  label: string;
  /** A topic's analyst line ("Design and run A/B tests"); absent for other kinds. */
  description?: string;
  /** ESCO skill type (`knowledge`, `skill/competence`) or `tool`, for skills. */
  skillType?: string;
  /** The broader concept: an activity's O*NET intermediate work activity ("Perform recruiting or hiring activities."). */
  broader?: { id: string; label: string } | null;
}

/** The concept catalog as the profile sees it. */
export interface ConceptLookup {
  get(id: string): ConceptInfo | undefined;
  /** Closeness in meaning of two concepts, 0–1 (cosine of their prototypes, floored at 0). */
  similarity(a: string, b: string): number;
  /** The word of a concept's label naming what it is about ("security" for "cyber security"), when one does. */
  subject?(id: string): string | undefined;
  /** Closeness in meaning of two short texts, 0–1 ("clinical" and "patient"; "cloud" and "data" are far apart). */
  textSimilarity?(a: string, b: string): number;
}

/** Concept counts over a background corpus of many roles (shipped, built from the shared listings). */
export interface ConceptBackground {
  listings: number;
  roles: Record<string, number>;
  /** Each role's O*NET-SOC code by slug, when known: a role's neighbours share its major group ("15"). */
  roleCodes?: Record<string, string>;
  concepts: Record<string, { listings: number; employers: number; roles: Record<string, number> }>;
  /** Content-hash prefixes of the listings counted (see ConceptBackgroundFile), when known. */
  contentHashes?: readonly string[];
}

/** One concept across the selected listings. */
export interface ConceptStat {
  id: string;
  info: ConceptInfo;
  /** Distinct listings (indices into the sorted selection), ascending. */
  listings: number[];
  /** The best link of each listing, in listing order. */
  links: { listing: number; link: ConceptLink }[];
  /** Links per section kind, over every link (not only the best). */
  sections: Partial<Record<SectionKind, number>>;
  /**
   * Sentences that carry it, each as listing × 2^24 + its start (a listing's text is shorter than 2^24 characters):
   * two concepts carried by the same sentences say one thing.
   */
  sentences: Set<number>;
}

/** Sentence keys per listing (see ConceptStat.sentences): numbers, not strings, as a profile makes millions. */
const SENTENCE_STRIDE = 2 ** 24;

/** Sections whose sentences say what the company is or offers, not what the job asks. */
const NOT_ASKED: ReadonlySet<SectionKind> = new Set(['benefits', 'compensation', 'legal', 'apply']);

/** The least calibrated score a link needs to count (defaults in brackets). */
export interface CountOptions {
  /** A literal link: a skill span or a topic variant [0.5]. */
  phrase?: number;
  /**
   * A link by meaning [0.25]. Its score is calibrated so that, at this cut, about half the links name the right
   * activity family on the hand-labelled duties (test/concepts/duty-gold.jsonl), the best precision the linker gives
   * before recall falls below a fifth.
   */
  meaning?: number;
  /**
   * A weaker link by meaning whose sentence names the concept's subject word (`named`) [0.13]: the analyzer keeps
   * one under its own floor only where a family of nearest concepts shares that subject.
   */
  named?: number;
}

/**
 * Gathers every link that clears its cut into per-concept statistics, most listings first (ties by id).
 * @example
 * import { fixtureListing, fixtureLookup } from './testing.ts';
 * const lookup = fixtureLookup([{ id: 'dwa:recruit', kind: 'activity', label: 'Recruit personnel.' }]);
 * const recruit = (duty: string) => ({ duty, concepts: ['dwa:recruit'] });
 * const listings = [
 *   fixtureListing('a', [null], [recruit('Hire engineers'), recruit('Grow the team')]),
 *   fixtureListing('b', [null], [recruit('Attract talent')]),
 * ];
 * const [stat] = countConcepts(listings, lookup);
 * assert.deepEqual(stat.listings, [0, 1]); // two listings, however many sentences each
 * assert.equal(stat.sentences.size, 3);
 * assert.equal(stat.sections.responsibilities, 3);
 */
export function countConcepts(
  listings: readonly ProfileListing[],
  lookup: ConceptLookup,
  options: CountOptions = {},
): ConceptStat[] {
  const byId = new Map<string, ConceptStat>();
  listings.forEach((listing, li) => {
    for (const link of countedLinks(listing, lookup, options)) {
      let stat = byId.get(link.id);
      if (!stat) {
        stat = {
          id: link.id,
          info: lookup.get(link.id) as ConceptInfo,
          listings: [],
          links: [],
          sections: {},
          sentences: new Set(),
        };
        byId.set(link.id, stat);
      }
      stat.sections[link.section] = (stat.sections[link.section] ?? 0) + 1;
      stat.sentences.add(li * SENTENCE_STRIDE + link.start);
      const last = stat.links.at(-1);
      if (last?.listing === li) {
        if (link.score > last.link.score) last.link = link;
      } else {
        stat.listings.push(li);
        stat.links.push({ listing: li, link });
      }
    }
  });
  return [...byId.values()].sort((a, b) => b.listings.length - a.listings.length || cmp(a.id, b.id));
}

/**
 * The links of a listing that count as saying their concept: known concepts, clearing the cut of their kind, in a
 * section that says what the job asks (the company's own description counts only for its stack).
 * @example
 * import { fixtureListing, fixtureLookup } from './testing.ts';
 * const lookup = fixtureLookup([
 *   { id: 'dwa:recruit', kind: 'activity', label: 'Recruit personnel.' },
 *   { id: 'dwa:budget', kind: 'activity', label: 'Manage budgets.' },
 * ]);
 * const listing = fixtureListing('a', [null], [
 *   { duty: 'Hire engineers', concepts: ['dwa:recruit', 'dwa:unknown'] },
 *   { duty: 'Deliver on time', concepts: [{ id: 'dwa:budget', score: 0.1 }] },
 * ]);
 * // An unknown concept and a link under its cut do not count.
 * assert.deepEqual(countedLinks(listing, lookup).map((l) => l.id), ['dwa:recruit']);
 */
export function countedLinks(
  listing: Pick<ProfileListing, 'concepts'>,
  lookup: ConceptLookup,
  options: CountOptions = {},
): ConceptLink[] {
  const cut = { phrase: options.phrase ?? 0.5, meaning: options.meaning ?? 0.25 };
  const named = options.named ?? 0.13;
  return (listing.concepts ?? []).filter((link) => {
    // "Delivering on time and on budget" links to "Manage budgets" weakly; naming "budget" backs it up.
    const clears = link.score >= cut[link.by] || (link.named === true && link.score >= named);
    if (!clears || NOT_ASKED.has(link.section)) return false;
    const info = lookup.get(link.id);
    if (!info) return false;
    // Knowledge areas and tools are named, not paraphrased: by meaning, "software engineering experience" lands on
    // "industrial software". Competences and activities are described, and are linked by meaning.
    if (link.by === 'meaning' && info.kind === 'skill' && info.skillType !== 'skill/competence') return false;
    // "Recognized for your contributions, leadership" in a company description is no ask to lead.
    return link.section !== 'about' || info.skillType === 'knowledge' || info.skillType === 'tool';
  });
}

/**
 * The union of several ascending index lists, ascending.
 * @example
 * assert.deepEqual(unionSorted([[1, 3], [2, 3]]), [1, 2, 3]);
 */
export function unionSorted(lists: readonly (readonly number[])[]): number[] {
  const set = new Set<number>();
  for (const l of lists) for (const x of l) set.add(x);
  return [...set].sort((a, b) => a - b);
}

/**
 * The share of links of a concept that come from a responsibilities section: what the job holder does.
 * @example
 * assert.equal(dutyShare({ sections: { responsibilities: 3, requirements: 1 } } as ConceptStat), 0.75);
 */
export function dutyShare(stat: Pick<ConceptStat, 'sections'>): number {
  let duty = 0;
  let all = 0;
  for (const [k, v] of Object.entries(stat.sections)) {
    all += v ?? 0;
    if (k === 'responsibilities') duty += v ?? 0;
  }
  return all === 0 ? 0 : duty / all;
}
