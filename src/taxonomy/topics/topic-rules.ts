/**
 * Word lists scripts/build-topics.ts mines topics with: what cannot be part of a subject, what is too generic to
 * be one, pitch and boilerplate words, and abbreviations that name the same subject.
 * @module
 */

const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/**
 * Pronouns, auxiliaries, determiners, quantifiers and grading adjectives: never inside a subject phrase.
 * @example
 * assert.ok(FUNCTION_WORDS.has('strong'));
 */
export const FUNCTION_WORDS: ReadonlySet<string> = words(`
  you your we our us they them their he she his her it its i me my who whom whose which what that this these those
  will would shall should can could may might must is are was were be been being am do does did done have has had
  having not no nor all any each every some such other others another both either neither more most less least
  many much few several various numerous multiple own same etc e.g i.e eg ie also very too just only well
  new strong excellent good great proven solid effective high highly key relevant related able excellent outstanding
  exceptional demonstrable demonstrated previous prior current proficient proficiency familiarity familiar
  comfortable passionate desirable desired essential preferred required ideal ideally plus bonus minimum least
  first second third one two three four five six seven eight nine ten if when where while how why than then there
  here so but yet because about above below over under up down out off again further once including include
  includes included like e.g. per via upon along among around after before during without within between against
  including daily weekly monthly regular regularly appropriate appropriately relevant necessary overall
  advanced basic general specific significant extensive broad deep wide sound thorough clear clearly
  working knowledge experience experienced understanding ability abilities skills skill background track record
  across highest greatest best latest largest biggest fastest real integral complex large small senior junior
  challenging dynamic innovative meaningful positive true whole entire
  through whilst whereas towards toward looking listed responsible valuable primary main additional assigned
  special minimal direct successful remain undertake gain gaining mitigate drive limited defined designated varied
  busy demanding
  re t s ll ve d m don doesn isn aren won wouldn can't don't please note
  `);

/**
 * Stop words a subject may hold inside it ("profit and loss", "infection prevention and control").
 * @example
 * assert.ok(INNER_STOP.has('and'));
 */
export const INNER_STOP: ReadonlySet<string> = words('and of');

/**
 * Pitch, benefit, hiring and legal words: a phrase holding one is boilerplate, not a duty.
 * @example
 * assert.ok(BOILERPLATE.has('salary'));
 */
export const BOILERPLATE: ReadonlySet<string> = words(`
  culture salary salaries benefit benefits perks perk equal opportunity opportunities fast-paced paced diversity
  diverse inclusive inclusion equity passionate passion competitive remote hybrid onsite on-site visa visas
  sponsorship apply applicant applicants application applications disability disabilities veteran veterans gender
  race religion sexual orientation mission vision values exciting excited love fun welcome award awarded
  vacation pto 401k 401 insurance dental medical-benefits pension holiday holidays annual leave compensation
  stock options startup start-up interview interviews hiring recruiter candidate candidates job jobs vacancy
  vacancies position positions role roles career careers employer employee employees company companies
  salary-range pay wage wages bonus relocation office offices location locations nyc york london francisco sf
  post-holder postholder holder holders post posts player players self-motivated motivated self-starter
  enthusiastic enthusiasm flexible flexibility attitude personality positive friendly hardworking hard-working
  licence license licences licenses driving registered registration diploma college gcse gcses grade grades nvq
  speakers speaker age old pin equivalent caring compassionate nature learner self-directed team-oriented
  team-orientated proactive pro-active manner urgency literate calm purposes demands
  ba/bs bs/ms ms/phd bachelor bachelors master masters phd combination
  difference specification specifications multi-task multitask multi-tasking multitasking pattern patterns
  driven detail-oriented motivation eager willingness willing keen desire interest interested
  `);

/**
 * Words that never make a subject alone: a phrase whose content words are all generic is dropped.
 * @example
 * assert.ok(GENERIC.has('team'));
 */
