/**
 * Résumé sections from their headings: a line that is (or starts with) a known heading opens a section.
 * @module
 */
import type { ResumeSection, ResumeSectionKind } from './resume.ts';

/** Known headings per kind, lower case, without punctuation. */
const HEADINGS: Record<Exclude<ResumeSectionKind, 'header'>, string[]> = {
  summary: [
    'summary',
    'professional summary',
    'career summary',
    'executive summary',
    'profile',
    'professional profile',
    'personal profile',
    'career profile',
    'about me',
    'about',
    'objective',
    'career objective',
    'professional objective',
    'overview',
  ],
  skills: [
    'skills',
    'skill details',
    'technical skills',
    'it skills',
    'i t skills',
    'key skills',
    'core skills',
    'computer skills',
    'professional skills',
    'soft skills',
    'skill set',
    'skillset',
    'skills and tools',
    'skills and abilities',
    'core competencies',
    'competencies',
    'areas of expertise',
    'expertise',
    'technical expertise',
    'technologies',
    'tools and technologies',
    'technical proficiency',
  ],
  experience: [
    'experience',
    'work experience',
    'professional experience',
    'relevant experience',
    'experience details',
    'employment',
    'employment history',
    'work history',
    'career history',
    'company details',
    'internship',
    'internships',
  ],
  education: [
    'education',
    'education details',
    'educational details',
    'academic details',
    'academics',
    'academic background',
    'academic qualifications',
    'educational qualifications',
    'educational qualification',
    'qualifications',
  ],
  certifications: [
    'certifications',
    'certification',
    'certificates',
    'licenses',
    'licences',
    'licenses and certifications',
    'training',
    'trainings',
    'courses',
  ],
  projects: ['projects', 'project details', 'key projects', 'personal projects', 'academic projects'],
  other: [
    'languages',
    'interests',
    'hobbies',
    'personal details',
    'personal information',
    'references',
    'awards',
    'achievements',
    'publications',
    'declaration',
    'strengths',
    'extracurricular activities',
    'contact',
  ],
};

const KIND_OF = new Map<string, ResumeSectionKind>();
for (const [kind, names] of Object.entries(HEADINGS))
  for (const n of names) KIND_OF.set(n, kind as ResumeSectionKind);
const LONGEST = Math.max(...[...KIND_OF.keys()].map((k) => k.split(' ').length));

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Matches a heading at the start of a line: the whole line ("Work Experience:"), or a heading followed by a colon or
 * a list ("Skills: Python, SQL"). Returns its kind and its length in the line, or null.
 * @example
 * assert.deepEqual(matchResumeHeading('WORK EXPERIENCE'), { kind: 'experience', length: 15 });
 * assert.equal(matchResumeHeading('Experience with Python'), null);
 */
export function matchResumeHeading(line: string): { kind: ResumeSectionKind; length: number } | null {
  const trimmed = line.replace(/^[#=\s]+/, '');
  const lead = line.length - trimmed.length;
  // A heading starts with a capital and is at most a few words: "Skills", "WORK EXPERIENCE", "Skill Details".
  if (!/^\p{Lu}/u.test(trimmed)) return null;
  const words = trimmed.match(/^[\p{L}.&/]+(?:[ \t]+[\p{L}.&/]+)*/u)?.[0] ?? '';
  const parts = words.split(/[ \t]+/);
  for (let n = Math.min(LONGEST, parts.length); n >= 1; n--) {
    const head = parts.slice(0, n).join(' ');
    const kind = KIND_OF.get(norm(head));
    if (!kind) continue;
    const at = trimmed.indexOf(parts[n - 1] as string, head.length - (parts[n - 1] as string).length);
    const end = at + (parts[n - 1] as string).length;
    const rest = trimmed.slice(end);
    if (/^\s*[:\-–—|]?\s*$/.test(rest)) return { kind, length: lead + trimmed.trimEnd().length };
    if (/^\s*[:–—|]/.test(rest))
      return { kind, length: lead + end + (rest.match(/^\s*[:–—|]\s*/)?.[0].length ?? 0) };
    return null;
  }
  return null;
}

/**
 * Splits a clean résumé text into sections: the lines before the first heading are the `header`, each known heading
 * opens a section that runs to the next. A text with no heading at all is one `other` section.
 * @example
 * const s = splitResumeSections('Ada Lovelace\nSkills\n- Python\nExperience\nAnalyst, Acme');
 * assert.deepEqual(s.map((x) => [x.kind, x.heading]), [['header', null], ['skills', 'Skills'], ['experience', 'Experience']]);
 */
export function splitResumeSections(text: string): ResumeSection[] {
  const out: ResumeSection[] = [];
  let pos = 0;
  let current: ResumeSection = { kind: 'header', start: 0, end: text.length, heading: null };
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(pos, end);
    const h = matchResumeHeading(line);
    // "Tools & Technologies: Python, …" inside a job entry labels a line of that job, it does not end the job.
    const inline = h !== null && line.slice(h.length).trim() !== '';
    if (h && !(inline && (current.kind === 'experience' || current.kind === 'projects'))) {
      current.end = pos;
      if (current.end > current.start || current.heading !== null) out.push(current);
      current = { kind: h.kind, start: pos, end: text.length, heading: line.slice(0, h.length).trim() };
    }
    if (nl === -1) break;
    pos = nl + 1;
  }
  current.end = text.length;
  out.push(current);
  if (out.length === 1 && out[0]?.kind === 'header') return [{ ...(out[0] as ResumeSection), kind: 'other' }];
  return out.filter((s) => s.end > s.start);
}
