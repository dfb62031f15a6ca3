/**
 * The comparison as Markdown: title, headline, the sides, lines shared by all, lines distinctive to each (with their
 * differences and tests), and an evidence appendix.
 * @module
 */
import type { ComparedLine, Evidence, RoleComparison } from '../profile/index.ts';
import {
  againstLabel,
  COMPARE_METHOD,
  comparisonTitle,
  differenceText,
  firstMinusSecond,
  MAX_SHOWN,
  overlapNote,
  shareText,
  sideDates,
  sideSources,
  sideTest,
  testText,
} from './comparison-format.ts';
import { escapeMarkdown as md } from './escape-markdown.ts';

/**
 * Renders the comparison as Markdown; the same comparison always gives the same bytes.
 * @example
 * import { analyzeAll, compareSelections, ingestListings, parseCompareRequest } from '../app/index.ts';
 * import { openStore } from '../store/index.ts';
 * const store = await openStore(':memory:');
 * await ingestListings(store, ['test/fixtures/ingest/folder']); // a CTO, a DevOps engineer and one more
 * await analyzeAll(store);
 * const c = await compareSelections(store, parseCompareRequest({ roles: ['cto', 'devops-engineer'] }));
 * assert.match(renderComparisonMarkdown(c), /^# Chief Technology Officer vs /);
 */
export function renderComparisonMarkdown(c: RoleComparison): string {
  const out: string[] = [];
  const appendix: string[] = [];
  const refOf = new Map<string, number>();
  const cite = (line: ComparedLine): string => {
    const quotes = line.shares.flatMap((s, i) => s.evidence.map((e) => ({ side: i, e })));
    if (quotes.length === 0) return '';
    const key = JSON.stringify([line.text, line.concepts.map((x) => x.id)]);
    let ref = refOf.get(key);
    if (ref === undefined) {
      ref = refOf.size + 1;
      refOf.set(key, ref);
      appendix.push(`**E${ref}** ${md(line.text)}`, '');
      for (const { side, e } of quotes) appendix.push(quote(c.sides[side]?.label ?? '', e), '');
    }
    return ` [E${ref}]`;
  };
  const labels = c.sides.map((s) => md(s.label));
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const rule = (k: number) => `|${' --- |'.repeat(k)}`;

  out.push(`# ${md(comparisonTitle(c))}`, '', md(c.headline), '');
  out.push(row(['', ...labels]), rule(labels.length + 1));
  out.push(row(['Listings', ...c.sides.map((s) => String(s.listings.count))]));
  out.push(row(['Selected by', ...c.sides.map((s) => md(`${s.by} ${s.value}`))]));
  out.push(row(['Sources', ...c.sides.map((s) => md(sideSources(s)))]));
  out.push(row(['Dates', ...c.sides.map((s) => md(sideDates(s)))]), '');
  out.push(COMPARE_METHOD, '');
  const overlap = overlapNote(c);
  if (overlap) out.push(overlap, '');

  const two = c.sides.length === 2;
  out.push('## Shared by all', '');
  if (c.shared.length === 0) out.push('No line is common enough to report in every selection.', '');
  else {
    out.push(
      `Lines every selection's profile reports${two ? `, with the difference ${labels[0]} − ${labels[1]}` : ''}.`,
      '',
    );
    out.push(
      row(['Line', ...labels, ...(two ? ['Difference', 'Test'] : [])]),
      rule(labels.length + (two ? 3 : 1)),
    );
    for (const line of c.shared) {
      const d = firstMinusSecond(line, c);
      const extra = two ? (d ? [differenceText(d), testText(d)] : ['not tested', '']) : [];
      out.push(
        row([`${md(line.text)}${cite(line)}`, ...c.sides.map((_, i) => shareText(line, c, i)), ...extra]),
      );
    }
    out.push('');
  }

  for (const d of c.distinctive) {
    const side = c.sides[d.side];
    if (!side) continue;
    out.push(`## Distinctive to ${md(side.label)}`, '');
    if (d.lines.length === 0) {
      out.push(`No line is significantly more common in ${md(side.label)} (q < ${c.tests.alpha}).`, '');
      continue;
    }
    const against = againstLabel(c, sideTest(d.lines[0] as ComparedLine, d.side));
    out.push(
      `Lines significantly more common in ${md(side.label)} listings than in ${two ? `${md(against)} listings` : 'the others pooled'}, largest difference first.`,
      '',
    );
    const others = two ? [labels[1 - d.side] as string] : ['The others'];
    out.push(row(['Line', labels[d.side] as string, ...others, 'Difference', 'Test']), rule(5));
    for (const line of d.lines.slice(0, MAX_SHOWN)) {
      const t = sideTest(line, d.side);
      const other =
        t.against === null
          ? `${Math.round(((line.shares[d.side]?.share ?? 0) - t.difference) * 100)}%`
          : shareText(line, c, t.against);
      out.push(
        row([
          `${md(line.text)}${cite(line)}`,
          shareText(line, c, d.side),
          other,
          differenceText(t),
          testText(t),
        ]),
      );
    }
    if (d.lines.length > MAX_SHOWN)
      out.push('', `…and ${d.lines.length - MAX_SHOWN} more (all of them in --format json or csv).`);
    out.push('');
  }

  if (appendix.length > 0)
    out.push(
      '## Evidence',
      '',
      'Verbatim quotes from each side’s listings behind a line, with listing ids.',
      '',
      ...appendix,
    );
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

function quote(label: string, e: Evidence): string {
  return `> ${md(e.quote)}  \n> — ${md(label)}, listing \`${e.listingId}\``;
}
