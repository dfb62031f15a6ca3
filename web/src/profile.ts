/**
 * A role's profile: themes (bars with 95% whiskers; each line opens its evidence), trends, distinctive duties, every
 * line, downloads, and the filters.
 * @module
 */
import {
  type Evidence,
  type Filters,
  getJson,
  type Item,
  type ListingCard,
  listingCard,
  type Profile,
  query,
} from './api.ts';
import { changesChart, chartBox, periodsChart, resetCharts, sharesChart } from './charts.ts';
import { h, pct, replace, uid } from './dom.ts';
import { filterForm, loadSources } from './filters.ts';

const FORMATS = [
  ['md', 'Markdown'],
  ['json', 'JSON'],
  ['html', 'HTML'],
  ['csv', 'CSV'],
] as const;

/** One cited listing: its quote, then who posted it and when, as far as the store says. */
function evidenceItem(e: Evidence): HTMLLIElement {
  const meta = h('span', { class: 'meta' }, `listing ${e.listingId}`);
  listingCard(e.listingId).then((card: ListingCard | null) => {
    if (!card) return;
    const parts = [card.title, card.company, card.location, card.postedAt, card.source].filter(
      Boolean,
    ) as string[];
    replace(meta, `listing ${e.listingId} · ${parts.join(' · ')}`);
  });
  return h('li', {}, h('blockquote', {}, e.quote), meta);
}

/** A line as a disclosure button: its text and numbers; expanded, the quotes that carry it. */
function lineEntry(item: Item, total: number): { li: HTMLLIElement; button: HTMLButtonElement } {
  const panelId = uid('ev');
  const [lo, hi] = item.ci;
  const button = h(
    'button',
    { type: 'button', class: 'line', 'aria-expanded': 'false', 'aria-controls': panelId },
    h('span', { class: 'line-text' }, item.text),
    h(
      'span',
      { class: 'line-num' },
      `${item.count}/${total} · ${pct(item.share)} (95% ${pct(lo)}–${pct(hi)})`,
    ),
  );
  const members =
    item.members.length > 1
      ? h(
          'p',
          { class: 'members' },
          `Counts: ${item.members.map((m) => `${m.label} ${pct(m.share)}`).join(', ')}`,
        )
      : null;
  const panel = h(
    'div',
    { id: panelId, class: 'evidence', hidden: true },
    members,
    item.evidence.length === 0
      ? h('p', {}, 'No quote kept for this line.')
      : h('ul', { 'aria-label': `Evidence for ${item.text}` }, ...item.evidence.map(evidenceItem)),
  );
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    panel.hidden = !open;
  });
  return { li: h('li', {}, button, panel), button };
}

/** A chart of the lines plus their disclosure list; clicking a bar opens that line. */
function linesBlock(items: Item[], total: number, label: string): HTMLElement {
  const entries = items.map((item) => lineEntry(item, total));
  const pick = (i: number) => {
    const entry = entries[i];
    if (!entry) return;
    if (entry.button.getAttribute('aria-expanded') !== 'true') entry.button.click();
    entry.button.focus();
  };
  return h(
    'div',
    { class: 'lines' },
    chartBox((width) => sharesChart(items, width, label, pick)),
    h('ol', { class: 'line-list' }, ...entries.map((e) => e.li)),
  );
}

function section(title: string, ...children: (Node | string | null)[]): HTMLElement {
  const id = uid('s');
  return h('section', { 'aria-labelledby': id }, h('h2', { id }, title), ...children);
}

