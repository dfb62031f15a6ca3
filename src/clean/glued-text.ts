/**
 * Restores line breaks lost when a source flattened its text (`Job descriptionA leading…`, `skills.Ability to…`).
 * @module
 */
import { isCamelCaseName } from './camel-case-names.ts';
import { canEndLine, canStartLine, isCommonLineEnd } from './glue-lexicon.ts';

// Titles and abbreviations that are followed by a capitalized name, not by a new sentence (`St.Louis`, `Dr.Smith`).
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st mt ft jr sr prof gen lt col capt sgt rev hon no vol fig vs approx dept est ave blvd rd'.split(
    ' ',
  ),
);
// Words after a dot that make a file or domain name, not a sentence (`Node.Js`, `ASP.Net`, `Example.Com`).
const DOMAIN_PARTS = new Set('js net com org io ai co uk gov edu ts py md'.split(' '));

// `word.Word`, `word:Word`, `word)Word`: punctuation that ends a sentence, label or parenthesis, then a capital.
// The right word is only looked at, not consumed, so `learn.Role:Our office` (LinkedIn 921716) splits twice.
const PUNCT_GLUE = /([A-Za-z][a-z]*|\))([.!?:;)])(?=([A-Z][a-z]*)(?:[^A-Za-z]|$))/g;
// A dash bullet glued to the previous item: `from Agents- Track Tasks` (LinkedIn 921716).
const DASH_BULLET = /([a-z0-9)%.])- (?=[A-Z][a-z])/g;
// The contact block of NHS JSON-LD listings lost its separators in about 2,800 of 14,842 records
// (`NameJane Birchall-SmithJob titleOperational Manager`, NHS 916255990): the label gets its colon back.
const CONTACT_LABEL =
  /(?<![A-Za-z])Name(?=[A-Z])|(Job title|Email address|Telephone number)(?=[A-Z0-9]|[\w.+-]+@)/g;

// The last label of that block, glued to the telephone number before it.
const TRAILER_TEXT = 'Additional contact information';
const CONTACT_TRAILER = /(?<=[0-9a-z])Additional contact information/g;

function restoreContactLabel(
  label: string,
  _multiWord: string | undefined,
  offset: number,
  line: string,
): string {
  // A multi-word label glued to the previous value (`Principal OTEmail address`) also starts a new line.
  const newLine = offset > 0 && !/\s/.test(line[offset - 1] ?? ' ') ? '\n' : '';
  return `${newLine}${label}: `;
}
// Texts flattened with spaces instead of glued (ethical-tech-jobs-2020 `Text`, some LinkedIn rows): in a long line a
// run of two or more spaces, or a short `Label:` after a sentence end, is where a line used to break.
const FLAT_LINE = 200;
const DOUBLE_SPACE = /(\S) {2,}(?=\S)/g;
const LABEL_AFTER_SENTENCE = /(?<=[A-Za-z)][.!?]) (?=(?:[A-Z][a-z]+|[A-Z]{2,})(?:[ /&-]+[A-Za-z]+){0,3}:\s)/g;

function unflatten(line: string): string {
  if (line.length < FLAT_LINE) return line;
  const spaced = line.includes('  ') ? line.replace(DOUBLE_SPACE, '$1\n') : line;
  return spaced.includes(':') ? spaced.replace(LABEL_AFTER_SENTENCE, '\n') : spaced;
}

// Cheap tests that let most lines skip the rules above.
const MAY_PUNCT_GLUE = /[A-Za-z)][.!?:;)][A-Z]/;
const MAY_CAMEL_GLUE = /[a-z][A-Z]/;
// What follows a name rather than a new line: a list comma, a closing bracket, a pipe, a domain or an address.
const NAME_FOLLOWS = /^(?:[,)|@]|\s\||\.[A-Za-z0-9])/;

function splitAtPunctuation(line: string): string {
  return line.replace(
    PUNCT_GLUE,
    (whole: string, left: string, punct: string, right: string, offset: number) => {
      const after = line.slice(offset + whole.length, offset + whole.length + 2);
      if (punct === ')' || left === ')') {
        // `401(k)Paid time off`, `(Required)Work Location`: a closed parenthesis glued to a capitalized word.
        return canStartLine(right) && !NAME_FOLLOWS.test(after) ? `${left}${punct}\n` : whole;
      }
      if (left.length < 2 || ABBREVIATIONS.has(left.toLowerCase())) return whole; // `e.g.The`, `St.Louis`
      if (DOMAIN_PARTS.has(right.toLowerCase()) || NAME_FOLLOWS.test(after)) return whole; // `Node.Js`, `a.B@x.com`
      if (right.length === 1 && right !== 'A' && right !== 'I') return whole;
      // After a dot, a capitalized left word or an address needs a real sentence starter: `Neo.Tax`, `React.Native`
      // (HN 46862175, 46466822) are names; `…group.com.We look` ends an address and a sentence.
      const before = line.slice(0, offset);
      const capitalizedLeft = /^[A-Z]/.test(left) || /(?:\/\/|www\.|@)\S*$/.test(before);
      if (punct === '.' && capitalizedLeft && !canStartLine(right)) return whole;
      return `${left}${punct}\n`;
    },
  );
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * Calls `visit` with each camel token of `text` and its offset, in order: a whole run of ASCII letters with a
 * lower→upper transition (`descriptionA`, `insurancePaid`, `QualificationsBachelor`), as the global regex
 * `(?<![A-Za-z])[A-Za-z]*[a-z][A-Z][A-Za-z]*` matches. A loop: that regex was the clean stage's hot spot.
 */
function forEachCamelToken(text: string, visit: (token: string, offset: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isAsciiLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let camel = false;
    let prevLower = false;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      const lower = c >= 97 && c <= 122;
      if (!lower && !(c >= 65 && c <= 90)) break;
      if (prevLower && !lower) camel = true;
      prevLower = lower;
    }
    if (camel) visit(text.slice(start, i), start);
  }
}

