/**
 * Roles side by side (GET /api/compare, as `roleprint compare`): a picker of two or more roles; the headline, the
 * selections, a diverging bar chart of the largest significant differences, the lines shared by all and the lines
 * distinctive to each with the difference in share, its 95% interval and its test; links to the server's own HTML,
 * Markdown, CSV and JSON of the same comparison.
 * @module
 */
import {
  type ComparedLine,
  type ComparedSide,
  type Comparison,
  getJson,
  type LineTest,
  type RoleCount,
  type Roles,
} from './api.ts';
import { chartBox, type DivergingBar, divergingChart, resetCharts } from './charts.ts';
import { type Child, h, pct, replace, uid } from './dom.ts';
import { errorNote } from './errors.ts';

/** The selections' colours, as the server's HTML comparison uses them (style.css: .key.k0…k5). */
const COLORS = ['#3b6ea8', '#c05621', '#2f855a', '#805ad5', '#b83280', '#2c7a7b'];
/** Bars in the chart at most, shared equally among the selections, as in the HTML comparison. */
const MAX_BARS = 24;

const FORMATS = [
  ['html', 'HTML'],
  ['md', 'Markdown'],
  ['csv', 'CSV'],
  ['json', 'JSON'],
] as const;

/** `?role=a&role=b` (plus `format`, when given). */
function roleQuery(roles: string[], format?: string): string {
  const q = new URLSearchParams();
  for (const r of roles) q.append('role', r);
  if (format) q.set('format', format);
  return `?${q.toString()}`;
}

/** The hash of the comparison of `roles`. */
export const compareHref = (roles: string[]): string =>
  roles.length ? `#/compare${roleQuery(roles)}` : '#/compare';

// Numbers worded as the server's renderers word them (src/report/comparison-format.ts).
const signed = (x: number): string => {
  const v = Math.round(x * 100);
  return v > 0 ? `+${v}` : v < 0 ? `−${-v}` : '0';
};
const differenceText = (t: Pick<LineTest, 'difference' | 'ci'>): string =>
  `${signed(t.difference)} ${Math.abs(Math.round(t.difference * 100)) === 1 ? 'pt' : 'pts'} (95% CI ${signed(t.ci[0])} to ${signed(t.ci[1])})`;
