/**
 * Canonical phrasing of one statement: duties as imperatives with a bare verb first ("Lead the platform team"),
 * requirements as noun phrases with the years of experience taken out as a number.
 * @module
 */
import { toBaseVerb } from './verb-lexicon.ts';

/** A statement's canonical form and the years of experience it asks for. */
export interface CanonicalStatement {
  canonical: string;
  years: number | null;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  fifteen: 15,
};
const NUM = '(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)';
const YEARS = new RegExp(
  `(?:\\b(?:a\\s+)?(?:minimum|min\\.?|at least|over|more than)\\s+(?:of\\s+)?)?\\b${NUM}\\s*(?:\\+|plus)?\\s*(?:(?:-|–|to)\\s*\\d{1,2}\\s*\\+?\\s*)?(?:years?|yrs?)\\b'?(?:\\s*\\+)?`,
  'i',
);
// What may follow "5+ years" before the thing experienced: "of (relevant) professional experience in".
const YEARS_TAIL =
  /^\s*(?:of\s+)?(?:(?:relevant|professional|proven|hands[- ]on|industry|progressive|practical|related|demonstrated|direct|solid|prior|post[- ]qualification|work|working|combined)\s+)*(?:experience|exp\.?)?\s*/i;

// Subjects and frames that carry no meaning in a duty: "You will", "The successful candidate will be expected to".
const DUTY_PREFIX =
  /^(?:(?:we(?:'re| are)|[\w&.' -]{2,40} (?:is|are)) (?:hiring|looking for|seeking|looking to hire) (?:an? |our |the )?[^,;]{2,60}? to (?!join\b)(?=\w))?(?:(?:in this (?:[\w-]+ ){0,3}(?:role|position)|as (?:a|an|the|our) [^,]{2,40}),?\s+)?(?:(?:you(?:'ll| will| shall| are going to)|you're going to|we(?:'ll| will) (?:need|want|expect) you to|you(?:'re| are)(?= (?:also )?(?:fully |primarily |directly |ultimately )?(?:responsible|accountable|expected|required))|the (?:successful )?(?:candidate|applicant|post ?holder|postholder|individual|person|incumbent|hire|role ?holder|engineer|leader)(?: will)?|(?:the|this) [^.;:]{2,60}? will(?! be (?:a|an)\b)|this (?:role|position|person)(?: will)?|will|(?:you )?(?:must|should)(?: also)?)\s+)?(?:(?:be|is|are)\s+)?(?:(?:expected|required|asked|able|empowered|encouraged)\s+to\s+)?(?:(?:be\s+)?(?:also\s+)?(?:fully\s+|primarily\s+|directly\s+|ultimately\s+)?(?:responsible|accountable)\s+for\s+)?(?:the\s+ability\s+to\s+|ability\s+to\s+|to\s+)?/i;

// "Supported by the Lead Nurse, you will…", "Based in our London office, you'll…": the circumstances, not the duty.
const PARTICIPLE_INTRO = /^(?:\p{L}+ed|led) (?:by|within|in|at|alongside|with) [^,;]{2,80},\s*(?=you\b)/iu;

// "Reporting to the POA lead Nurse(,) the post holder is responsible for…": the reporting line opens a sentence whose
// duty comes after the subject (nhs-jobs-2020).
const REPORTING_INTRO =
  /^reporting (?:directly )?(?:in)?to (?:the |our |a )?[^,;]{2,60}?(?:,\s*|\s+)(?=(?:the (?:post ?holder|postholder|successful (?:candidate|applicant)|role ?holder)|you)\b)/i;

const REQ_PREFIX =
  /^(?:(?:you (?:should|must) (?:also )?(?:have|be|possess)|you(?:'ve| have)? (?:got|have|bring|possess|hold|are)|you're|must (?:have|be|possess|hold)|should (?:have|be)|have|has|possess|hold|we(?:'re| are) looking for (?:someone|a (?:candidate|person|leader)) (?:with|who (?:has|is))|(?:the )?(?:ideal|successful) (?:candidate|applicant) (?:will |should |must )?(?:have|has|be|is|possess(?:es)?)|(?:the )?post ?holders? (?:will |should |must )(?:have|be|possess)|candidates? (?:must|should|will) (?:have|be|possess))\s+)?(?:(?:an?|the)\s+(?=(?:ability|demonstrated ability|proven ability) to))?(?:(?:demonstrated|proven)\s+)?(?:ability\s+to\s+|able\s+to\s+)?/i;

const PREFERRED_MARK =
  /[\s,;–-]*\(?\s*(?:(?:is|are|would be|will be)\s+)?(?:(?:also|definitely|highly|strongly)\s+)?(?:an?\s+(?:big\s+|huge\s+|strong\s+|nice\s+|real\s+)?(?:plus|bonus|advantage)|preferred|desired|desirable|nice[- ]to[- ]have|advantageous|beneficial|(?:a\s+)?plus)\s*\)?$/i;

/**
 * Canonicalizes one duty or requirement.
 * @example
 * assert.deepEqual(canonicalizeStatement('You will be responsible for leading the platform team.', 'responsibilities'),
 *   { canonical: 'Lead the platform team', years: null });
 * assert.deepEqual(canonicalizeStatement('5+ years of experience with Kubernetes', 'requirements'),
 *   { canonical: 'Experience with Kubernetes', years: 5 });
 */
export function canonicalizeStatement(
  text: string,
  section: 'responsibilities' | 'requirements' | 'preferred',
): CanonicalStatement {
  const tidied = tidy(text);
  if (section !== 'responsibilities') {
    // Indeed/LinkedIn "Marketing: 1 year (Preferred)": the label is what is experienced.
    const labelled = /^([^:]{2,60}):\s*(\d{1,2})\s*\+?\s*(?:years?|yrs)\b/i.exec(tidied);
    if (labelled) return { canonical: `Experience in ${labelled[1] as string}`, years: Number(labelled[2]) };
  }
  // "Build Core Backend Systems: Develop and maintain…": the Title Case label repeats what follows.
  const base = tidied.replace(
    /^\p{Lu}[\p{L}&/-]*(?:\s+(?:\p{Lu}[\p{L}&/-]*|of|for|and|the|to|in|on|with|&)){0,6}:\s+(?=\S+\s+\S+\s+\S)/u,
    '',
  );
  const years = findYears(base);
  if (section === 'responsibilities') {
    const duty = imperative(
      thirdPerson(base.replace(PARTICIPLE_INTRO, '').replace(REPORTING_INTRO, '')).replace(DUTY_PREFIX, ''),
    );
    return { canonical: capitalize(duty || base), years };
  }
  let req = base
    .replace(REQ_PREFIX, '')
    .replace(/\s*\((?:required|preferred|essential|desirable)\)$/i, '')
    // "Current NMC registration will be required" → "Current NMC registration".
    .replace(/\s+(?:will be|is|are) (?:required|essential|a must|mandatory)$/i, '');
  // The preferred-ness is already in `section`: "Experience with Go is a plus" → "Experience with Go".
  if (section === 'preferred')
    req = req
      .replace(PREFERRED_MARK, '')
      .replace(/^(?:nice to have|bonus|plus|ideally|preferably)[:,]?\s+/i, '');
  const ym = YEARS.exec(req);
  if (ym && ym.index <= 3) {
    const rest = req.slice(ym.index + ym[0].length);
    const tail = YEARS_TAIL.exec(rest)?.[0] ?? '';
    const after = rest.slice(tail.length);
    if (/^(?:in|with|of|on|at|as|across|within|\p{L}+ing)\b/iu.test(after)) req = `Experience ${after}`;
    else if (after.length > 0) req = /experience/i.test(after) ? after : `Experience in ${after}`;
    else req = 'Experience';
  }
  // Requirements are noun phrases: "A relevant nursing qualification" → "Relevant nursing qualification".
  req = req.replace(/^(?:an?|the)\s+(?=\S+\s+\S)/i, '');
  const verbFirst = toBaseVerb(firstWord(req) ?? '');
  // "Ability to communicate clearly" was reduced to "communicate clearly": make it an imperative like a duty.
  if (verbFirst && req !== base && /^\p{Ll}/u.test(req)) req = imperative(req);
  return { canonical: capitalize(req || base), years };
}

/**
 * Finds the minimum years of experience a statement asks for ("3-5 years" → 3), or null. Years count as experience
 * when the statement says so ("experience", "background", "working in …", "in a similar role"), opens with them
 * ("4+ years building data products") or puts them in brackets ("Python (5+ years)"); never an age ("18-21 year
 * olds"), a period ("over the last 5 years", "a 2 year fixed term contract") or the employer's own history.
 * @example
 * assert.equal(findYears('Minimum of five years’ experience'), 5);
 * assert.equal(findYears('4+ years building data powered products'), 4);
 * assert.equal(findYears('Proficient with Python (5+ years)'), 5);
 * assert.equal(findYears('Cygnet has been providing specialist services for 30 years'), null);
 * assert.equal(findYears('It accepts adult prisoners including 18-21 year olds'), null);
 */
export function findYears(text: string): number | null {
  const t = text.replace(/’/g, "'");
  const m = YEARS.exec(t);
  if (!m) return null;
  const raw = (m[1] as string).toLowerCase();
  const n = NUMBER_WORDS[raw] ?? Number.parseInt(raw, 10);
  if (!Number.isFinite(n) || n <= 0 || n > MAX_YEARS) return null;
  const before = t.slice(0, m.index);
  const after = t.slice(m.index + m[0].length);
  if (NOT_EXPERIENCE_BEFORE.test(before) || NOT_EXPERIENCE_AFTER.test(after)) return null;
  const opens = /^[^\p{L}\d]*$/u.test(before);
  const bracketed = /\(\s*$/.test(before) && /^\s*\)/.test(after);
  return opens || bracketed || SAYS_EXPERIENCE.test(t) ? n : null;
}

/** More years than any listing asks of a candidate: "for over 32 years" is the employer's history. */
const MAX_YEARS = 25;
/** Words that make years a candidate's experience wherever they stand in the statement. */
const SAYS_EXPERIENCE =
  /experien|\bexp\b|\bbackground\b|track record|\bwork(?:ing|ed)\b|\bspent\b|\bout of (?:college|school|university)\b|\bpost[- ]?(?:qualification|registration|qualified|registered)\b|\bin (?:a|an|the) [\w\s/-]{0,40}?\b(?:role|position|setting|environment|capacity|field|industry)\b/i;
/** What before the years makes them an age, a period or the employer's history. */
const NOT_EXPERIENCE_BEFORE =
  /(?:\b(?:aged?|ages)\b[^.]{0,25}|\b(?:birth to|up to|under|last|past|next|previous|first|within|after|celebrated|every|each)\s*|\bresid\w*\b[^.]*|\b\d{1,2}\s*(?:and|to|-|–)\s*|\b(?:we|we've|it|our [\w-]+(?: [\w-]+)?|the (?:company|trust|organi[sz]ation|business|firm|service|team)) (?:has|have|had)\b[^.]*)$/i;
/** What after the years makes them an age, a period or a programme's length. */
const NOT_EXPERIENCE_AFTER =
  /^(?:[\s-]*olds?\b|\s*of age\b|\s*(?:and|or) (?:over|older|above|under|younger)\b|\s*ago\b|\s*(?:[\w-]+\s+)?(?:fixed|contract|secondment|apprenticeship|programme|program|course|degree|plan|warranty|forward|history|residence|preceptorship|of (?:success|service|trading|growth|history))\b)/i;

// Words and the separators between them (kept, so joining the parts gives the text back).
const WORD_SEPARATOR = /(\s+|,\s*|\s*\/\s*)/;

// Turns the leading verb run into bare forms: "Designing, building and running X" → "Design, build and run X".
function imperative(text: string): string {
  // "You lead the team" → "Lead the team".
  const s =
    /^you\s+(\S+)/i.test(text) && toBaseVerb(/^you\s+(\S+)/i.exec(text)?.[1] ?? '')
      ? text.replace(/^you\s+/i, '')
      : text;
  // The first word, its separator and the next word decide whether the rest is split at all.
  const head = s.split(WORD_SEPARATOR, 3);
  const first = head[0] ?? '';
  const base = toBaseVerb(stripPunct(first));
  if (!base || !opensDuty(stripPunct(first), base, head[2] ?? '')) return s;
  const words = s.split(WORD_SEPARATOR);
  words[0] = base;
  for (let i = 2; i < words.length; i += 2) {
    const w = words[i] as string;
    if (/^(?:and|or|&)$/i.test(w)) continue;
    const sep = words[i - 1] as string;
    const prev = words[i - 2] as string;
    const inList = /^,|\//.test(sep.trim()) || /^(?:and|or|&)$/i.test(prev);
    if (!inList) break;
    const b = /ing$|s$|ed$/.test(w) ? toBaseVerb(w) : null;
    if (!b) break;
    words[i] = b;
  }
  return words.join('');
}

// Whether a leading inflected verb really starts a duty rather than a noun phrase. A regular past participle
// modifies a noun ("Registered nurse", "Distributed systems", "Located in Leeds"): listings state duties as
// imperatives or gerunds, never in the past tense. A gerund followed by a verb or a label noun is itself the
// subject ("Training will be given", "Working hours: 37.5").
function opensDuty(word: string, base: string, next: string): boolean {
  const w = word.toLowerCase();
  if (w === base) return true;
  if (/ed$/.test(w)) return false;
  if (/ing$/.test(w) && GERUND_SUBJECT_NEXT.test(next)) return false;
  return true;
}

const GERUND_SUBJECT_NEXT =
  /^(?:is|are|was|were|will|can|may|might|could|would|should|has|have|had|includes?|included|provided|offered|hours?|patterns?|days?|weeks?|times?|environment|conditions|arrangements?)$|:$/i;

// "The Head of Engineering oversees both teams" → "oversee both teams": a Title Case role as subject of a -s verb.
function thirdPerson(s: string): string {
  const m = /^(?:[Tt]he|[Tt]his|[Oo]ur) (?:(?:\p{Lu}[\p{L}&,-]*|of|and|&|for)\s+){1,6}(\p{Ll}+s)\b/u.exec(s);
  const base = m ? toBaseVerb(m[1] as string) : null;
  return m && base ? base + s.slice(m[0].length) : s;
}

function tidy(s: string): string {
  return (
    s
      // Markdown leftovers too: "_emphasis_", "\\- escaped bullets", "> quotes".
      .replace(/^[\s\-–—•·*▪◦●○■□➢➤►✓✔→»_>\\]+/u, '')
      .replace(/^\(?(?:\d{1,2}|[a-z])[.)]\s+/, '')
      .replace(/[’‘]/g, "'")
      .replace(/[\s.;,:_*]+$/u, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

function firstWord(s: string): string | undefined {
  return /^\p{L}[\p{L}-]*/u.exec(s)?.[0];
}

function stripPunct(s: string): string {
  return s.replace(/[^\p{L}-]/gu, '');
}

function capitalize(s: string): string {
  return s.length === 0 ? s : (s[0] as string).toUpperCase() + s.slice(1);
}
