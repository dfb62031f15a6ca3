/**
 * The gap report as JSON: the GapReport object, two-space indented, with a trailing newline.
 * @module
 */
import type { GapReport } from '../gap/index.ts';

/**
 * Renders a gap report as JSON.
 * @example
 * import { readFileSync } from 'node:fs';
 * import { gapAgainstProfile } from '../app/index.ts';
 * const profile = JSON.parse(readFileSync('test/golden/demo.json', 'utf8')); // the demo's Software Engineer profile
 * const report = await gapAgainstProfile(profile, { id: 'a', source: 'a.txt', locator: 'file', text: 'Skills\n- Python and SQL', format: 'text', category: null });
 * assert.equal(JSON.parse(renderGapJson(report)).schemaVersion, 1);
 */
export function renderGapJson(report: GapReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