const pText = (p: number): string => (p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`);
const qText = (q: number): string => (q < 0.001 ? 'q < 0.001' : `q = ${q.toFixed(3)}`);

/** A difference cell: "+27 pts" over its interval, "95% CI +8 to +41". */
const differenceCell = (t: LineTest | null | undefined): HTMLElement =>
  t
    ? h(
        'td',
        { class: 'diff' },
        h('span', { class: 'pts' }, differenceText(t).replace(/ \(.*$/, '')),
        h('span', { class: 'ci' }, `95% CI ${signed(t.ci[0])} to ${signed(t.ci[1])}`),
      )
    : h('td', { class: 'diff' }, '—');

/** A test cell: "significant" (or not) over "p = …, q = …". */
const testCell = (t: LineTest | null | undefined, alpha: number): HTMLElement =>
  t
    ? h(
        'td',
        { class: 'test' },
        t.q < alpha ? h('strong', {}, 'significant') : h('span', {}, 'not significant'),
        h('span', { class: 'pq' }, qText(t.q)),
        h('span', { class: 'pq' }, pText(t.p)),
      )
    : h(
        'td',
        { class: 'test' },
        h('span', {}, 'not tested'),
        h('span', { class: 'pq' }, 'fewer than 5 listings'),
      );

function shareText(line: ComparedLine, c: Comparison, side: number): string {
  const s = line.shares[side];
  const n = c.sides[side]?.listings.count ?? 0;
  return s ? `${pct(s.share)} (${s.count}/${n})` : '';
}

/** A side's share with its interval, for a cell's tooltip. */
function shareTitle(line: ComparedLine, side: number): string {
  const s = line.shares[side];
  return s ? `95% interval ${pct(s.ci[0])}–${pct(s.ci[1])}${s.inProfile ? '' : '; not in this profile'}` : '';
}

/** With two sides, the line's one test turned to read as the first side minus the second; else null. */
function firstMinusSecond(line: ComparedLine, c: Comparison): LineTest | null {
  const t = line.tests[0];
  if (c.sides.length !== 2 || !t) return null;
  if (t.side === 0) return t;
  return { ...t, side: 0, against: 1, difference: -t.difference, ci: [-t.ci[1], -t.ci[0]] };
}

/** The test that makes a line distinctive to `side`. */
const sideTest = (line: ComparedLine, side: number): LineTest | undefined =>
  line.tests.find((t) => t.side === side && t.difference > 0);

function sideDates(side: ComparedSide): string {
  const { from, to } = side.listings.dateRange;
  if (!from || !to) return 'undated';
  const [a, b] = [from.slice(0, 7), to.slice(0, 7)];
  return a === b ? a : `${a} – ${b}`;
}

const key = (side: number): HTMLElement =>
  h('span', { class: `key k${side % COLORS.length}`, 'aria-hidden': 'true' });

function section(title: string, ...children: Child[]): HTMLElement {
  const id = uid('s');
  return h('section', { 'aria-labelledby': id }, h('h2', { id }, title), ...children);
}

/** The quotes behind a line on each side, in a disclosure. */
function evidence(line: ComparedLine, c: Comparison): HTMLElement | null {
  const quotes = line.shares.flatMap((s, i) =>
    s.evidence.map((e) =>
      h(
        'li',
        {},
        h('blockquote', {}, e.quote),
        h('span', { class: 'meta' }, `${c.sides[i]?.label ?? ''} · listing ${e.listingId}`),
      ),
    ),
  );
  if (quotes.length === 0) return null;
  return h(
    'details',
    { class: 'quotes' },
    h('summary', {}, `Evidence (${quotes.length})`),
    h('ul', { class: 'evidence' }, ...quotes),
  );
}

/** The line's cell: its text, its kind, its quotes. */
const lineCell = (line: ComparedLine, c: Comparison): HTMLElement =>
  h(
    'th',
    { scope: 'row' },
    h('span', { class: 'line-text' }, line.text),
    ' ',
    h('span', { class: 'kind' }, line.kind),
    evidence(line, c),
  );

function sharedTable(c: Comparison): HTMLElement {
  const two = c.sides.length === 2;
  const alpha = c.tests.alpha;
  const rows = c.shared.map((line) => {
    let tail: Child[];
    if (two) {
      const d = firstMinusSecond(line, c);
      tail = [differenceCell(d), testCell(d, alpha)];
    } else {
      const more = line.tests
        .filter((t) => t.q < alpha && t.difference > 0)
        .map((t) => `more in ${c.sides[t.side]?.label ?? ''} (${differenceText(t)}, ${qText(t.q)})`);
      tail = [
        h(
          'td',
          { class: 'test' },
          line.tests.length === 0
            ? 'not tested'
            : more.length
              ? more.join('; ')
              : 'no significant difference',
        ),
      ];
    }
    return h(
      'tr',
      {},
      lineCell(line, c),
      ...c.sides.map((_, i) => h('td', { class: 'num', title: shareTitle(line, i) }, shareText(line, c, i))),
      ...tail,
    );
  });
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'compare' },
      h(
        'caption',
        {},
        two
          ? `Share of each role’s listings that say the line; difference: ${c.sides[0]?.label} minus ${c.sides[1]?.label}, in percentage points`
          : 'Share of each role’s listings that say the line',
      ),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Line'),
          ...c.sides.map((s, i) => h('th', { scope: 'col', class: 'num' }, key(i), s.label)),
          ...(two
            ? [h('th', { scope: 'col', class: 'diff' }, 'Difference'), h('th', { scope: 'col' }, 'Test')]
            : [h('th', { scope: 'col' }, 'Significant differences (each against the others pooled)')]),
        ),
      ),
      h('tbody', {}, ...rows),
    ),
  );
}

function distinctiveBlock(c: Comparison, d: Comparison['distinctive'][number]): HTMLElement | null {
  const side = c.sides[d.side];
  if (!side) return null;
  const alpha = c.tests.alpha;
  const title = `Distinctive to ${side.label} (${d.lines.length})`;
  if (d.lines.length === 0)
    return section(
      title,
      h('p', { class: 'note' }, `No line is significantly more common in ${side.label} (q < ${alpha}).`),
    );
  const first = sideTest(d.lines[0] as ComparedLine, d.side);
  const against =
    !first || first.against === null ? 'The others' : (c.sides[first.against]?.label ?? 'The other');
  const rows = d.lines.map((line) => {
    const t = sideTest(line, d.side);
    const other = !t
      ? ''
      : t.against === null
        ? pct((line.shares[d.side]?.share ?? 0) - t.difference)
        : shareText(line, c, t.against);
    return h(
      'tr',
      {},
      lineCell(line, c),
      h('td', { class: 'num', title: shareTitle(line, d.side) }, shareText(line, c, d.side)),
      h('td', { class: 'num', title: t && t.against !== null ? shareTitle(line, t.against) : '' }, other),
      differenceCell(t),
      testCell(t, alpha),
    );
  });
  return section(
    title,
    h(
      'p',
      { class: 'hint' },
      `Lines said significantly more often in ${side.label} than in ${against === 'The others' ? 'the others pooled' : against}, largest difference first.`,
    ),
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'compare' },
        h('caption', {}, `Lines distinctive to ${side.label}; difference in percentage points`),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Line'),
            h('th', { scope: 'col', class: 'num' }, key(d.side), side.label),
            h('th', { scope: 'col', class: 'num' }, against),
            h('th', { scope: 'col', class: 'diff' }, 'Difference'),
            h('th', { scope: 'col' }, 'Test'),
          ),
        ),
        h('tbody', {}, ...rows),
      ),
    ),
  );
}

/** The largest significant differences of each side, its colour, largest first; with two sides the first's point left. */
function chartBars(c: Comparison): DivergingBar[] {
  const perSide = Math.max(1, Math.floor(MAX_BARS / c.sides.length));
  const two = c.sides.length === 2;
  return c.distinctive.flatMap((d) =>
    d.lines.slice(0, perSide).flatMap((line, i) => {
      const t = sideTest(line, d.side);
      if (!t) return [];
      const left = two && d.side === 0;
      const label = c.sides[d.side]?.label ?? '';
      return [
        {
          key: `${d.side}:${i}`,
          text: line.text,
          difference: left ? -t.difference : t.difference,
          ci: left ? ([-t.ci[1], -t.ci[0]] as [number, number]) : t.ci,
          color: COLORS[d.side % COLORS.length] as string,
          title: `${line.text}: ${Math.abs(Math.round(t.difference * 100))} pts more in ${label} (95% CI ${Math.round(t.ci[0] * 100)} to ${Math.round(t.ci[1] * 100)})`,
        },
      ];
    }),
  );
}

function chartSection(c: Comparison): HTMLElement {
  const bars = chartBars(c);
  if (bars.length === 0)
    return section(
      'Largest significant differences',
      h('p', { class: 'note' }, `No difference is significant (q < ${c.tests.alpha}).`),
    );
  const two = c.sides.length === 2;
  const legend = two
    ? h(
        'p',
        { class: 'legend' },
        h('span', {}, '← ', key(0), `more in ${c.sides[0]?.label}`),
        h('span', {}, key(1), `more in ${c.sides[1]?.label} →`),
      )
    : h(
        'p',
        { class: 'legend' },
        h('span', {}, 'Each bar: how much more often a selection says the line than the others pooled.'),
        ...c.sides.map((s, i) => h('span', {}, key(i), s.label)),
      );
  const label = `Largest significant differences in share: ${bars
    .map(
      (b) =>
        `${b.text}, ${Math.abs(Math.round(b.difference * 100))} points more in ${c.sides[Number(b.key.split(':')[0])]?.label}`,
    )
    .join('; ')}`;
  return section(
    'Largest significant differences',
    legend,
    chartBox((width) => divergingChart(bars, width, label)),
    h(
      'p',
      { class: 'hint' },
      `Difference in share in percentage points, whiskers its 95% interval; only q < ${c.tests.alpha}, at most ${Math.floor(MAX_BARS / c.sides.length)} lines a selection.`,
    ),
  );
}

/** The role picker: one select per role (two at least), more on demand. */
function rolePicker(roles: RoleCount[], picked: string[], go: (hash: string) => void): HTMLFormElement {
  const named = roles.filter((r): r is RoleCount & { role: string } => r.role !== null);
  const known = new Set(named.map((r) => r.role));
  const rows = h('div', { class: 'role-rows' });
  const entries: {
    select: HTMLSelectElement;
    label: HTMLLabelElement;
    remove: HTMLButtonElement;
    row: HTMLElement;
  }[] = [];
  const renumber = () => {
    entries.forEach((e, i) => {
      e.label.textContent = `Role ${i + 1}`;
      e.remove.hidden = entries.length <= 2;
      e.remove.setAttribute('aria-label', `Remove role ${i + 1}`);
    });
  };
  const add = (value: string): HTMLSelectElement => {
    const id = uid('cmp-role');
    const select = h(
      'select',
      { id, name: 'role', required: true },
      h('option', { value: '' }, 'Choose a role…'),
      ...named.map((r) =>
        h(
          'option',
          { value: r.role, selected: r.role === value },
          `${r.label ?? r.role} (${r.listings.toLocaleString('en')})`,
        ),
      ),
      value && !known.has(value) ? h('option', { value, selected: true }, value) : null,
    );
    select.addEventListener('change', () => select.setCustomValidity(''));
    const label = h('label', { for: id }, 'Role');
    const remove = h('button', { type: 'button', class: 'secondary' }, 'Remove');
    const row = h('div', { class: 'field role-row' }, label, h('div', { class: 'inline' }, select, remove));
    const entry = { select, label, remove, row };
    remove.addEventListener('click', () => {
      const i = entries.indexOf(entry);
      entries.splice(i, 1);
      row.remove();
      renumber();
      entries[Math.min(i, entries.length - 1)]?.select.focus();
    });
    entries.push(entry);
    rows.append(row);
    renumber();
    return select;
  };
  for (const r of picked.length >= 2 ? picked : [picked[0] ?? '', picked[1] ?? '']) add(r);
  const more = h('button', { type: 'button', class: 'secondary' }, 'Add a role');
  more.addEventListener('click', () => add('').focus());
  const form = h(
    'form',
    { class: 'compare-form', 'aria-label': 'Roles to compare' },
    rows,
    h('div', { class: 'field actions' }, more, h('button', { type: 'submit' }, 'Compare')),
    h(
      'p',
      { class: 'hint' },
      'Two or more roles; each line is tested for a difference in share between them.',
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const seen = new Map<string, number>();
    entries.forEach(({ select }, i) => {
      const first = seen.get(select.value);
      select.setCustomValidity(
        select.value && first !== undefined ? `Role ${first + 1} is already this role; choose another.` : '',
      );
      if (select.value && first === undefined) seen.set(select.value, i);
    });
    if (!form.reportValidity()) return;
    go(compareHref(entries.map((e) => e.select.value)));
  });
  return form;
}

/** Renders the comparison of `picked` (or, with fewer than two, the picker alone) into `main`. */
export async function comparePage(
  main: HTMLElement,
  picked: string[],
  go: (hash: string) => void,
): Promise<void> {
  resetCharts();
  const roles = [...new Set(picked.filter(Boolean))];
  const status = h(
    'p',
    { class: 'status', role: 'status' },
    roles.length >= 2 ? 'Comparing the roles…' : 'Loading roles…',
  );
  replace(main, h('h1', { tabindex: -1 }, 'Compare roles'), status);
  const list = await getJson<Roles>('/api/roles');
  const lede = h(
    'p',
    { class: 'lede' },
    'What two or more roles ask for in common, and what each asks for significantly more often, as roleprint compare reports it.',
  );
  const form = rolePicker(list.roles, roles, go);
  if (roles.length < 2) {
    replace(main, h('h1', { tabindex: -1 }, 'Compare roles'), lede, form);
    return;
  }
  let c: Comparison;
  try {
    c = await getJson<Comparison>(`/api/compare${roleQuery(roles, 'json')}`);
  } catch (err) {
    replace(
      main,
      h('h1', { tabindex: -1 }, 'Compare roles'),
      lede,
      form,
      ...errorNote(err, 'Cannot compare: '),
    );
    return;
  }
  const title = c.sides.map((s) => s.label).join(' vs ');
  document.title = `${title} · roleprint`;
  replace(
    main,
    h('p', { class: 'crumbs' }, h('a', { href: '#/compare' }, '← Choose other roles')),
    h('h1', { tabindex: -1 }, title),
    h('p', { class: 'headline' }, c.headline),
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'sides' },
        h('caption', {}, 'The selections compared'),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('td', {}),
            ...c.sides.map((s, i) =>
              h(
                'th',
                { scope: 'col' },
                key(i),
                s.role.slug
                  ? h('a', { href: `#/role/${encodeURIComponent(s.role.slug)}` }, s.label)
                  : s.label,
              ),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, 'Listings'),
            ...c.sides.map((s) => h('td', {}, s.listings.count.toLocaleString('en'))),
          ),
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, 'Sources'),
            ...c.sides.map((s) =>
              h('td', {}, s.listings.sources.map((x) => `${x.source} (${x.count})`).join(', ')),
            ),
          ),
          h('tr', {}, h('th', { scope: 'row' }, 'Posted'), ...c.sides.map((s) => h('td', {}, sideDates(s)))),
        ),
      ),
    ),
    h(
      'p',
      { class: 'note' },
      `Lines are matched by concept and counted on each side over the listings that say any of their concepts. Differences: 95% Newcombe interval, two-proportion z-test, Benjamini–Hochberg q across all ${c.tests.count} tests; ${c.tests.significant} ${c.tests.significant === 1 ? 'is' : 'are'} significant (q < ${c.tests.alpha}).`,
    ),
    c.overlap > 0
      ? h(
          'p',
          { class: 'note' },
          `${c.overlap} listing${c.overlap === 1 ? ' is' : 's are'} in more than one selection: the tests assume separate listings, so read their p and q as rough.`,
        )
      : null,
    h(
      'nav',
      { class: 'downloads', 'aria-label': 'This comparison in other formats' },
      h('span', {}, 'This comparison as: '),
      ...FORMATS.map(([format, name]) =>
        h(
          'a',
          {
            href: `/api/compare${roleQuery(roles, format)}`,
            download: format === 'html' ? false : `compare.${format}`,
          },
          name,
        ),
      ),
    ),
    form,
    chartSection(c),
    section(
      `Shared by all (${c.shared.length})`,
      c.shared.length === 0
        ? h('p', { class: 'note' }, 'No line is common enough to report in every selection.')
        : h('p', { class: 'hint' }, 'Lines every selection’s profile reports, most widely shared first.'),
      c.shared.length ? sharedTable(c) : null,
    ),
    ...c.distinctive.map((d) => distinctiveBlock(c, d)),
  );
}
