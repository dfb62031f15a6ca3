/**
 * The comparison in every report format: JSON (the RoleComparison itself), CSV (one row per line and side), and the
 * Markdown and HTML renderers.
 * @module
 */
import type { ComparedLine, LineDifference, RoleComparison } from '../profile/index.ts';
import { sideTest } from './comparison-format.ts';
import { csvCell } from './csv-cell.ts';
import type { ReportFormat } from './index.ts';
import { renderComparisonHtml } from './render-comparison-html.ts';
import { renderComparisonMarkdown } from './render-comparison-markdown.ts';

const HEADER = [
  'section',
  'distinctive_to',
  'text',
  'kind',
  'side',
  'label',
  'count',
  'n',
  'share',
  'ci_low',
  'ci_high',
  'in_profile',
  'tested_side',
  'against',
  'difference',
  'diff_ci_low',
  'diff_ci_high',
  'p',
  'q',
  'concepts',
  'listing_ids',
] as const;

type Row = Partial<Record<(typeof HEADER)[number], string | number | null>>;

/**
 * Renders the comparison as JSON (documented in docs/compare-schema.md); the same comparison gives the same bytes.
 * @example
 * import { analyzeAll, compareSelections, ingestListings, parseCompareRequest } from '../app/index.ts';
 * import { openStore } from '../store/index.ts';
 * const store = await openStore(':memory:');
 * await ingestListings(store, ['test/fixtures/ingest/folder']); // a CTO, a DevOps engineer and one more
 * await analyzeAll(store);
 * const c = await compareSelections(store, parseCompareRequest({ roles: ['cto', 'devops-engineer'] }));
 * assert.equal(JSON.parse(renderComparisonJson(c)).schemaVersion, 1);
 */
export function renderComparisonJson(c: RoleComparison): string {
  return `${JSON.stringify(c, null, 2)}\n`;
}

/**
 * Renders the comparison as CSV (formula-safe), one row per line and side: shared lines with the two-side test (if
 * any), then each side's distinctive lines with the test that makes them so.
 * @example
 * import { analyzeAll, compareSelections, ingestListings, parseCompareRequest } from '../app/index.ts';
 * import { openStore } from '../store/index.ts';
 * const store = await openStore(':memory:');
 * await ingestListings(store, ['test/fixtures/ingest/folder']); // a CTO, a DevOps engineer and one more
 * await analyzeAll(store);
 * const c = await compareSelections(store, parseCompareRequest({ roles: ['cto', 'devops-engineer'] }));
 * assert.match(renderComparisonCsv(c).split('\n')[0] ?? '', /^section,distinctive_to,text/);
 */
export function renderComparisonCsv(c: RoleComparison): string {
  const rows: Row[] = [];
  const add = (section: string, line: ComparedLine, test: LineDifference | null, to: string | null) => {
    line.shares.forEach((s, i) => {
      rows.push({
        section,
        distinctive_to: to,
        text: line.text,
        kind: line.kind,
        side: i + 1,
        label: c.sides[i]?.label ?? '',
        count: s.count,
        n: c.sides[i]?.listings.count ?? 0,
        share: s.share,
        ci_low: s.ci[0],
        ci_high: s.ci[1],
        in_profile: s.inProfile ? 'yes' : 'no',
        tested_side: test ? (c.sides[test.side]?.label ?? '') : null,
        against: test ? (test.against === null ? 'the others' : (c.sides[test.against]?.label ?? '')) : null,
        difference: test?.difference ?? null,
        diff_ci_low: test?.ci[0] ?? null,
        diff_ci_high: test?.ci[1] ?? null,
        p: test?.p ?? null,
        q: test?.q ?? null,
        concepts: line.concepts.map((x) => x.id).join(' '),
        listing_ids: s.evidence.map((e) => e.listingId).join(' '),
      });
    });
  };
  for (const line of c.shared)
    add('shared', line, c.sides.length === 2 ? (line.tests[0] ?? null) : null, null);
  for (const d of c.distinctive)
    for (const line of d.lines)
      add('distinctive', line, sideTest(line, d.side), c.sides[d.side]?.label ?? '');
  const lines = [HEADER.join(','), ...rows.map((r) => HEADER.map((k) => csvCell(r[k] ?? null)).join(','))];
  return `${lines.join('\n')}\n`;
}

/**
 * Renders the comparison in the given format.
 * @example
 * import { analyzeAll, compareSelections, ingestListings, parseCompareRequest } from '../app/index.ts';
 * import { openStore } from '../store/index.ts';
 * const store = await openStore(':memory:');
 * await ingestListings(store, ['test/fixtures/ingest/folder']); // a CTO, a DevOps engineer and one more
 * await analyzeAll(store);
 * const c = await compareSelections(store, parseCompareRequest({ roles: ['cto', 'devops-engineer'] }));
 * assert.equal(renderComparison(c, 'json'), renderComparisonJson(c));
 */
export function renderComparison(c: RoleComparison, format: ReportFormat): string {
  switch (format) {
    case 'md':
      return renderComparisonMarkdown(c);
    case 'json':
      return renderComparisonJson(c);
    case 'html':
      return renderComparisonHtml(c);
    case 'csv':
      return renderComparisonCsv(c);
  }
}

export { renderComparisonHtml, renderComparisonMarkdown };
