/**
 * Concepts whose broad labels name the skill only in one sense of the words: "operational excellence" is lean
 * manufacturing on a shop floor, not in a software team; "user experience" is the UX prototyping skill only next to
 * design work, not as the goal ("improve the user experience"). Each rule is keyed by concept URI and checked on
 * every mention of the concept whose text is not the preferred label itself. `AMBIGUOUS_NAMES` does the same for
 * single words by spelling; these rules are by concept, so they cover every label and alias of it.
 * @module
 */
import type { Token } from '../../taxonomy/index.ts';

/** How a mention of one concept is confirmed in the intended sense. */
export interface SenseRule {
  /** The concept's label, for review (the taxonomy's label wins at run time). */
  label: string;
  /** Lower-case words (token `norm`) of which one must be in the same sentence, outside the mention. */
  cues?: readonly string[];
  /** Text right before the mention that rules it out (tested on the previous ~40 characters). */
  notPrecededBy?: RegExp;
  /** Text right after the mention that rules it out (tested on the next ~80 characters). */
  notFollowedBy?: RegExp;
  /** Also check mentions that spell the preferred label (default: only other labels and aliases). */
  evenPreferred?: boolean;
}

// A language named only as one its speakers may apply in: "… and/or Welsh speakers are equally welcome".
const EQUALLY_WELCOME = /^\s+(?:(?:and\/or|or|and)\s+\p{L}+\s+)?speak(?:ers|ing)\b[^.;]{0,40}\bwelcome\b/iu;

/**
 * The rules, keyed by concept URI.
 * @example
 * assert.ok(SENSE_RULES.get('http://data.europa.eu/esco/skill/82fea746-853f-4f1b-8ab7-55de8619cccd')?.cues?.includes('kaizen'));
 */
export const SENSE_RULES: ReadonlyMap<string, SenseRule> = new Map<string, SenseRule>([
  [
    // "Operational Excellence: ensure the delivery of high-quality software" (tech-leadership#ebb5d36c55b49b05).
    'http://data.europa.eu/esco/skill/82fea746-853f-4f1b-8ab7-55de8619cccd',
    {
      label: 'lean manufacturing',
      cues: 'manufacturing manufacture factory factories shop floor kaizen sigma 5s tpm toyota waste kanban assembly'.split(
        ' ',
      ),
    },
  ],
  [
    // "elevate the user experience", "good user experience instincts": a goal, not prototyping
    // (tech-leadership#c7ab894405c74216, ethical-tech-jobs-2020/ectj_postings.csv#96).
    'http://data.europa.eu/esco/skill/07dd856d-6141-48a7-a228-918f88494812',
    {
      label: 'create prototype of user experience solutions',
      cues: 'design designs designer designing prototype prototypes prototyping wireframe wireframes wireframing mockups mock-ups figma sketch usability ui interaction research researcher'.split(
        ' ',
      ),
    },
  ],
  [
    // "to the highest quality standards", "High-quality standards for every work output": doing good work, not
    // knowing the standards (tech-leadership#bc15975d26450d2e, #eb6a7e5450bfc446).
    'http://data.europa.eu/esco/skill/8d4271ca-c9fd-40b3-875f-15f78332a49e',
    {
      label: 'quality standards',
      notPrecededBy:
        /\b(high|higher|highest|strict|exacting|exceptional|excellent|superior|top|good|great|rigorous|best|our|the same)[\s-]+(of\s+)?$/i,
      evenPreferred: true,
    },
  ],
  [
    // "performance management of teams", "conduct performance reviews": people's performance, not "Enterprise
    // Performance Management (EPM)" or a client's "business planning & performance management processes", finance's
    // (indeed-datascientist-2019, linkedin-2023-2024). A word for the people, or their leading, must be in the sentence.
    'http://data.europa.eu/esco/skill/8b9332c7-2551-4527-9a64-a615713d8b02',
    {
      label: 'evaluate employees',
      cues: (
        'team teams staff employee employees people person individual individuals engineer engineers report reports ' +
        'hiring hire recruiting recruitment recruit coaching coach mentoring mentor mentorship career development ' +
        'onboarding supervision manager managers managing leader leaders leadership direct'
      ).split(' '),
      notPrecededBy: /\b(enterprise|corporate|financial|business)\s+$/i,
    },
  ],
  [
    // "Dedicated Practice Development Team working to support staff": a team that works, not teamwork (nhs 916254688).
    'http://data.europa.eu/esco/skill/60c78287-22eb-4103-9c8c-28deaa460da0',
    { label: 'work in teams', notFollowedBy: /^\s+(to|on|with|across|alongside)\b/i },
  ],
  // "English and/or Welsh speakers are equally welcome to apply", "Welsh and/or English speaking applicants …": the
  // Welsh NHS's equal welcome asks for neither language (nhs 916214755); "The ability to speak Welsh is desirable",
  // earlier in the same sentence, still asks for Welsh.
  ...(
    [
      ['http://data.europa.eu/esco/skill/6d3edede-8951-4621-a835-e04323300fa0', 'English'],
      ['http://data.europa.eu/esco/skill/8dbd15c6-ecf0-468c-8ae1-f6eb360743dd', 'Welsh'],
    ] as const
  ).map(([uri, label]): [string, SenseRule] => [
    uri,
    { label, notFollowedBy: EQUALLY_WELCOME, evenPreferred: true },
  ]),
  [
    // "pupils with Communication and Interaction difficulties": a need of the people cared for (nhs 916258187).
    'http://data.europa.eu/esco/skill/15d76317-c71a-4fa2-aadc-2ecc34e627b7',
    {
      label: 'communication',
      notFollowedBy: /^\s+(and\s+\w+\s+)?(difficult|disorder|impairment|needs|problems)/i,
      evenPreferred: true,
    },
  ],
  [
    // "check preparations in accordance with Company policy and NMC guidelines": the manner of a duty, not
    // knowledge of the policies (nhs 916212015).
    'http://data.europa.eu/esco/skill/f75b740c-b36c-495e-bc67-efe347bbc6b5',
    {
      label: 'company policies',
      notPrecededBy:
        /\b(in\s+accordance\s+with|in\s+line\s+with|as\s+per|according\s+to|as\s+set\s+out\s+in|under)\s+(the\s+)?$/i,
      evenPreferred: true,
    },
  ],
]);

/**
 * Whether the mention of a concept at tokens [first, last) keeps its sense: no ruling-out neighbours and, when the
 * rule has cues, a cue word in the same sentence (`sentence` gives its token range).
 * @example
 * import { tokenize } from '../../taxonomy/index.ts';
 * const rule = { label: 'lean manufacturing', cues: ['kaizen'] };
 * const keeps = (text: string) => keepSense(rule, false, text, tokenize(text), 0, 2, [0, tokenize(text).length]);
 * assert.equal(keeps('Operational Excellence: ship on time.'), false);
 * assert.equal(keeps('Operational Excellence: weekly kaizen events.'), true);
 */
export function keepSense(
  rule: SenseRule,
  preferred: boolean,
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  sentence: readonly [number, number],
): boolean {
  if (preferred && !rule.evenPreferred) return true;
  const start = (tokens[first] as Token).start;
  const end = (tokens[last - 1] as Token).end;
  if (rule.notPrecededBy?.test(text.slice(Math.max(0, start - 40), start))) return false;
  if (rule.notFollowedBy?.test(text.slice(end, end + 80))) return false;
  if (!rule.cues) return true;
  for (let k = sentence[0]; k < sentence[1]; k++) {
    if (k >= first && k < last) continue;
    if (rule.cues.includes((tokens[k] as Token).norm)) return true;
  }
  return false;
}
