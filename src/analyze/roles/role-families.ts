/**
 * The role families `--role` selects by: a small curated set on top of O*NET occupations, for the roles the product
 * is asked about most (technology leadership, engineering and data roles, nursing). Titles outside every family fall
 * back to their O*NET occupation.
 * @module
 */
import type { RoleMatch } from '../analyzed-listing.ts';

/** One curated family: its slug, label, the title keys it claims and where it sits in O*NET/ESCO. */
export interface RoleFamily {
  role: string;
  label: string;
  /** Tested against the title key (see `titleKey`): lowercase, abbreviations spelled out. */
  pattern: RegExp;
  /** Title key looked up in the O*NET/ESCO index for the codes. */
  lookup: string;
  /** A different key for the ESCO occupation, where ESCO names the role otherwise. */
  escoLookup?: string;
  /** Seniority the role itself implies (a CTO is an executive), used when the title's words say nothing more senior. */
  seniority: RoleMatch['seniority'];
  /**
   * O*NET occupations that are this role under another name ("Software Developers"): a title no family pattern
   * matches but whose O*NET occupation is one of these joins the family, so one role has one slug.
   */
  absorbs?: readonly string[];
  /** The tech-leadership `title_family` this role belongs to, for the agreement check. */
  group?: 'CTO' | 'CIO' | 'VP/Head/Director of Engineering' | 'Other tech leadership';
}

// "Engineering" with its qualifiers, or "<tech> development"; bare "development" is business development.
const ENG =
  '(?:(?:software |platform |data |product |mobile |web |backend |frontend |cloud |infrastructure |site reliability |security |ml |machine learning |ai |systems |protocol |application |applications |devops |detection |incubation |full stack |enterprise data |core )*engineering|(?:software|application|applications|web|mobile|platform|product|systems|game) development)';

/**
 * The curated role families, in priority order: the first whose pattern matches a title wins (CTO before VP,
 * VP before director).
 * @example
 * assert.equal(ROLE_FAMILIES.find((f) => f.pattern.test('chief technology officer'))?.role, 'cto');
 */
