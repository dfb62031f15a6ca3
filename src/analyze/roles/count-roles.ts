/**
 * Counts listings per role: the table behind `roleprint roles`.
 * @module
 */
import type { RoleMatch } from '../analyzed-listing.ts';
import type { Roles } from './load-roles.ts';
import { normalizeTitle } from './normalize-title.ts';

/** One row: a role, how many listings have it, and its codes (`role` is null for titles that match nothing). */
export interface RoleCount {
  role: string | null;
  label: string | null;
  onetSoc: string | null;
  escoOccupation: string | null;
  /** The ESCO occupation's code ("2512.4"), which a reader can look up; null without an ESCO occupation. */
  escoCode: string | null;
  listings: number;
}

/** Any listing-like value with titles (a CleanListing, a stored listing). */
export interface Titled {
  title: string | null;
  titles?: string[];
}

/** Tallies roles incrementally, so listings can stream through without being kept. */
export interface RoleCounter {
  add(listing: Titled): RoleMatch | null;
  /** Rows sorted by listings (descending), then role slug; the no-role row last. */
  rows(): RoleCount[];
}

/**
 * Creates a role counter over the given roles data (the main title first, then the other titles, as the
 * role component does).
 * @example
 * import { loadRoles } from './load-roles.ts';
 * const c = createRoleCounter(loadRoles());
 * c.add({ title: 'CTO' }); c.add({ title: 'Chief Technical Officer' }); c.add({ title: null });
 * assert.deepEqual(c.rows().map((r) => [r.role, r.listings]), [['cto', 2], [null, 1]]);
 */
export function createRoleCounter(roles: Roles): RoleCounter {
  const byRole = new Map<string, RoleCount>();
  const codes = new Map(roles.esco.map(([uri, , code]) => [uri, code]));
  let none = 0;
  return {
    add(listing) {
      let match: RoleMatch | null = null;
      for (const t of [listing.title, ...(listing.titles ?? [])]) {
        match = normalizeTitle(t, roles);
        if (match) break;
      }
      if (!match) {
        none++;
        return null;
      }
      const row = byRole.get(match.role);
      if (row) row.listings++;
      else
        byRole.set(match.role, {
          role: match.role,
          label: match.label,
          onetSoc: match.onetSoc,
          escoOccupation: match.escoOccupation,
          escoCode: (match.escoOccupation && codes.get(match.escoOccupation)) || null,
          listings: 1,
        });
      return match;
    },
    rows() {
      const rows = [...byRole.values()].sort(
        (a, b) => b.listings - a.listings || (a.role as string).localeCompare(b.role as string),
      );
      if (none > 0)
        rows.push({
          role: null,
          label: null,
          onetSoc: null,
          escoOccupation: null,
          escoCode: null,
          listings: none,
        });
      return rows;
    },
  };
}
