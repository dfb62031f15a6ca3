/**
 * Counts skills across listings: one entry per skill, merged across ESCO URI and display label.
 * @module
 */
import type { AnalyzedListing, SkillMention } from '../analyze/index.ts';
import { cmp } from './evidence.ts';

/** One skill across the selected listings. */
export interface SkillStat {
  /** The merged skill's main URI (the most mentioned one). */
  uri: string;
  /** Every URI merged into it (aliases, a tool and the ESCO concept with the same name). */
  uris: string[];
  /** ESCO preferred label (or tool name) of the main URI. */
  label: string;
  /** The label as shown: parenthetical qualifiers removed ("Python (computer programming)" → "Python"). */
  display: string;
  type: string;
  /** Indices of the distinct listings that mention it, ascending. */
  listings: number[];
  /** Every mention, with the listing it came from. */
  mentions: { listing: number; mention: SkillMention }[];
}

/**
 * The label without parenthetical qualifiers, trimmed.
 * @example
 * assert.equal(displayLabel('Python (computer programming)'), 'Python');
 * assert.equal(displayLabel('Amazon Web Services AWS software'), 'AWS');
 */
export function displayLabel(label: string): string {
  // O*NET names tools "Microsoft Azure software": the trailing word adds nothing in a list of tools.
  const stripped = label
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .replace(/\s+software$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (stripped.length === 0) return label.trim();
  // O*NET glues a long name and its acronym ("Amazon Web Services AWS"): one name reads, two stutter. Listings
  // write the acronym, so it stays.
  const words = stripped.split(' ');
  const last = words.at(-1) ?? '';
  return words.length >= 3 && /^[A-Z]{2,6}$/.test(last) && spellsAcronym(last, words.slice(0, -1))
    ? last
    : stripped;
}

// Whether the acronym's letters run through the words in order, starting each word it uses at its first letter
// ("AWS" in "Amazon Web Services", "XML" in "Extensible markup language", "JSON" in "JavaScript Object Notation").
function spellsAcronym(acronym: string, words: readonly string[]): boolean {
  const letters = acronym.toLowerCase();
  const first = (words[0] ?? '').toLowerCase();
  if (!first.startsWith(letters[0] ?? '') && letters[0] !== first.replace(/^e/, '')[0]) return false;
  const text = words.join(' ').toLowerCase();
  let at = 0;
  for (const ch of letters) {
    at = text.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  // Every word after the first must contribute its initial, or the acronym names something else.
  return words.slice(1).every((w) => letters.includes((w[0] ?? '').toLowerCase()));
}

/**
 * Gathers every skill mention with score ≥ minScore, merging mentions whose display labels match, most mentioned first.
 * @example
 * const skills = collectSkills(listings, 0.5);
 * assert.ok(skills.every((s) => s.listings.length > 0));
 */
export function collectSkills(listings: readonly AnalyzedListing[], minScore = 0): SkillStat[] {
  const byUri = new Map<
    string,
    { label: string; type: string; mentions: { listing: number; mention: SkillMention }[] }
  >();
  listings.forEach((listing, li) => {
    for (const mention of listing.skills) {
      if (mention.score < minScore) continue;
      let entry = byUri.get(mention.uri);
      if (!entry) {
        entry = { label: mention.label, type: mention.type, mentions: [] };
        byUri.set(mention.uri, entry);
      }
      entry.mentions.push({ listing: li, mention });
    }
  });
  // Merge URIs that display the same: a tool id and an ESCO concept named alike are one skill to a reader.
  const byDisplay = new Map<
    string,
    { uri: string; label: string; type: string; mentions: { listing: number; mention: SkillMention }[] }[]
  >();
  for (const [uri, e] of [...byUri.entries()].sort((a, b) => cmp(a[0], b[0]))) {
    const key = displayLabel(e.label).toLowerCase();
    const list = byDisplay.get(key) ?? [];
    list.push({ uri, ...e });
    byDisplay.set(key, list);
  }
  const out: SkillStat[] = [];
  for (const parts of byDisplay.values()) {
    parts.sort((a, b) => b.mentions.length - a.mentions.length || cmp(a.uri, b.uri));
    const main = parts[0];
    if (!main) continue;
    const mentions = parts
      .flatMap((p) => p.mentions)
      .sort(
        (a, b) =>
          a.listing - b.listing || (a.mention.spans[0]?.start ?? 0) - (b.mention.spans[0]?.start ?? 0),
      );
    out.push({
      uri: main.uri,
      uris: parts.map((p) => p.uri).sort(cmp),
      label: main.label,
      display: displayLabel(main.label),
      type: main.type,
      listings: [...new Set(mentions.map((m) => m.listing))].sort((a, b) => a - b),
      mentions,
    });
  }
  return out.sort((a, b) => b.listings.length - a.listings.length || cmp(a.uri, b.uri));
}
