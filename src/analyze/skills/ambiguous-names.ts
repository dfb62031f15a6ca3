/**
 * Short skill and tool names that are also ordinary words (Go, R, C, Swift, Spark, Excel, Chef …): when one of them is
 * the whole matched phrase, it only counts when spelled like the name and, for most, when the text around it is
 * about technology ("Python, R and SQL", "in R", "R programming"; not "Go to market", "excel at", "R&D").
 * @module
 */

/** How one ambiguous single-word name is recognised. */
export interface AmbiguousName {
  /** Accepted spellings, case-sensitive ("Go", not "go"). */
  spellings: readonly string[];
  /** Also needs a technology word or another technology mention nearby (same line, a few words away). */
  needsContext: boolean;
  /** Text right after the name that rules it out (tested on the next ~30 characters). */
  notFollowedBy?: RegExp;
  /** Text right before the name that rules it out (tested on the previous ~30 characters). */
  notPrecededBy?: RegExp;
  /** Extra words that count as context for this name only (lower-case), beyond the shared technology words. */
  cues?: readonly string[];
  /** Only `cues` count as context: for clinical words that technology text uses otherwise ("triage bugs"). */
  onlyCues?: boolean;
}

// Words that make "triage" the clinical skill (NHS listings: "nurse led clinics, emergency response, triage, wound care").
const CLINICAL_CUES = (
  'patient patients clinical clinic clinics nurse nurses nursing telephone wound minor injuries injury emergency ' +
  'referrals assessment assessments examination examinations treatment treatments ambulance ward wards urgent ' +
  'acute symptoms'
).split(' ');

const OFFICE = [
  'word',
  'powerpoint',
  'outlook',
  'office',
  'spreadsheet',
  'spreadsheets',
  'vba',
  'pivot',
  'vlookup',
];

/**
 * The rules, keyed by the lower-cased name.
 * @example
 * assert.deepEqual(AMBIGUOUS_NAMES.get('r')?.spellings, ['R']);
 */
