/**
 * Use cases over a résumé: its gap against one role profile (`roleprint gap`) and the roles of a store it fits best
 * (`roleprint fit`). Profiles come from the store through profileFromStore, the same path as `roleprint report`.
 * @module
 */
import { ANALYZER_VERSION } from '../analyze/index.ts';
import { computeGap, type GapCatalog, type GapOptions, type GapReport } from '../gap/index.ts';
import type { RoleProfile } from '../profile/index.ts';
import { type AnalyzedResume, createResumeAnalyzer, type RawResume } from '../resume/index.ts';
import type { Store } from '../store/index.ts';
import { loadConcepts } from '../taxonomy/index.ts';
import { loadLexicon } from '../taxonomy/lexicon.ts';
import { type AnalyzeAllOptions, analyzeSelection } from './analyze-all.ts';
import { selectionFilter } from './check-selection.ts';
import { countRolesInStore } from './count-roles.ts';
import { profileDeps } from './profile-deps.ts';
import { profileFromStore, type StoreProfileOptions } from './profile-from-store.ts';

/** Options shared by {@link gapResume} and {@link fitResumes}. */
export interface ResumeGapOptions {
  /** The month "present" stands for in a résumé's date ranges, `YYYY-MM`. @default the current month */
  asOf?: string;
  gap?: GapOptions;
  /** Progress of the store's analysis (listings not yet analyzed by this version). */
  analyze?: AnalyzeAllOptions;
}

const analyzers = new Map<string, Promise<(raw: RawResume) => AnalyzedResume>>();
let cachedCatalog: GapCatalog | null = null;

/**
 * The concept catalog as the gap reads it (built once per process). Tools of one O*NET commodity are not related:
 * a hand check found "Application server software" relating Spring Boot to Docker and Kubernetes, 20 of 22 such near
 * marks nonsense.
 * @example
 * assert.equal(gapCatalog().get('roleprint:tool/docker')?.label, 'Docker');
 */
export function gapCatalog(): GapCatalog {
  if (cachedCatalog) return cachedCatalog;
  const concepts = loadConcepts();
  const lexicon = loadLexicon();
  cachedCatalog = {
    get: (id) => concepts.get(id),
    similarity: (a, b) => concepts.similarity(a, b),
    verbNoun: (verb) => lexicon.verbs.get(verb) || null,
  };
  return cachedCatalog;
}

/**
 * Analyzes one résumé with the listings' components (the analyzer is built once per process and `asOf`).
 * @example
 * const r = await analyzeResume({ id: 'a', source: 'a.txt', locator: 'file', text: 'Skills\n- SQL', format: 'text', category: null }, '2025-01');
 * assert.ok(r.links.length > 0);
 */
export async function analyzeResume(raw: RawResume, asOf?: string): Promise<AnalyzedResume> {
  const key = asOf ?? '';
  let analyzer = analyzers.get(key);
  if (!analyzer) {
    analyzer = createResumeAnalyzer(asOf ? { asOf } : {});
    analyzers.set(key, analyzer);
  }
  return (await analyzer)(raw);
}

async function profiles(store: Store, selections: StoreProfileOptions[], analyze: AnalyzeAllOptions) {
  for (const s of selections) await analyzeSelection(store, selectionFilter(s), analyze);
  const deps = { version: ANALYZER_VERSION, ...profileDeps() };
  const out: RoleProfile[] = [];
  for (const s of selections) out.push(await profileFromStore(store, s, deps));
  return out;
}

/**
 * The gap of one résumé against the profile of the store's listings that `selection` names (a role, sources, dates).
 * @example
 * import { analyzeAll } from './analyze-all.ts';
 * import { openStore } from '../store/index.ts';
 * import { ingestListings } from './ingest-listings.ts';
 * const store = await openStore(':memory:');
 * await ingestListings(store, ['test/fixtures/ingest/folder']); // a CTO, a DevOps engineer and one more
 * await analyzeAll(store);
 * const raw = { id: 'a', source: 'a.txt', locator: 'file', text: 'Skills\n- Python and SQL', format: 'text', category: null } as const;
 * const report = await gapResume(store, raw, { role: 'cto' });
 * assert.equal(report.role.slug, 'cto');
 */
