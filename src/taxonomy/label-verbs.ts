/**
 * The verbs that open ESCO competence labels ("ensure", "maintain", "oversee"): a vocabulary of duty verbs taken from
 * the taxonomy rather than a hand-written list.
 * @module
 */
import { loadTaxonomy } from './load-taxonomy.ts';

let cached: ReadonlySet<string> | null = null;

/**
 * Every word that opens two or more ESCO skill/competence preferred labels (lower case, letters only); about 470.
 * @example
 * const verbs = competenceVerbs();
 * assert.ok(verbs.has('ensure') && verbs.has('oversee'));
 * assert.ok(!verbs.has('the') && !verbs.has('industry'));
 */
export function competenceVerbs(): ReadonlySet<string> {
  if (cached) return cached;
  const counts = new Map<string, number>();
  for (const c of loadTaxonomy().concepts) {
    if (c.type !== 'skill/competence') continue;
    const first = c.label.split(' ')[0] ?? '';
    if (/^[a-z]+$/.test(first)) counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  cached = new Set([...counts].filter(([, n]) => n >= 2).map(([w]) => w));
  return cached;
}
