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
 * the sentences of {@link splitSentencesWithOffsets}. A span on a bare list marker or blank space gives its own
 * trimmed text.
 * @example
 * assert.deepEqual(sentenceAround('Intro. Go is a plus. Next', 7, 9), { start: 7, end: 20, text: 'Go is a plus.' });
 */
export function sentenceAround(text: string, start: number, end: number): TextSentence {
  const sentences = sentencesNear(text, start, end);
  // An empty span still sits in the sentence holding its offset.
  const last = Math.max(end, start + 1);
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid] as TextSentence).end <= start) lo = mid + 1;
    else hi = mid;
  }
  const first = sentences[lo];
  if (!first || first.start >= last) {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    return { start: start + lead, end: start + lead + body.length, text: body };
  }
  let final = first;
  for (let i = lo + 1; i < sentences.length && (sentences[i] as TextSentence).start < last; i++)
    final = sentences[i] as TextSentence;
  return { start: first.start, end: final.end, text: text.slice(first.start, final.end) };
}

let lastText: string | null = null;
let lastSentences: TextSentence[] | null = null;

/**
 * Sentences covering [start, end): all of the text's when it was asked about just before (markNeed asks once per
 * mention of one listing, so it is split once), else only those of the span's lines (quotes hop between listings).
 */
function sentencesNear(text: string, start: number, end: number): TextSentence[] {
  if (text === lastText) {
    lastSentences ??= splitSentencesWithOffsets(text);
    return lastSentences;
  }
  lastText = text;
  lastSentences = null;
  const from = start > 0 ? text.lastIndexOf('\n', start - 1) + 1 : 0;
  const nl = text.indexOf('\n', Math.max(start, end));
  const to = nl === -1 ? text.length : nl;
  const out: TextSentence[] = [];
  let pos = from;
  while (pos <= to) {
    const lineNl = text.indexOf('\n', pos);
    const lineEnd = lineNl === -1 || lineNl > to ? to : lineNl;
    pushLineSentences(text, pos, lineEnd, out);
    pos = lineEnd + 1;
  }
  return out;
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
