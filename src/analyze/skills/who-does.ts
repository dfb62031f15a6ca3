/**
 * Who a mention is about. A skill is evidence only when the sentence asks it of the candidate: "partner with Product
 * Management" and "your wellbeing is leadership's top priority" name other people (the department, the bosses);
 * "help engineering partners make decisions" is an activity of others; "we build AI for …" is what the company
 * sells. Word lists here are grammar (prepositions, collaboration verbs, subjects), not per-skill data.
 * @module
 */
import type { Token } from '../../taxonomy/index.ts';

// Verbs (by stem) that take the people one works with as their object: "work closely with", "report to",
// "member of", "in partnership with". Stems as `tokenize` gives them.
const PARTY_VERBS = new Set(
  'work partner partnership collabor liais engag interfac coordin align report present articul escal advis consult influenc member role relationship togeth close closely direct directly'.split(
    ' ',
  ),
);
const PARTY_PREPOSITIONS = new Set([
  'with',
  'to',
  'alongside',
  'of',
  'across',
  'among',
  'amongst',
  'between',
]);
// Verbs (by stem) that send something to people: "provide technical advice to leadership", "communicate status to
// leadership" (tech-leadership#a16050eb1d8e62f5, #9d8389b0651b36e0).
const SENDING_VERBS = new Set(
  'provid present communic report recommend articul share escal deliv send make'.split(' '),
);

// Words that may stand between the preposition and the mention in a list of parties: "with other departments,
// including product management", "with the Head of Engineering, and Engineering leadership".
const LIST_GLUE = new Set(
  'the our your their its other all various multiple senior executive global corporate company core key technical engineering product business cross functional cross-functional internal external and or including such as like departments department disciplines teams team functions stakeholders partners leaders head heads of'.split(
    ' ',
  ),
);

// Verbs whose object then does the activity: "help business partners make decisions".
const ENABLING_VERBS = new Set(
  'help helps helping enable enables enabling empower empowers empowering'.split(' '),
);
const HIRE = new Set(['to', 'you', 'us', 'me']);
const PEOPLE = new Set(['people', 'staff', 'them', 'everyone', 'others']);

/**
 * Whether an activity mention at tokens [first, last) names other people rather than a skill of the candidate:
 * the object of a collaboration verb ("work with product management"), a possessive ("leadership's"), or a
 * "-level" compound ("leadership-level individuals"); or an activity done by someone the hire helps
 * ("help partners make decisions").
 * @example
 * import { tokenize } from '../../taxonomy/index.ts';
 * const text = 'Partnering closely with Product Management to set priorities.';
 * assert.equal(namesParty(text, tokenize(text), 3, 5), true);
 */
