/**
 * The report stage: renders a RoleProfile as Markdown, JSON, HTML or CSV.
 * @module
 */
import type { RoleProfile } from '../profile/index.ts';
import { renderCsv } from './render-csv.ts';
import { renderHtml } from './render-html.ts';
import { renderJson } from './render-json.ts';
import { renderMarkdown } from './render-markdown.ts';

export { escapeHtml } from './escape-html.ts';
export { GAP_FORMATS, type GapFormat, renderGap } from './render-gap.ts';
export { renderGapHtml } from './render-gap-html.ts';
export { renderGapJson } from './render-gap-json.ts';
export { renderGapMarkdown } from './render-gap-markdown.ts';
export { renderCsv, renderHtml, renderJson, renderMarkdown };

/** The formats `roleprint report --format` accepts. */
export const REPORT_FORMATS = ['md', 'json', 'html', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * Renders the profile in the given format.
 * @example
 * import { readFileSync } from 'node:fs';
 * const profile = JSON.parse(readFileSync('test/golden/demo.json', 'utf8')); // the demo's Software Engineer profile
 * assert.equal(renderReport(profile, 'json'), renderJson(profile));
 */
export function renderReport(profile: RoleProfile, format: ReportFormat): string {
  switch (format) {
    case 'md':
      return renderMarkdown(profile);
    case 'json':
      return renderJson(profile);
    case 'html':
      return renderHtml(profile);
    case 'csv':
      return renderCsv(profile);
  }
}
export {
  renderComparison,
  renderComparisonCsv,
  renderComparisonHtml,
  renderComparisonJson,
  renderComparisonMarkdown,
} from './render-comparison.ts';
