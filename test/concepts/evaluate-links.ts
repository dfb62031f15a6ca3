/**
 * Prints the precision of the analyzer's counted concept links on a seeded sample over four roles, scored against the
 * hand judgments in link-judgments.jsonl (see README.md). `--unjudged` prints the pairs still to judge (sentence
 * text goes to the terminal only, never into the repository).
 * Run: npm run eval:links [-- --unjudged | --wrong]
 * @module
 */
import { drawLinkSample, loadJudgments, pairKey, scoreSample } from './link-sample.ts';

const sample = await drawLinkSample();
const judgments = loadJudgments();
console.log('role                 judged  right  precision  unjudged');
for (const r of scoreSample(sample, judgments))
  console.log(
    `${r.role.padEnd(20)} ${String(r.judged).padStart(6)} ${String(r.right).padStart(6)} ${r.precision.toFixed(3).padStart(10)} ${String(r.unjudged).padStart(9)}`,
  );
const show = process.argv.includes('--unjudged')
  ? 'unjudged'
  : process.argv.includes('--wrong')
    ? 'wrong'
    : null;
if (show)
  for (const p of sample) {
    const j = judgments.get(pairKey(p));
    if (show === 'unjudged' ? j : j?.verdict !== 'wrong') continue;
    console.log(
      JSON.stringify({
        source: p.source,
        record: p.record,
        concept: p.concept,
        sentenceHash: p.sentenceHash,
      }),
    );
    console.log(`  ${p.role} | ${p.label} | ${p.sentence.replace(/\s+/g, ' ').slice(0, 300)}`);
  }
