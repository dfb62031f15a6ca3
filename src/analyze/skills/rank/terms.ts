/**
 * Turns text into ranking terms: lower-case word tokens, stop words dropped, a light suffix stemmer.
 * One tokenizer for the index, the queries and the learned features, so they always agree.
 * @module
 */

// Function words and job-ad filler that carry no skill evidence on their own.
const STOP_WORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been being below between both but by ' +
    'can could did do does doing down during each etc few for from further had has have having he her here hers him his how ' +
    'i if in into is it its itself just me more most my no nor not of off on once only or other our ours out over own per ' +
    'same she should so some such than that the their theirs them then there these they this those through to too under ' +
    'until up upon us very via was we were what when where which while who whom why will with within without would you your ' +
    'yours e g eg ie etc strong excellent good great solid proven year years plus must'
  ).split(' '),
);

const VOWEL = /[aeiou]/;

function isConsonant(w: string, i: number): boolean {
  const c = w[i] as string;
  if (VOWEL.test(c)) return false;
  if (c === 'y') return i === 0 || !isConsonant(w, i - 1);
  return true;
}

/** Porter's measure m: the number of vowel–consonant sequences in the stem. */
function measure(stem: string): number {
  let m = 0;
  let i = 0;
  const n = stem.length;
  while (i < n && isConsonant(stem, i)) i++;
  while (i < n) {
    while (i < n && !isConsonant(stem, i)) i++;
    if (i >= n) break;
    while (i < n && isConsonant(stem, i)) i++;
    m++;
  }
  return m;
}

const hasVowel = (stem: string) => [...stem].some((_, i) => !isConsonant(stem, i));
const doubleConsonant = (w: string) =>
  w.length >= 2 && w[w.length - 1] === w[w.length - 2] && isConsonant(w, w.length - 1);
const cvc = (w: string) => {
  const n = w.length;
  return (
    n >= 3 &&
    isConsonant(w, n - 3) &&
    !isConsonant(w, n - 2) &&
    isConsonant(w, n - 1) &&
    !/[wxy]/.test(w[n - 1] as string)
  );
};

function replaceSuffix(w: string, rules: [string, string][], minMeasure: number): string {
  for (const [from, to] of rules) {
    if (w.endsWith(from)) {
      const stem = w.slice(0, -from.length);
      return measure(stem) > minMeasure ? stem + to : w;
    }
  }
  return w;
}

const STEP2: [string, string][] = [
  ['ational', 'ate'],
  ['tional', 'tion'],
  ['enci', 'ence'],
  ['anci', 'ance'],
  ['izer', 'ize'],
  ['bli', 'ble'],
  ['alli', 'al'],
  ['entli', 'ent'],
  ['eli', 'e'],
  ['ousli', 'ous'],
  ['ization', 'ize'],
  ['ation', 'ate'],
  ['ator', 'ate'],
  ['alism', 'al'],
  ['iveness', 'ive'],
  ['fulness', 'ful'],
  ['ousness', 'ous'],
  ['aliti', 'al'],
  ['iviti', 'ive'],
  ['biliti', 'ble'],
  ['logi', 'log'],
];
const STEP3: [string, string][] = [
  ['icate', 'ic'],
  ['ative', ''],
  ['alize', 'al'],
  ['iciti', 'ic'],
  ['ical', 'ic'],
  ['ful', ''],
  ['ness', ''],
];
const STEP4 = [
  'al',
  'ance',
  'ence',
  'er',
  'ic',
  'able',
  'ible',
  'ant',
  'ement',
  'ment',
  'ent',
  'ion',
  'ou',
  'ism',
  'ate',
  'iti',
  'ous',
  'ive',
  'ize',
];

/**
 * Porter's (1980) suffix stemmer, so "communicator", "communication" and "communicating" share one term.
 * Tokens with digits, "+" or "#" (c++, c#, s3) and words of up to 3 letters are left alone.
 * The skill ranker's own, model-bound stemmer: the committed model in data/models/skill-ranker/ was trained on its
 * output, so changing it means retraining. Other stages use the taxonomy's `stemToken` (matching) or the profile's
 * `stripInflection` (duty clustering).
 * @example
 * assert.equal(stemWord('communicator'), stemWord('communication'));
 */
export function stemWord(word: string): string {
  if (word.length <= 3 || /[^a-z]/.test(word)) return word;
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  // Bounded so a long-running process reading open-ended text cannot grow it without limit.
  if (stemCache.size >= 200_000) stemCache.clear();
  const stem = porterStem(word);
  stemCache.set(word, stem);
  return stem;
}

const stemCache = new Map<string, string>();

function porterStem(word: string): string {
  let w = word;
  // Step 1a
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  // Step 1b
  let extra = false;
  if (w.endsWith('eed')) {
    if (measure(w.slice(0, -3)) > 0) w = w.slice(0, -1);
  } else if (w.endsWith('ed') && hasVowel(w.slice(0, -2))) {
    w = w.slice(0, -2);
    extra = true;
  } else if (w.endsWith('ing') && hasVowel(w.slice(0, -3))) {
    w = w.slice(0, -3);
    extra = true;
  }
  if (extra) {
    if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz')) w += 'e';
    else if (doubleConsonant(w) && !/[lsz]$/.test(w)) w = w.slice(0, -1);
    else if (measure(w) === 1 && cvc(w)) w += 'e';
  }
  // Step 1c
  if (w.endsWith('y') && hasVowel(w.slice(0, -1))) w = `${w.slice(0, -1)}i`;
  w = replaceSuffix(w, STEP2, 0);
  w = replaceSuffix(w, STEP3, 0);
  // Step 4
  for (const suffix of [...STEP4].sort((a, b) => b.length - a.length)) {
    if (!w.endsWith(suffix)) continue;
    const stem = w.slice(0, -suffix.length);
    if (measure(stem) > 1 && (suffix !== 'ion' || /[st]$/.test(stem))) w = stem;
    break;
  }
  // Step 5
  if (w.endsWith('e')) {
    const stem = w.slice(0, -1);
    const m = measure(stem);
    if (m > 1 || (m === 1 && !cvc(stem))) w = stem;
  }
  if (measure(w) > 1 && doubleConsonant(w) && w.endsWith('l')) w = w.slice(0, -1);
  return w;
}

const TOKEN = /[\p{L}\p{N}]+(?:[+#]+|(?:[.'][\p{L}\p{N}]+)*)/gu;

/**
 * Splits text into lower-case word tokens, keeping "c++", "c#" and "node.js" whole.
 * @example
 * assert.deepEqual(wordTokens('Node.js & C++ devs'), ['node.js', 'c++', 'devs']);
 */
export function wordTokens(text: string): string[] {
  return text.toLowerCase().match(TOKEN) ?? [];
}

/**
 * Ranking terms of a text: tokens, stop words removed, stemmed (order kept; repeats kept).
 * @example
 * assert.deepEqual(rankTerms('Developing the software'), ['develop', 'softwar']);
 */
export function rankTerms(text: string): string[] {
  const out: string[] = [];
  for (const t of wordTokens(text)) {
    if (STOP_WORDS.has(t)) continue;
    out.push(stemWord(t));
  }
  return out;
}

/**
 * Stemmed tokens with stop words kept, for matching whole labels as phrases ("use of tools").
 * @example
 * assert.deepEqual(phraseTerms('Managing Teams'), ['manag', 'team']);
 */
export function phraseTerms(text: string): string[] {
  return wordTokens(text).map(stemWord);
}
