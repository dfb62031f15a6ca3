/**
 * Prints the sampled listings of one shared folder, one segment per line with its index, for hand labelling
 * (no predictions shown, so the labels are not anchored on the classifier's output).
 * Run: node --import tsx test/sections/print-for-labelling.ts tech-leadership
 * @module
 */
import { segmentText } from '../../src/analyze/sections/index.ts';
import { sampleFolder } from './sample.ts';

const folder = process.argv[2] ?? 'tech-leadership';
for (const { listing, split } of await sampleFolder(folder)) {
  console.log(`=== ${listing.key} [${split}] title: ${listing.title ?? '(none)'}`);
  for (const [i, s] of segmentText(listing.text).entries())
    console.log(`${i}${s.bullet ? '*' : ' '} ${listing.text.slice(s.start, s.end)}`);
}
