/**
 * The analyzer's one notion of a sentence: lines of clean text cut into sentences (abbreviations, initials, decimals
 * and list numbering kept inside), with UTF-16 offsets and the list marker left out. Skills, need cues and profile
 * quotes all use it, so a quote, a need cue and a ranked sentence always agree on where a sentence starts and ends.
 * @module
 */
import { bulletLength, splitSentences } from './sections/index.ts';

/** A sentence of a text with its UTF-16 offsets: `text` is exactly `source.slice(start, end)`. */
export interface TextSentence {
  start: number;
  end: number;
  text: string;
}

/**
 * Splits text into its sentences: each line (split on `\n`) into the sentences of segment-text's `splitSentences`,
 * each trimmed and without a leading list marker (`- `, `• `, `1. `); parts without a letter or digit are left out.
 * @example
 * assert.deepEqual(splitSentencesWithOffsets('- Go. Rust\n').map((s) => s.text), ['Go.', 'Rust']);
 */
export function splitSentencesWithOffsets(text: string): TextSentence[] {
  const out: TextSentence[] = [];
  let pos = 0;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl === -1 ? text.length : nl;
    pushLineSentences(text, pos, lineEnd, out);
    if (nl === -1) break;
    pos = nl + 1;
  }
  return out;
}

/**
 * The sentence holding [start, end) — or the run of sentences, when the span crosses a sentence end — found among
 * the sentences of the span's own lines. A span on a bare list marker or blank space gives its own trimmed text.
 * @example
 * assert.deepEqual(sentenceAround('Intro. Go is a plus. Next', 7, 9), { start: 7, end: 20, text: 'Go is a plus.' });
 */
export function sentenceAround(text: string, start: number, end: number): TextSentence {
  const from = start > 0 ? text.lastIndexOf('\n', start - 1) + 1 : 0;
  const nl = text.indexOf('\n', Math.max(start, end));
  const to = nl === -1 ? text.length : nl;
  const sentences: TextSentence[] = [];
  let pos = from;
  // Only the span's lines: callers ask once per mention, and listings run to thousands of lines in a corpus.
  while (pos <= to) {
    const lineNl = text.indexOf('\n', pos);
    const lineEnd = lineNl === -1 || lineNl > to ? to : lineNl;
    pushLineSentences(text, pos, lineEnd, sentences);
    pos = lineEnd + 1;
  }
  // An empty span still sits in the sentence holding its offset.
  const last = Math.max(end, start + 1);
  let s0 = -1;
  let s1 = -1;
  for (const [i, s] of sentences.entries()) {
    if (s.start < last && s.end > start) {
      if (s0 < 0) s0 = i;
      s1 = i;
    }
  }
  const first = sentences[s0];
  const final = sentences[s1];
  if (!first || !final) {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    return { start: start + lead, end: start + lead + body.length, text: body };
  }
  return { start: first.start, end: final.end, text: text.slice(first.start, final.end) };
}

const WORDY = /[\p{L}\p{N}]/u;

/** Appends the sentences of text[lineStart, lineEnd) (one line) to `out`, list markers dropped. */
function pushLineSentences(text: string, lineStart: number, lineEnd: number, out: TextSentence[]): void {
  const line = text.slice(lineStart, lineEnd);
  for (const [s, e] of splitSentences(line)) {
    // A sentence can start with a marker mid-line too ("… the team. • Python"), so every sentence is checked.
    const marker = bulletLength(line.slice(s, e));
    // A bare "-" or "•" line has no sentence in it.
    if (!WORDY.test(line.slice(s + marker, e))) continue;
    out.push({ start: lineStart + s + marker, end: lineStart + e, text: line.slice(s + marker, e) });
  }
}
