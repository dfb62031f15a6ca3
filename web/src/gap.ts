/**
 * A résumé against a role's profile (POST /api/gap, as `roleprint gap`): a file or pasted text and a role; the fit
 * score and how it is made, the three changes that would raise it most, every profile line as covered (with the résumé
 * line that shows it), near (with the relation) or missing, and what the résumé offers beyond the role.
 *
 * The résumé goes to the server in the request body only: it is never put in the URL, localStorage or sessionStorage,
 * and the report lives in the page until the user leaves it.
 * @module
 */
import {
  type GapLine,
  type GapReport,
  type GapStatus,
  getJson,
  postGap,
  type RoleCount,
  type Roles,
} from './api.ts';
import { type Child, h, pct, replace, uid } from './dom.ts';
import { errorNote } from './errors.ts';

/** Section headings per status, in the report's order (src/report/gap-format.ts). */
const GROUPS: { status: GapStatus; heading: string }[] = [
  { status: 'covered', heading: 'Covered: the résumé shows it' },
  { status: 'near', heading: 'Near: the résumé shows something related' },
  { status: 'missing', heading: 'Missing: the résumé does not show it' },
];

const ACCEPT = '.pdf,.docx,.md,.markdown,.txt,.text,.json';

/** "75% of listings (21/28), skill, theme Programming". */
function lineStats(l: GapLine, n: number): string {
  const kind = l.kind === 'distinctive' ? 'distinctive duty' : l.kind;
  return `${pct(l.share)} of listings (${l.count}/${n}), ${kind}${l.theme ? `, theme ${l.theme}` : ''}`;
}

/** "Build pipelines (61% of listings): missing; show it, +6.6 points (only if it is true)". */
function changeText(l: GapLine): string {
  const how = l.status === 'near' ? 'near; show it directly' : 'missing; show it';
  return `${l.text} (${pct(l.share)} of listings): ${how}, +${l.gain} points (only if it is true)`;
}

function resumeLine(report: GapReport): string {
  const r = report.resume;
  const jobs = r.roles
    .map((j) => {
      const who = [j.title, j.employer].filter(Boolean).join(', ') || 'a job';
      return j.from ? `${who} ${j.from} – ${j.to ?? '?'}` : `${who} (no dates)`;
    })
    .join('; ');
  return `Read from ${r.source}: sections ${r.sections.join(', ') || 'none'}; ${r.concepts} concepts shown${jobs ? `; jobs: ${jobs}` : ''}.`;
}

function section(title: string, ...children: Child[]): HTMLElement {
  const id = uid('s');
  return h('section', { 'aria-labelledby': id }, h('h2', { id }, title), ...children);
}

/** One line of the profile with its mark: the résumé line that shows it, or the relation, and the listings' quotes. */
function gapLineItem(l: GapLine, n: number): HTMLLIElement {
  return h(
    'li',
    { class: `gap-line ${l.status}` },
    h(
      'div',
      { class: 'gap-head' },
      h('span', { class: 'line-text' }, l.text),
      h('span', { class: 'line-num' }, lineStats(l, n)),
    ),
    l.relation ? h('p', { class: 'relation' }, l.relation.text) : null,
    l.resume
      ? h(
          'div',
          { class: 'resume-quote' },
          h('span', { class: 'visually-hidden' }, 'Résumé: '),
          h('blockquote', {}, `“${l.resume.line}”`),
          h(
            'span',
            { class: 'meta' },
            `in ${l.resume.section}${l.resume.years !== null ? `; ${l.resume.years} year${l.resume.years === 1 ? '' : 's'}` : ''}`,
          ),
        )
      : null,
    l.evidence.length
      ? h(
          'details',
          { class: 'quotes' },
          h('summary', {}, 'What the listings say'),
          h(
            'ul',
            { class: 'evidence' },
            ...l.evidence.map((e) =>
              h(
                'li',
                {},
                h('blockquote', {}, e.quote),
                h('span', { class: 'meta' }, `listing ${e.listingId}`),
              ),
            ),
          ),
        )
      : null,
  );
}

