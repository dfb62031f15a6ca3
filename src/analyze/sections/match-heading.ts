/**
 * The heading lexicon: recognises a line (or the start of one) as a section heading and names its kind.
 * @module
 */
import { memoizeRecent } from '../../memoize.ts';
import type { SectionKind } from '../analyzed-listing.ts';

/** A recognised heading: its kind (null for headings such as "Job description" that say nothing of the kind) and its length. */
export interface HeadingMatch {
  kind: SectionKind | null;
  /** Length of the heading in the matched string, including a trailing colon; content may follow inline. */
  length: number;
}

// Patterns are tested against a normalised heading: lowercase, straight quotes, no emoji/bullets/trailing punctuation.
// Order matters: the first match wins ("preferred qualifications" before "qualifications").
const LEXICON: [RegExp, SectionKind | null][] = [
  [
    /^(?:(?:equal (?:employment )?opportunit(?:y|ies)(?: employer)?|eeo(?: statement)?|diversity(?:,? equity)?(?:,? (?:and|&) inclusion)?|accommodations?|disclaimer|legal|privacy(?: notice)?|safeguarding|work authori[sz]ation(?:\/sponsorship)?|visa sponsorship|posting statement|disability confident.*|investment code of ethics|e-verify|pay transparency.*)|.* is an equal opportunity employer|(?:our )?commitment to (?:equal|diversity|inclusion).*|diversity,? (?:equity|inclusion).*)$/,
    'legal',
  ],
  [
    /^(?:preferred|desired|desirable|recommended|bonus|nice[- ]to[- ]have|additional|ideal)(?: (?:skills|qualifications|requirements|experience|criteria|points|haves?|but not required))*$|^(?:nice to haves?|bonus points?(?: for.*)?|bonus if.*|(?:it'?s )?a (?:plus|bonus) if.*|it'?s a (?:plus|bonus) if.*|extra credit|(?:even )?better if.*|pluses|brownie points|you might also have|what would make you stand out|ways to stand out)$/,
    'preferred',
  ],
  [
    /^(?:(?:key |main |primary |core |essential |your |job |position |role |the )?(?:responsibilities|duties|accountabilities|tasks|functions)(?: (?:and|&|\/) (?:responsibilities|duties|essential functions|accountabilities))?(?: of (?:the|this) (?:job|role|post|position))?(?: include)?|main duties of the job|duties of this role include|essential (?:duties|functions)(?: and responsibilities)?|what (?:you(?:'ll| will)|you'd|we need you to) (?:do|own|be doing|work on|be working on|achieve|accomplish|build|tackle|drive|lead)|(?:in this role|as .*),? you(?:'ll| will)|you will|your (?:day[- ]to[- ]day|impact|role|mission|responsibilities)|day[- ]to[- ]day|a day in the life|the work|what the job involves|role (?:and|&) responsibilities|skills\/responsibilities|job responsibilities|what success looks like|what you'll achieve|outcomes|(?:your )?first (?:30|60|90).*|the impact you'll have|what's the job|what you(?:'ll| will) get to do.*|here'?s what (?:your role|you(?:'ll| will) do|the role).*|(?:your|this|the) role will (?:entail|include|involve).*|(?:this|the) role (?:entails|includes|involves))$/,
    'responsibilities',
  ],
  [
    /^(?:(?:minimum|basic|required|key|essential|job|your|the|technical|professional|education(?:al)?(?: (?:and|&) experience)?|experience (?:and|&)) ?(?:qualifications|requirements|skills|experience|criteria)(?: (?:and|&|\/) (?:qualifications|requirements|skills|experience|education))*(?: required)?|qualifications|requirements|required|must[- ]haves?|must have|skills(?: and experience| & experience)?|experience|education|(?:education|licen[sc]e|licensure|certifications?|certificates?|training)(?:\s*(?:\/|and|&|,)\s*(?:licen[sc]e|licensure|certifications?|certificates?|experience|training|skills))+|about you|who you are|who we'?re looking for|we(?:'re| are) looking for (?:someone|a person|people|candidates?|you)(?: (?:who|with|that)(?: (?:has|have|is|are|will))?)?|what (?:we(?:'re| are)|we) (?:looking for|need|seek)|what you(?:'ll)? (?:bring|need|have)|what you bring to the table|you (?:have|bring|are|might be a fit if|should have)|you'?re a (?:great )?fit if|you(?:'ll)? (?:love|thrive in) this role if|(?:this role is (?:perfect|right|for you)|you(?:'ll| will)? thrive(?: here)?|we'd love to (?:talk to|hear from) you|you(?:'re| are| might be) (?:a )?(?:good |great |strong )?(?:fit|match)) if(?: you)?|is this you|the (?:ideal )?(?:candidate|person|applicant)|ideal candidate(?: profile)?|person specification|applicants should meet the following criteria|to be successful.*you(?:'ll| will) need|what it takes|knowledge, skills(?:,| and) abilities|competencies|your (?:background|profile|skills|experience)|(?:the )?essential(?: criteria)?|what makes you a (?:great )?fit|you(?:'ll| will) succeed(?: in this role)? (?:with|if).*|you(?:'re| are) someone who.*|(?:we )?need you to bring|what you(?:'ll| will) need(?: to succeed)?|not a (?:good )?fit if.*|this (?:role )?(?:isn'?t|is not) for you if.*)$/,
    'requirements',
  ],
  [
    /^(?:(?:salary|compensation|pay|remuneration)(?: (?:range|information|details|and (?:benefits|equity)|& (?:benefits|equity)|range information|transparency))*|compensation (?:and|&) benefits|salary (?:and|&) benefits|total rewards|base pay(?: range)?|equity|wage|hiring ranges?|(?:salary|pay) ranges?)$/,
    'compensation',
  ],
  [
    /^(?:(?:the |our |employee |additional |your )?(?:benefits|perks|rewards)(?: (?:and|&) (?:perks|benefits|culture))?(?: package)?|benefit package|what (?:we|you) (?:offer|get|can expect)|what do we offer|what's in it for you|why (?:join|work (?:for|with|at))(?: us| .+)?|what you will get|in return.*|why you'll love (?:working|it) (?:here|with us|at .+)|(?:now for )?the perks|here's why .+|we offer|we(?:'ll| will) offer you.*|why .+\?(?: we'll offer you.*)?|why (?!you\b)[\w&.' -]{2,30}|time off(?: program)?|health(?: and| &) wellness|working (?:here|with us)|life at .+)$/,
    'benefits',
  ],
  [
    /^(?:how to apply|to apply|apply(?: now| here)?|application(?: process)?|hiring process|interview process|our (?:hiring|interview) process|next steps|what next|what happens next|interested|contact(?: us| details| information)?|for further details.*|informal (?:visits|enquiries).*|closing date|see more and apply here|ready to apply|recruitment process)$/,
    'apply',
  ],
  [
    /^(?:about (?:us|the company|the team|the organi[sz]ation|our (?:company|team|organi[sz]ation|client)|the employer|your next employer|(?!the role|this role|the job|the position|you\b).+)|company (?:description|overview|information|profile)|who (?:we are|is .+|are .+)|our (?:story|mission|values|company|team|culture|vision|solution|tech stack|investors|customers)|the (?:company|team|organi[sz]ation)|why we exist|our clients?|the employer|how we work|what we (?:do|believe|value)|(?:company |our )?(?:culture|values|mission|vision)(?: (?:and|&) (?:values|culture|mission|vision))?)$/,
    'about',
  ],
  [
    /^(?:(?:job |role |position )?(?:description|summary|overview|purpose|details|profile)|about (?:the|this) (?:role|job|position|opportunity)|the (?:role|job|position|opportunity|post)|role|opportunity|overview|introduction|additional information|other information|job details|the challenge|position|location|schedule|job type|summary)$/,
    null,
  ],
];

/** Headings are short: longer lines are content even when they start with a lexicon phrase. */
const MAX_HEADING_WORDS = 9;

/**
 * Normalises a candidate heading for the lexicon: lowercase, straight quotes, emoji/bullets/numbering and
 * trailing punctuation removed.
 * @example
 * assert.equal(normalizeHeading('🚀 What You’ll Do:'), "what you'll do");
 */
export function normalizeHeading(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/^[^\p{L}\d]+/u, '')
    .replace(/^(?:\d{1,2}|[ivx]{1,4})[.)]\s+/, '')
    .replace(/[\s:.…!?\-–—*_#]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Recognises a whole line as a heading, or a heading that opens a line ("Qualifications: 5 years…").
 * @example
 * assert.deepEqual(matchHeading('What you’ll do'), { kind: 'responsibilities', length: 14 });
 * assert.deepEqual(matchHeading('Qualifications:Juris Doctor degree'), { kind: 'requirements', length: 15 });
 * assert.equal(matchHeading('We build tools for nurses.'), null);
 */
export function matchHeading(line: string): HeadingMatch | null {
  return recentHeadings(line);
}

// The sections and then the statements of a listing read its lines: each line's answer is kept a while (read only).
const recentHeadings = memoizeRecent(findHeading, 1024);

function findHeading(line: string): HeadingMatch | null {
  const trimmed = line.trimEnd();
  // Headings are short; normalizing every long sentence would cost more than all other cues.
  const whole = trimmed.length <= 90 ? lookup(trimmed) : undefined;
  if (whole !== undefined) return { kind: whole, length: trimmed.length };
  // Inline: "Heading: content" or "Heading - content"; the heading part must itself be in the lexicon.
  const m = /^([^:\n]{2,60}?)(?::|\s[-–—]\s)/.exec(trimmed.slice(0, 64));
  if (m) {
    const kind = lookup(m[1] as string);
    if (kind !== undefined && (m[1] as string).split(/\s+/).length <= 6)
      return { kind, length: (m[0] as string).length };
  }
  // Glued without even a space, as LinkedIn's flattened lists: "RequirementsState-issued…" (linkedin 382).
  const tight = /^(\p{Lu}\p{Ll}+)(?=\p{Lu}\p{Ll})/u.exec(trimmed);
  if (tight && GLUED_SINGLE.has(normalizeHeading(tight[1] as string)))
    return { kind: lookup(tight[1] as string) ?? null, length: (tight[1] as string).length };
  // Glued without punctuation, as in one-line scrapes: "Responsibilities Build a product…" (ethical-tech ectj #1).
  const words = trimmed.slice(0, 64).split(/\s+/);
  for (let n = 1; n <= 4 && n < words.length; n++) {
    const next = words[n] as string;
    if (!/^\p{Lu}/u.test(next)) continue;
    const prefix = words.slice(0, n).join(' ');
    const kind = lookup(prefix);
    if (kind && (n >= 2 || GLUED_SINGLE.has(normalizeHeading(prefix))))
      return { kind, length: trimmed.indexOf(next, prefix.length) };
  }
  return null;
}

// One-word headings distinctive enough to recognise without a colon.
const GLUED_SINGLE: ReadonlySet<string> = new Set([
  'responsibilities',
  'requirements',
  'qualifications',
  'duties',
  'benefits',
  'perks',
  'compensation',
]);

function lookup(candidate: string): SectionKind | null | undefined {
  const n = normalizeHeading(candidate);
  if (n.length === 0 || n.length > 70 || n.split(' ').length > MAX_HEADING_WORDS) return undefined;
  for (const [re, kind] of LEXICON) if (re.test(n)) return kind;
  return undefined;
}
