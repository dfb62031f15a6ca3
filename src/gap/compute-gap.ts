/**
 * A résumé against a role profile: each profile line covered, near or missing, a share-weighted fit score, the
 * changes that would raise it most, and what the résumé offers beyond the role.
 * @module
 */
import type { ProfileItem, RoleProfile, UniqueDuty } from '../profile/index.ts';
import type { AnalyzedResume, ResumeLink } from '../resume/index.ts';
import type { CatalogConcept } from '../taxonomy/index.ts';
import {
  type BeyondItem,
  GAP_SCHEMA_VERSION,
  type GapLine,
  type GapRelation,
  type GapReport,
  type ResumeEvidence,
} from './gap-report.ts';
import { qualificationEvidence } from './qualification-evidence.ts';

/** What the gap needs of the concept catalog. */
export interface GapCatalog {
  get(id: string): Pick<CatalogConcept, 'label' | 'broader' | 'kind' | 'skillType'> | undefined;
  similarity(idA: string, idB: string): number;
  /**
   * The noun an analyst uses for a verb ("communicate" → "communication"), or null: a résumé duty named by the verb
   * ("communicate with customers") shows the competence named by its noun ("communication"). Absent: not used.
   */
  verbNoun?(verb: string): string | null;
}

/** Options of {@link computeGap}. */
export interface GapOptions {
  /** Least calibrated score of a résumé link that shows a concept (the profile counts listings at 0.5). @default 0.5 */
  minScore?: number;
  /** Least cosine between two concepts for "close in meaning". @default 0.6 */
  nearSimilarity?: number;
  /** Least cosine for concepts linked by the hierarchy (broader, narrower, same group) to count as near. @default 0.4 */
  groupSimilarity?: number;
  /**
   * Least score of a weaker link to a line's own duty or competence (not a named tool or knowledge area, where only a
   * literal mention counts) that makes the line near: a sentence that says something like it. @default 0.28
   */
  weakScore?: number;
  /**
   * A factor on each line's weight (its share), e.g. how specific the line is to the role among many roles, which
   * `roleprint fit` uses so that lines every role asks for (a degree, communication) do not decide the ranking.
   * @default every line 1
   */
  lineWeight?: (concepts: readonly string[]) => number;
}

/** The score's method, in one sentence (also in every report). */
export const GAP_METHOD =
  'Share-weighted coverage: each profile line weighs the share of listings that ask for it; a covered line counts fully, a near one half, a missing one not at all; 100 means every line is shown.';

const MAX_LINE = 300;
const clip = (s: string): string => (s.length > MAX_LINE ? `${s.slice(0, MAX_LINE - 1)}…` : s);
const round1 = (x: number): number => Math.round(x * 10) / 10;
const round3 = (x: number): number => Math.round(x * 1000) / 1000;
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

interface Line {
  text: string;
  kind: GapLine['kind'];
  theme: string | null;
  count: number;
  share: number;
  concepts: ProfileItem['concepts'];
  evidence: ProfileItem['evidence'];
}

/** Every line of the profile once: themes first (so a line keeps its theme), then duties, skills, qualifications, distinctive. */
function profileLines(profile: RoleProfile): Line[] {
  const out = new Map<string, Line>();
  const add = (item: ProfileItem | UniqueDuty, kind: GapLine['kind'], theme: string | null) => {
    // A theme's line and the same line in the full lists are one line ("Perform data analysis" twice).
    const key = item.text.toLowerCase();
    if (out.has(key)) return;
    out.set(key, {
      text: item.text,
      kind,
      theme,
      count: item.count,
      share: item.share,
      concepts: item.concepts,
      evidence: item.evidence.slice(0, 2),
    });
  };
  for (const t of profile.themes) for (const i of t.items) add(i, i.kind, t.name);
  for (const i of profile.responsibilities) add(i, i.kind, null);
  for (const i of profile.skills) add(i, i.kind, null);
  for (const i of profile.qualifications) add(i, 'qualification', null);
  for (const d of profile.distinctive) add(d, 'distinctive', null);
  return [...out.values()];
}

function evidenceOf(link: ResumeLink, years: Map<string, number>): ResumeEvidence {
  return {
    concept: { id: link.id, label: link.label },
    line: clip(link.line),
    section: link.section,
    score: link.score,
    years: years.get(link.id) ?? null,
  };
}

/** Whether a concept can be shown in other words (a duty, a topic, a competence), not only by its name (a tool, a knowledge area). */
function saysInWords(id: string, catalog: GapCatalog): boolean {
  const c = catalog.get(id);
  if (!c) return false;
  return c.kind !== 'skill' || c.skillType === 'skill/competence';
}

