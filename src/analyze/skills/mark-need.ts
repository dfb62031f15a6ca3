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
    const need = nearestCue(scope.text, scope.at, scope.end);
    if (need) return need;
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

/** A part of a sentence and where the phrase lies in it (at its end for a lead-in before the phrase). */
interface CueScope {
  text: string;
  at: number;
  end: number;
}

/**
 * The parts of `sentence` whose cues speak for its [at, end) part, nearest first: the whole sentence, except in a
 * semicolon list ("Software architecture; Design patterns; Non-Functional Requirements"), where only the item holding
 * the phrase and then the list's first item, its lead-in ("As a bonus, you know some of: a; b; c"), count — one
 * item's words say nothing of another.
 */
function cueScopes(sentence: string, at: number, end: number): CueScope[] {
  if (at < 0 || end > sentence.length) return [{ text: sentence, at: 0, end: 0 }];
  const bounds = [...sentence.matchAll(/;(?=\s|$)/g)].map((m) => m.index ?? 0);
  if (bounds.length === 0) return [{ text: sentence, at, end }];
  const from = bounds.filter((b) => b < at).reduce((_, b) => b + 1, 0);
  const to = bounds.find((b) => b >= end) ?? sentence.length;
  const item = { text: sentence.slice(from, to), at: at - from, end: end - from };
  if (from === 0) return [item];
  const lead = sentence.slice(0, bounds[0]);
  return [item, { text: lead, at: lead.length, end: lead.length }];
}

const PREFERRED_ALL = new RegExp(PREFERRED.source, 'gi');
const REQUIRED_ALL = new RegExp(REQUIRED.source, 'gi');

/**
 * The cue of `scope` nearest the phrase at [at, end): the first one after it ("B.S. in Computer Science … required,
 * M.S. preferred"), else the last one before it. "Not required" is a preferred cue, not a required one.
 */
function nearestCue(scope: string, at: number, end: number): Need {
  const preferred = [...scope.matchAll(PREFERRED_ALL)].map((m) => ({
    need: 'preferred' as const,
    from: m.index ?? 0,
    to: (m.index ?? 0) + m[0].length,
  }));
  const required = [...scope.matchAll(REQUIRED_ALL)]
    .map((m) => ({ need: 'required' as const, from: m.index ?? 0, to: (m.index ?? 0) + m[0].length }))
    .filter((r) => !preferred.some((p) => p.from <= r.from && r.to <= p.to));
  const cues = [...preferred, ...required];
  const after = cues.filter((c) => c.from >= end).sort((a, b) => a.from - b.from)[0];
  if (after) return after.need;
  const before = cues
    .filter((c) => c.from < at)
    .sort((a, b) => b.to - a.to || (a.need === 'preferred' ? -1 : 1))[0];
  // A cue inside the phrase itself ("Preferred Qualifications" as a skill phrase) still speaks for it.
  return before?.need ?? cues[0]?.need ?? null;
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
