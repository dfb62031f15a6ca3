/**
 * Résumés tell duties in the past tense ("Built predictive models"), listings in the base form ("Build predictive
 * models"), and the concept encoder reads the two differently (0.66 against 0.91 for "build predictive models").
 * This writes a copy of a text with its duty verbs in the base form, and maps offsets in the copy back.
 * @module
 */
import { toBaseVerb } from '../analyze/statements/index.ts';

/** A text with its duty verbs in the base form, and the map of its offsets back to the original. */
export interface PresentTense {
  text: string;
  /** The offset in the original text of an offset in the copy. */
  toOriginal(offset: number): number;
}

// A verb opening a line (after a bullet), a clause ("; ", ": ") or a coordination ("Hired and mentored").
const VERB_SLOT = /(^[ \t]*(?:[-•*][ \t]+)?|[;:][ \t]+|,? and[ \t]+|,[ \t]+)(\p{L}+)(?=[ \t])/gmu;

/**
 * Rewrites past-tense and -ing duty verbs to the base form where a duty verb may stand.
 * @example
 * const p = presentTense('- Hired and mentored 40 engineers; ran code reviews.');
 * assert.equal(p.text, '- Hire and mentor 40 engineers; run code reviews.');
 * assert.equal(p.toOriginal(p.text.indexOf('40')), '- Hired and mentored 40'.indexOf('40'));
 */
export function presentTense(text: string): PresentTense {
  // Anchors [copy offset, original offset] after each rewrite, ascending.
  const anchors: [number, number][] = [[0, 0]];
  let shift = 0;
  const out = text.replace(VERB_SLOT, (match, lead: string, word: string, offset: number) => {
    const base = toBaseVerb(word);
    if (!base || base === word.toLowerCase() || word.toLowerCase().endsWith('s')) return match;
    const written = /^\p{Lu}/u.test(word) ? base[0]?.toUpperCase() + base.slice(1) : base;
    const originalEnd = offset + match.length;
    shift += written.length - word.length;
    anchors.push([originalEnd + shift, originalEnd]);
    return lead + written;
  });
  return {
    text: out,
    toOriginal(offset) {
      let lo = 0;
      for (let i = anchors.length - 1; i >= 0; i--)
        if ((anchors[i] as [number, number])[0] <= offset) {
          lo = i;
          break;
        }
      const [c, o] = anchors[lo] as [number, number];
      return Math.min(text.length, o + (offset - c));
    },
  };
}
