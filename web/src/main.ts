/**
 * The dashboard of `roleprint serve`: a hash router over the role list, a role's profile and the upload form.
 * @module
 */
import './style.css';
import { ApiError, type Filters } from './api.ts';
import { h, replace } from './dom.ts';
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
  const filters = filtersOf(new URLSearchParams(search));
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
    else await rolesPage(main, filters, go);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    replace(
      main,
      h('h1', { tabindex: -1 }, 'Something went wrong'),
      h('p', { class: 'error', role: 'alert' }, message),
      err instanceof ApiError && err.status === 401
        ? h(
            'p',
            {},
            'This server needs its token for reads: enter it on the ',
            h('a', { href: '#/upload' }, 'Upload page'),
            ', then come back.',
          )
        : null,
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