export const ROLE_FAMILIES: readonly RoleFamily[] = [
  {
    role: 'cto',
    label: 'Chief Technology Officer',
    // "Executive Assistant to the CTO", "Office of the CTO" are not CTO roles.
    pattern:
      /(?<!\b(?:to|of|for|supporting) (?:the )?)\b(?:chief (?:technology|technical|tech) officer|cto)\b/,
    lookup: 'chief technology officer',
    seniority: 'executive',
    group: 'CTO',
  },
  {
    role: 'cio',
    label: 'Chief Information Officer',
    pattern: /\b(?:chief (?:digital (?:and )?)?information officer|cio)\b/,
    lookup: 'chief information officer',
    seniority: 'executive',
    group: 'CIO',
  },
  {
    role: 'ciso',
    label: 'Chief Information Security Officer',
    pattern: /\b(?:chief (?:information )?security officer|ciso|cso)\b/,
    lookup: 'chief information security officer',
    seniority: 'executive',
    group: 'Other tech leadership',
  },
  {
    role: 'vp-engineering',
    label: 'VP of Engineering',
    pattern: new RegExp(`\\bvice president\\b.*\\b${ENG}\\b|\\b${ENG}\\b.*\\bvice president\\b`),
    lookup: 'engineering director',
    escoLookup: 'software manager',
    seniority: 'vp',
    group: 'VP/Head/Director of Engineering',
  },
  {
    role: 'head-of-engineering',
    label: 'Head of Engineering',
    pattern: new RegExp(`\\bhead of ${ENG}\\b|\\b${ENG} head\\b`),
    lookup: 'engineering director',
    escoLookup: 'software manager',
    seniority: 'director',
    group: 'VP/Head/Director of Engineering',
  },
  {
    role: 'engineering-director',
    label: 'Director of Engineering',
    pattern: new RegExp(
      `\\bdirector\\b.*\\b${ENG}\\b|\\b${ENG}\\b.*\\bdirector\\b|\\b(?:backend|frontend|software|mobile) director\\b|^director (?:of )?development\\b`,
    ),
    lookup: 'engineering director',
    escoLookup: 'software manager',
    seniority: 'director',
    group: 'VP/Head/Director of Engineering',
  },
  {
    role: 'it-director',
    label: 'Director of IT',
    pattern:
      /\b(?:director|head|vice president) (?:of )?(?:information technology|it|information systems)\b|\b(?:information technology|it) director\b/,
    lookup: 'information technology director',
    seniority: 'director',
    group: 'Other tech leadership',
  },
  {
    role: 'technology-director',
    label: 'Director of Technology',
    pattern:
      /\b(?:director|head|vice president) (?:of )?(?:technology|platform|infrastructure)\b|\btechnology director\b|\bdirector technology\b/,
    lookup: 'technology director',
    escoLookup: 'chief technology officer',
    seniority: 'director',
    group: 'Other tech leadership',
  },
  {
    role: 'engineering-manager',
    label: 'Engineering Manager',
    pattern: new RegExp(`\\b${ENG} manager\\b|\\bmanager (?:of )?${ENG}\\b`),
    lookup: 'software engineering manager',
    escoLookup: 'software manager',
    seniority: 'manager',
  },
  {
    role: 'data-scientist',
    label: 'Data Scientist',
    // A QA or test engineer of a data-science team tests software; issue 12 saw one shape the data-scientist report.
    pattern:
      /^(?!.*\b(?:qa|quality assurance|test|tester|testing)\b).*\b(?:data scien(?:tist|ce)|applied scientist|research scientist machine learning|decision scientist)\b/,
    lookup: 'data scientist',
    seniority: null,
  },
  {
    role: 'ml-engineer',
    label: 'Machine Learning Engineer',
    pattern:
      /\b(?:(?:machine learning|ai|deep learning|mlops|llm|nlp|natural language processing|computer vision|applied ai|ai research|ai agent)(?: engineering)? (?:engineer|developer|researcher|intern|specialist|scientist|architect)|research engineer)\b|^(?:senior |junior )?machine learning$/,
    lookup: 'machine learning engineer',
    seniority: null,
  },
  {
    role: 'data-engineer',
    label: 'Data Engineer',
    pattern: /\b(?:data|analytics|etl|big data) engineer\b/,
    lookup: 'data engineer',
    seniority: null,
  },
  {
    role: 'data-analyst',
    label: 'Data Analyst',
    pattern: /\b(?:data|product|business intelligence|bi|analytics|reporting|quantitative) analyst\b/,
    lookup: 'data analyst',
    seniority: null,
  },
  {
    role: 'devops-engineer',
    label: 'DevOps / Site Reliability Engineer',
    pattern:
      /\b(?:devops|site reliability|sre|platform|infrastructure|cloud|reliability) engineer\b|^(?:devops|sre|platform engineering|site reliability engineering|infrastructure engineering)$/,
    lookup: 'devops engineer',
    seniority: null,
  },
  {
    role: 'security-engineer',
    escoLookup: 'ict security engineer',
    label: 'Security Engineer',
    pattern: /\b(?:security|application security|cyber ?security|detection) engineer\b/,
    lookup: 'security engineer',
    seniority: null,
  },
  {
    role: 'software-engineer',
    label: 'Software Engineer',
    pattern:
      /\b(?:software (?:engineer|developer|development engineer)|(?:backend|back end|frontend|front end|full ?stack|fullstack|mobile|ios|android|web|product|founding|forward deployed|application|applications|java|python|golang|go|typescript|javascript|react|node|rust|ruby|rails|cplusplus|embedded|systems|game|design|growth|growth) (?:software )?(?:engineer|developer)|programmer|member of technical staff|software architect)\b|^(?:(?:senior|staff|principal|lead|founding|junior) )*engineer$|\bsoftware engineering intern\b|^(?:(?:software|full stack|fullstack|backend|frontend|product) )?engineering$/,
    lookup: 'software engineer',
    absorbs: ['15-1252.00'],
    seniority: null,
  },
  {
    role: 'product-manager',
    label: 'Product Manager',
    pattern: /\b(?:product (?:manager|owner|lead)|(?:head|director|vice president) of product)\b/,
    lookup: 'product manager',
    seniority: null,
  },
  {
    role: 'designer',
    escoLookup: 'user interface designer',
    label: 'Product Designer',
    pattern:
      /\b(?:product|ux|ui|interaction|visual|graphic|brand) designer\b|\bux\b.*\b(?:researcher|designer)\b/,
    lookup: 'user experience designer',
    seniority: null,
  },
  {
    role: 'registered-nurse',
    escoLookup: 'nurse responsible for general care',
    label: 'Registered Nurse',
    // Dental, nursery and veterinary nurses and nurse associates are other occupations (issue 12: they were profiled
    // as registered nurses).
    pattern:
      /\b(?:registered (?:general |mental health |learning disabilit(?:y|ies) |children s )?nurse|staff nurse|(?:mental health|theatre|ward|community|district|practice|paediatric|pediatric|charge|clinical|scrub|specialist|dialysis|icu|itu|a and e|emergency|neonatal|school|occupational health|nurse) nurse|nurse practitioner|(?<!\b(?:dental|nursery|veterinary|vet) )nurses?(?! associates?\b)|ward (?:manager|sister)|deputy ward manager|charge nurse|matron)\b/,
    lookup: 'registered nurse',
    seniority: null,
  },
  {
    role: 'support-worker',
    escoLookup: 'healthcare assistant',
    label: 'Healthcare Support Worker / Assistant',
    pattern:
      /\b(?:(?:clinical|healthcare|health care|care|mental health|therapy|reablement|recovery|night|bank|senior|peer) )*support workers?\b|\b(?:healthcare|health care|nursing|care|clinical|theatre) assistants?\b/,
    lookup: 'nursing assistant',
    seniority: null,
  },
  {
    role: 'solutions-engineer',
    label: 'Solutions Engineer',
    pattern:
      /\b(?:(?:solutions?|sales|pre sales|presales|customer solutions|implementation|integration|deployment) (?:engineer|architect|specialist|strategist|consultant)|deployment strategist)\b/,
    lookup: 'sales engineer',
    absorbs: ['41-9031.00'],
    seniority: null,
  },
  {
    role: 'account-executive',
    label: 'Account Executive / Sales',
    pattern:
      /\b(?:account (?:executive|manager)|(?:sales|business) development (?:representative|rep|manager)|sales (?:representative|executive|manager|director|lead)|(?:vice president|head|director) of sales|sdr|bdr)\b/,
    lookup: 'sales representative',
    seniority: null,
  },
  {
    role: 'customer-success',
    label: 'Customer Success Manager',
    pattern:
      /\bcustomer (?:success|support|experience) (?:manager|lead|director|engineer|specialist|representative|associate)\b|\b(?:head|director|vice president) of customer (?:success|support|experience)\b/,
    lookup: 'customer service representative',
    seniority: null,
  },
  {
    role: 'marketing-manager',
    label: 'Marketing Manager',
    pattern:
      /\b(?:(?:product |growth |performance |content |brand |field |digital |demand generation |lifecycle )?market(?:ing|er)(?: manager| lead| director| specialist| strategist)?|demand generation (?:manager|lead)|growth (?:strategist|lead|manager))\b/,
    lookup: 'marketing manager',
    seniority: null,
  },
  {
    role: 'recruiter',
    label: 'Recruiter',
    pattern:
      /\b(?:(?:technical |senior |business )?recruiter|talent (?:acquisition|partner)(?: manager| lead| specialist)?)\b/,
    lookup: 'recruiter',
    escoLookup: 'recruitment consultant',
    seniority: null,
  },
  {
    role: 'operations-manager',
    label: 'Operations Manager',
    pattern:
      /\b(?:(?:business|revenue|sales|marketing|people|permit|program) )?operations (?:manager|lead|specialist|associate|director)\b|\b(?:head|director|vice president) of (?:business |revenue )?operations\b|\bchief of staff\b/,
    lookup: 'operations manager',
    absorbs: ['11-1021.00'],
    seniority: null,
  },
];
