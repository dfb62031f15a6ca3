/**
 * Word tokens with UTF-16 offsets, and the light stemmer both the taxonomy index and the matcher use,
 * so a label and a listing phrase always reduce to the same keys.
 * @module
 */

/** One word of a text: its offsets, its surface and its normalized forms. */
export interface Token {
  /** UTF-16 offset of the first code unit. */
  start: number;
  /** UTF-16 offset just past the last code unit. */
  end: number;
  /** The text as written. */
  surface: string;
  /** Lower-cased, with `&` spelled `and`. */
  norm: string;
  /** `norm` after {@link stemToken}. */
  stem: string;
  /** True when punctuation that ends a phrase (. , ; : ( ) ! ? newline, bullets) stands before this token. */
  breakBefore: boolean;
}

// A word: letters/digits, optionally joined by short inner dot parts ("node.js", "asp.net"; not the glued sentence
// "skills.Python") or followed by + / # ("c++", "c#"),
// optionally opened by a dot (".net"). Apostrophe-s possessives are consumed so "patient's" → "patient".
const WORD = /\.?[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]{1,4}(?![\p{L}\p{N}]))*(?:\+\+|\+|#)?|&/gu;
const POSSESSIVE = /^['’]s?(?![\p{L}\p{N}])/u;
// Characters between words that end a phrase: a label never spans them.
const BREAK = /[.,;:!?()[\]{}\n\r\t•·|"“”<>=*]|\s-\s|\s–\s|\s—\s/u;

/**
 * Splits text into word tokens with offsets; hyphens, slashes and spaces separate words without breaking a phrase.
 * @example
 * const t = tokenize('CI/CD, Node.js');
 * assert.deepEqual(t.map((x) => [x.norm, x.breakBefore]), [['ci', false], ['cd', false], ['node.js', true]]);
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    let surface = m[0];
    let start = m.index;
    // A leading dot is only part of the word for ".net"-style names, not at a sentence's end ("skills.Python").
    if (surface.startsWith('.') && start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1] ?? '')) {
      surface = surface.slice(1);
      start += 1;
    }
    // A trailing dot from sentence punctuation is not part of the word (the regex only keeps inner dots).
    const end = start + surface.length;
    const gap = text.slice(last, start);
    const norm = surface === '&' ? 'and' : surface.toLowerCase();
    out.push({
      start,
      end,
      surface,
      norm,
      stem: stemToken(norm),
      breakBefore: out.length === 0 || BREAK.test(gap),
    });
    last = end;
    const rest = text.slice(end, end + 3);
    const poss = POSSESSIVE.exec(rest);
    if (poss) {
      last = end + poss[0].length;
      WORD.lastIndex = last;
    }
  }
  return out;
}

// Irregular or ambiguous forms the suffix rules would get wrong.
const STEM_EXCEPTIONS: Record<string, string> = {
  analyses: 'analys',
  analysis: 'analys',
  analyse: 'analys',
  analyze: 'analys',
  analysed: 'analys',
  analyzed: 'analys',
  analysing: 'analys',
  analyzing: 'analys',
  data: 'data',
  news: 'news',
  business: 'business',
  process: 'process',
  processes: 'process',
  series: 'series',
  species: 'species',
  kubernetes: 'kubernetes',
  jenkins: 'jenkins',
  analytics: 'analytic',
  ios: 'ios',
  windows: 'windows',
};

// Longest first: -ation/-ize/-ate families collapse so "automation" = "automate", "optimization" = "optimize".
const SUFFIXES = [
  'izations',
  'ization',
  'ations',
  'ation',
  'ments',
  'ment',
  'izing',
  'ized',
  'izes',
  'ize',
  'ating',
  'ated',
  'ates',
  'ate',
  'ing',
  'ed',
];

/**
 * Reduces a lower-case word to a stem shared by its inflections and -ment/-ation nouns
 * ("developing", "developed", "development" → "develop"; "optimise" = "optimize").
 * Short words, words with digits or symbols and known names are left alone.
 * @example
 * assert.equal(stemToken('developing'), stemToken('development'));
 * assert.equal(stemToken('aws'), 'aws');
 */
export function stemToken(word: string): string {
  const known = STEM_EXCEPTIONS[word];
  if (known !== undefined) return known;
  if (word.length <= 3 || /[^a-z]/.test(word)) return word;
  let w = word;
  // British and American spellings share one stem.
  w = w.replace(/is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1').replace(/our$/, 'or');
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(ss|sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is|os)$/.test(w)) w = w.slice(0, -1);
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      // Doubled final consonant from inflection ("planning" → "plann" → "plan").
      if (/([bdgmnprt])\1$/.test(w)) w = w.slice(0, -1);
      break;
    }
  }
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

// Function words skipped when comparing phrases as unordered bags of words.
const STOP = new Set(
  'a an and as at by for from in into of on or the to with within using via its their our your'.split(' '),
);

/**
 * True for function words that carry no meaning on their own in a skill phrase.
 * @example
 * assert.equal(isStopWord('of'), true);
 */
export function isStopWord(norm: string): boolean {
  return STOP.has(norm);
}

const stemCache = new Map<string, string>();

/**
 * {@link stemToken}, memoized: the taxonomy's 100k labels share a few tens of thousands of words.
 * @example
 * assert.equal(stemCached('databases'), stemToken('databases'));
 */
export function stemCached(norm: string): string {
  let s = stemCache.get(norm);
  if (s === undefined) {
    s = stemToken(norm);
    if (stemCache.size < 200_000) stemCache.set(norm, s);
  }
  return s;
}

/**
 * The `norm` of each token of a short text (a label), without offsets: the fast path for indexing labels.
 * Gives the same words as {@link tokenize} for labels (no glued sentences in labels).
 * @example
 * assert.deepEqual(wordNorms("Patient's C++ & Node.js"), ['patient', 'c++', 'and', 'node.js']);
 */
export function wordNorms(text: string): string[] {
  const words = text.replace(/['’]s(?![\p{L}\p{N}])/gu, '').match(WORD) ?? [];
  return words.map((w) => (w === '&' ? 'and' : w.toLowerCase()));
}
