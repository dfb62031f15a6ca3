import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ProfileItem, RoleProfile } from '../profile/index.ts';
import type { AnalyzedResume, ResumeLink } from '../resume/index.ts';
import { computeGap, type GapCatalog } from './compute-gap.ts';

const item = (text: string, id: string, share: number, kind: ProfileItem['kind'] = 'skill'): ProfileItem => ({
  text,
  count: Math.round(share * 100),
  share,
  ci: [share - 0.05, share + 0.05],
  kind,
  concepts: [
    { id, label: text, kind: kind === 'duty' ? 'activity' : kind === 'qualification' ? 'topic' : 'skill' },
  ],
  members: [{ id, label: text, count: Math.round(share * 100), share }],
  evidence: [{ listingId: `l-${id}`, quote: `We need ${text}.` }],
});

const profile: RoleProfile = {
  schemaVersion: 2,
  role: { slug: 'data-scientist', label: 'Data Scientist', onetSoc: null, escoOccupation: null },
  listings: {
    count: 100,
    sources: [{ source: 'x.csv', count: 100 }],
    dateRange: { from: null, to: null },
    others: null,
    otherLanguages: [],
  },
  headline: '',
  experience: { listings: 0, medianYears: null },
  themes: [{ name: 'Programming', coherence: 0.5, items: [item('Python', 'py', 0.8)] }],
  distinctive: [],
  trends: null,
  responsibilities: [item('Build predictive models', 'onet:dwa/model', 0.5, 'duty')],
  skills: [item('Python', 'py', 0.8), item('R', 'r', 0.6), item('Spark', 'spark', 0.1)],
  qualifications: [item('A degree', 'qualification:degree', 0.4, 'qualification')],
};

const concepts: Record<
  string,
  {
    label: string;
    kind: 'skill' | 'activity';
    skillType?: string;
    broader: { id: string; label: string } | null;
  }
> = {
  py: { label: 'Python', kind: 'skill', skillType: 'knowledge', broader: { id: 'g', label: 'programming' } },
  r: { label: 'R', kind: 'skill', skillType: 'knowledge', broader: { id: 'g', label: 'programming' } },
  spark: { label: 'Spark', kind: 'skill', skillType: 'tool', broader: null },
  sales: { label: 'sales', kind: 'skill', skillType: 'skill/competence', broader: null },
  'onet:dwa/model': { label: 'Build predictive models', kind: 'activity', broader: null },
};
const catalog: GapCatalog = {
  get: (id) => concepts[id],
  similarity: (a, b) => (a === b ? 1 : (a === 'r' && b === 'py') || (a === 'py' && b === 'r') ? 0.55 : 0.1),
};

const link = (id: string, score: number, line: string, start: number): ResumeLink => ({
  id,
  label: concepts[id]?.label ?? id,
  kind: 'skill',
  score,
  line,
  start,
  end: start + line.length,
  section: 'skills',
});

const resume: AnalyzedResume = {
  id: 'cv.txt',
  source: 'cv.txt',
  locator: 'file',
  category: null,
  text: 'Skills\n- Python and pandas\n- Modelled demand\n- Sales',
  sections: [{ kind: 'skills', start: 0, end: 52, heading: 'Skills' }],
  roles: [],
  links: [
    link('py', 0.93, '- Python and pandas', 7),
    link('onet:dwa/model', 0.3, '- Modelled demand', 27),
    link('sales', 0.8, '- Sales', 45),
    link('spark', 0.45, '- Python and pandas', 7),
  ],
  years: [{ id: 'py', label: 'Python', years: 2, from: 'dates' }],
};

test('computeGap() marks covered with the résumé line, near with the relation, missing otherwise', () => {
  const g = computeGap(profile, resume, catalog);
  assert.deepEqual(
    g.lines.map((l) => [l.text, l.status, l.theme, l.resume?.line ?? null, l.relation?.kind ?? null]),
    [
      ['Python', 'covered', 'Programming', '- Python and pandas', null],
      ['R', 'near', null, '- Python and pandas', 'same-group'],
      ['Build predictive models', 'near', null, '- Modelled demand', 'weak'],
      ['A degree', 'missing', null, null, null],
      ['Spark', 'missing', null, null, null],
    ],
  );
  assert.equal(g.lines[0]?.resume?.years, 2);
  assert.equal(g.lines[1]?.relation?.text, 'same ESCO group "programming": the résumé shows Python');
  // (0.8 + 0.3 + 0.25) / (0.8 + 0.6 + 0.5 + 0.4 + 0.1) = 1.35 / 2.4
  assert.equal(g.score, 56);
  assert.deepEqual(g.counts, { covered: 1, near: 2, missing: 2 });
  assert.deepEqual(
    g.changes.map((c) => [c.text, c.gain]),
    [
      ['A degree', 16.7],
      ['R', 12.5],
      ['Build predictive models', 10.4],
    ],
  );
  assert.deepEqual(
    g.beyond.map((b) => b.label),
    ['sales'],
  );
});

