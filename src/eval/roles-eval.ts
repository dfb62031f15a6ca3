/**
 * Measures title → role against hand-labelled titles: how often a role is given (coverage), how often the role
 * given is right (precision), per curated role family and overall.
 * @module
 */
import type { RoleMatch } from '../analyze/index.ts';

/** One hand-labelled title: the gold role is a family slug, an O*NET-SOC code, or null when no role can be told. */
export interface LabelledTitle {
  title: string;
  source: string;
  gold: string | null;
}

/** Scores of one role family. */
export interface RoleScore {
  role: string;
  /** Titles labelled with this role. */
  gold: number;
  /** Titles given this role. */
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
}

/** The result of one evaluation. */
export interface RolesEvaluation {
  titles: number;
  /** Titles with a gold role (family or O*NET occupation). */
  withRole: number;
  /** Titles given any role. */
  predicted: number;
  /** Titles given the right role: the gold family's slug, or an occupation with the gold O*NET-SOC code. */
  correct: number;
  /** correct / predicted: a role shown is right this often (roles given to titles labelled null count as wrong). */
  precision: number;
  /** Titles with a gold role that were given one / titles with a gold role. */
  coverage: number;
  /** correct / titles with a gold role. */
  recall: number;
  /** Per family, most gold titles first. */
  families: RoleScore[];
  /** The wrong answers, for reading. */
  errors: { title: string; gold: string | null; predicted: string | null }[];
}

/**
 * Scores `normalize` (title → RoleMatch or null) on the labelled titles.
 * @example
 * import { loadRoles, normalizeTitle } from '../analyze/roles/index.ts';
 * const e = evaluateRoles([{ title: 'Staff Nurse', source: 'x', gold: 'registered-nurse' }], (t) => normalizeTitle(t, loadRoles()), new Set(['registered-nurse']));
 * assert.equal(e.correct, 1);
 */
export function evaluateRoles(
  titles: readonly LabelledTitle[],
  normalize: (title: string) => RoleMatch | null,
  familySlugs: ReadonlySet<string>,
): RolesEvaluation {
  const families = new Map<string, RoleScore>();
  const family = (role: string): RoleScore => {
    let s = families.get(role);
    if (!s) {
      s = { role, gold: 0, predicted: 0, correct: 0, precision: 0, recall: 0 };
      families.set(role, s);
    }
    return s;
  };
  let withRole = 0;
  let predicted = 0;
  let covered = 0;
  let correct = 0;
  const errors: RolesEvaluation['errors'] = [];
  for (const t of titles) {
    const match = normalize(t.title);
    const goldFamily = t.gold !== null && familySlugs.has(t.gold) ? t.gold : null;
    const right =
      t.gold !== null &&
      match !== null &&
      (goldFamily ? match.role === goldFamily : match.onetSoc === t.gold);
    if (t.gold !== null) withRole++;
    if (match) predicted++;
    if (match && t.gold !== null) covered++;
    if (right) correct++;
    if (goldFamily) family(goldFamily).gold++;
    // A family answer counts for that family whatever the gold is, so a family's precision sees its false positives.
    if (match && familySlugs.has(match.role)) {
      const s = family(match.role);
      s.predicted++;
      if (right) s.correct++;
    }
    if (!right && (match !== null || t.gold !== null))
      errors.push({
        title: t.title,
        gold: t.gold,
        predicted: match ? `${match.role} (${match.onetSoc ?? '-'})` : null,
      });
  }
  for (const s of families.values()) {
    s.precision = ratio(s.correct, s.predicted);
    s.recall = ratio(s.correct, s.gold);
  }
  return {
    titles: titles.length,
    withRole,
    predicted,
    correct,
    precision: ratio(correct, predicted),
    coverage: ratio(covered, withRole),
    recall: ratio(correct, withRole),
    families: [...families.values()]
      .filter((s) => s.gold > 0)
      .sort((a, b) => b.gold - a.gold || (a.role < b.role ? -1 : 1)),
    errors,
  };
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : Math.round((a / b) * 1000) / 1000;
}

/**
 * The evaluation as text: the overall figures, then one row per family.
 * @example
 * import { loadRoles, normalizeTitle } from '../analyze/roles/index.ts';
 * const e = evaluateRoles([{ title: 'Staff Nurse', source: 'x', gold: 'registered-nurse' }], (t) => normalizeTitle(t, loadRoles()), new Set(['registered-nurse']));
 * assert.match(formatRolesEvaluation(e), /registered-nurse/);
 */
export function formatRolesEvaluation(e: RolesEvaluation): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = [
    `titles ${e.titles}, with a role ${e.withRole}; given a role ${e.predicted}, right ${e.correct}`,
    `precision ${pct(e.precision)} (a role given is right)  coverage ${pct(e.coverage)} (a titled role gets one)  recall ${pct(e.recall)} (gets the right one)`,
    '',
    'family                gold  given  right  precision  recall',
  ];
  for (const s of e.families)
    lines.push(
      `${s.role.padEnd(20)}${String(s.gold).padStart(6)}${String(s.predicted).padStart(7)}${String(s.correct).padStart(7)}${pct(s.precision).padStart(11)}${pct(s.recall).padStart(8)}`,
    );
  return `${lines.join('\n')}\n`;
}
