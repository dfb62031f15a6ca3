/**
 * Seniority from the words of a title ("Sr.", "Principal", "Head of", "VP", NHS bands).
 * @module
 */
import type { RoleMatch } from '../analyzed-listing.ts';

type Seniority = NonNullable<RoleMatch['seniority']>;

const IC_NOUN =
  '(?:software|data|machine|ml|ai|product|backend|frontend|full|fullstack|platform|site|security|research|applied|engineer|developer|scientist|designer|analyst|infrastructure|systems|cloud|devops|mobile|web|technical|technology)';

// Highest first: the first rule that matches decides ("Senior Director" is a director).
const RULES: [RegExp, Seniority][] = [
  [
    // "Executive Assistant to the CTO" reports to an executive; it is not one.
    /(?<!\b(?:to|of|for|supporting) (?:the )?)(?:\bchief\b(?! (?:architect|engineer|scientist|of staff))|\bc[etiofmdps]o\b)|\bpresident\b(?<!vice president)/,
    'executive',
  ],
  [/\bvice president\b/, 'vp'],
  [/\bdirector\b|\bhead of\b|\bheadteacher\b|\bband (?:8[cd]|9)\b/, 'director'],
  [
    /\bmanager\b(?<!(?:product|project|program|programme|account|case|property|community|office|practice|social media|content|marketing|sales|success|support) manager)|\bsupervisor\b/,
    'manager',
  ],
  [
    new RegExp(
      `\\bband 8[ab]?\\b|\\b(?:lead|principal|staff (?=${IC_NOUN})|distinguished|team leader|tech lead)\\b`,
    ),
    'lead',
  ],
  [/\bsenior\b|\biii\b|\biv\b|\bband 7\b|\bexperienced\b/, 'senior'],
  [/\bintern(?:ship)?\b|\bapprentice(?:ship)?\b|\bstudent\b|\bco op\b|\bplacement\b/, 'intern'],
  [
    /\bjunior\b|\bentry level\b|\bgraduate\b|\bnewly qualified\b|\btrainee\b|\bband [2-4]\b|\bassociate (?=engineer|developer|software|data|product|designer|analyst|scientist)/,
    'junior',
  ],
  [/\bmid (?:level|senior)\b|\bintermediate\b|\bii\b|\bband [56]\b/, 'mid'],
];

/**
 * Returns the seniority a title key's words state, or null when they state none.
 * @example
 * assert.equal(findSeniority('senior director of software engineering'), 'director');
 * assert.equal(findSeniority('staff nurse band 5'), 'mid');
 * assert.equal(findSeniority('staff software engineer'), 'lead');
 * assert.equal(findSeniority('data scientist'), null);
 */
export function findSeniority(key: string): RoleMatch['seniority'] {
  for (const [re, s] of RULES) if (re.test(key)) return s;
  return null;
}

const STRIP =
  /\b(?:senior|junior|lead|principal|staff(?= (?:software|data|machine|engineer|developer|scientist))|intern|internship|graduate|entry level|trainee|experienced|mid level|i|ii|iii|iv|band \d[a-d]?|founding|co founder|founder|fractional|interim|acting|deputy|remote)\b/g;

/**
 * Removes seniority and hiring-noise words from a title key, for looking the bare occupation up.
 * @example
 * assert.equal(stripSeniority('senior staff software engineer ii'), 'software engineer');
 */
export function stripSeniority(key: string): string {
  return key.replace(STRIP, ' ').replace(/\s+/g, ' ').trim();
}
