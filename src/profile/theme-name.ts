/**
 * Short human names for themes, derived from ESCO skill-group labels.
 * @module
 */

const SMALL = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
  '&',
]);
const UPPER = new Set(['ict', 'it', 'ai', 'ml', 'hr', 'ux', 'ui', 'qa', 'api', 'sql', 'gdpr']);

/**
 * Shortens an ESCO group label into a title: drops parentheticals and trailing "skills"/"knowledge", abbreviates
 * "information and communication technologies" to ICT, title-cases.
 * @example
 * assert.equal(shortGroupName('information and communication technologies (icts)'), 'ICT');
 * assert.equal(shortGroupName('communication, collaboration and creativity'), 'Communication, Collaboration & Creativity');
 */
export function shortGroupName(label: string): string {
  let s = label
    .toLowerCase()
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/information and communication technolog(y|ies)/g, 'ICT')
    .replace(/^(.*?)\s*not elsewhere classified$/, 'other $1')
    .replace(/\b(skills?|knowledge|competences?)( and (skills?|knowledge|competences?))?$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (s.length === 0) s = label.trim();
  s = s.replace(/ and /g, ' & ');
  // "software & applications development & analysis": the last part of a long triple adds little.
  if (s.length > 32 && s.split(' & ').length > 2) s = s.slice(0, s.lastIndexOf(' & '));
  // Keep names short: cut long lists at the last comma before 40 characters.
  if (s.length > 40) {
    const cut = s.lastIndexOf(',', 40);
    if (cut > 10) s = s.slice(0, cut);
  }
  return titleCase(s);
}

/**
 * Title-cases words, keeping small words lower (except first) and known acronyms upper.
 * @example
 * assert.equal(titleCase('leading and motivating'), 'Leading and Motivating');
 */
export function titleCase(s: string): string {
  return s
    .split(' ')
    .map((w, i) => {
      const lower = w.toLowerCase();
      const bare = lower.replace(/[^a-z]/g, '');
      if (UPPER.has(bare)) return w.toUpperCase();
      if (w !== lower && i > 0) return w; // already has capitals (ICT, JavaScript)
      if (i > 0 && SMALL.has(lower)) return lower;
      return w.charAt(0).toUpperCase() + w.slice(1);
    })
    .join(' ');
}

/**
 * Joins two group names into one theme name ("Management & Supervising People"), skipping a repeat.
 * @example
 * assert.equal(joinNames(['Management', 'Management']), 'Management');
 */
export function joinNames(names: string[]): string {
  const unique = [...new Set(names.filter((n) => n.length > 0))];
  if (unique.length <= 1) return unique[0] ?? 'Other Skills';
  const [a, b] = unique as [string, string];
  // Two long group names make a title nobody reads: keep the first alone.
  if (a.includes('&') || b.includes('&') || a.length + b.length > 40) return a;
  return `${a} & ${b}`;
}