export const GENERIC: ReadonlySet<string> = words(`
  team teams experience experiences work works working ability role company skills skill knowledge understanding
  years year time way ways level levels environment environments business businesses organisation organization
  organisations organizations day days part parts range areas area field fields thing things use uses needs need
  member members staff colleagues colleague people person individual individuals others duties duty
  responsibilities responsibility requirements requirement degree degrees background tasks task activities
  activity service services support help opportunity projects project product products customer customers client
  clients user users data information system systems process processes solutions solution tools tool technology
  technologies practice practices standards standard quality issues issue problems problem ideas idea results
  result goals goal plan plans work-life life world range variety number lot lots basis relationships
  relationship department departments group groups unit units site sites patients patient care health
  management manager managers lead leads leader leaders leadership development developer developers engineer
  engineers engineering design designs new approach approaches initiatives initiative priorities priority
  requirements policies policy procedures procedure programme programmes program programs plan plans report
  reports reporting training trainings communication communications meetings meeting changes change
  improvement improvements performance operations operation strategy strategies success successful
  application applications platform platforms software code feature features stakeholders stakeholder
  delivery decisions decision ownership impact growth scale value values content materials resources resource
  best practice practices hands-on fast high-quality end-to-end cross-functional state-of-the-art
  world-class full-time part-time full part hours hour week weeks month months e.g related appropriate
  writing verbal written spoken interpersonal organisational organizational communication analytical
  technical clinical professional personal national local internal external key core
  `);

/**
 * Head words that name a kind of thing rather than a subject ("data team", "coding skills").
 * @example
 * assert.ok(GENERIC_HEAD.has('skills'));
 */
export const GENERIC_HEAD: ReadonlySet<string> = words(`
  team teams experience experiences skills skill ability abilities knowledge understanding role roles company
  companies candidate candidates opportunity opportunities environment environments background years year
  members member staff colleagues field fields level levels area areas etc e.g. work degree degrees
  qualification qualifications setting settings needs duties tasks responsibilities accountabilities
  `);

/**
 * Single words that pass the specificity test yet name no duty subject alone (adjectives and broad nouns).
 * @example
 * assert.ok(GENERIC_SINGLE.has('nice'));
 */
export const GENERIC_SINGLE: ReadonlySet<string> = words(`
  nice excellence success passion difference impact lives life things everything anything something everyone
  anyone someone community communities opportunity wellbeing well-being analysis concepts methods methodologies
  safe tidy phase women men motion lifestyle transmission assure trends ambiguity sense flow completion objectives accuracy execution optimization optimisation interfaces
  deliverables targets outcomes insights solutions approaches techniques principles initiatives oral written
  models methods tasks challenges opportunities environment variety mindset comfort audiences decision-makers
  `);

/**
 * Professional-practice acronyms that are duty subjects alone ("Track KPIs", "Meet SLAs"). Other short all-caps
 * words are usually names of countries, bodies or laws (UK, NHS, NICE, CQC, GDPR), which are not duties.
 * @example
 * assert.ok(ACRONYM_OK.has('okr') && !ACRONYM_OK.has('nice'));
 */
export const ACRONYM_OK: ReadonlySet<string> = words('okr kpi sla slo sop etl cpd mdt rca qa qi seo crm erp');

/**
 * Countries, regulators and other bodies written as acronyms: a phrase naming one is about who, not what.
 * @example
 * assert.ok(BODY_ACRONYMS.has('nhs'));
 */
export const BODY_ACRONYMS: ReadonlySet<string> = words(`
  uk us usa eu nhs nice cqc nmc hcpc gmc gphc gdc nhse hee dbs ico fca fda sec hipaa gdpr ofsted eeo eoe ada
  `);

/**
 * Verbs too weak to describe a duty when a stronger one governs the subject too.
 * @example
 * assert.ok(WEAK_VERBS.has('ensure'));
 */
export const WEAK_VERBS: ReadonlySet<string> = words(`
  work be have ensure support demonstrate include offer gain get make take need show help use provide join bring
  direct assist participate contribute apply undertake perform carry
  `);

/**
 * Verbs that never describe a duty with their object ("Be", "Have"): a topic they alone govern gets no description
 * and is dropped.
 * @example
 * assert.ok(BAD_VERBS.has('have'));
 */
export const BAD_VERBS: ReadonlySet<string> = words('be have need get include gain');

/**
 * Groups of surface forms that name one subject; the first that the corpus has becomes the label's group.
 * @example
 * assert.ok(EQUIVALENT.some((g) => g.includes('split testing')));
 */
