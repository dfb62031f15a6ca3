/**
 * Prints the section evaluation on the hand-labelled set: dev part, held-out part, and all.
 * Run: node --import tsx test/sections/evaluate.ts
 * @module
 */
import { evaluateSections, formatSectionsEvaluation } from '../../src/eval/sections-eval.ts';
import { loadLabelledSet } from './labelled-set.ts';

const set = await loadLabelledSet();
console.log(`labelled segments: ${set.segments}, not found in today's clean text: ${set.unaligned}\n`);
for (const [name, part] of [
  ['dev', set.listings.filter((l) => l.split === 'dev')],
  ['held-out', set.listings.filter((l) => l.split === 'heldout')],
  ['all', set.listings],
] as const) {
  console.log(formatSectionsEvaluation(evaluateSections(part), `[${name}] `));
  console.log('');
}