/** Renders the profile of `role` into `main`. */
export async function profilePage(
  main: HTMLElement,
  role: string,
  filters: Filters,
  go: (hash: string) => void,
): Promise<void> {
  resetCharts();
  const params = { role, source: filters.source, since: filters.since, until: filters.until, by: filters.by };
  replace(
    main,
    h('h1', { tabindex: -1 }, role),
    h('p', { class: 'status', role: 'status' }, 'Building the profile…'),
  );
  const [sources, profile] = await Promise.all([
    loadSources(),
    getJson<Profile>(`/api/profile${query(params)}`),
  ]);
  const n = profile.listings.count;
  const range = profile.listings.dateRange;
  const trends = profile.trends;
  document.title = `${profile.role.label} · roleprint`;
  replace(
    main,
    h('p', { class: 'crumbs' }, h('a', { href: `#/${query({ ...filters, by: undefined })}` }, '← All roles')),
    h('h1', { tabindex: -1 }, profile.role.label),
    h(
      'p',
      { class: 'lede' },
      `${n.toLocaleString('en')} listings`,
      range.from ? `, posted ${range.from === range.to ? range.from : `${range.from} to ${range.to}`}` : '',
      `, from ${profile.listings.sources.map((s) => `${s.source} (${s.count})`).join(', ')}`,
      profile.role.onetSoc ? `. O*NET-SOC ${profile.role.onetSoc}.` : '.',
    ),
    filterForm(
      filters,
      sources,
      (next) => go(`#/role/${encodeURIComponent(role)}${query({ ...next })}`),
      true,
    ),
    h(
      'nav',
      { class: 'downloads', 'aria-label': 'Downloads' },
      h('span', {}, 'Download this profile: '),
      ...FORMATS.map(([format, name]) =>
        h('a', { href: `/api/profile${query({ ...params, format })}`, download: `${role}.${format}` }, name),
      ),
    ),
    h(
      'p',
      { class: 'next' },
      h('a', { href: `#/gap${query({ role })}` }, 'Measure a résumé against this role'),
      h('a', { href: `#/compare${query({ role })}` }, 'Compare with other roles'),
    ),
    h('p', { class: 'headline' }, profile.headline),
    section(
      'Key skills by theme',
      h('p', { class: 'hint' }, 'Choose a line (or its bar) to read the listings that say it.'),
      ...profile.themes.map((t) => {
        const id = uid('t');
        return h(
          'section',
          { class: 'theme', 'aria-labelledby': id },
          h('h3', { id }, t.name),
          linesBlock(t.items, n, `${t.name}: ${t.items.map((i) => `${i.text} ${pct(i.share)}`).join(', ')}`),
        );
      }),
    ),
    section(
      'Trends',
      trends
        ? h(
            'div',
            {},
            h(
              'p',
              {},
              `Compared ${trends.compared.from.period} (${trends.compared.from.count} listings) with ${trends.compared.to.period} (${trends.compared.to.count})${trends.undated ? `; ${trends.undated} undated left out` : ''}.`,
            ),
            trends.note ? h('p', { class: 'note' }, trends.note) : null,
            chartBox((width) => periodsChart(trends, width)),
            trends.rising.length + trends.falling.length > 0
              ? h(
                  'div',
                  {},
                  h('h3', {}, 'What changed (Benjamini–Hochberg q < 0.05)'),
                  chartBox((width) => changesChart(trends, width)),
                  h(
                    'ul',
                    { class: 'changes' },
                    ...[...trends.rising, ...trends.falling].map((t) =>
                      h(
                        'li',
                        {},
                        `${t.direction === 'rising' ? '▲' : '▼'} ${t.text}: ${pct(t.from.share)} → ${pct(t.to.share)} (q ${t.q < 0.0001 ? '< 0.0001' : t.q.toFixed(4)})`,
                      ),
                    ),
                  ),
                )
              : h('p', {}, 'No line changed significantly between the two periods.'),
          )
        : h(
            'p',
            {},
            'Not enough dated listings for trends: they need at least 15 dated listings on each side. Widen the date range or add sources.',
          ),
    ),
    profile.distinctive.length
      ? section(
          'Distinctive duties',
          h('p', { class: 'hint' }, 'Rare but telling: said far more often here than in other roles.'),
          h(
            'ol',
            { class: 'line-list' },
            ...profile.distinctive.map((d) => {
              const { li } = lineEntry(
                {
                  // As the reports write it (src/report/format.ts dutyTitle): no description that repeats the name.
                  text: d.text.toLowerCase() === d.name.toLowerCase() ? d.name : `${d.name}: ${d.text}`,
                  count: d.count,
                  share: d.share,
                  ci: [d.share, d.share],
                  kind: 'duty',
                  members: [],
                  evidence: d.evidence,
                },
                n,
              );
              li.querySelector('.line-num')?.replaceChildren(
                `${d.count}/${n} · ${pct(d.share)} · ${d.lift.toFixed(1)}× other roles · ${d.employers} employers`,
              );
              return li;
            }),
          ),
        )
      : null,
    profile.responsibilities.length
      ? section(
          'Responsibilities',
          linesBlock(profile.responsibilities, n, 'Responsibilities by share of listings'),
        )
      : null,
    profile.skills.length
      ? section('Skills', linesBlock(profile.skills, n, 'Skills by share of listings'))
      : null,
    profile.qualifications.length
      ? section(
          'Qualifications',
          linesBlock(profile.qualifications, n, 'Qualifications by share of listings'),
        )
      : null,
  );
}
