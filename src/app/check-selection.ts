/**
 * Refuse an empty selection before any analysis: a typo in `--role` is answered at once, with the closest roles the
 * store holds, instead of after analyzing the whole store.
 * @module
 */
import { RoleprintError } from '../errors.ts';
import type { ListingFilter, Store } from '../store/index.ts';
import { countRolesInStore } from './count-roles.ts';
import type { StoreProfileOptions } from './profile-from-store.ts';

/** Levenshtein distance, two rows (slugs are short). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    prev = row;
  }
  return prev[b.length] as number;
}

/**
 * Up to three of `roles` closest to `wanted`: within a third of its length in edits, or sharing a word with it.
 * @example
 * assert.deepEqual(closestRoles('data-scientst', ['data-scientist', 'data-engineer', 'cto']), ['data-scientist', 'data-engineer']);
 */
export function closestRoles(asked: string, roles: readonly string[]): string[] {
  // A label or a spaced name ("VP Engineering", "Registered Nurse") is compared as a slug.
  const wanted = asked
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const words = new Set(wanted.split('-').filter((w) => w.length >= 3));
  return roles
    .map((r) => ({ r, d: distance(wanted, r) }))
    .filter(
      ({ r, d }) => d <= Math.max(2, Math.floor(wanted.length / 3)) || r.split('-').some((w) => words.has(w)),
    )
    .sort((x, y) => x.d - y.d || (x.r < y.r ? -1 : 1))
    .slice(0, 3)
    .map(({ r }) => r);
}

/** The store filter of a profile request. */
export function selectionFilter(options: StoreProfileOptions): ListingFilter {
  const filter: ListingFilter = {};
  if (options.role) filter.role = options.role;
  if (options.ids) filter.ids = options.ids;
  if (options.since) filter.since = options.since;
  if (options.until) filter.until = options.until;
  if (options.sources && options.sources.length > 0) filter.sources = options.sources;
  return filter;
}

/**
 * Throws RoleprintError('USAGE') naming the selection when no stored listing matches it, with the closest roles
 * present when a role was asked for. A role is matched on the analyses first (fast) and then on the stored titles, so
 * a store not analyzed yet passes when its titles hold the role.
 * @example
 * import { openStore } from '../store/index.ts';
 * await assert.rejects(checkSelection(await openStore(':memory:'), { role: 'astronaut' }), /no listings in :memory: match role "astronaut"/);
 */
export async function checkSelection(store: Store, options: StoreProfileOptions): Promise<void> {
  const { role, ...rest } = selectionFilter(options);
  for await (const _ of store.listings(role === undefined ? rest : { ...rest, role })) return;
  const what = [
    options.role && `role "${options.role}"`,
    options.sources?.length && `sources ${options.sources.join(', ')}`,
    options.since && `since ${options.since}`,
    options.until && `until ${options.until}`,
  ]
    .filter(Boolean)
    .join(', ');
  let hint = 'run "roleprint roles" to see the roles present, or widen --since/--until';
  if (role !== undefined) {
    const present = (await countRolesInStore(store, rest)).roles.flatMap((r) => (r.role ? [r.role] : []));
    if (present.includes(role)) return;
    const near = closestRoles(role, present);
    if (near.length > 0) hint = `did you mean ${near.map((r) => `"${r}"`).join(' or ')}? (${hint})`;
  }
  throw new RoleprintError(
    'USAGE',
    `Cannot build a report: no listings in ${store.location} match ${what || 'the selection'}; ${hint}`,
  );
}

/**
 * A one-line note when a selection without a role mixes several roles, the largest under 80% of it ("profiling 18,028
 * listings of 63 roles together: software-engineer 4%, …; pass --role to profile one"), else null.
 * @example
 * import { analyzeAll } from './analyze-all.ts';
 * import { openStore } from '../store/index.ts';
 * import { ingestListings } from './ingest-listings.ts';
 * const store = await openStore(':memory:');
 * await ingestListings(store, ['test/fixtures/ingest/folder']); // a CTO, a DevOps engineer and one more
 * await analyzeAll(store);
 * assert.match((await mixedRolesNote(store, {})) ?? '', /^note: profiling 3 listings of 2 roles together/);
 * assert.equal(await mixedRolesNote(store, { role: 'cto' }), null);
 */
export async function mixedRolesNote(store: Store, options: StoreProfileOptions): Promise<string | null> {
  if (options.role) return null;
  const { listings, roles } = await countRolesInStore(store, selectionFilter(options));
  const named = roles.filter((r) => r.role !== null);
  const top = named[0];
  if (!top || listings === 0 || named.length < 2 || top.listings / listings >= 0.8) return null;
  const pct = (n: number) => `${Math.round((100 * n) / listings)}%`;
  const largest = named
    .slice(0, 3)
    .map((r) => `${r.role} ${pct(r.listings)}`)
    .join(', ');
  return `note: profiling ${listings.toLocaleString('en-US')} listings of ${named.length} roles together (${largest}…); pass --role to profile one (roleprint roles lists them)`;
}
