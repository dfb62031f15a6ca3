/**
 * Splits the responsibilities, requirements and preferred sections of a listing into statements
 * (list items, sentences, semicolon lists) and canonicalizes each.
 * @module
 */

import { isOffer } from '../../taxonomy/linking.ts';
import type { Section, Statement } from '../analyzed-listing.ts';
import { bulletLength, matchHeading, splitSentences } from '../sections/index.ts';
import { canonicalizeStatement, findYears } from './canonicalize-statement.ts';

type StatementSection = Statement['section'];
const STATEMENT_KINDS: ReadonlySet<string> = new Set(['responsibilities', 'requirements', 'preferred']);

const PREFERRED_CUE =
  /\b(?:is|are|would be) (?:a (?:big |huge |strong )?)?(?:plus|bonus|advantage)\b|\bnice[- ]to[- ]have\b|\(preferred\)|\bpreferred but not required\b|\bnot required\b|\bpreferably\b|[,(–-]\s*preferred\)?$/i;

// What a candidate must bring, not what they will do: years, experience, a skill with a strength adjective,
// knowledge, an ability, a degree.
const REQUIREMENT_SHAPE =
  /^(?:(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s*\+?\s*(?:years?|yrs)\b|(?:(?:proven|demonstrable|demonstrated|previous|prior|significant|extensive|relevant|solid|strong|hands-on)\s+)*experience\s+(?:with|in|of|as|working|using|building|leading|managing|developing|designing)\b|(?:strong|excellent|solid|deep|good|great|proven|demonstrated|demonstrable|exceptional|outstanding|extensive)\s+(?:[\p{L}/&-]+,?\s+(?:(?:and|&)\s+)?){0,3}(?:skills?|experience|knowledge|understanding|background|track record|abilit(?:y|ies)|grasp|command|proficiency|expertise|familiarity)\b|(?:(?:working|solid|deep|good|basic|in-depth|thorough)\s+)?(?:knowledge|understanding|familiarity|proficiency|fluency)\s+(?:of|with|in)\b|ability to\b|(?:bachelor|master)'?s? (?:degree|in|of)\b|registered (?:[\w'’-]+ ){0,3}(?:nurse|midwife|nursing|practitioner|professional|pharmacist|with)\b|(?:current |valid |active )?(?:nmc|hcpc|gmc|gphc) (?:registration|registered|pin)\b|(?:you (?:should |must )?(?:have|possess|bring)|you should (?:also )?(?:be|know)|the (?:ideal|successful|right) (?:candidate|person|applicant) (?:will |should |must )?(?:have|has|possess(?:es)?|be|is|brings?))\b(?! (?:the |an? )?(?:opportunity|chance|ownership|freedom|autonomy|access|support)\b| (?:responsible|accountable|expected|required|asked)\b))/iu;

/** Statements shorter than this many words are labels or fragments, not duties. */
const MIN_WORDS = 2;

/**
 * Returns the statements of a listing, in text order, with offsets into `text`.
 * @example
 * const text = 'Responsibilities\n- Leading the platform team\n- You will hire engineers; coach managers';
 * const st = splitStatements(text, [{ kind: 'responsibilities', start: 0, end: text.length, heading: 'Responsibilities', by: 'heading' }]);
 * assert.deepEqual(st.map((s) => s.canonical), ['Lead the platform team', 'Hire engineers', 'Coach managers']);
 * assert.equal(text.slice(st[2]!.start, st[2]!.end), 'coach managers');
 */
export function splitStatements(text: string, sections: readonly Section[]): Statement[] {
  const out: Statement[] = [];
  for (const section of sections) {
    if (!STATEMENT_KINDS.has(section.kind)) continue;
    const kind = section.kind as StatementSection;
    let pos = section.start;
    while (pos < section.end) {
      let lineEnd = endOfLine(text, pos, section.end);
      // A sentence wrapped onto the next line ("…ensure we can drive the right\npersonas and workflows…") is one
      // statement: the line ends without punctuation and the next one goes on in lower case, with no bullet.
      while (lineEnd < section.end && continuesOnNextLine(text, pos, lineEnd)) {
        lineEnd = endOfLine(text, lineEnd + 1, section.end);
      }
      addLine(text, pos, lineEnd, kind, out);
      pos = lineEnd + 1;
    }
  }
  return out;
}

