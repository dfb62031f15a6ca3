/**
 * Picks one résumé from what a file holds: the only one, or the one with a given id.
 * @module
 */
import { RoleprintError } from '../errors.ts';
import type { RawResume } from './resume.ts';

/**
 * Returns the résumé with id `id`, or the only résumé when no id is given; throws RoleprintError('USAGE') naming the
 * file and the ids otherwise.
 * @example
 * const r = { id: 'a', source: 'x.jsonl', locator: 'line 1', text: 't', format: 'text', category: null } as const;
 * assert.equal(pickResume([r], undefined).id, 'a');
 * assert.throws(() => pickResume([r, { ...r, id: 'b' }], undefined), /holds 2 résumés; pass --id a, --id b/);
 */
export function pickResume(resumes: readonly RawResume[], id: string | undefined, flag = '--id'): RawResume {
  if (id !== undefined) {
    const hit = resumes.find((r) => r.id === id);
    if (hit) return hit;
    throw new RoleprintError(
      'USAGE',
      `Cannot find résumé "${id}" in ${resumes[0]?.source ?? 'the input'}; its ids are ${resumes
        .slice(0, 10)
        .map((r) => r.id)
        .join(', ')}${resumes.length > 10 ? ', …' : ''}`,
    );
  }
  if (resumes.length === 1) return resumes[0] as RawResume;
  const ids = resumes
    .slice(0, 3)
    .map((r) => `${flag} ${r.id}`)
    .join(', ');
  throw new RoleprintError(
    'USAGE',
    `Cannot choose a résumé: ${resumes[0]?.source ?? 'the input'} holds ${resumes.length} résumés; pass ${ids}${resumes.length > 3 ? ' …' : ''}`,
  );
}
