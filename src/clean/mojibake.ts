/**
 * Repair of mojibake: UTF-8 bytes that were decoded as Windows-1252 or Latin-1, once or twice.
 * @module
 */

// Windows-1252 maps these bytes (0x80–0x9F) to characters outside Latin-1; every other byte maps to U+00XX.
const CP1252_HIGH: Record<string, number> = {
  '\u20ac': 0x80,
  '\u201a': 0x82,
  '\u0192': 0x83,
  '\u201e': 0x84,
  '\u2026': 0x85,
  '\u2020': 0x86,
  '\u2021': 0x87,
  '\u02c6': 0x88,
  '\u2030': 0x89,
  '\u0160': 0x8a,
  '\u2039': 0x8b,
  '\u0152': 0x8c,
  '\u017d': 0x8e,
  '\u2018': 0x91,
  '\u2019': 0x92,
  '\u201c': 0x93,
  '\u201d': 0x94,
  '\u2022': 0x95,
  '\u2013': 0x96,
  '\u2014': 0x97,
  '\u02dc': 0x98,
  '\u2122': 0x99,
  '\u0161': 0x9a,
  '\u203a': 0x9b,
  '\u0153': 0x9c,
  '\u017e': 0x9e,
  '\u0178': 0x9f,
};

// A character that stands for a UTF-8 continuation byte (0x80–0xBF): the cp1252 specials above,
// raw C1 controls (Latin-1 decoders and cp1252's five undefined bytes) and U+00A0–U+00BF.
const CONT =
  '[\\u0080-\\u00bf\\u20ac\\u201a\\u0192\\u201e\\u2026\\u2020\\u2021\\u02c6\\u2030\\u0160\\u2039\\u0152\\u017d\\u2018\\u2019\\u201c\\u201d\\u2022\\u2013\\u2014\\u02dc\\u2122\\u0161\\u203a\\u0153\\u017e\\u0178]';
// A lead byte followed by exactly the number of continuation bytes it announces.
const SEQUENCE = new RegExp(
  `[\\u00c2-\\u00df]${CONT}|[\\u00e0-\\u00ef]${CONT}{2}|[\\u00f0-\\u00f4]${CONT}{3}`,
  'g',
);
const HAS_LEAD = /[\u00c2-\u00f4]/;
const decoder = new TextDecoder('utf-8', { fatal: true });

function toByte(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  return code <= 0xff ? code : (CP1252_HIGH[ch] ?? -1);
}

// A decoded character counts as plausible when it sits in a script or symbol block that job listings use.
// This is what keeps correct text such as `“É”` (which would decode to the IPA letter ɔ) untouched.
function isPlausible(cp: number): boolean {
  return (
    (cp >= 0xa0 && cp <= 0x24f) || // Latin-1 supplement, Latin Extended-A/B
    (cp >= 0x370 && cp <= 0x52f) || // Greek, Cyrillic
    (cp >= 0x590 && cp <= 0x6ff) || // Hebrew, Arabic
    (cp >= 0x900 && cp <= 0xdff) || // Indic scripts
    (cp >= 0x1e00 && cp <= 0x1fff) || // Latin Extended Additional (Vietnamese), Greek Extended
    (cp >= 0x2000 && cp <= 0x2bff) || // punctuation, currency, letterlike, arrows, math, symbols, dingbats
    (cp >= 0x3000 && cp <= 0x9fff) || // CJK
    (cp >= 0xac00 && cp <= 0xd7af) || // Hangul
    (cp >= 0xfe00 && cp <= 0xfe0f) || // variation selectors (emoji presentation)
    (cp >= 0xff00 && cp <= 0xffef) || // full-width forms
    (cp >= 0x1f000 && cp <= 0x1faff) // emoji
  );
}

function decodeSequence(seq: string): string {
  const bytes: number[] = [];
  for (const ch of seq) {
    const b = toByte(ch);
    if (b < 0) return seq;
    bytes.push(b);
  }
  let decoded: string;
  try {
    decoded = decoder.decode(Uint8Array.from(bytes));
  } catch {
    return seq; // not valid UTF-8 (e.g. the Welsh `â’r` in NHS 916253275): real text, leave it
  }
  const cp = decoded.codePointAt(0) ?? 0;
  return isPlausible(cp) ? decoded : seq;
}

/**
 * Repairs UTF-8 text that was decoded as Windows-1252 or Latin-1 (also twice over), leaving correct text untouched.
 * @example
 * assert.equal(repairMojibake('Data Scientist â€“ ML ðŸš€ in SÃ£o Paulo'), 'Data Scientist – ML 🚀 in São Paulo');
 * assert.equal(repairMojibake('São Paulo, Ångström, naïve'), 'São Paulo, Ångström, naïve');
 */
export function repairMojibake(s: string): string {
  let current = s;
  // Each pass undoes one layer of encoding; three layers is more than anything seen in the corpus.
  for (let pass = 0; pass < 3 && HAS_LEAD.test(current); pass++) {
    const next = current.replace(SEQUENCE, decodeSequence);
    if (next === current) break;
    current = next;
  }
  return current;
}
