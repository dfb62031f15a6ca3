/**
 * Coordinated duty verbs: "Hire, coach, and retain a team of engineers" → one clause per verb with the shared object
 * ("Hire a team of engineers", …), so each verb is linked on its own instead of being outweighed by the object.
 * @module
 */

const WORD = "[A-Za-z][A-Za-z'-]*";
/** 2–6 single words joined by commas / "and" / "or" / "&" / "/" at the start, then the shared rest. */
const COORDINATED = new RegExp(
  String.raw`^\s*(${WORD})\b((?:\s*,\s*${WORD}\b){0,4})\s*,?\s+(?:and|or|&|\/)\s+(${WORD})\s+(\S.*)$`,
  's',
);
/** First words that start a coordination that is not a verb list ("Python, Java and Go experience"). */
const NOT_VERBS = new Set([
  'a',
  'an',
  'the',
  'you',
  'we',
  'our',
  'your',
  'this',
  'they',
  'i',
  'he',
  'she',
  'it',
]);

/**
 * The clauses of a statement that starts with coordinated single words, each joined to the shared rest; [] when it
 * does not.
 * @example
 * assert.deepEqual(verbClauses('Hire, coach, and retain engineers'), ['Hire engineers', 'coach engineers', 'retain engineers']);
 * assert.deepEqual(verbClauses('Design APIs'), []);
 */
export function verbClauses(text: string): string[] {
  const m = COORDINATED.exec(text);
  if (!m) return [];
  const words = [m[1] as string, ...(m[2] ?? '').split(',').map((w) => w.trim()), m[3] as string].filter(
    (w) => w !== '',
  );
  if (words.some((w) => NOT_VERBS.has(w.toLowerCase()))) return [];
  const rest = (m[4] as string).trim();
  return words.map((w) => `${w} ${rest}`);
}

/** Words before a noun phrase: a verb form right after one, before a people noun, is a modifier. */
const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'our',
  'your',
  'their',
  'its',
  'with',
  'to',
  'for',
  'of',
  'other',
]);

/** Words before "hiring" that make it the company's news, not a duty: "we are hiring", "is currently hiring". */
const PITCH = new Set([
  'is',
  'are',
  'am',
  "we're",
  'were',
  'currently',
  'actively',
  'now',
  'only',
  'be',
  'been',
  'start',
]);

/** Last characters that end a clause ("leads the team." "(a plus)"). */
const STOP_ENDS: ReadonlySet<string> = new Set([';', ':', '.', '!', '?', ')']);

/** Words of an employer speaking of itself, shortly before a verb. */
const EMPLOYER_VOICE = new Set(['we', "we're", "we've", 'aims', 'aim', 'keen', 'strive', 'strives', 'proud']);

/** Words that end a duty's object ("mentor engineers *on* …", "hire engineers *who* …"). */
const OBJECT_END = new Set([
  'to',
  'in',
  'for',
  'with',
  'on',
  'across',
  'through',
  'that',
  'who',
  'and',
  'or',
  'as',
  'at',
  'by',
  'from',
  'into',
  'within',
  'while',
]);

/**
 * A duty done to people ("Mentor junior engineers", "experience hiring and developing a team") is named by its verb,
 * but a sentence encoder hears the object ("engineers") louder than the verb. For each word followed, within a short
 * object (coordinated verbs allowed), by a people noun (data/lexicon), this returns the word as a candidate verb and
 * the neutral clause "VERB people" to link by; the caller keeps only concepts the verb names (see labelHasVerb).
 * @example
 * const lexicon = { people: new Set(['engineers']), verbs: new Map([['mentor', 'mentoring'], ['build', '']]) };
 * assert.deepEqual(peopleClauses('Mentor junior engineers on design', lexicon), [{ verb: 'mentor', text: 'mentor people' }]);
 * assert.deepEqual(peopleClauses('Build data pipelines', lexicon), []);
 */
