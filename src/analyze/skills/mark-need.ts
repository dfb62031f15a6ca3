/**
 * Whether a listing requires or only prefers what a phrase names: from the words around it ("nice to have",
 * "a plus", "bonus", "preferred" / "required", "must") and from the section it sits in.
 * @module
 */
import type { Section, SectionKind } from '../analyzed-listing.ts';

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
 * The sentence (or list item) around [start, end): from the previous line break or sentence end to the next.
 * @example
 * assert.equal(sentenceAround('Intro. Go is a plus. Next', 7, 9), 'Go is a plus.');
 */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0) {
    const ch = text[from - 1];
    if (ch === '\n' || ((ch === ' ' || ch === '\t') && /[.!?;]/.test(text[from - 2] ?? ''))) break;
    from--;
  }
  let to = end;
  while (to < text.length) {
    const ch = text[to];
    if (ch === '\n') break;
    to++;
    if (/[.!?;]/.test(ch ?? '') && /\s/.test(text[to] ?? '\n')) break;
  }
  return text.slice(from, to).trim();
}

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
  // The phrase's own clause first: "Python required, Go preferred" says both.
  const clause = clauseAround(sentence, text.slice(start, end));
  if (clause !== sentence) {
    if (PREFERRED.test(clause)) return 'preferred';
    if (REQUIRED.test(clause)) return 'required';
  }
  if (PREFERRED.test(sentence)) return 'preferred';
  if (REQUIRED.test(sentence)) return 'required';
  const section = sectionAt(sections, start);
  if (section) {
    if (section.kind === 'preferred') return 'preferred';
    if (section.kind === 'requirements') return 'required';
    return null;
  }
  return headingNeed(text, start);
}

/** The comma/semicolon/parenthesis-delimited part of `sentence` holding `phrase` (the sentence when not found). */
function clauseAround(sentence: string, phrase: string): string {
  const at = sentence.indexOf(phrase);
  if (at < 0) return sentence;
  const before = sentence.slice(0, at);
  const from = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('(')) + 1;
  const after = sentence.slice(at + phrase.length);
  const stops = [after.indexOf(','), after.indexOf(';'), after.indexOf(')')].filter((i) => i >= 0);
  const to = at + phrase.length + (stops.length > 0 ? Math.min(...stops) : after.length);
  return sentence.slice(from, to);
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
