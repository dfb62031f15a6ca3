/**
 * The headline of a comparison, drawn only from its numbers: it names only differences that survive the correction.
 * @module
 */
import type { ComparedLine, RoleComparison } from './role-comparison.ts';
import { lowerFirst } from './short-name.ts';
import { percent as pct } from './stats.ts';

/**
 * Writes the one-paragraph headline: the sides and their sizes, the lines common to all, how many differences are
 * significant, and the largest ones of each side.
 * @example
 * import { compareProfiles } from './compare-profiles.ts';
 * import { fixtureItem, fixtureSide } from './testing.ts';
 * const a = fixtureSide('A', 100, [fixtureItem('Python', ['py'], 80)], { py: 80 });
 * const b = fixtureSide('B', 50, [fixtureItem('Python', ['py'], 10)], { py: 10 });
 * const text = writeComparisonHeadline(compareProfiles([a, b]));
 * assert.match(text, /^Comparing A \(100 listings\) and B \(50 listings\): 1 line is reported in both/);
 * assert.match(text, /A listings say more often: Python \(80% vs 20%\)\.$/);
 */
export function writeComparisonHeadline(c: Omit<RoleComparison, 'schemaVersion' | 'headline'>): string {
  const out: string[] = [];
  const names = list(
    c.sides.map((s) => `${s.label} (${s.listings.count} listing${s.listings.count === 1 ? '' : 's'})`),
  );
  const two = c.sides.length === 2;
  const top = c.shared
    .slice(0, 2)
    .map((l) => `${inline(l)} (${l.shares.map((s) => pct(s.share)).join(two ? ' and ' : ', ')})`);
  const all = two ? 'both' : 'all of them';
  out.push(
    c.shared.length === 0
      ? `Comparing ${names}: no line is common enough to report in ${all}.`
      : `Comparing ${names}: ${c.shared.length} line${c.shared.length === 1 ? ' is' : 's are'} reported in ${all}; the most widely shared ${c.shared.length === 1 ? 'is' : 'are'} ${list(top)}.`,
  );
  const alpha = String(c.tests.alpha);
  if (c.tests.count === 0) out.push('No line is said often enough to test a difference.');
  else if (c.tests.significant === 0)
    out.push(`None of the ${c.tests.count} tests finds a significant difference (q < ${alpha}).`);
  else {
    out.push(
      `${c.tests.significant} of ${c.tests.count} tests find a significant difference (Benjamini–Hochberg q < ${alpha}).`,
    );
    for (const d of c.distinctive) {
      const side = c.sides[d.side];
      if (!side || d.lines.length === 0) continue;
      const named = d.lines.slice(0, 3).map((l) => {
        const t = l.tests.find((x) => x.side === d.side && x.difference > 0);
        const own = l.shares[d.side]?.share ?? 0;
        const other =
          t?.against === null || t === undefined
            ? own - (t?.difference ?? 0)
            : (l.shares[t.against]?.share ?? 0);
        return `${inline(l)} (${pct(own)} vs ${pct(other)})`;
      });
      out.push(`${side.label} listings say more often${two ? '' : ' than the others'}: ${list(named)}.`);
    }
  }
  if (c.overlap > 0)
    out.push(
      `${c.overlap} listing${c.overlap === 1 ? ' is' : 's are'} in more than one selection, which the tests do not allow for.`,
    );
  return out.join(' ');
}

// A named tool or knowledge area (ESCO writes other labels lower-case) keeps its capital inside a sentence.
function inline(line: ComparedLine): string {
  const proper = line.kind === 'skill' && /^[A-Z]/.test(line.concepts[0]?.label ?? '');
  return proper ? line.text : lowerFirst(line.text);
}

function list(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
