/**
 * Restores line breaks lost when a source flattened its text (`Job descriptionA leading…`, `skills.Ability to…`).
 * @module
 */
import { isCamelCaseName } from './camel-case-names.ts';
import { canEndLine, canStartLine } from './glue-lexicon.ts';

// Titles and abbreviations that are followed by a capitalized name, not by a new sentence (`St.Louis`, `Dr.Smith`).
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'mt',
  'ft',
  'jr',
  'sr',
  'prof',
  'gen',
  'lt',
  'col',
  'capt',
  'sgt',
  'rev',
  'hon',
  'no',
  'vol',
  'fig',
  'vs',
  'approx',
  'dept',
  'est',
  'ave',
  'blvd',
  'rd',
]);
// Words after a dot that make a file or domain name, not a sentence (`Node.Js`, `ASP.Net`, `Example.Com`).
const DOMAIN_PARTS = new Set([
  'js',
  'net',
  'com',
  'org',
  'io',
  'ai',
  'co',
  'uk',
  'gov',
  'edu',
  'ts',
  'py',
  'md',
]);

// `word.Word`, `word:Word`, `word)Word`: punctuation that ends a sentence, label or parenthesis, then a capital.
const PUNCT_GLUE = /([A-Za-z][a-z]*|\))([.!?:;)])([A-Z][a-z]*)(?=[^A-Za-z]|$)/g;
// A token with a lower→upper transition: `descriptionA`, `insurancePaid`, `QualificationsBachelor`.
const CAMEL_TOKEN = /[A-Za-z][A-Za-z]*[a-z][A-Z][A-Za-z]*/g;

function splitAtPunctuation(line: string): string {
  return line.replace(
    PUNCT_GLUE,
    (whole: string, left: string, punct: string, right: string, offset: number) => {
      if (punct === ')' || left === ')') {
        // `401(k)Paid time off`, `(Required)Work Location`: a closed parenthesis glued to a capitalized word.
        return canStartLine(right) ? `${left}${punct}\n${right}` : whole;
      }
      if (left.length < 2 || ABBREVIATIONS.has(left.toLowerCase())) return whole; // `e.g.The`, `St.Louis`
      const after = line.slice(offset + whole.length, offset + whole.length + 2);
      if (DOMAIN_PARTS.has(right.toLowerCase()) || /^\.[a-z]/i.test(after)) return whole; // `Node.Js`, `LinkedIn.com`
      const before = line.slice(0, offset);
      // Inside a URL or e-mail address only a sentence starter after the dot ends the address (`…group.com.We look`).
      if (/(?:\/\/|www\.|@)\S*$/.test(before) && !canStartLine(right)) return whole;
      if (right.length === 1 && right !== 'A' && right !== 'I') return whole;
      return `${left}${punct}\n${right}`;
    },
  );
}

function splitCamelToken(token: string, offset: number, line: string): string {
  if (isCamelCaseName(token)) return token;
  const transitions = [...token.matchAll(/[a-z][A-Z]/g)];
  // Two or more humps is a name or identifier (`PointClickCare`, `getElementById`), not one lost break.
  if (transitions.length !== 1) return token;
  const at = (transitions[0]?.index ?? 0) + 1;
  const left = token.slice(0, at);
  const right = token.slice(at);
  // The right part must be a capitalized word (`Ability`) or the words `A`/`I`; `SaaS`, `NoSQL`, `DoD` are names.
  if (!/^(?:[A-Z][a-z]+|A|I)$/.test(right)) return token;
  // A field label right after the glue (`WhittakerJob title:`, `nhs.ukTelephone number:` in NHS contact blocks).
  const rest = line.slice(offset + token.length);
  if (right.length > 2 && /^(?: [a-z]+)?:/.test(rest)) return `${left}\n${right}`;
  if (left.length < 3) return token;
  return canEndLine(left) && canStartLine(right) ? `${left}\n${right}` : token;
}

/**
 * Restores line breaks where a sentence, label or heading was glued to the next one, without splitting names such as `JavaScript` or `iOS`.
 * @example
 * assert.equal(restoreLineBreaks('Job descriptionA leading real estate firm'), 'Job description\nA leading real estate firm');
 * assert.equal(restoreLineBreaks('Who you are:You must know JavaScript and iOS.'), 'Who you are:\nYou must know JavaScript and iOS.');
 */
export function restoreLineBreaks(s: string): string {
  return s
    .split('\n')
    .map((line) => {
      const punctuated = splitAtPunctuation(line);
      return punctuated.replace(CAMEL_TOKEN, (token: string, offset: number) =>
        splitCamelToken(token, offset, punctuated),
      );
    })
    .join('\n');
}