export function namesParty(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  const end = (tokens[last - 1] as Token).end;
  if (/^(['’]s?\b|-level\b)/i.test(text.slice(end, end + 7))) return true;
  // Walk back over a list of parties to the preposition that governs it, within the sentence; one other word may
  // qualify the mention ("with campaign leadership"), except after "to" ("to develop leadership" is an infinitive).
  let modifiers = 0;
  for (let k = first - 1, steps = 0; k >= 0 && steps < 10; k--, steps++) {
    const t = tokens[k] as Token;
    const stop = (tokens[k + 1] as Token).breakBefore && !/^[,]/.test(text.slice(t.end).trimStart());
    if (stop) break;
    if (PARTY_PREPOSITIONS.has(t.norm)) {
      if (t.norm === 'to' && modifiers > 0) return false;
      if (governsParty(tokens, k, PARTY_VERBS, 3)) return true;
      if (t.norm === 'to' && governsParty(tokens, k, SENDING_VERBS, 6)) return true;
      if (t.norm !== 'of') return false;
      continue;
    }
    if (!LIST_GLUE.has(t.norm) && !/^[A-Z]/.test(t.surface) && (modifiers++ > 0 || k !== first - 1)) break;
  }
  // "help <someone> <activity>": someone other than the hire does it.
  for (let k = first - 2; k >= Math.max(0, first - 7); k--) {
    const t = tokens[k] as Token;
    if ((tokens[k + 1] as Token).breakBefore) break;
    if (ENABLING_VERBS.has(t.norm)) {
      // The helped ones end in a plural noun ("partners", "teams", "patients"); "help to", "help you" are the hire.
      const between = tokens.slice(k + 1, first).map((x) => x.norm);
      const last = between[between.length - 1] ?? '';
      return !between.some((w) => HIRE.has(w)) && (/[^s]s$/.test(last) || PEOPLE.has(last));
    }
  }
  return false;
}

// Nouns that close a list of parties: "partner with product, engineering, AI/ML, and other departments".
const UNIT_TAIL =
  /^[^.;:!?\n]{0,60}?\b(?:and|or|&)\s+(?:other|various|all|adjacent|partner|related)?\s*(?:departments|teams|functions|groups|stakeholders|business units|disciplines|organi[sz]ations)\b/i;

/**
 * Whether a technology mention at tokens [first, last) is one of the departments the hire works with: the object of
 * a collaboration verb, in a list that ends in a unit noun ("Partner with product, engineering, AI/ML, and other
 * departments", tech-leadership#67b47bc4d9295234). Stricter than {@link namesParty}: "work with Python" is a skill.
 * @example
 * import { tokenize } from '../../taxonomy/index.ts';
 * const text = 'Partner with product, engineering, AI/ML, and other departments.';
 * assert.equal(namesDepartment(text, tokenize(text), 4, 6), true);
 */
export function namesDepartment(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
): boolean {
  const end = (tokens[last - 1] as Token).end;
  return UNIT_TAIL.test(text.slice(end, end + 80)) && namesParty(text, tokens, first, last);
}

// Verbs of reward, then a comma list up to the mention: what follows "recognized for" is what the employer praises.
const REWARDED_FOR =
  /\b(?:recogni[sz]ed|rewarded|celebrated|valued|appreciated|praised|known)\s+for\s+(?:(?:your|their|our|the|its)\s+)?(?:[\w'’-]+(?:\s+[\w'’-]+)?\s*,\s*)*(?:and\s+|&\s+)?(?:(?:your|their|our|its)\s+)?$/i;

/**
 * Whether a mention starting at `start` is in what an employer rewards: "you'll be recognized for your
 * contributions, leadership, and impact" (tech-leadership#096d21d9119b4f20) is benefits talk, not a requirement.
 * @example
 * const text = 'You will be recognized for your contributions, leadership, and impact.';
 * assert.equal(praisedFor(text, text.indexOf('leadership')), true);
 */
export function praisedFor(text: string, start: number): boolean {
  return REWARDED_FOR.test(text.slice(Math.max(0, start - 80), start));
}

// A sentence whose subject is the workplace, saying what it has or is praised for: "The unit enjoys a robust
// nursing management structure and strong clinical leadership" (nhs 916253762).
const WORKPLACE_SUBJECT =
  /^\s*(?:[-•*·]\s*)?(?:the|our|this)\s+(?:[\w'’-]+\s+){0,3}?(?:unit|ward|team|department|service|trust|practice|hospital|organi[sz]ation|company|division|directorate|centre|center|clinic|surgery|home)\s+(?:enjoys|has|boasts|benefits\s+from|offers|prides\s+itself|is\s+proud|is\s+known|is\s+recogni[sz]ed|was\s+rated|has\s+been\s+rated)\b/i;
const ADDRESSES_HIRE = /\b(?:you|your|candidates?|applicants?|post ?holder|successful)\b/i;

/**
 * Whether `sentence` (with the mention at offset `at`) describes the workplace rather than asking anything: its
 * subject is the unit, ward, team or company with a verb of having or praise, and it never addresses the hire.
 * @example
 * assert.equal(describesWorkplace('The unit enjoys strong clinical leadership.', 32), true);
 * assert.equal(describesWorkplace('You will provide strong clinical leadership.', 32), false);
 */
export function describesWorkplace(sentence: string, at: number): boolean {
  if (ADDRESSES_HIRE.test(sentence)) return false;
  const m = WORKPLACE_SUBJECT.exec(sentence);
  return m !== null && m.index + m[0].length <= at;
}

/** A verb of `verbs` (by stem or word) within `reach` words before the preposition at `k`, in the same phrase. */
function governsParty(
  tokens: readonly Token[],
  k: number,
  verbs: ReadonlySet<string>,
  reach: number,
): boolean {
  for (let v = k - 1; v >= Math.max(0, k - reach); v--) {
    const verb = tokens[v] as Token;
    if (verbs.has(verb.stem) || verbs.has(verb.norm)) return true;
    if ((tokens[v + 1] as Token).breakBefore) break;
  }
  return false;
}

// A sentence about the company or its product: "We build AI for …", "Moyai is an AI-powered monitoring tool",
// "At Acme, we …", "Our platform uses ML …".
const COMPANY_SUBJECT =
  /^\s*(?:[-•*·]\s*)?(?:(?:at|here at)\s+[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*,?\s+)?(?:we\b|we['’](?:re|ve)\b|our\b|[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\s+(?:is|are|was|builds|helps|provides|offers|makes|uses|develops|creates|powers|delivers|enables|leverages|combines|brings|turns)\b)/;
// Words that address the candidate: then the sentence asks something of the hire after all.
const CANDIDATE_CUE =
  /\b(you|your|you['’](?:ll|re|ve)|candidates?|applicants?|hire|hiring|looking for|seeking|join|experience|experienced|familiarity|familiar|knowledge|proficien\w*|understanding|skills?|background|expertise|required|preferred|plus)\b/i;
// A compound that makes the mention describe a product: "AI-powered", "ML-driven", "cloud-based".
const PRODUCT_COMPOUND = /^[-‑]\s?(powered|driven|native|first|enabled|based|assisted|led|backed|focused)\b/i;

/**
 * Whether a technology mention in `sentence` (at offset `at`, ending at `end`) describes the company or its product
 * rather than asking anything of the candidate: the company is the subject ("we build AI", "Acme is an AI-powered
 * tool"), or the mention is a product compound ("AI-powered") in a sentence that never addresses the candidate.
 * @example
 * assert.equal(describesCompany('Moyai is an AI-powered agent monitoring tool for AI engineers.', 12, 14), true);
 * assert.equal(describesCompany('Experience in machine learning and AI', 35, 37), false);
 */
export function describesCompany(sentence: string, at: number, end: number): boolean {
  if (CANDIDATE_CUE.test(sentence)) return false;
  return COMPANY_SUBJECT.test(sentence.slice(0, at)) || PRODUCT_COMPOUND.test(sentence.slice(end, end + 12));
}