function countTokens(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  if (!MAY_CAMEL_GLUE.test(text)) return counts;
  forEachCamelToken(text, (token) => counts.set(token, (counts.get(token) ?? 0) + 1));
  return counts;
}

/** Replaces each camel token of `line` with what splitCamelToken makes of it. */
function splitCamelTokens(line: string, counts: Map<string, number>): string {
  let out = '';
  let last = 0;
  forEachCamelToken(line, (token, offset) => {
    const replaced = splitCamelToken(token, offset, line, counts);
    if (replaced === token) return;
    out += line.slice(last, offset) + replaced;
    last = offset + token.length;
  });
  return last === 0 ? line : out + line.slice(last);
}

function splitCamelToken(token: string, offset: number, line: string, counts: Map<string, number>): string {
  if (isCamelCaseName(token)) return token;
  // A name recurs (`VersaFeed` three times in HN 47978833); a lost break between two lines does not.
  if ((counts.get(token) ?? 0) > 1) return token;
  const transitions = [...token.matchAll(/[a-z][A-Z]/g)];
  // Two or more humps is a name or identifier (`PointClickCare`, `getElementById`), not one lost break.
  if (transitions.length !== 1) return token;
  const at = (transitions[0]?.index ?? 0) + 1;
  const left = token.slice(0, at);
  const right = token.slice(at);
  // The right part must be a capitalized word (`Ability`) or the words `A`/`I`; `SaaS`, `NoSQL`, `DoD` are names.
  if (!/^(?:[A-Z][a-z]+|A|I)$/.test(right)) return token;
  const rest = line.slice(offset + token.length);
  if (NAME_FOLLOWS.test(rest)) return token; // `ZoomInfo,`, `GitBook |`
  // A two-word field label right after the glue (`WhittakerJob title:`, `nhs.ukTelephone number:` in NHS contacts).
  if (left.length >= 2 && /^ [a-z]+:/.test(rest)) return `${left}\n${right}`;
  if (left.length < 3) return token;
  // `InsurancePaid` is glue but `GitBook`, `LiveMap` are names: a capitalized left half must be a frequent line end.
  const ends = /^[A-Z]/.test(left) ? isCommonLineEnd(left) : canEndLine(left);
  return ends && canStartLine(right) ? `${left}\n${right}` : token;
}

/**
 * Restores line breaks where a sentence, label or heading was glued to the next one, without splitting names such as `JavaScript` or `iOS`.
 * @example
 * assert.equal(restoreLineBreaks('Job descriptionA leading real estate firm'), 'Job description\nA leading real estate firm');
 * assert.equal(restoreLineBreaks('Who you are:You must know JavaScript and iOS.'), 'Who you are:\nYou must know JavaScript and iOS.');
 */
export function restoreLineBreaks(s: string): string {
  const counts = countTokens(s);
  const out: string[] = [];
  for (const flat of s.split('\n')) {
    const unflattened = unflatten(flat);
    for (const line of unflattened === flat ? [flat] : unflattened.split('\n'))
      out.push(restoreLine(line, counts));
  }
  return out.join('\n');
}

function restoreLine(line: string, counts: Map<string, number>): string {
  // Each rule runs only on lines holding the text it needs: most lines need none.
  let labelled = line;
  if (
    line.includes('Name') ||
    line.includes('Job title') ||
    line.includes('Email address') ||
    line.includes('Telephone number')
  )
    labelled = labelled.replace(CONTACT_LABEL, restoreContactLabel);
  if (labelled.includes(TRAILER_TEXT)) labelled = labelled.replace(CONTACT_TRAILER, `\n${TRAILER_TEXT}`);
  let punctuated = MAY_PUNCT_GLUE.test(labelled) ? splitAtPunctuation(labelled) : labelled;
  if (punctuated.includes('- ')) punctuated = punctuated.replace(DASH_BULLET, '$1\n- ');
  if (!MAY_CAMEL_GLUE.test(punctuated)) return punctuated;
  return splitCamelTokens(punctuated, counts);
}
