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
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return 'und';
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let english = 0;
  for (const w of words) if (ENGLISH.has(w)) english++;
  if (english >= ENGLISH_SHARE * words.length) return 'en';
  // franc scores languages relative to its best guess; terse English (titles, "Full time | Onsite/Hybrid") often
  // comes out French or Turkish by a hair, so English that scores close to the best is still English.
  const scores = francAll(sample, { minLength: MIN_LETTERS });
  const [code, best] = scores[0] ?? ['und', 0];
  const eng = scores.find(([c]) => c === 'eng')?.[1] ?? 0;
  if (code === 'und' || code === 'eng' || eng >= CLOSE_TO_BEST * best) return code === 'und' ? 'und' : 'en';
  return TWO_LETTER[code] ?? code;
}
