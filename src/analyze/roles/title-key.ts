/**
 * The lookup key of a job title: lowercase words with abbreviations spelled out, so "Sr. S/W Eng." and
 * "Senior Software Engineer" meet. Used both when the roles data is compiled and when titles are matched.
 * @module
 */

const EXPANSIONS: Record<string, string> = {
  sr: 'senior',
  snr: 'senior',
  jr: 'junior',
  jnr: 'junior',
  mgr: 'manager',
  dir: 'director',
  eng: 'engineer',
  engr: 'engineer',
  dev: 'developer',
  swe: 'software engineer',
  sde: 'software development engineer',
  vp: 'vice president',
  svp: 'senior vice president',
  evp: 'executive vice president',
  avp: 'assistant vice president',
  asst: 'assistant',
  assoc: 'associate',
  admin: 'administrator',
  ml: 'machine learning',
  ai: 'ai',
  qa: 'quality assurance',
  ux: 'ux',
  hr: 'human resources',
  it: 'it',
  rn: 'registered nurse',
  rgn: 'registered general nurse',
  rmn: 'registered mental health nurse',
  hca: 'healthcare assistant',
  gp: 'general practitioner',
  ops: 'operations',
  infra: 'infrastructure',
  tech: 'technology',
  technical: 'technical',
};

// British spellings of NHS titles, so they meet O*NET's American ones ("Anaesthetist" → "anesthetist").
const SPELLINGS: [RegExp, string][] = [
  [/^(an|h|orthop|gyn|p)ae/, '$1e'],
  [/^paediatr/, 'pediatr'],
  [/^oesoph/, 'esoph'],
  [/^haem/, 'hem'],
  [/^programme/, 'program'],
  [/^centre/, 'center'],
  [/^organis(?=(?:e|ed|es|ing|ation|ations)$)/, 'organiz'],
  [/^specialis(?=(?:e|ed|es|ing|ation)$)/, 'specializ'],
];

function americanize(word: string): string {
  for (const [re, to] of SPELLINGS) if (re.test(word)) return word.replace(re, to);
  return word;
}

/**
 * Normalises a title to its lookup key.
 * @example
 * assert.equal(titleKey('Sr. Director, S/W Eng.'), 'senior director s w engineer');
 * assert.equal(titleKey('VP & Head of R&D'), 'vice president and head of r and d');
 */
export function titleKey(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\bc\+\+/g, 'cplusplus')
    .replace(/\bc#/g, 'csharp')
    .replace(/\.net\b/g, 'dotnet')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w.length > 0);
  return words.map((w) => EXPANSIONS[w] ?? americanize(w)).join(' ');
}
