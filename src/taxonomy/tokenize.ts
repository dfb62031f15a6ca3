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

// Word characters: letters and digits of any script (ASCII decided by range, the rest by \p{L}\p{N}, remembered per
// code unit in a table: 0 not yet tested, 1 no, 2 yes). A code past the text's end (NaN) is no word character.
const WORD_CHAR = /[\p{L}\p{N}]/u;
const wordClass = new Uint8Array(0x10000);
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let w = wordClass[c];
  if (w === 0) {
    w = WORD_CHAR.test(String.fromCharCode(c)) ? 2 : 1;
    wordClass[c] = w;
  }
  return w === 2;
}

// Characters between words the scanner looks for, as bit flags in a table: one array read per character instead of
// Set lookups (the scan runs over every listing's text several times). Codes past the table (or NaN) have none.
const BREAK = 1;
const DASH = 2;
const APOSTROPHE = 4;
const PUNCT = new Uint8Array(0x2100);
const mark = (chars: string, flag: number): void => {
  for (const c of chars) PUNCT[c.charCodeAt(0)] = (PUNCT[c.charCodeAt(0)] ?? 0) | flag;
};
// Characters between words that end a phrase: a label never spans them.
mark('.,;:!?()[]{}\n\r\t•·|"“”<>=*', BREAK);
mark('-–—', DASH);
mark("'’", APOSTROPHE);
const punct = (c: number, flag: number): boolean => ((PUNCT[c] ?? 0) & flag) !== 0;

/**
 * Calls `emit` for each word of `text`: runs of letters/digits, joined by short inner dot parts ("node.js",
 * "asp.net"; not the glued sentence "skills.Python"), followed by "++", "+" or "#" ("c++", "c#"), or opened by a
 * dot (".net"); a lone "&" is a word too. Possessive apostrophe-s is skipped. `breakBefore` says whether phrase-ending
 * punctuation (. , ; : ( ) ! ? newline, bullets, a spaced dash) stands between this word and the previous one.
 * @example
 * const words: string[] = [];
 * scanWords("patient's C++", (s, e) => words.push("patient's C++".slice(s, e)));
 * assert.deepEqual(words, ['patient', 'C++']);
 */
export function scanWords(
  text: string,
  emit: (start: number, end: number, breakBefore: boolean) => void,
): void {
  const n = text.length;
  let brk = true;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const dotWord =
      c === 46 &&
      i + 1 < n &&
      isWordChar(text.charCodeAt(i + 1)) &&
      (i === 0 || !isWordChar(text.charCodeAt(i - 1)));
    if (c === 38) {
      emit(i, i + 1, brk);
      brk = false;
      i++;
      continue;
    }
    if (!dotWord && !isWordChar(c)) {
      if (punct(c, BREAK)) brk = true;
      else if (punct(c, DASH) && text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + 1) === 32) brk = true;
      i++;
      continue;
    }
    const start = i;
    i++;
    while (i < n && isWordChar(text.charCodeAt(i))) i++;
    // Short inner dot parts: ".js", ".net", ".io" (1–4 word characters, then a non-word character).
    while (i + 1 < n && text.charCodeAt(i) === 46 && isWordChar(text.charCodeAt(i + 1))) {
      let j = i + 1;
      while (j < n && isWordChar(text.charCodeAt(j))) j++;
      if (j - i - 1 > 4) break;
      i = j;
    }
    if (text.charCodeAt(i) === 43) i += text.charCodeAt(i + 1) === 43 ? 2 : 1;
    else if (text.charCodeAt(i) === 35) i++;
    emit(start, i, brk);
    brk = false;
    if (punct(text.charCodeAt(i), APOSTROPHE)) {
      const s = text.charCodeAt(i + 1);
      if ((s === 115 || s === 83) && !isWordChar(text.charCodeAt(i + 2))) i += 2;
      else if (!isWordChar(s)) i++;
    }
  }
}

/**
 * Splits text into word tokens with offsets; hyphens, slashes and spaces separate words without breaking a phrase.
 * @example
 * const t = tokenize('CI/CD, Node.js');
 * assert.deepEqual(t.map((x) => [x.norm, x.breakBefore]), [['ci', true], ['cd', false], ['node.js', true]]);
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  scanWords(text, (start, end, breakBefore) => {
    const surface = text.slice(start, end);
    const norm = surface === '&' ? 'and' : surface.toLowerCase();
    out.push({ start, end, surface, norm, stem: stemCached(norm), breakBefore });
  });
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

// Longest first: -ation/-ate families collapse so "automation" = "automate" (and -ization → -iz above).
const SUFFIXES = ['ations', 'ation', 'ments', 'ment', 'ating', 'ated', 'ates', 'ate', 'ing', 'ed'];

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
  // British and American spellings share one stem; -ization keeps its -iz so "authorization" is not "author".
  w = w
    .replace(/is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1')
    .replace(/our$/, 'or')
    .replace(/izations?$/, 'iz');
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

// stemToken leaves words of three characters or fewer as they are, unless an exception says otherwise ("ios" is
// itself): then a third of a text's words need no lookup.
const SHORT_ARE_STEMS = Object.entries(STEM_EXCEPTIONS).every(([w, s]) => w.length > 3 || w === s);

/**
 * {@link stemToken}, memoized: the taxonomy's 100k labels share a few tens of thousands of words.
 * @example
 * assert.equal(stemCached('databases'), stemToken('databases'));
 */
export function stemCached(norm: string): string {
  if (norm.length <= 3 && SHORT_ARE_STEMS) return norm;
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
  const out: string[] = [];
  scanWords(text, (start, end) => {
    const w = text.slice(start, end);
    out.push(w === '&' ? 'and' : w.toLowerCase());
  });
  return out;
}
