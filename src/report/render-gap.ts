/**
 * The gap report in any of its formats.
 * @module
 */
import type { GapReport } from '../gap/index.ts';
import { renderGapHtml } from './render-gap-html.ts';
import { renderGapJson } from './render-gap-json.ts';
import { renderGapMarkdown } from './render-gap-markdown.ts';

/** The formats `roleprint gap --format` accepts. */
export const GAP_FORMATS = ['md', 'json', 'html'] as const;
export type GapFormat = (typeof GAP_FORMATS)[number];

/**
 * Renders a gap report in the given format.
 * @example
 * import { readFileSync } from 'node:fs';
 * import { gapAgainstProfile } from '../app/index.ts';
 * import { renderGapJson } from './render-gap-json.ts';
 * const profile = JSON.parse(readFileSync('test/golden/demo.json', 'utf8')); // the demo's Software Engineer profile
 * const report = await gapAgainstProfile(profile, { id: 'a', source: 'a.txt', locator: 'file', text: 'Skills\n- Python and SQL', format: 'text', category: null });
 * assert.equal(renderGap(report, 'json'), renderGapJson(report));
 */
export function renderGap(report: GapReport, format: GapFormat): string {
  if (format === 'json') return renderGapJson(report);
  if (format === 'html') return renderGapHtml(report);
  return renderGapMarkdown(report);
}