export const EQUIVALENT: readonly (readonly string[])[] = [
  ['a/b testing', 'ab testing', 'split testing', 'a/b tests', 'a/b test', 'ab tests'],
  [
    'ci/cd',
    'ci/cd pipelines',
    'continuous integration and continuous delivery',
    'continuous integration and continuous deployment',
    'continuous integration and delivery',
    'continuous integration and deployment',
    'continuous integration/continuous deployment',
    'continuous integration/continuous delivery',
  ],
  ['p&l', 'profit and loss', 'p and l'],
  ['okrs', 'objectives and key results'],
  ['kpis', 'key performance indicators'],
  ['slas', 'service level agreements'],
  ['slos', 'service level objectives'],
  ['on-call', 'on call', 'oncall'],
  ['sops', 'standard operating procedures'],
  ['cpd', 'continuing professional development', 'continuous professional development'],
  ['mdt', 'multidisciplinary team', 'multi-disciplinary team'],
];

/**
 * Quality and generic nouns that name no duty subject, alone or at the head of a phrase ("clinical expertise",
 * "professional guidelines", "project milestones").
 * @example
 * assert.ok(GENERIC_QUALITY.has('expertise'));
 */
export const GENERIC_QUALITY: ReadonlySet<string> = words(`
  expertise guidelines guideline parameters parameter milestones milestone configuration configurations
  induction inductions agencies agency typing command weekend weekends evening evenings night nights qualities
  `);

/**
 * School subjects and eligibility words: a phrase of these only ("English and Maths") is a requirement of entry.
 * @example
 * assert.ok(ELIGIBILITY.has('maths'));
 */
export const ELIGIBILITY: ReadonlySet<string> = words(`
  english maths math mathematics science sciences physics chemistry biology literacy numeracy gcse gcses level
  levels a-level a-levels o-level functional skills qualification qualifications qualified degree graduate
  `);

/**
 * Office tools that O*NET lists as tools, named bare ("Word and Excel").
 * @example
 * assert.ok(OFFICE_TOOLS.has('excel'));
 */
export const OFFICE_TOOLS: ReadonlySet<string> = words(`
  word excel powerpoint outlook access teams office sheets docs slides
  `);

/**
 * Nouns with an adjective's ending that are duty subjects ("referral", "budget", "safeguarding" needs none).
 * @example
 * assert.ok(NOUN_OK.has('referrals'));
 */
export const NOUN_OK: ReadonlySet<string> = words(`
  referral referrals proposal proposals appraisal appraisals approval approvals disposal renewal renewals portal
  portals hospital capital analytics logistics ethics statistics diagnostics metrics graphic graphics clinic clinics
  topic topics logic public mechanic mechanics dynamics economics ergonomics robotics forensics semantics
  pharmacokinetics genomics proteomics informatics tactics documentary budget budgets patent patents agent agents
  client clients incident incidents student students treatment assessment management payment document documents
  content component components event events requirement environment equipment consent infant infants adolescent
  adolescents tenant tenants dependent applicant accountant consultant consultants grant grants plant plants
  need-based evidence-based library dictionary summary summaries inventory salary secondary primary diary
  glossary itinerary boundary boundaries
  `);

/**
 * Last words of a clause cut short ("decisions based", "issues relating", "features end"): never a subject's end.
 * @example
 * assert.ok(TRAILING.has('based'));
 */
export const TRAILING: ReadonlySet<string> = words(
  'based relating related regarding end according due pertaining',
);

/**
 * Verb + preposition pairs that read naturally before a subject; other prepositions are dropped from descriptions.
 * @example
 * assert.ok(PREP_VERBS.has('participate in'));
 */
export const PREP_VERBS: ReadonlySet<string> = new Set(
  `participate in|contribute to|engage in|engage with|lead on|respond to|adapt to|communicate with|collaborate with
  |work with|work on|work across|work in|report to|report on|comply with|specialise in|specialize in|assist with
  |assist in|support with|liaise with|partner with|advise on|deal with|respond to|adhere to|act on|invest in
  |take part in|travel to|travel across|advocate for|account for|plan for|prepare for|listen to|present to
  |contribute towards|help with|engage across|collaborate across`
    .split('|')
    .map((s) => s.trim()),
);
