/**
 * The role list: every role in the store with its listing count, searchable, under the source/date filters.
 * @module
 */
import { type Filters, getJson, query, type Roles } from './api.ts';
import { h, replace } from './dom.ts';
import { filterForm, loadSources } from './filters.ts';

/** The href of a role's profile with the current filters. */
export const profileHref = (role: string, filters: Filters): string =>
  `#/role/${encodeURIComponent(role)}${query({ ...filters })}`;

/** Renders the role list into `main`. */
export async function rolesPage(
  main: HTMLElement,
  filters: Filters,
  go: (hash: string) => void,
): Promise<void> {
  const heading = h('h1', { tabindex: -1 }, 'Roles');
  const status = h('p', { class: 'status', role: 'status' }, 'Loading roles…');
  replace(main, heading, status);
  const [sources, roles] = await Promise.all([
    loadSources(),
    getJson<Roles>(
      `/api/roles${query({ source: filters.source, since: filters.since, until: filters.until })}`,
    ),
  ]);
  const named = roles.roles.filter((r): r is typeof r & { role: string } => r.role !== null);
  const none = roles.roles.find((r) => r.role === null);
  const search = h('input', {
    id: 'role-search',
    type: 'search',
    placeholder: 'e.g. engineer, cto, nurse',
    autocomplete: 'off',
    'aria-controls': 'role-table',
  });
  const count = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const body = h('tbody');
  const rows = named.map((r) => ({
    r,
    key: `${r.label ?? ''} ${r.role} ${r.onetSoc ?? ''}`.toLowerCase(),
    row: h(
      'tr',
      {},
      h('th', { scope: 'row' }, h('a', { href: profileHref(r.role, filters) }, r.label ?? r.role)),
      h('td', { class: 'num' }, r.listings.toLocaleString('en')),
      h('td', { class: 'code' }, r.onetSoc ?? '—'),
    ),
  }));
  const show = () => {
    const words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    const shown = rows.filter((x) => words.every((w) => x.key.includes(w)));
    replace(body, ...shown.map((x) => x.row));
    count.textContent = `${shown.length} of ${rows.length} roles${words.length ? ` match “${search.value.trim()}”` : ''}.`;
  };
  search.addEventListener('input', show);
  show();
  replace(
    main,
    heading,
    h(
      'p',
      { class: 'lede' },
      `${roles.listings.toLocaleString('en')} listings in the store${
        filters.source || filters.since || filters.until ? ' match the filters' : ''
      }; ${named.length} roles${none ? `, and ${none.listings.toLocaleString('en')} listings whose title matches no role` : ''}.`,
    ),
    filterForm(filters, sources, (next) => go(`#/${query({ ...next, by: undefined })}`)),
    h('div', { class: 'field search' }, h('label', { for: 'role-search' }, 'Search roles'), search),
    count,
    named.length === 0
      ? h('p', {}, 'No listing matches these filters. Clear them, or upload listings.')
      : h(
          'div',
          { class: 'table-wrap' },
          h(
            'table',
            { id: 'role-table' },
            h('caption', {}, 'Roles by number of listings'),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', { scope: 'col' }, 'Role'),
                h('th', { scope: 'col', class: 'num' }, 'Listings'),
                h('th', { scope: 'col', class: 'code' }, 'O*NET-SOC'),
              ),
            ),
            body,
          ),
        ),
  );
}