export async function gapResume(
  store: Store,
  raw: RawResume,
  selection: StoreProfileOptions,
  options: ResumeGapOptions = {},
): Promise<GapReport> {
  const resume = await analyzeResume(raw, options.asOf);
  const [profile] = await profiles(store, [selection], options.analyze ?? {});
  return computeGap(profile as RoleProfile, resume, gapCatalog(), options.gap ?? {});
}

/**
 * The gap of one résumé against a profile already built (the server takes it from its profile cache).
 * @example
 * import { readFileSync } from 'node:fs';
 * const profile = JSON.parse(readFileSync('test/golden/demo.json', 'utf8')); // a profile of 181 listings
 * const raw = { id: 'a', source: 'a.txt', locator: 'file', text: 'Skills\n- Python and SQL', format: 'text', category: null } as const;
 * const report = await gapAgainstProfile(profile, raw);
 * assert.equal(report.role.slug, 'software-engineer');
 * assert.ok(report.lines.some((l) => l.text === 'SQL' && l.status === 'covered'));
 */
export async function gapAgainstProfile(
  profile: RoleProfile,
  raw: RawResume,
  options: Pick<ResumeGapOptions, 'asOf' | 'gap'> = {},
): Promise<GapReport> {
  const resume = await analyzeResume(raw, options.asOf);
  return computeGap(profile, resume, gapCatalog(), options.gap ?? {});
}

/** One role a résumé fits, with the lines that drive its score. */
export interface RoleFit {
  role: string;
  label: string;
  listings: number;
  /**
   * The gap score with each line also weighed by its specificity to the role (see FitOptions.specific), scaled down
   * for a profile whose lines weigh less than the median profile's (a thin profile).
   */
  score: number;
  /** The covered lines with the largest shares (at most 3). */
  shown: string[];
  /** The missing lines with the largest shares (at most 3). */
  missing: string[];
}

/** The roles one résumé fits best. */
export interface ResumeFit {
  resume: { id: string; source: string; category: string | null };
  roles: RoleFit[];
}

/** Options of {@link fitResumes}. */
export interface FitOptions extends ResumeGapOptions {
  /** Roles with fewer listings are left out (their profiles are too thin to score against). @default 20 */
  minListings?: number;
  /** Roles reported per résumé. @default 5 */
  top?: number;
  /**
   * Weigh each line by how specific it is to the role among the roles scored (ln(roles / roles asking for it)), so
   * lines every role asks for (a degree, communication) do not decide the ranking. @default true
   */
  specific?: boolean;
}

/**
 * The specificity of a line among many profiles: ln(R / d), d the number of profiles with a line on its most common
 * concept.
 * @example
 * const p = (ids: string[]) => ({ themes: [], distinctive: [], responsibilities: [], qualifications: [], skills: ids.map((id) => ({ concepts: [{ id }] })) });
 * const w = lineSpecificity([p(['a', 'b']), p(['a'])] as never);
 * assert.deepEqual([w(['a']), w(['b']).toFixed(3), w(['a', 'b'])], [0, '0.693', 0]);
 */
export function lineSpecificity(profiles: readonly RoleProfile[]): (concepts: readonly string[]) => number {
  const df = new Map<string, number>();
  for (const p of profiles) {
    const ids = new Set<string>();
    for (const i of [
      ...p.themes.flatMap((t) => t.items),
      ...p.responsibilities,
      ...p.skills,
      ...p.qualifications,
      ...p.distinctive,
    ])
      for (const c of i.concepts) ids.add(c.id);
    for (const id of ids) df.set(id, (df.get(id) ?? 0) + 1);
  }
  const r = profiles.length;
  return (concepts) => {
    // The most common member decides: "A degree" (master, PhD or any degree) is as generic as "any degree".
    const d = Math.max(0, ...concepts.map((c) => df.get(c) ?? 1));
    return d > 0 ? Math.log(r / d) : 0;
  };
}

