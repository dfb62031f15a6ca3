/**
 * The dashboard of `roleprint serve`: a hash router over the role list, a role's profile, the comparison of roles, the
 * résumé gap and the upload form.
 * @module
 */
import './style.css';
import type { Filters } from './api.ts';
import { comparePage } from './compare.ts';
import { h, replace } from './dom.ts';
import { errorMessage, tokenHint } from './errors.ts';
import { gapPage } from './gap.ts';
import { profilePage } from './profile.ts';
import { rolesPage } from './roles.ts';
import { uploadPage } from './upload.ts';

const main = document.getElementById('main') as HTMLElement;
let firstRender = true;

function go(hash: string): void {
  if (location.hash === hash) void render();
  else location.hash = hash;
}

function filtersOf(params: URLSearchParams): Filters {
  const get = (k: string) => params.get(k) || undefined;
  return { source: get('source'), since: get('since'), until: get('until'), by: get('by') };
}

async function render(): Promise<void> {
  const raw = location.hash.replace(/^#/, '') || '/';
  const [path = '/', search = ''] = raw.split('?');
  const params = new URLSearchParams(search);
  const filters = filtersOf(params);
  const role = /^\/role\/([a-z0-9-]+)$/.exec(path)?.[1];
  for (const a of document.querySelectorAll<HTMLAnchorElement>('header nav a')) {
    const here = a.getAttribute('href') === (role ? '#/' : `#${path}`);
    if (here) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  document.title = 'roleprint';
  try {
    if (role) await profilePage(main, role, filters, go);
    else if (path === '/upload') uploadPage(main);
    else if (path === '/compare') await comparePage(main, params.getAll('role'), go);
    else if (path === '/gap') await gapPage(main, params.get('role') ?? undefined);
    else await rolesPage(main, filters, go);
  } catch (err) {
    replace(
      main,
      h('h1', { tabindex: -1 }, 'Something went wrong'),
      h('p', { class: 'error', role: 'alert' }, errorMessage(err)),
      tokenHint(err),
      h('p', {}, h('a', { href: '#/' }, 'Back to the roles')),
    );
  }
  if (!firstRender) main.querySelector<HTMLElement>('h1')?.focus();
  firstRender = false;
}

// The skip link moves focus without touching the hash (the hash is the route).
document.querySelector('.skip')?.addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});
window.addEventListener('hashchange', () => void render());
void render();
