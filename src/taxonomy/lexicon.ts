/**
 * The curated word lists of data/lexicon/nominalizations.json: activity verbs with the noun an analyst uses for them
 * ("recruit" → "recruiting"), nouns that name people ("engineers", "team"), whose duties are named by their verb, and
 * head nouns that name no subject of their own ("security measures" is about security).
 * @module
 */
import { readFileSync } from 'node:fs';

/** The lexicon as the code uses it. */
export interface Lexicon {
  /** Verb → its analyst noun ("" when the verb names no activity of its own). */
  verbs: ReadonlyMap<string, string>;
  /** Lower-case nouns that name people or groups of people. */
  people: ReadonlySet<string>;
  /** Head nouns that name no subject of their own ("measures" in "security measures"). */
  generic: ReadonlySet<string>;
  /** Nouns that name a duty to people on their own ("hiring", "mentorship") → the verb that names it. */
  peopleActivities: ReadonlyMap<string, string>;
}

let lexicon: Lexicon | null = null;

/**
 * The lexicon, read once.
 * @example
 * assert.ok(loadLexicon().people.has('engineers'));
 */
export function loadLexicon(): Lexicon {
  if (!lexicon) {
    const raw = JSON.parse(
      readFileSync(new URL('../../data/lexicon/nominalizations.json', import.meta.url), 'utf8'),
    ) as {
      verbs: Record<string, string>;
      people: string[];
      generic: string[];
      peopleActivities: Record<string, string>;
    };
    lexicon = {
      verbs: new Map(Object.entries(raw.verbs)),
      people: new Set(raw.people),
      generic: new Set(raw.generic),
      peopleActivities: new Map(Object.entries(raw.peopleActivities ?? {})),
    };
  }
  return lexicon;
}