/** How résumé concept `r` relates to line concept `c`, or null when it is not near enough. */
function relate(
  c: string,
  r: string,
  catalog: GapCatalog,
  o: Required<Omit<GapOptions, 'lineWeight'>>,
): GapRelation | null {
  const sim = catalog.similarity(c, r);
  const cc = catalog.get(c);
  const rc = catalog.get(r);
  const label = rc?.label ?? r;
  if (sim >= o.groupSimilarity && cc && rc) {
    if (cc.broader?.id === r)
      return { kind: 'broader', text: `broader: the résumé shows ${label}`, similarity: round3(sim) };
    if (rc.broader?.id === c)
      return { kind: 'narrower', text: `narrower: the résumé shows ${label}`, similarity: round3(sim) };
    if (cc.broader && cc.broader.id === rc.broader?.id) {
      const scheme = c.startsWith('onet:') ? 'O*NET activity family' : 'ESCO group';
      return {
        kind: 'same-group',
        text: `same ${scheme} "${cc.broader.label.replace(/\.$/, '')}": the résumé shows ${label}`,
        similarity: round3(sim),
      };
    }
  }
  if (sim >= o.nearSimilarity)
    return {
      kind: 'similar',
      text: `close in meaning (cosine ${sim.toFixed(2)}): the résumé shows ${label}`,
      similarity: round3(sim),
    };
  return null;
}

/**
 * The best résumé link to a duty named by the verb whose noun is the line concept's whole label ("communicate with
 * customers" for "communication", "lead a team" for "leadership"), as evidence; null when none.
 */
function verbForm(
  id: string,
  best: ReadonlyMap<string, ResumeLink>,
  catalog: GapCatalog,
  years: Map<string, number>,
): ResumeEvidence | null {
  const noun = catalog.get(id)?.label.trim().toLowerCase();
  if (!noun || !catalog.verbNoun || /\s/.test(noun)) return null;
  let found: ResumeLink | null = null;
  for (const link of best.values()) {
    const verb = (catalog.get(link.id)?.label ?? link.label).trim().split(/\s+/)[0]?.toLowerCase() ?? '';
    if (catalog.verbNoun(verb) !== noun) continue;
    if (!found || link.score > found.score || (link.score === found.score && link.start < found.start))
      found = link;
  }
  return found ? evidenceOf(found, years) : null;
}

/**
 * Marks every line of a role profile against an analyzed résumé and scores the fit.
 * A line is covered only by a résumé sentence linked to one of its own concepts, so nothing is claimed that the
 * résumé does not show.
 * @example
 * import { readFileSync } from 'node:fs';
 * import { createResumeAnalyzer } from '../resume/index.ts';
 * import { loadConcepts } from '../taxonomy/index.ts';
 * const profile = JSON.parse(readFileSync('test/golden/demo.json', 'utf8')); // a profile of 181 listings
 * const resume = (await createResumeAnalyzer({ asOf: '2025-01' }))({ id: 'a', source: 'a.txt', locator: 'file', text: 'Skills\n- Python and SQL', format: 'text', category: null });
 * const report = computeGap(profile, resume, loadConcepts());
 * assert.ok(report.score > 0 && report.score <= 100);
 */
