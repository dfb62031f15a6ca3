/**
 * Content cues: how strongly a sentence or line reads as each kind of section, from cue words and patterns.
 * @module
 */
import type { SectionKind } from '../analyzed-listing.ts';
import { isTaskVerb } from '../statements/verb-lexicon.ts';

/** Evidence per kind for one segment; 0 means no cue. */
export type KindScores = Record<SectionKind, number>;

/** Every section kind, in a fixed order (ties resolve to the earlier one). */
export const SECTION_KINDS: readonly SectionKind[] = [
  'responsibilities',
  'requirements',
  'preferred',
  'about',
  'benefits',
  'compensation',
  'legal',
  'apply',
  'other',
];

type Cue = [RegExp, number];

// Weights are rough log-odds: 3 = decisive on its own (EEO wording), 1 = suggestive (the word "team").
const CUES: Record<Exclude<SectionKind, 'other'>, Cue[]> = {
  legal: [
    [/equal (?:employment )?opportunit|\beeo\b|affirmative action|without regard to|e-verify/, 4],
    [
      /sexual orientation|gender identity|national origin|protected (?:veteran|characteristic|class|status)|marital status|genetic information/,
      4,
    ],
    [
      /reasonable accommodat|disability confident|accommodation (?:request|during|due to)|request (?:an? )?accommodation|\bdisabilit(?:y|ies)\b/,
      // Accommodation notices carry an address to write to; they are still legal text, not how to apply.
      5,
    ],
    [
      /visa sponsorship|sponsor (?:a |your )?visas?|(?:not|unable to|cannot) (?:offer |provide )?sponsor|authori[sz]ed to work|right to work|work authori[sz]ation|work permit|employment eligibility/,
      2.5,
    ],
    [/\bvisas?\b|\bsponsorship\b/, 1],
    [
      /background (?:check|screen)|drug (?:test|screen)|\bdbs\b|\bcrb\b|disclosure and barring|criminal (?:record|history)/,
      3.5,
    ],
    [
      /privacy (?:notice|policy)|personal (?:data|information) (?:will|we)|recruit(?:ment|ing) agenc|unsolicited (?:resume|cv)|third[- ]party recruiters/,
      3,
    ],
    [
      /safeguarding|rehabilitation of offenders|failure to disclose|canvassing|liable to dismissal|related to any (?:governor|director|member)|fair chance|arrest (?:or|and) conviction|pay transparency law/,
      2.5,
    ],
    [
      /\bdiversity\b|\binclusi(?:ve|on)\b|\bdiscriminat|all qualified applicants|regardless of|veteran|diverse (?:mix|backgrounds?|workforce|perspectives)|multicultural/,
      2,
    ],
    [
      /\bat[- ]will\b|not (?:intended|designed) to be|intended to describe|(?:exhaustive|complete|comprehensive) list of|all-inclusive|employment contract|right to (?:alter|change|modify|amend)|may be (?:changed|modified)|other duties as (?:assigned|required)/,
      3,
    ],
  ],
  compensation: [
    [/[$£€]\s?\d|\b\d{2,3}(?:,\d{3}|k)\s?(?:-|–|to)\s?[$£€]?\d|\busd\b|\bgbp\b/, 2.5],
    [
      /\bsalary\b|\bsalaries\b|\bcompensat(?:ion|e)\b|\bpay (?:range|band|scale|rates?)\b|base pay|\bote\b|per (?:annum|hour|year|transaction)|\bp\.?a\.?\b|pro rata|hourly rate|hiring range|\bget paid\b|\ballowance\b|\bfee split\b/,
      3,
    ],
    [/\bequity\b|stock options|\brsus?\b|\bbonus(?:es)?\b(?! points)|commission/, 1],
    [/\bband [2-9]\b|agenda for change|\bafc\b/, 1],
  ],
  benefits: [
    [
      /401\s?\(?k\)?|\bpto\b|paid time off|(?:unlimited|generous|flexible) (?:vacation|pto|time off|holidays?)/,
      3,
    ],
    [
      /(?:health|medical|dental|vision|life) (?:insurance|care|coverage|plans?|assurance|benefits)|healthcare|pension|retirement (?:plan|savings)/,
      2.5,
    ],
    [
      /parental leave|maternity|paternity|annual leave|sick (?:pay|leave)|wellness|well-being|wellbeing|gym|stipend|cycle to work|employee discount|discount scheme|perks|\bbenefits?\b/,
      2,
    ],
    [
      /(?:remote|hybrid)[- ](?:first|friendly|work)|flexible (?:working|hours|schedule)|work from home|relocation|team (?:retreats|offsites|meetups)|free (?:lunch|meals|parking|snacks)|commuter|learning (?:and|&) development budget|l&d budget|training (?:budget|opportunities)|career (?:development|progression|growth)/,
      1.5,
    ],
    [/we offer|in return|you(?:'ll| will) (?:get|receive|enjoy)|we provide/, 1.5],
    [
      /training (?:programme|program|package)|study (?:leave|package|support)|opportunit(?:y|ies) to (?:develop|grow|progress|learn)|progress your career|professional development|development and training|training and development/,
      1.5,
    ],
  ],
  apply: [
    [/\bapply(?:ing|now)?\b|\bapplications?\b|applicants? (?:should|must|will)/, 2],
    // Closing calls and selection steps: "Ready to Join Our Team?", "We look forward to hearing from you!".
    [
      /submit (?:your|a) (?:resume|cv|application)|look forward to (?:hearing from|receiving|meeting) you|^(?:are you )?ready to \w+|^let'?s talk|short-?listing|supporting statement|selection process|full vacanc|\/careers\b/,
      2,
    ],
    [
      /send (?:us )?(?:your|a) (?:cv|resume|portfolio)|cover letter|\bemail (?:us|me)\b|\w@[\w-]+\.\w|reach out/,
      2.5,
    ],
    [
      /informal (?:visit|discussion|enquir)|for further (?:details|information)|closing date|deadline|interview|shortlist|hiring process|next steps|(?:contact|call) [A-Z]?\w+ (?:on|at)|please contact/,
      2,
    ],
    [/https?:\/\/|www\./, 1],
    [/mention (?:hn|hacker news)|\(mention/, 2],
  ],
  about: [
    [
      /\bwe(?:'re| are) (?:a|an|the|building|on a mission|backed|proud|one of)\b|\b(?:is|are) building\b|\bformed in\b|\bsince (?:19|20)\d\d\b|our mission|\bfounded\b|headquartered|\bbacked by\b|series [a-e]\b|\braised\b|investors|y ?combinator|\(yc [sfwx]\d{2}\)|\byc [wsfx]\d{2}\b/,
      2.5,
    ],
    [
      /\bour (?:company|team|customers|clients|platform|product|products|services|patients|people|culture|values|vision|founders|hospital|trust|practice)\b|\bwe (?:build|provide|help|serve|support|believe|partner|work with|deliver|offer [a-z]+ (?:services|solutions|care))/,
      1.5,
    ],
    [
      /(?:is|are) (?:a|an|the) (?:leading|global|fast[- ]growing|award[- ]winning|innovative|independent|premier|national|world)|leader in|\bemployees\b|customers (?:include|like)|\boffices? in\b|\bfortune \d+|\bstartup\b|\bcompany\b/,
      1.5,
    ],
    [
      /\bmission\b|\bvision\b|\bvalues\b|\bculture\b|hospital|\bclinic\b|\bnhs\b|\bcharity\b|\borgani[sz]ation\b|\bour (?:stack|tech stack|platform)\b/,
      0.8,
    ],
  ],
  responsibilities: [
    [
      /\b(?:looking for|seeking|hiring|looking to hire)\b.*\bto (?:lead|build|own|drive|help|work|develop|manage|scale|design|support|run)\b/,
      1.5,
    ],
    [
      /\byou(?:'ll| will) (?!need|have|be (?:a|an|someone|joining|part|working with)|bring|get|receive|enjoy|love|report)|\bresponsible for\b|\bduties (?:and responsibilities )?(?:will )?(?:include|involve)|\b(?:post ?holder|successful (?:candidate|applicant)|incumbent|this (?:role|position)|the role) will (?!be (?:a|an|motivated|able|located|based|remote|hybrid)\b|have|possess|need)|\breports? (?:directly )?(?:in)?to\b|\breporting (?:directly )?to\b|\bin this role\b|\bthe role (?:involves|includes|will)|\byour (?:day|role) will/,
      2.5,
    ],
    [
      /\b(?:you will|you'll) be (?:responsible|leading|working|expected|building|owning|managing)|day[- ]to[- ]day|\bwill (?:lead|own|manage|oversee|develop|build|design|drive|work|be responsible)\b/,
      2,
    ],
    [
      /\b(?:lead|own|manage|oversee|develop|build|design|drive|deliver|collaborate|partner|ensure|maintain|implement|mentor|define|support|coordinate|provide|establish|create)\b/,
      0.6,
    ],
  ],
  requirements: [
    [
      /\b\d+\s?\+?\s?(?:-|–|to)?\s?\d*\s?\+?\s?(?:years?|yrs)\b|\bminimum (?:of )?(?:\d|one|two|three|four|five)|\b(?:one|two|three|four|five|six|seven|eight|ten)\+? years?/,
      2.5,
    ],
    [
      /bachelor'?s|master'?s|\bph\.?d\b|\bdegree\b|\bbs\/ms\b|\bb\.?s\.?c?\b|\bgcse|a[- ]levels?|nvq|diploma|certificat|\blicen[sc]e[d]?\b|\bregistration\b|\bnmc\b|\bhcpc\b|\bgmc\b|registered (?:nurse|with)/,
      2,
    ],
    [
      /\bexperience (?:in|with|of|leading|building|managing|working)|(?:proven|demonstrated|strong) (?:track record|experience|ability|background|understanding|knowledge|proficiency|skills)|proficien|knowledge of|understanding of|familiar(?:ity)? with|fluent|expertise in|\bskills?\b|\bability to\b|\bable to\b/,
      1.8,
    ],
    [
      /\byou (?:have|are|bring|possess|thrive|enjoy|love|care)\b|\bmust (?:have|be|possess)\b|\brequired\b|\brequirements?\b|\bqualifications?\b|\bideal candidate\b|\bthe successful candidate (?:will )?(?:have|be|possess)|\bwe(?:'re| are) looking for (?:someone|a candidate|people)|\bcandidates? (?:should|must|will) (?:have|be)/,
      1.5,
    ],
    [
      /^(?:do|are|would|have|can|is|will) you\b.*\?$|\b(?:candidate|post ?holder|applicant|you) will (?:be|have|possess|need)\b/,
      1.5,
    ],
    [
      /\bexcellent\b|\bstrong\b|\bcommunication\b|\battention to detail\b|\bself[- ]motivated\b|\bteam player\b|\bsolid\b|\bdeep\b/,
      0.8,
    ],
  ],
  preferred: [
    [
      /nice[- ]to[- ]have|is a (?:big |huge |strong )?(?:plus|bonus)|are a plus|a plus\b|bonus points|\bpreferred\b|\bdesirable\b|\bdesired\b|would be (?:great|nice|beneficial|an advantage|advantageous|a plus)|(?:is|are|be) an advantage|advantageous|not required|\bideally\b|\bpreferably\b|\bbonus if\b|extra points/,
      4.5,
    ],
  ],
};

// Each kind's cues as one alternation, which matches exactly when one of them does: a single scan rules out a kind
// whose cues all miss (most kinds, for most segments) for less than testing each cue. Only for flagless cues, whose
// sources mean the same inside the alternation.
const CUE_KINDS = (Object.keys(CUES) as (keyof typeof CUES)[]).map((kind) => {
  const cues = CUES[kind];
  const joinable = cues.length > 1 && cues.every(([re]) => re.flags === '');
  return { kind, cues, any: joinable ? new RegExp(cues.map(([re]) => `(?:${re.source})`).join('|')) : null };
});

// "We are looking for…", "An exciting opportunity has arisen…", "Acme (YC F25) Is Hiring…": announcements of the
// vacancy, neither duties nor the company's story.
const ANNOUNCEMENT =
  /\b(?:is|are|we're|we are|currently) (?:seeking|looking for|hiring|recruiting)\b|\b(?:seeks|on the hunt for)\b|opportunity (?:has arisen|to join|for an?\b)|exciting (?:new )?opportunity|^join us as\b|\bwe have (?:an? |one |\w+ )?(?:exciting )?(?:opportunity|roles?|vacanc(?:y|ies)|positions?) (?:open|for)\b|\broles? open\b|\bwe want to hear from you\b|\b(?:right fit|the place) for you\b/i;

const ADDRESSES_JOB =
  /\byou(?:['’](?:ll|re|d|ve))?\b|\byour\b|\b(?:this|the) (?:role|position|job|post|person)\b|\bthis is (?:not )?(?:an? )?(?:[\w-]+ ){0,4}(?:role|job|position|opportunity|chance)\b|\bthe (?:ideal|perfect|right) (?:candidate|person)\b/i;

const WORK_ARRANGEMENT =
  /\b(?:in[- ]person|on[- ]?site)\b|\b(?:\d|five|four|three) days?\s?(?:a |per |\/)\s?week\b|\bwork (?:will be|is) (?:performed|done|carried out) (?:primarily |mainly |mostly )?(?:from|at|on|in)\b|\b(?:role|position|job) (?:will be|is) (?:located|based|remote)\b|\b(?:this|the) (?:role|position) (?:will be|is) remote\b|\btime ?zones?\b|\bhours ?\/ ?week\b|\bfrom (?:your|their) home\b/i;

/**
 * Scores one segment's text for every kind, from the cue table; a list item that opens with a task verb
 * ("Lead", "Designing") counts toward responsibilities.
 * @example
 * const s = scoreSegment('We are an equal opportunity employer.', false);
 * assert.equal(s.legal > s.about, true);
 */
export function scoreSegment(text: string, bullet: boolean): KindScores {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  const scores: KindScores = {
    responsibilities: 0,
    requirements: 0,
    preferred: 0,
    about: 0,
    benefits: 0,
    compensation: 0,
    legal: 0,
    apply: 0,
    other: 0,
  };
  for (const { kind, cues, any } of CUE_KINDS) {
    if (any && !any.test(lower)) continue;
    for (const [re, w] of cues) if (re.test(lower)) scores[kind] += w;
  }
  // "We…/Our…" without "you": the company speaking about itself (case-sensitive, so "REMOTE (US)" is no "us").
  if (
    /\b(?:[Ww]e|[Oo]ur|us)\b/.test(text) &&
    !/\byou/i.test(text) &&
    !/\bwe(?:['’]re| are) (?:looking|seeking|hiring|searching|recruiting)/i.test(text)
  )
    scores.about += 1;
  // A sentence addressed to the candidate or naming the role ("This is a systems architecture role", "You'll work in
  // the AI Foundations team") is about the job, not the company, even when it names the team or the product.
  if (ADDRESSES_JOB.test(text)) scores.about -= 1.5;
  const first = /^[^\p{L}]*(\p{L}+)/u.exec(text)?.[1];
  // …but "Join us as a Staff Nurse", "Join our team" invite, they do not describe a duty.
  if (
    first &&
    /^\p{Lu}/u.test(first) &&
    isTaskVerb(first.toLowerCase()) &&
    !/^\W*join (?:us|our|the (?:[\w-]+ ){0,3}team)\b/i.test(text) &&
    // "Work will be performed…", "Training is provided": the word is the subject, a noun.
    !/^\W*\p{L}+ (?:will|is|are|was|were|can|may|could|should|would)\b/iu.test(text)
  ) {
    scores.responsibilities += bullet ? 2.5 : 1.5;
  }
  // HN's first line, "Company | Role | Location | REMOTE", is a header, whatever words it carries.
  if (/\s\|\s.*\s\|\s/.test(text)) scores.other += 5;
  // "We are looking for…", "An exciting opportunity has arisen…": announcements of the vacancy, not duties.
  if (ANNOUNCEMENT.test(text)) {
    scores.other += 1.2;
    scores.about -= 2;
  }
  // Where and how the job is done ("5 days a week in our NYC HQ", "This role will be located in Austin") are the
  // job's particulars, not the company's story.
  if (WORK_ARRANGEMENT.test(text)) scores.other += 1.2;
  // "VectorShift · Full-time · Remote", "New York, NY": header and location lines.
  if (/\s·\s/.test(text) || /^[\p{Lu}][\p{L} .'-]{1,30}, [A-Z]{2}$/u.test(text.trim())) scores.other += 3;
  // Short label-like lines ("Location: Remote", "Job Type: Full-time", "#LI-Remote") are neither duties nor requirements.
  const t = text.trim();
  if (
    /^(?:#\w|(?:location|job title|title|position|grade|base|job type|type|schedule|shift|hours(?: per week)?|weekly hours|start date|department(?: covered)?|contract(?: type)?|employment type|work location|job id|req(?:uisition)? id|posted|reference|placement ref(?:\/id)?|status|commitment level|duration|length|industry)\b\s*[:–—-])/i.test(
      t,
    ) ||
    /^(?:this is an? (?:full|part|contract|remote|hybrid|permanent|temporary|fixed|on-?site)|\d+(?:\.\d+)? hours)/i.test(
      t,
    )
  )
    scores.other += 3;
  // Short unpunctuated lines are labels and titles more often than content.
  if (!bullet && t.length < 50 && !/[.!?]$/.test(t) && t.split(/\s+/).length <= 7) scores.other += 0.8;
  return scores;
}
