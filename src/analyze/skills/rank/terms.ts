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

/**
 * Strips common English inflections so "developing", "developed", "developer" and "develops" share one term.
 * @example
 * assert.equal(stemWord('managing'), stemWord('management'));
 */
export function stemWord(word: string): string {
  let w = word;
  if (w.length <= 3 || /[0-9+#]/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const suffix of ['ingly', 'ments', 'ment', 'ing', 'ers', 'er', 'ed', 'ly']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  // Doubled final consonant from inflection ("planning" → "plann" → "plan").
  if (/([bdgmnprt])\1$/.test(w) && w.length > 4) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
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
