/**
 * ESCO labels that fire on everyday words in listings without naming a skill ("data" is an alternative label of
 * "statistics", "design" of "think creatively"). Found by reading the most frequent matches over the shared listings;
 * each one is left out of the matcher (curated aliases may still name the concept in a clearer form), and the same
 * words in a text match no label at all ("management team" would otherwise match "managing teams" by stems).
 * @module
 */

/**
 * Lower-cased words (as `labelKey` gives them) of labels the matcher ignores and of text phrases that match nothing.
 * @example
 * assert.equal(LOW_INFORMATION_LABELS.has('data'), true);
 */
export const LOW_INFORMATION_LABELS: ReadonlySet<string> = new Set([
  // Alternative labels that are everyday words.
  'data', // → statistics
  'design', // → think creatively
  'lead', // → lead others; "lead the design" is a duty, and Lead is also a title
  'access', // → Microsoft Access; "access to …"
  'shape the future', // → think innovately: company mission talk
  'flexible working', // → adapt to change: a benefit
  'work life balance', // → maintain psychological well-being: a benefit
  'use of data', // → statistics
  'be responsible', // → assume responsibility: "you will be responsible for …" introduces duties
  'enjoy working', // → show commitment
  'support people', // → mentor individuals: "support people to stay at home" is care, not mentoring
  'help people', // → mentor individuals
  // Found among the most frequent matches over all shared listings (19,766 cleaned):
  'management team', // → manage staff: "our management team" is who, not a skill
  'support staff', // → guide staff: a kind of staff
  'support manager', // → support managers: a job title
  'support managers',
  'support individuals', // → mentor individuals: care work, not mentoring
  'time working', // → use personal organization software: the tail of "part time working"
  'time work',
  'technical skills', // → apply knowledge of science, technology and engineering: says nothing about which
  'geographical area', // → geographic areas: "covering a geographical area"
  'company policies', // boilerplate "in line with company policies"
  'provide evidence', // → present evidence: application instructions
  'regulatory requirements', // → good laboratory practice
  'emergency care', // → first aid: in listings, the hospital department
  'planned care', // → plan nursing care: in NHS listings, the elective-surgery services
  'personal development', // mostly the benefit ("opportunities for personal development")
  'ict', // → printed circuit boards testing methods (an acronym alternative label)
  'people work', // "people@work": the "@" splits into everyday words
  'staff support', // → support ICT system users: a benefit
  'production software', // → industrial software: "software in production"
  'design software', // → industrial software
  'work with engineering', // → liaise with industrial professionals: in-house engineering teams
  'work with engineers',
  'ground running', // "hit the ground running" → Running grounds
  'working team', // "a hard working team" → work in teams
  'route', // an O*NET tool name; "route"/"routes" are everyday words
  'application process', // the hiring process, in apply text
  'after the deadline', // an O*NET tool name, and a phrase
  // Loose links read in the precision samples (test/skills/precision-read.md, round 2):
  'crafting', // ESCO: handicrafts; "crafting deep learning solutions" is making (indeed#032a60df9899fe1c)
  'first responder', // → first response: the people ("network that supports first responders", ectj#91)
  'identify opportunities', // → show entrepreneurial spirit: "identify opportunities to improve product quality"
  'pursue opportunities', // → show entrepreneurial spirit
  // Preferred labels of programming languages, products and topics named by ordinary words.
  'plan',
  'source',
  'energy',
  'act',
  'scheme',
  'analyze',
  'less',
  'reduce',
  'scratch',
  'rapide',
  'logo',
  'history',
  'logic',
  'ecosystems',
  'migration',
  'logging', // ESCO: forestry
  'square', // the payments company
  'saas', // ESCO: service-oriented modelling; listings: "B2B SaaS company"
  // Company names in blurbs and apply links ("ex-Google", "follow us on LinkedIn").
  'google',
  'facebook',
  'linkedin',
  'instagram',
  'twitter',
  'youtube',
]);
