/**
 * ESCO labels that fire on everyday words in listings without naming a skill ("data" is an alternative label of
 * "statistics", "design" of "think creatively"). Found by reading the most frequent matches over the shared listings;
 * each one is left out of the matcher (curated aliases may still name the concept in a clearer form).
 * @module
 */

/**
 * Lower-cased label words (as {@link labelKey} gives them) that the matcher ignores.
 * @example
 * assert.equal(LOW_INFORMATION_LABELS.has('data'), true);
 */
export const LOW_INFORMATION_LABELS: ReadonlySet<string> = new Set([
  // Alternative labels that are everyday words.
  'data', // → statistics
  'design', // → think creatively
  'security', // → securities
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
  'application process', // the hiring process, in apply text
  'after the deadline', // an O*NET tool name, and a phrase
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
