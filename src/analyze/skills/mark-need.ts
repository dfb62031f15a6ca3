/**
 * Whether a listing requires or only prefers what a phrase names: from the words around it ("nice to have",
 * "a plus", "bonus", "preferred" / "required", "must") and from the section it sits in.
 * @module
 */
import type { Section, SectionKind } from '../analyzed-listing.ts';
import { sentenceAround } from '../sentences.ts';

/** Required, preferred, or not said. */
export type Need = 'required' | 'preferred' | null;

const PREFERRED =
  /\b(nice[- ]to[- ]haves?|(is|are|would be|as) an? (big |huge |strong |real |definite )?(plus|bonus|advantage)|a plus|bonus( points)?|preferred|preferably|preference|desirable|desired|ideally|advantageous|not required|not essential|good to have|great to have|would be (great|nice|helpful)|helpful)\b/i;
const REQUIRED =
  /\b(required|requirements?|must|mandatory|essential|minimum qualifications|basic qualifications|you (will )?need|need to have)\b/i;

/** Sections whose words are not evidence of a skill the role needs (in `about`, technology names still count). */
export const NON_SKILL_SECTIONS: ReadonlySet<SectionKind> = new Set([
  'about',
  'benefits',
  'compensation',
  'legal',
  'apply',
]);

/**
 * The section containing an offset, if sections were given.
 * @example
 * assert.equal(sectionAt([{ kind: 'benefits', start: 0, end: 5, heading: null, by: 'content' }], 2)?.kind, 'benefits');
 */
export function sectionAt(sections: readonly Section[] | undefined, offset: number): Section | undefined {
  if (!sections) return undefined;
  return sections.find((s) => s.start <= offset && offset < s.end);
}

/**
 * Required or preferred for the phrase at [start, end): a cue in its own sentence wins over its section's kind;
 * without sections, a short heading line above with a cue ("Nice to have:") counts for the lines under it.
 * @example
 * const text = 'Requirements: 5 years of Python. Experience with Go is a plus.';
 * assert.equal(markNeed(text, 52, 54), 'preferred');
 * assert.equal(markNeed(text, 25, 31), 'required');
 */
export function markNeed(text: string, start: number, end: number, sections?: readonly Section[]): Need {
  const sentence = sentenceAround(text, start, end);
  const at = start - sentence.start;
  const to = end - sentence.start;
  // The phrase's own clause first: "Python required, Go preferred" says both.
  const clause = clauseAround(sentence.text, at, to);
  if (clause !== sentence.text) {
    if (PREFERRED.test(clause)) return 'preferred';
    if (REQUIRED.test(clause)) return 'required';
  }
  for (const scope of cueScopes(sentence.text, at, to)) {
    if (PREFERRED.test(scope)) return 'preferred';
    if (REQUIRED.test(scope)) return 'required';
  }
  const section = sectionAt(sections, start);
  if (section) {
    if (section.kind === 'preferred') return 'preferred';
    if (section.kind === 'requirements') return 'required';
    return null;
  }
  return headingNeed(text, start);
}

/**
 * The comma/semicolon/parenthesis-delimited part of `sentence` holding its [at, end) part (the whole sentence when
 * the phrase is not inside it, as for a phrase on a bare list marker).
 */
function clauseAround(sentence: string, at: number, end: number): string {
  if (at < 0 || end > sentence.length) return sentence;
  const before = sentence.slice(0, at);
  const from = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('(')) + 1;
  const after = sentence.slice(end);
  const stops = [after.indexOf(','), after.indexOf(';'), after.indexOf(')')].filter((i) => i >= 0);
  const to = end + (stops.length > 0 ? Math.min(...stops) : after.length);
  return sentence.slice(from, to);
}

/**
 * The parts of `sentence` whose cues speak for its [at, end) part, nearest first: the whole sentence, except in a
 * semicolon list ("Software architecture; Design patterns; Non-Functional Requirements"), where only the item holding
 * the phrase and then the list's first item, its lead-in ("As a bonus, you know some of: a; b; c"), count — one
 * item's words say nothing of another.
 */
function cueScopes(sentence: string, at: number, end: number): string[] {
  if (at < 0 || end > sentence.length) return [sentence];
  const bounds = [...sentence.matchAll(/;(?=\s|$)/g)].map((m) => m.index ?? 0);
  if (bounds.length === 0) return [sentence];
  const from = bounds.filter((b) => b < at).reduce((_, b) => b + 1, 0);
  const to = bounds.find((b) => b >= end) ?? sentence.length;
  const item = sentence.slice(from, to);
  return from === 0 ? [item] : [item, sentence.slice(0, bounds[0])];
}

/** The cue of the nearest heading-like line above (short, ends with ':' or has no sentence end), within one block. */
function headingNeed(text: string, offset: number): Need {
  let lineEnd = text.lastIndexOf('\n', offset - 1);
  for (let hops = 0; lineEnd > 0 && hops < 40; hops++) {
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    const line = text.slice(lineStart, lineEnd).trim();
    if (line === '') return null;
    if (line.length <= 60 && (line.endsWith(':') || !/[.!?]$/.test(line)) && !/^[-•*·\d]/.test(line)) {
      if (PREFERRED.test(line)) return 'preferred';
      if (REQUIRED.test(line) || /\b(qualifications|what you (need|bring|have))\b/i.test(line))
        return 'required';
      if (line.endsWith(':')) return null;
    }
    lineEnd = lineStart - 1;
  }
  return null;
}
