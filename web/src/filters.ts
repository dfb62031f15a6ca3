/**
 * The source and date-range filter form shared by the role list and the profile.
 * @module
 */
import { type Filters, getJson, type Source } from './api.ts';
import { h, uid } from './dom.ts';

let sources: Promise<Source[]> | undefined;
/** The store's sources (fetched once per page load, refreshed after an upload). */
export function loadSources(refresh = false): Promise<Source[]> {
  if (!sources || refresh) sources = getJson<{ sources: Source[] }>('/api/sources').then((r) => r.sources);
  return sources;
}

const DATE = '\\d{4}(-\\d{2}(-\\d{2})?)?';

/** A form of the filters; `apply` gets the new values on submit. */
export function filterForm(
  current: Filters,
  all: Source[],
  apply: (next: Filters) => void,
  withPeriods = false,
): HTMLFormElement {
  const id = uid('f');
  const source = h(
    'select',
    { id: `${id}-source`, name: 'source' },
    h('option', { value: '' }, 'All sources'),
    ...all.map((s) =>
      h('option', { value: s.source, selected: s.source === current.source }, `${s.source} (${s.listings})`),
    ),
  );
  const date = (name: 'since' | 'until', text: string) =>
    h('input', {
      id: `${id}-${name}`,
      name,
      type: 'text',
      inputmode: 'numeric',
      pattern: DATE,
      placeholder: 'YYYY-MM',
      title: 'A date as YYYY, YYYY-MM or YYYY-MM-DD',
      value: current[name] ?? '',
      'aria-describedby': `${id}-hint`,
      size: 10,
      'data-label': text,
    });
  const field = (label: string, control: HTMLElement) =>
    h('div', { class: 'field' }, h('label', { for: control.id }, label), control);
  const by = h(
    'select',
    { id: `${id}-by`, name: 'by' },
    h('option', { value: '' }, 'Year'),
    h('option', { value: 'quarter', selected: current.by === 'quarter' }, 'Quarter'),
  );
  const form = h(
    'form',
    { class: 'filters', 'aria-label': 'Filters' },
    field('Source', source),
    field('Posted since', date('since', 'since')),
    field('Posted until', date('until', 'until')),
    withPeriods ? field('Trend periods', by) : null,
    h('div', { class: 'field actions' }, h('button', { type: 'submit' }, 'Apply filters')),
    h('p', { id: `${id}-hint`, class: 'hint' }, 'Dates as YYYY, YYYY-MM or YYYY-MM-DD; leave empty for all.'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!form.reportValidity()) return;
    const data = new FormData(form);
    const value = (k: string) => String(data.get(k) ?? '').trim() || undefined;
    apply({ source: value('source'), since: value('since'), until: value('until'), by: value('by') });
  });
  return form;
}