export function computeGap(
  profile: RoleProfile,
  resume: AnalyzedResume,
  catalog: GapCatalog,
  options: GapOptions = {},
): GapReport {
  const o: Required<Omit<GapOptions, 'lineWeight'>> = {
    minScore: options.minScore ?? 0.5,
    nearSimilarity: options.nearSimilarity ?? 0.6,
    groupSimilarity: options.groupSimilarity ?? 0.4,
    weakScore: options.weakScore ?? 0.28,
  };
  // The best résumé sentence per concept: highest score, then earliest; weaker links kept apart.
  const best = new Map<string, ResumeLink>();
  const weak = new Map<string, ResumeLink>();
  const sentences = new Map<string, Set<number>>();
  for (const l of resume.links) {
    if (l.score < o.minScore) {
      const prev = weak.get(l.id);
      if (l.score >= o.weakScore && (!prev || l.score > prev.score)) weak.set(l.id, l);
      continue;
    }
    const prev = best.get(l.id);
    if (!prev || l.score > prev.score || (l.score === prev.score && l.start < prev.start)) best.set(l.id, l);
    const s = sentences.get(l.id) ?? new Set<number>();
    s.add(l.start);
    sentences.set(l.id, s);
  }
  const years = new Map(resume.years.map((y) => [y.id, y.years]));
  const resumeIds = [...best.keys()].sort();
  const lines = profileLines(profile);
  const factor = options.lineWeight ?? (() => 1);
  const weightOf = new Map(lines.map((l) => [l, l.share * factor(l.concepts.map((c) => c.id))]));
  const total = lines.reduce((s, l) => s + (weightOf.get(l) ?? 0), 0) || 1;
  const usedNear = new Set<string>();
  const marked: GapLine[] = lines.map((line) => {
    let resumeSide: ResumeEvidence | null = null;
    let relation: GapRelation | null = null;
    for (const c of line.concepts) {
      const q = c.id.startsWith('qualification:')
        ? qualificationEvidence(resume, c.id, profile.experience.medianYears)
        : null;
      const link = best.get(c.id);
      if (q?.short) {
        // Some years, fewer than the listings' median: near, never covered.
        if (!resumeSide) {
          const { short, ...ev } = q;
          resumeSide = ev;
          relation = { kind: 'fewer-years', text: short, similarity: 1 };
        }
        continue;
      }
      const ev = q ?? (link ? evidenceOf(link, years) : verbForm(c.id, best, catalog, years));
      if (ev && (!resumeSide || ev.score > resumeSide.score)) {
        resumeSide = ev;
        relation = null;
      }
    }
    if (!resumeSide) {
      for (const c of line.concepts) {
        const w = weak.get(c.id);
        if (!w || !saysInWords(c.id, catalog) || (resumeSide && w.score <= resumeSide.score)) continue;
        resumeSide = evidenceOf(w, years);
        relation = {
          kind: 'weak',
          text: `said in other words (link score ${w.score.toFixed(2)})`,
          similarity: 1,
        };
      }
    }
    if (!resumeSide) {
      let bestSim = -1;
      for (const c of line.concepts) {
        if (c.id.startsWith('qualification:')) continue;
        for (const r of resumeIds) {
          const rel = relate(c.id, r, catalog, o);
          if (!rel || rel.similarity <= bestSim) continue;
          bestSim = rel.similarity;
          relation = rel;
          resumeSide = evidenceOf(best.get(r) as ResumeLink, years);
        }
      }
      if (resumeSide) usedNear.add(resumeSide.concept.id);
    }
    const status = relation ? 'near' : resumeSide ? 'covered' : 'missing';
    const credit = status === 'covered' ? 1 : status === 'near' ? 0.5 : 0;
    return {
      text: line.text,
      kind: line.kind,
      theme: line.theme,
      count: line.count,
      share: line.share,
      status,
      concepts: line.concepts,
      resume: resumeSide,
      relation,
      points: round1((100 * (weightOf.get(line) ?? 0)) / total),
      gain: round1((100 * (weightOf.get(line) ?? 0) * (1 - credit)) / total),
      evidence: line.evidence,
    };
  });
  const score = Math.round(
    (100 *
      marked.reduce(
        (s, l, i) =>
          s +
          (weightOf.get(lines[i] as Line) ?? 0) *
            (l.status === 'covered' ? 1 : l.status === 'near' ? 0.5 : 0),
        0,
      )) /
      total,
  );
  marked.sort((a, b) => b.share - a.share || byText(a.text, b.text));
  const counts = { covered: 0, near: 0, missing: 0 };
  for (const l of marked) counts[l.status]++;
  const inProfile = new Set(lines.flatMap((l) => l.concepts.map((c) => c.id)));
  const beyond: BeyondItem[] = resumeIds
    .filter((id) => !inProfile.has(id) && !usedNear.has(id))
    .map((id) => {
      const l = best.get(id) as ResumeLink;
      return {
        id,
        label: l.label,
        sentences: sentences.get(id)?.size ?? 0,
        line: clip(l.line),
        score: l.score,
      };
    })
    .sort((a, b) => b.sentences - a.sentences || b.score - a.score || byText(a.label, b.label))
    .slice(0, 8)
    .map(({ score: _s, ...rest }) => rest);
  const changes = marked
    .filter((l) => l.status !== 'covered' && l.gain > 0)
    .sort((a, b) => b.gain - a.gain || byText(a.text, b.text))
    .slice(0, 3);
  const n = marked.length;
  return {
    schemaVersion: GAP_SCHEMA_VERSION,
    resume: {
      id: resume.id,
      source: resume.source,
      sections: [...new Set(resume.sections.map((s) => s.kind))],
      roles: resume.roles.map((r) => ({ title: r.title, employer: r.employer, from: r.from, to: r.to })),
      concepts: resumeIds.length,
    },
    role: profile.role,
    listings: { count: profile.listings.count, sources: profile.listings.sources },
    score,
    method: GAP_METHOD,
    headline: `Fit ${score}/100 against ${profile.listings.count} ${profile.role.label} listings: the résumé shows ${counts.covered} of the ${n} profile lines, comes near ${counts.near} and misses ${counts.missing}.`,
    counts,
    lines: marked,
    changes,
    beyond,
    years: resume.years,
  };
}