export function peopleClauses(
  text: string,
  lexicon: {
    people: ReadonlySet<string>;
    verbs: ReadonlyMap<string, string>;
    peopleActivities?: ReadonlyMap<string, string>;
  },
): { verb: string; text: string }[] {
  const { people, verbs } = lexicon;
  const activities = lexicon.peopleActivities ?? new Map<string, string>();
  // Character tests rather than regular expressions: every word of every statement is read.
  const words = text.split(/[\s/]+/).map((w) => ({
    w: w.toLowerCase().replace(/[^a-z'-]/g, ''),
    stop: STOP_ENDS.has(w.charAt(w.length - 1)),
    comma: w.endsWith(','),
    capital: w.charCodeAt(0) >= 65 && w.charCodeAt(0) <= 90,
    // A count inside the object ("mentored 40 engineers", "a team of 25+") is read past.
    count: /^[$~]?\d[\d,.]*[+k]?,?$/i.test(w),
  }));
  const out: { verb: string; text: string }[] = [];
  const seen = new Set<string>();
  words.forEach((v, i) => {
    // The employer speaking of itself ("we are keen to recruit staff", "the Trust aims to recruit and retain the best
    // staff") states its hopes, not the job's duties.
    for (let j = Math.max(0, i - 4); j < i; j++)
      if (EMPLOYER_VOICE.has((words[j] as { w: string }).w)) return;
    // A noun that names a duty to people on its own ("team mentoring, hiring and career planning", "drive our
    // hiring efforts"), unless it names people ("hiring managers") or the company is hiring ("we are hiring").
    const named = activities.get(v.w);
    if (named) {
      const next = v.comma || v.stop ? '' : (words[i + 1]?.w ?? '');
      const before = words[i - 1]?.w ?? '';
      if (!people.has(next) && !PITCH.has(before) && !seen.has(named)) {
        out.push({ verb: named, text: `${named} people` });
        seen.add(named);
      }
      return;
    }
    const verb = baseVerb(v.w, verbs);
    if (!verb || v.stop) return;
    const next = words[i + 1];
    // A noun, not a verb: a title inside a sentence ("the Lead Data Scientist will …") or a compound after a
    // determiner or preposition ("with hiring managers", "the lead engineers").
    if (i > 0 && v.capital && next?.capital) return;
    if (next && people.has(next.w) && DETERMINERS.has(words[i - 1]?.w ?? '')) return;
    for (let j = i + 1; j < Math.min(words.length, i + 8); j++) {
      const x = words[j] as { w: string; stop: boolean; count: boolean };
      if (x.count && !x.stop) continue;
      if (people.has(x.w)) {
        // "a team of engineers": the head is "team"; a people noun anywhere in a short object will do.
        if (!seen.has(verb)) out.push({ verb, text: `${verb} people` });
        seen.add(verb);
        return;
      }
      if (x.w === '' || x.stop || (OBJECT_END.has(x.w) && x.w !== 'and' && x.w !== 'or')) return;
    }
  });
  return out;
}

/**
 * The verb of `verbs` a word inflects ("hiring" → hire, "mentored" → mentor), or null when it is none.
 * @example
 * assert.equal(baseVerb('ensuring', new Set(['ensure'])), 'ensure');
 * assert.equal(baseVerb('mentored', new Set(['mentor'])), 'mentor');
 * assert.equal(baseVerb('the', new Set(['ensure'])), null);
 */
export function baseVerb(w: string, verbs: { has(verb: string): boolean }): string | null {
  if (isVerb(w, verbs)) return w;
  // The word less an ending it has, in this order (asked of every word of every statement, so only endings present
  // are tried: less an ending it lacks, the word is itself, already asked).
  if (w.endsWith('ing')) {
    const bare = w.slice(0, -3);
    if (isVerb(bare, verbs)) return bare;
    if (isVerb(`${bare}e`, verbs)) return `${bare}e`;
  }
  if (w.endsWith('ed') && isVerb(w.slice(0, -2), verbs)) return w.slice(0, -2);
  if (w.endsWith('d') && isVerb(w.slice(0, -1), verbs)) return w.slice(0, -1);
  if (w.endsWith('s') && isVerb(w.slice(0, -1), verbs)) return w.slice(0, -1);
  return null;
}

function isVerb(c: string, verbs: { has(verb: string): boolean }): boolean {
  return c.length >= 3 && verbs.has(c);
}

/**
 * Whether a concept label is named by a verb: its first word has the verb's stem ("Hire personnel." for "hire",
 * "mentor individuals" for "mentor"; not "trace people" for "lead").
 * @example
 * assert.ok(labelHasVerb('Hire personnel.', 'hiring'));
 * assert.ok(!labelHasVerb('trace people', 'lead'));
 */
export function labelHasVerb(label: string, verb: string): boolean {
  const first = (label.trim().split(/\s+/)[0] ?? '').toLowerCase();
  return first !== '' && stem(first) === stem(verb);
}

function stem(w: string): string {
  return w.replace(/(ing|ed|es|s|e)$/, '');
}