test('computeGap() never covers a named tool from a weak link, and scores an empty résumé 0', () => {
  const g = computeGap(profile, resume, catalog);
  assert.equal(g.lines.find((l) => l.text === 'Spark')?.status, 'missing');
  const empty = computeGap(profile, { ...resume, links: [], years: [] }, catalog);
  assert.equal(empty.score, 0);
  assert.equal(empty.counts.missing, 5);
});

test('computeGap() reads a degree from the education section', () => {
  const text = 'Education\nBSc Mathematics, 2015';
  const g = computeGap(
    profile,
    {
      ...resume,
      text,
      sections: [{ kind: 'education', start: 0, end: text.length, heading: 'Education' }],
      links: [],
    },
    catalog,
  );
  const degree = g.lines.find((l) => l.text === 'A degree');
  assert.deepEqual([degree?.status, degree?.resume?.line], ['covered', 'BSc Mathematics, 2015']);
});

test('computeGap() weighs lines by lineWeight when given', () => {
  const g = computeGap(profile, resume, catalog, {
    lineWeight: (ids) => (ids.includes('qualification:degree') ? 0 : 1),
  });
  assert.equal(g.lines.find((l) => l.text === 'A degree')?.points, 0);
  assert.equal(g.score, Math.round((100 * 1.35) / 2.0));
});

test('computeGap() relates two tools without prototypes as nothing (no commodity near)', () => {
  const withTools: GapCatalog = {
    ...catalog,
    get: (id) => concepts[id] ?? { label: id.slice(15), kind: 'skill', skillType: 'tool', broader: null },
  };
  const p = {
    ...profile,
    themes: [],
    responsibilities: [],
    qualifications: [],
    skills: [item('Kubernetes', 'roleprint:tool/kubernetes', 0.5)],
  };
  const g = computeGap(
    p,
    { ...resume, links: [link('roleprint:tool/docker', 0.9, '- Docker', 45)] },
    withTools,
  );
  assert.deepEqual([g.lines[0]?.status, g.lines[0]?.relation], ['missing', null]);
});

test('computeGap() reads stated years: enough covers the years line, fewer is near with the numbers', () => {
  const withYears = {
    ...profile,
    experience: { listings: 50, medianYears: 5 },
    qualifications: [item('Years of experience stated', 'qualification:years', 0.6, 'qualification')],
  };
  const years = (text: string) =>
    computeGap(withYears, { ...resume, text }, catalog).lines.find(
      (l) => l.text === 'Years of experience stated',
    );
  const senior = years('Summary\nSales manager with 8+ years of experience in B2B');
  assert.deepEqual([senior?.status, senior?.resume?.line], ['covered', 'states 8 years of experience']);
  const junior = years('Java - Experience - 24 months');
  assert.deepEqual(
    [junior?.status, junior?.relation?.kind, junior?.relation?.text],
    ['near', 'fewer-years', 'fewer years: the résumé shows 2, listings state a median of 5'],
  );
  assert.equal(years('Python (3 years)')?.status, 'missing');
});

test('computeGap() counts a duty named by the verb of a one-word competence as showing it (communicate → communication)', () => {
  const words: GapCatalog = {
    get: (id) =>
      ({
        comm: { label: 'communication', kind: 'skill', skillType: 'skill/competence', broader: null },
        cust: {
          label: 'communicate with customers',
          kind: 'skill',
          skillType: 'skill/competence',
          broader: null,
        },
        budget: { label: 'manage budgets', kind: 'skill', skillType: 'skill/competence', broader: null },
      })[id] as never,
    similarity: () => 0.1,
    verbNoun: (v) => ({ communicate: 'communication', manage: 'management' })[v] ?? null,
  };
  const p = {
    ...profile,
    themes: [],
    responsibilities: [],
    qualifications: [],
    skills: [item('Communication', 'comm', 0.5)],
  };
  const shown = computeGap(
    p,
    { ...resume, links: [link('cust', 0.86, '- Communicated with customers', 10)] },
    words,
  );
  assert.deepEqual(
    [shown.lines[0]?.status, shown.lines[0]?.resume?.line, shown.lines[0]?.relation],
    ['covered', '- Communicated with customers', null],
  );
  // Another verb's duty shows nothing of it, and without the lexicon nothing is inferred.
  const other = computeGap(p, { ...resume, links: [link('budget', 0.9, '- Managed budgets', 10)] }, words);
  assert.equal(other.lines[0]?.status, 'missing');
  const { verbNoun: _, ...plain } = words;
  const none = computeGap(
    p,
    { ...resume, links: [link('cust', 0.86, '- Communicated with customers', 10)] },
    plain,
  );
  assert.equal(none.lines[0]?.status, 'missing');
});