/** The summed weight of a profile's lines (each line once, as computeGap counts them). */
function profileWeight(profile: RoleProfile, weight: (concepts: readonly string[]) => number): number {
  const seen = new Set<string>();
  let total = 0;
  for (const i of [
    ...profile.themes.flatMap((t) => t.items),
    ...profile.responsibilities,
    ...profile.skills,
    ...profile.qualifications,
    ...profile.distinctive,
  ]) {
    const key = i.text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    total += i.share * weight(i.concepts.map((c) => c.id));
  }
  return total;
}

/** The lines of one status that weigh most in the score. */
function drivers(gap: GapReport, status: 'covered' | 'missing'): string[] {
  const weight = (l: GapReport['lines'][number]) => l.points;
  return gap.lines
    .filter((l) => l.status === status)
    .sort((a, b) => weight(b) - weight(a) || (a.text < b.text ? -1 : 1))
    .slice(0, 3)
    .map((l) => l.text);
}

/**
 * Scores each résumé against the profile of every role in the store with at least `minListings` listings (each
 * profile built once) and returns the best roles per résumé, by score desc then role slug.
 * @example
 * import { analyzeAll } from './analyze-all.ts';
 * import { openStore } from '../store/index.ts';
 * import { ingestListings } from './ingest-listings.ts';
 * const store = await openStore(':memory:');
 * await ingestListings(store, ['test/fixtures/ingest/folder']); // a CTO, a DevOps engineer and one more
 * await analyzeAll(store);
 * const raw = { id: 'a', source: 'a.txt', locator: 'file', text: 'Skills\n- Python and SQL', format: 'text', category: null } as const;
 * const [fit] = await fitResumes(store, [raw], { minListings: 1 });
 * assert.deepEqual(fit?.roles.map((r) => r.role).sort(), ['cto', 'devops-engineer']);
 */
export async function fitResumes(
  store: Store,
  raws: readonly RawResume[],
  options: FitOptions = {},
): Promise<ResumeFit[]> {
  const min = options.minListings ?? 20;
  const top = options.top ?? 5;
  const { roles } = await countRolesInStore(store);
  const eligible = roles.filter((r) => r.role !== null && r.listings >= min);
  const built = await profiles(
    store,
    eligible.map((r) => ({ role: r.role as string })),
    options.analyze ?? {},
  );
  const catalog = gapCatalog();
  const specific = options.specific !== false;
  const weight = specific ? lineSpecificity(built) : () => 1;
  const gapOptions: GapOptions = { ...options.gap, ...(specific ? { lineWeight: weight } : {}) };
  // A thin profile (few, rare lines) is filled by one or two lines of any résumé: its weights are measured against
  // at least the median profile's, as if it had the lines a typical profile has and the résumé missed them.
  const totals = built.map((p) => profileWeight(p, weight));
  const floor = [...totals].sort((a, b) => a - b)[Math.floor(totals.length / 2)] ?? 0;
  const out: ResumeFit[] = [];
  for (const raw of raws) {
    const resume = await analyzeResume(raw, options.asOf);
    const fits = built.map((profile, i): RoleFit => {
      const gap = computeGap(profile, resume, catalog, gapOptions);
      const total = totals[i] as number;
      return {
        role: profile.role.slug ?? '',
        label: profile.role.label,
        listings: profile.listings.count,
        score: Math.round((gap.score * total) / Math.max(total, floor)),
        shown: drivers(gap, 'covered'),
        missing: drivers(gap, 'missing'),
      };
    });
    fits.sort((a, b) => b.score - a.score || (a.role < b.role ? -1 : a.role > b.role ? 1 : 0));
    out.push({
      resume: { id: raw.id, source: raw.source, category: raw.category },
      roles: fits.slice(0, top),
    });
  }
  return out;
}