function endOfLine(text: string, from: number, limit: number): number {
  const nl = text.indexOf('\n', from);
  return nl === -1 || nl > limit ? limit : nl;
}

function continuesOnNextLine(text: string, from: number, nl: number): boolean {
  const line = text.slice(from, nl).trim();
  if (line.length === 0 || /[.!?:;)\]"”–-]$/.test(line)) return false;
  if (matchHeading(line)?.length === line.length) return false;
  const next = text.slice(
    nl + 1,
    text.indexOf('\n', nl + 1) === -1 ? text.length : text.indexOf('\n', nl + 1),
  );
  // "o To identify…", "oHelping…": a letter o used as a bullet starts a new item.
  return /^\p{Ll}/u.test(next) && !/^o(?:\s|\p{Lu})/u.test(next) && bulletLength(next) === 0;
}

function addLine(text: string, from: number, to: number, kind: StatementSection, out: Statement[]): void {
  let line = text.slice(from, to);
  let offset = from;
  const lead = line.length - line.trimStart().length;
  line = line.slice(lead);
  offset += lead;
  const h = matchHeading(line);
  if (h) {
    line = line.slice(h.length);
    offset += h.length;
  }
  const b = bulletLength(line);
  line = line.slice(b);
  offset += b;
  for (const [s, e] of splitSentences(line)) {
    for (const [ps, pe] of splitSemicolons(line, s, e)) push(text, offset + ps, offset + pe, kind, out);
  }
}

// "Drafting wills;Estate administration;Supervising paralegals" is a list; a semicolon inside prose is not.
function splitSemicolons(line: string, s: number, e: number): [number, number][] {
  const sentence = line.slice(s, e);
  const parts = sentence.split(';');
  if (parts.length < 2 || parts.some((p) => p.trim().split(/\s+/).length < 2)) return [[s, e]];
  const out: [number, number][] = [];
  let at = s;
  for (const p of parts) {
    // The last item of a series keeps its conjunction ("…; and supporting the Open Door Policy"): drop it.
    const and = /^\s*(?:and|or)\s+/i.exec(p)?.[0].length ?? 0;
    out.push([at + and, at + p.length]);
    at += p.length + 1;
  }
  return out;
}

function push(text: string, start: number, end: number, kind: StatementSection, out: Statement[]): void {
  // Trim space, and trailing punctuation except a closing bracket or quote.
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /[\s.;,:]/.test(text[end - 1] as string)) end--;
  const verbatim = text.slice(start, end);
  const words = verbatim.split(/\s+/);
  if (words.length < MIN_WORDS) return;
  // A Title Case fragment ("Chief Technology Officer", "Technical Leadership") is a label, not a statement.
  if (
    words.length <= 6 &&
    words.every((w) => /^[\p{Lu}\d&(/-]/u.test(w) || /^(?:of|and|for|the|to|in|&)$/.test(w))
  )
    return;
  // An intro line ("You will:", "The ideal candidate has:") announces a list; it says nothing itself.
  if (text[end] === ':' && verbatim.split(/\s+/).length <= 8) return;
  // A link line ("Learn more: www.example.com") is navigation, not a duty.
  if (words.length <= 6 && /https?:\/\/|www\./.test(verbatim)) return;
  // "Work for an established, stable and agile company" sells the employer; it is no duty (nhs-jobs-2020, ethical-tech 170).
  if (kind === 'responsibilities' && /^(?:to )?work for (?:an?|one of|our)\b/i.test(verbatim)) return;
  // "The post holder will receive clinical supervision", "Are you looking for a new challenge?": what the employer
  // offers, or a pitch, asks nothing of the candidate, whatever the heading (years of experience said beside it count).
  if (isOffer(verbatim) && findYears(verbatim) === null) return;
  // "Strong communication skills" under a duties heading is a requirement; "PhD is a plus" among requirements is a
  // preference, whatever the heading said.
  const asked = kind === 'responsibilities' && REQUIREMENT_SHAPE.test(verbatim.replace(/^[^\p{L}\d]+/u, ''));
  const required = asked ? 'requirements' : kind;
  const section = required === 'requirements' && PREFERRED_CUE.test(verbatim) ? 'preferred' : required;
  const { canonical, years } = canonicalizeStatement(verbatim, section);
  out.push({ section, text: verbatim, start, end, canonical, years });
}
