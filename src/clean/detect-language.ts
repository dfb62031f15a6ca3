/**
 * The language a listing is written in, for leaving non-English listings out of English-only analysis.
 * @module
 */
import { francAll } from 'franc-min';

// The most frequent English function words: in English prose about one word in four is one of them, in other
// languages almost none is, so their share settles most listings without the slower trigram model.
const ENGLISH = new Set(
  'the and to of a in for with you we our your is are be will on as an or this that at by from have it not all can who'.split(
    ' ',
  ),
);

/** Share of English function words at or above which a text is English. */
const ENGLISH_SHARE = 0.12;
/** English scoring at least this share of franc's best guess is taken as English. */
const CLOSE_TO_BEST = 0.9;
/** Fewest letters a text needs for its language to be told at all. */
const MIN_LETTERS = 100;
/** Characters read: the opening of a listing says its language. */
const SAMPLE = 2000;

// ISO 639-3 (what franc answers) → ISO 639-1 for the languages listings come in most; others keep their 3 letters.
const TWO_LETTER: Readonly<Record<string, string>> = {
  eng: 'en',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  ita: 'it',
  por: 'pt',
  nld: 'nl',
  pol: 'pl',
  swe: 'sv',
  dan: 'da',
  nob: 'no',
  fin: 'fi',
  ces: 'cs',
  ron: 'ro',
  hun: 'hu',
  tur: 'tr',
  rus: 'ru',
  ukr: 'uk',
  ell: 'el',
  cym: 'cy',
  cmn: 'zh',
  jpn: 'ja',
  kor: 'ko',
  arb: 'ar',
  hin: 'hi',
  vie: 'vi',
  ind: 'id',
};

// Letter tests and word counts by scanning, not by arrays of regex matches: ingest asks this of every listing it
// accepts, and the arrays made it five times slower. The same code points count as letters as for `/\p{L}/u`.
const LETTER = /\p{L}/u;
const ENGLISH_LONGEST = Math.max(...[...ENGLISH].map((w) => w.length));

function isLetter(cp: number): boolean {
  if (cp < 0x80) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90);
  return LETTER.test(String.fromCodePoint(cp));
}

/** Whether `s` holds at least `min` letters (code points), as `s.match(/\p{L}/gu).length >= min`. */
function hasLetters(s: string, min: number): boolean {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i) as number;
    if (cp > 0xffff) i++;
    if (isLetter(cp) && ++n >= min) return true;
  }
  return false;
}

/** The words of `s` (runs of letters, as `s.match(/\p{L}+/gu)`) and how many of them are ENGLISH function words. */
function countWords(s: string): { words: number; english: number } {
  let words = 0;
  let english = 0;
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const cp = i < s.length ? (s.codePointAt(i) as number) : -1;
    const letter = cp >= 0 && isLetter(cp);
    if (letter && start < 0) start = i;
    if (cp > 0xffff) i++;
    if (letter || start < 0) continue;
    words++;
    const end = cp > 0xffff ? i - 1 : i;
    if (end - start <= ENGLISH_LONGEST && ENGLISH.has(s.slice(start, end))) english++;
    start = -1;
  }
  return { words, english };
}

/**
 * The language of a text as an ISO 639-1 code (`en`, `de`, `zh`; ISO 639-3 for rarer ones), or `und` when the text
 * is too short to tell. English is answered from function words; only a text with few of them goes to franc's
 * trigram model, which alone misreads short English text ("Engineers in Amsterdam" as Dutch).
 * @example
 * assert.equal(detectLanguage('We are looking for a data engineer to build and run our pipelines with the team.'.repeat(2)), 'en');
 * assert.equal(detectLanguage('Wir suchen eine Dateningenieurin, die unsere Datenplattform aufbaut und betreibt. Du arbeitest eng mit dem Team in Berlin zusammen.'), 'de');
 * assert.equal(detectLanguage('Remote'), 'und');
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE);
  if (!hasLetters(sample, MIN_LETTERS)) return 'und';
  const { words, english } = countWords(sample.toLowerCase());
  if (english >= ENGLISH_SHARE * words) return 'en';
  // franc scores languages relative to its best guess; terse English (titles, "Full time | Onsite/Hybrid") often
  // comes out French or Turkish by a hair, so English that scores close to the best is still English.
  const scores = francAll(sample, { minLength: MIN_LETTERS });
  const [code, best] = scores[0] ?? ['und', 0];
  const eng = scores.find(([c]) => c === 'eng')?.[1] ?? 0;
  if (code === 'und' || code === 'eng' || eng >= CLOSE_TO_BEST * best) return code === 'und' ? 'und' : 'en';
  return TWO_LETTER[code] ?? code;
}

/**
 * The language of a listing, read from its title and text together: how ingest, the clean workers, the analyzer's
 * language component and `extract` all ask, so they answer alike.
 * @example
 * assert.equal(listingLanguage({ title: 'Remote', text: '' }), 'und');
 */
export function listingLanguage(listing: { title?: string | null; text: string }): string {
  return detectLanguage(`${listing.title ?? ''}\n${listing.text}`);
}