export const AMBIGUOUS_NAMES: ReadonlyMap<string, AmbiguousName> = new Map<string, AmbiguousName>([
  [
    'go',
    {
      spellings: ['Go'],
      needsContext: true,
      notFollowedBy:
        /^\s*(-\s*)?(to|the|a|an|above|beyond|live|back|out|through|get|for|on|with|into|ahead|far|deep|forward|green|big|fast)\b/i,
      notPrecededBy: /\b(to|will|we|you|let's|lets|can|must|and|ready to|on the)\s+$/i,
    },
  ],
  [
    'r',
    {
      spellings: ['R'],
      needsContext: true,
      notFollowedBy: /^\s*(&|and\s+D\b|-\d)/,
      notPrecededBy: /[&-]\s*$/,
    },
  ],
  [
    'c',
    {
      spellings: ['C'],
      needsContext: true,
      notFollowedBy:
        /^\s*(-|–)?\s*(level|suite|corp|class|grade|section|band)\b|^\s*[&.]\s*[A-Z]|^\s*\d|^\s+or\s+(above|higher|better)\b/i,
      // "GCSE at grades A to C", "grades A*-C": the end of a range of exam grades (nhs 916222684).
      notPrecededBy:
        /\b(grade|vitamin|class|type|level|section|part|schedule|band|category|plan|series|hepatitis|hep|item|tier|option)\s+$|[&.-]\s*$|\b[A-G]\*?\s*(to|-|–|or)\s*$|\bgrades?\b.{0,12}$/i,
    },
  ],
  ['swift', { spellings: ['Swift'], needsContext: true, cues: ['ios', 'xcode', 'objective-c', 'swiftui'] }],
  ['rust', { spellings: ['Rust'], needsContext: true }],
  ['spark', { spellings: ['Spark'], needsContext: true, cues: ['hadoop', 'databricks', 'pyspark', 'hive'] }],
  [
    'excel',
    {
      spellings: ['Excel', 'EXCEL'],
      needsContext: true,
      notFollowedBy: /^\s+(in|at|as|with|within|and thrive|under|when|by)\b/i,
      cues: OFFICE,
    },
  ],
  ['chef', { spellings: ['Chef'], needsContext: true, cues: ['puppet', 'ansible', 'salt', 'terraform'] }],
  ['puppet', { spellings: ['Puppet'], needsContext: true, cues: ['chef', 'ansible', 'salt', 'terraform'] }],
  ['java', { spellings: ['Java', 'JAVA', 'java'], needsContext: true }],
  ['ruby', { spellings: ['Ruby'], needsContext: true, cues: ['rails'] }],
  ['rails', { spellings: ['Rails'], needsContext: true, cues: ['ruby'] }],
  ['julia', { spellings: ['Julia'], needsContext: true }],
  [
    'spring',
    {
      spellings: ['Spring', 'spring'],
      needsContext: true,
      notFollowedBy: /^\s+(\d{4}|semester|term|break|season)\b/i,
    },
  ],
  ['flask', { spellings: ['Flask'], needsContext: true, cues: ['django', 'fastapi'] }],
  ['hive', { spellings: ['Hive'], needsContext: true, cues: ['hadoop', 'spark'] }],
  ['cassandra', { spellings: ['Cassandra'], needsContext: true }],
  ['mongo', { spellings: ['Mongo'], needsContext: true }],
  ['maven', { spellings: ['Maven'], needsContext: true, cues: ['gradle'] }],
  ['prometheus', { spellings: ['Prometheus'], needsContext: true, cues: ['grafana'] }],
  ['angular', { spellings: ['Angular', 'AngularJS'], needsContext: true }],
  ['swiftui', { spellings: ['SwiftUI'], needsContext: false }],
  ['slack', { spellings: ['Slack'], needsContext: false }],
  ['zoom', { spellings: ['Zoom'], needsContext: false, notFollowedBy: /^\s+(in|out)\b/i }],
  ['airflow', { spellings: ['Airflow'], needsContext: true }],
  [
    'agile',
    {
      spellings: ['Agile', 'AGILE', 'agile'],
      needsContext: false,
      // "Small agile teams of data scientists" describes the team (indeed#2922c51dbfc916e3).
      notFollowedBy: /^\s+(and|startup|company|organi[sz]ation|mindset|manner|way|enough|teams?|working)\b/i,
    },
  ],
  [
    'leadership',
    {
      spellings: ['leadership', 'Leadership', 'LEADERSHIP'],
      needsContext: false,
      notFollowedBy: /^\s+(team|teams|group|roles?|positions?|structure|of)\b/i,
      notPrecededBy: /\b(senior|executive|our|company|trust)\s+$/i,
    },
  ],
  ['safe', { spellings: ['SAFe'], needsContext: false }],
  ['rest', { spellings: ['REST'], needsContext: false }],
  ['node', { spellings: ['Node'], needsContext: true }],
  [
    'cloud',
    { spellings: ['cloud', 'Cloud', 'CLOUD'], needsContext: false, notPrecededBy: /\b(word|point|tag)\s+$/i },
  ],
  ['sas', { spellings: ['SAS'], needsContext: false }],
  // "Lift AI | Senior Software Engineer": the end of a company name in an HN header cell (hn#46966099). "Software
  // Engineers at Pilot AI", "our Voice AI stack" (yc 26988dfaa2716577, 0116bc3ebe1399c5): a capitalized word right
  // before it makes a company or product name, not the field (a field is written "experience in AI", "AI/ML").
  [
    'ai',
    {
      spellings: ['AI'],
      needsContext: false,
      notFollowedBy: /^\s*\|/,
      notPrecededBy: /(^|[^.!?:]\s)[A-Z][a-z]+\s+$/,
    },
  ],
  ['ml', { spellings: ['ML'], needsContext: false }],
  ['bi', { spellings: ['BI'], needsContext: false }],
  ['ux', { spellings: ['UX'], needsContext: false }],
  ['seo', { spellings: ['SEO'], needsContext: false }],
  ['crm', { spellings: ['CRM'], needsContext: false }],
  ['js', { spellings: ['JS'], needsContext: false }],
  ['elt', { spellings: ['ELT'], needsContext: false }],
  ['aws', { spellings: ['AWS'], needsContext: false }],
  ['sap', { spellings: ['SAP'], needsContext: false }],
  ['bash', { spellings: ['Bash', 'bash', 'BASH'], needsContext: true }],
  ['tableau', { spellings: ['Tableau'], needsContext: false }],
  ['looker', { spellings: ['Looker'], needsContext: false }],
  ['git', { spellings: ['Git', 'git', 'GIT'], needsContext: false }],
  ['epic', { spellings: ['Epic'], needsContext: true, cues: ['ehr', 'emr', 'cerner'] }],
  // "The reliability, security and scalability of the platform", "security requirements of the API platform": the
  // engineering concern; not "job security", "social security", "security clearance", "hospital security".
  [
    'security',
    {
      spellings: ['security', 'Security', 'SECURITY'],
      needsContext: true,
      onlyCues: true,
      cues: (
        'scalability scalable reliability reliable performance availability resilience stability infrastructure ' +
        'cloud software systems platform platforms network networks application applications architecture code ' +
        'devops api apis'
      ).split(' '),
      notFollowedBy:
        /^\s*(clearances?|guards?|officers?|staff|personnel|checks?|vetting|deposits?|numbers?|benefits?)\b/i,
      notPrecededBy:
        /\b(job|social|national|financial|food|income|home|physical|site|building|hospital|patient)\s+$/i,
    },
  ],
  [
    'triage',
    { spellings: ['triage', 'Triage', 'TRIAGE'], needsContext: true, cues: CLINICAL_CUES, onlyCues: true },
  ],
]);

/**
 * Words that make a nearby ambiguous name a technology name.
 * @example
 * assert.equal(TECH_CUES.has('programming'), true);
 */
export const TECH_CUES: ReadonlySet<string> = new Set(
  (
    'programming program programmer programmers language languages code coding coder developer developers development ' +
    'engineer engineers engineering software stack stacks framework frameworks library libraries scripting script ' +
    'scripts backend back-end frontend front-end fullstack full-stack api apis sdk compiler runtime microservices ' +
    'technologies technology tech tools tooling experience proficiency proficient fluent fluency knowledge skills ' +
    'statistical statistics analytics data database databases sql python java javascript typescript scala kotlin ' +
    'golang c++ c# php perl ruby rust swift matlab sas stata spss tableau excel docker kubernetes aws gcp azure linux ' +
    'git github cloud devops systems embedded firmware web mobile ios android server servers distributed'
  ).split(' '),
);
