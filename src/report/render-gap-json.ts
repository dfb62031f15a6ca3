/**
 * The gap report as JSON: the GapReport object, two-space indented, with a trailing newline.
 * @module
 */
import type { GapReport } from '../gap/index.ts';

/**
 * Renders a gap report as JSON.
 * @example
 * assert.equal(JSON.parse(renderGapJson(report)).schemaVersion, 1);
 */
export function renderGapJson(report: GapReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