/** The report: score first, then what to change, the lines by status, what lies beyond the role. */
function reportView(report: GapReport): { view: HTMLElement; heading: HTMLElement } {
  const n = report.listings.count;
  const headingId = uid('gap');
  const heading = h('h2', { id: headingId, tabindex: -1 }, `Fit against ${report.role.label}`);
  const sources = report.listings.sources.map((s) => `${s.source} (${s.count})`).join(', ');
  const view = h(
    'div',
    { class: 'gap-report' },
    h(
      'section',
      { 'aria-labelledby': headingId },
      heading,
      h(
        'p',
        { class: 'fit' },
        h('span', { class: 'score' }, String(report.score)),
        h('span', { class: 'of' }, '/100'),
        h('span', { class: 'visually-hidden' }, ' fit score'),
      ),
      h('p', { class: 'method' }, report.method),
      h('p', { class: 'headline' }, report.headline),
      h(
        'p',
        { class: 'hint' },
        `${resumeLine(report)} Profile of ${n.toLocaleString('en')} listings${sources ? ` from ${sources}` : ''}.`,
      ),
    ),
    section(
      'What would raise the score most',
      report.changes.length === 0
        ? h('p', {}, 'Nothing: every line is covered.')
        : h('ol', { class: 'changes' }, ...report.changes.map((c) => h('li', {}, changeText(c)))),
    ),
    ...GROUPS.map((g) => {
      const lines = report.lines.filter((l) => l.status === g.status);
      return section(
        `${g.heading} (${lines.length})`,
        lines.length === 0
          ? h('p', {}, 'None.')
          : h('ul', { class: `gap-lines ${g.status}` }, ...lines.map((l) => gapLineItem(l, n))),
      );
    }),
    section(
      'Beyond the role',
      report.beyond.length === 0
        ? h('p', {}, 'Nothing the profile does not already ask for.')
        : h(
            'p',
            { class: 'hint' },
            'What the résumé shows that no line of this profile asks for, most mentioned first.',
          ),
      report.beyond.length
        ? h(
            'ul',
            { class: 'gap-lines beyond' },
            ...report.beyond.map((b) =>
              h(
                'li',
                { class: 'gap-line' },
                h(
                  'div',
                  { class: 'gap-head' },
                  h('span', { class: 'line-text' }, b.label),
                  h('span', { class: 'line-num' }, `${b.sentences} sentence${b.sentences === 1 ? '' : 's'}`),
                ),
                h('div', { class: 'resume-quote' }, h('blockquote', {}, `“${b.line}”`)),
              ),
            ),
          )
        : null,
    ),
    report.years.length
      ? section(
          'Years of experience',
          h(
            'ul',
            { class: 'changes' },
            ...report.years.map((y) =>
              h(
                'li',
                {},
                `${y.label}: ${y.years} year${y.years === 1 ? '' : 's'} (${y.from === 'dates' ? 'dated jobs that mention it' : 'stated'})`,
              ),
            ),
          ),
        )
      : null,
  );
  return { view, heading };
}

/** Renders the résumé gap form into `main`, with `role` chosen when given. */
export async function gapPage(main: HTMLElement, role?: string): Promise<void> {
  const title = h('h1', { id: 'gap-title', tabindex: -1 }, 'Measure a résumé against a role');
  replace(main, title, h('p', { class: 'status', role: 'status' }, 'Loading roles…'));
  const list = await getJson<Roles>('/api/roles');
  const named = list.roles.filter((r): r is RoleCount & { role: string } => r.role !== null);
  const select = h(
    'select',
    { id: 'gap-role', name: 'role', required: true },
    h('option', { value: '' }, 'Choose a role…'),
    ...named.map((r) =>
      h(
        'option',
        { value: r.role, selected: r.role === role },
        `${r.label ?? r.role} (${r.listings.toLocaleString('en')})`,
      ),
    ),
    role && !named.some((r) => r.role === role) ? h('option', { value: role, selected: true }, role) : null,
  );
  const file = h('input', {
    id: 'gap-file',
    name: 'file',
    type: 'file',
    accept: ACCEPT,
    'aria-describedby': 'gap-file-hint',
  });
  const text = h('textarea', {
    id: 'gap-text',
    name: 'text',
    rows: 8,
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': 'gap-text-hint',
  });
  const submit = h('button', { type: 'submit', 'aria-describedby': 'gap-privacy' }, 'Measure the fit');
  const clear = h('button', { type: 'button', class: 'secondary' }, 'Clear the résumé');
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const error = h('div', { class: 'gap-error' });
  const result = h('div', { class: 'gap-result' });
  const form = h(
    'form',
    { class: 'upload gap-form', 'aria-labelledby': 'gap-title' },
    h('div', { class: 'field' }, h('label', { for: 'gap-role' }, 'Role'), select),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Résumé'),
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'gap-file' }, 'Résumé file'),
        file,
        h('p', { id: 'gap-file-hint', class: 'hint' }, 'PDF, DOCX, Markdown, text or JSON Resume.'),
      ),
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'gap-text' }, 'Or paste its text'),
        text,
        h(
          'p',
          { id: 'gap-text-hint', class: 'hint' },
          'Used when no file is chosen. Markdown headings (# Experience) are read as sections.',
        ),
      ),
    ),
    h('p', { id: 'gap-privacy', class: 'privacy' }, 'Your résumé is read in memory and not stored.'),
    h('div', { class: 'field actions' }, submit, clear),
  );
  clear.addEventListener('click', () => {
    file.value = '';
    text.value = '';
    replace(result);
    replace(error);
    replace(status);
    file.focus();
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    replace(error);
    if (!form.reportValidity()) return;
    const chosen = file.files?.[0];
    const pasted = text.value.trim();
    if (!chosen && !pasted) {
      replace(error, h('p', { class: 'error', role: 'alert' }, 'Choose a résumé file or paste its text.'));
      file.focus();
      return;
    }
    const label = select.selectedOptions[0]?.textContent ?? select.value;
    replace(result);
    replace(status, `Measuring the résumé against ${label}…`);
    submit.disabled = true;
    try {
      const report = await postGap(
        chosen ? { file: chosen } : { text: pasted, markdown: /^#{1,6}\s/m.test(pasted) },
        select.value,
      );
      const { view, heading } = reportView(report);
      replace(status, `Fit ${report.score}/100 against ${report.role.label}.`);
      replace(result, view);
      document.title = `Résumé against ${report.role.label} · roleprint`;
      heading.focus();
    } catch (err) {
      replace(status);
      replace(error, ...errorNote(err, 'Cannot measure the résumé: '));
    } finally {
      submit.disabled = false;
    }
  });
  replace(
    main,
    title,
    h(
      'p',
      { class: 'lede' },
      'Each line of the role’s profile is marked covered, near or missing by what the résumé shows, as roleprint gap reports it; the fit score weighs each line by the share of listings that ask for it.',
    ),
    form,
    error,
    status,
    result,
  );
}
