/**
 * Generic lines: what most roles ask about as often ("communication", "work in teams", "show commitment"). They are
 * true of the role but say nothing about it, so they stay in the full lists and out of the themes and the distinctive
 * duties. Measured against the background's roles, each weighing the same: pooled, the largest role would stand for
 * all of them.
 * @module
 */
import type { ConceptBackground, ConceptStat } from './concept-stats.ts';
import type { Line } from './profile-lines.ts';

/** Thresholds of genericity (defaults in brackets). */
export interface GenericOptions {
  /** Roles of the selection: left out of the roles compared against. */
  roles?: readonly string[];
  /** Fewest listings a background role needs to count [30]. */
  minRoleListings?: number;
  /** Share of a role's listings that must say a concept for the role to say it [0.05]. */
  said?: number;
  /** Share of the roles that must say it for it to be common across roles [1/3]. */
  breadth?: number;
  /** Times the typical role's share below which the selection says it no more than others do [2]. */
  ratio?: number;
}

/** How a concept is said across the background's roles. */
export interface RoleSpread {
  /** Roles compared against (of at least minRoleListings listings, outside the selection). */
  roles: number;
  /** Mean share of their listings that say it, each role weighing the same. */
  typical: number;
  /** Share of the roles that say it in at least `said` of their listings. */
  breadth: number;
}

/**
 * How a concept is said across the background's sizeable roles, the selection's own left out.
 * @example
 * const background = { listings: 300, roles: { a: 100, b: 100, c: 100 }, concepts: { x: { listings: 75, employers: 9, roles: { a: 25, b: 50 } } } };
 * assert.deepEqual(roleSpread('x', background, { roles: ['c'] }), { roles: 2, typical: 0.375, breadth: 1 });
 * assert.deepEqual(roleSpread('x', background), { roles: 3, typical: 0.25, breadth: 2 / 3 });
 */
export function roleSpread(
  id: string,
  background: ConceptBackground,
  options: GenericOptions = {},
): RoleSpread {
  const said = options.said ?? 0.05;
  const { order, sizes } = comparedRoles(background, options.roles ?? [], options.minRoleListings ?? 30);
  const counts = background.concepts[id]?.roles ?? {};
  // Only the roles that say it add to the sum, in the background's order: the same additions as over every role.
  const saying: { at: number; count: number }[] = [];
  for (const [role, count] of Object.entries(counts)) {
    const at = order.get(role);
    if (at !== undefined && count > 0) saying.push({ at, count });
  }
  saying.sort((a, b) => a.at - b.at);
  let total = 0;
  let often = said <= 0 ? sizes.length : 0;
  for (const { at, count } of saying) {
    const share = count / (sizes[at] ?? 1);
    total += share;
    if (said > 0 && share >= said) often++;
  }
  const roles = sizes.length;
  return roles === 0
    ? { roles, typical: 0, breadth: 0 }
    : { roles, typical: total / roles, breadth: often / roles };
}

// The background roles a concept is compared across, in the background's order (each role's position and size),
// worked out once per background and selection: a profile asks for every concept it counts.
interface ComparedRoles {
  order: Map<string, number>;
  sizes: number[];
}
const compared = new WeakMap<ConceptBackground, Map<string, ComparedRoles>>();
function comparedRoles(
  background: ConceptBackground,
  own: readonly string[],
  minRole: number,
): ComparedRoles {
  let byKey = compared.get(background);
  if (!byKey) {
    byKey = new Map();
    compared.set(background, byKey);
  }
  const key = `${minRole}\u0000${own.join('\u0000')}`;
  let found = byKey.get(key);
  if (!found) {
    const mine = new Set(own);
    found = { order: new Map(), sizes: [] };
    for (const [role, size] of Object.entries(background.roles)) {
      if (mine.has(role) || size < minRole) continue;
      found.order.set(role, found.sizes.length);
      found.sizes.push(size);
    }
    byKey.set(key, found);
  }
  return found;
}

/**
 * Whether a line is generic: the members that carry most of it are said across roles (breadth), and by the
 * selection's n listings less than `ratio` times as often as by the typical role. False without a background.
 * @example
 * const background = { listings: 300, roles: { a: 100, b: 100, c: 100 }, concepts: { x: { listings: 90, employers: 9, roles: { a: 30, b: 30, c: 30 } } } };
 * const line = (count: number) => ({ kind: 'skill', listings: [], members: [{ id: 'x', listings: Array.from({ length: count }, (_, i) => i) }] }) as unknown as Line;
 * assert.equal(isGeneric(line(40), 100, background), true); // 40% here, 30% in every role
 * assert.equal(isGeneric(line(70), 100, background), false); // more than twice as often here
 */
export function isGeneric(
  line: Line,
  n: number,
  background: ConceptBackground | undefined,
  options: GenericOptions = {},
): boolean {
  if (!background || n === 0) return false;
  const breadth = options.breadth ?? 1 / 3;
  const ratio = options.ratio ?? 2;
  let generic = 0;
  let all = 0;
  for (const m of line.members as Pick<ConceptStat, 'id' | 'listings'>[]) {
    const spread = roleSpread(m.id, background, options);
    const share = m.listings.length / n;
    all += m.listings.length;
    if (spread.roles > 0 && spread.breadth >= breadth && share < ratio * spread.typical)
      generic += m.listings.length;
  }
  return all > 0 && generic * 2 > all;
}
