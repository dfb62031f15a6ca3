/**
 * JSON Resume (https://jsonresume.org/schema) to Markdown-like text with the headings the section splitter knows.
 * @module
 */

type Obj = Record<string, unknown>;

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
const arr = (v: unknown): Obj[] =>
  Array.isArray(v) ? v.filter((x): x is Obj => typeof x === 'object' && x !== null) : [];
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(str).filter(Boolean) : []);

/**
 * Tells whether a parsed JSON value looks like a JSON Resume document.
 * @example
 * assert.equal(isJsonResume({ basics: { name: 'A' }, work: [] }), true);
 * assert.equal(isJsonResume({ id: '1', text: 'x' }), false);
 */
export function isJsonResume(v: unknown): v is Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const o = v as Obj;
  return ['basics', 'work', 'skills', 'education'].some((k) => k in o) && !('text' in o);
}

function range(o: Obj): string {
  const from = str(o.startDate);
  const to = str(o.endDate) || (from ? 'Present' : '');
  return from ? ` (${from} – ${to})` : '';
}

/**
 * Writes a JSON Resume document as text: summary, skills, experience (title, employer, dates, highlights), projects,
 * education, certifications.
 * @example
 * const text = jsonResumeText({ basics: { name: 'Ada' }, work: [{ name: 'Acme', position: 'Analyst', startDate: '2020-01', highlights: ['Built dashboards in Tableau'] }] });
 * assert.equal(text, 'Ada\n\nExperience\nAnalyst, Acme (2020-01 – Present)\n- Built dashboards in Tableau');
 */
export function jsonResumeText(doc: Obj): string {
  const basics = (typeof doc.basics === 'object' && doc.basics !== null ? doc.basics : {}) as Obj;
  const parts: string[] = [];
  const head = [str(basics.name), str(basics.label)].filter(Boolean).join(', ');
  if (head) parts.push(head);
  if (str(basics.summary)) parts.push(`Summary\n${str(basics.summary)}`);
  const skills = arr(doc.skills).map((s) => {
    const kw = strings(s.keywords);
    return `- ${str(s.name)}${kw.length ? `: ${kw.join(', ')}` : ''}`;
  });
  if (skills.length) parts.push(`Skills\n${skills.join('\n')}`);
  const work = [...arr(doc.work), ...arr(doc.volunteer)].map((w) => {
    const who = [str(w.position), str(w.name) || str(w.company) || str(w.organization)].filter(Boolean);
    const lines = [`${who.join(', ')}${range(w)}`];
    if (str(w.summary)) lines.push(str(w.summary));
    for (const h of strings(w.highlights)) lines.push(`- ${h}`);
    return lines.join('\n');
  });
  if (work.length) parts.push(`Experience\n${work.join('\n\n')}`);
  const projects = arr(doc.projects).map((p) =>
    [`${str(p.name)}${range(p)}`, str(p.description), ...strings(p.highlights).map((h) => `- ${h}`)]
      .filter(Boolean)
      .join('\n'),
  );
  if (projects.length) parts.push(`Projects\n${projects.join('\n\n')}`);
  const education = arr(doc.education).map((e) =>
    [[str(e.studyType), str(e.area)].filter(Boolean).join(' in '), str(e.institution)]
      .filter(Boolean)
      .join(', ')
      .concat(range(e)),
  );
  if (education.length) parts.push(`Education\n${education.join('\n')}`);
  const certs = arr(doc.certificates).map(
    (c) => `- ${[str(c.name), str(c.issuer)].filter(Boolean).join(', ')}`,
  );
  if (certs.length) parts.push(`Certifications\n${certs.join('\n')}`);
  return parts.join('\n\n');
}
