/**
 * The "role" analyze component: the listing's title normalized to a role, seniority and occupation codes.
 * @module
 */
import type { AnalyzeComponent } from '../component.ts';
import type { Roles } from './load-roles.ts';
import { normalizeTitle } from './normalize-title.ts';

/**
 * Creates the analyze component that writes `role` from `title`, falling back to the listing's other titles
 * (an HN comment hiring for several roles) when the main one matches nothing.
 * @example
 * import { loadRoles } from './load-roles.ts';
 * const c = roleComponent(loadRoles());
 * assert.deepEqual([c.name, c.reads, c.writes], ['role', ['title', 'titles'], ['role']]);
 */
export function roleComponent(roles: Roles): AnalyzeComponent<'role'> {
  return {
    name: 'role',
    reads: ['title', 'titles'],
    writes: ['role'],
    run: (doc) => {
      const candidates = [doc.title, ...(doc.titles ?? [])];
      for (const t of candidates) {
        const m = normalizeTitle(t, roles);
        if (m) return { role: m };
      }
      return { role: null };
    },
  };
}
