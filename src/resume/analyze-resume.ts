/**
 * Analyzes a résumé with the listings' own components (statements, skills, concepts) over résumé sections, so its
 * sentences link to the same concept ids as the listings a profile counts.
 * @module
 */
import {
  type AnalyzeComponent,
  type AnalyzedListing,
  type AnyAnalyzeComponent,
  createAnalyzer,
  defaultComponents,
  type Section,
  type SectionKind,
} from '../analyze/index.ts';
import type { CleanListing } from '../clean/index.ts';
import { type ConceptCatalog, loadConcepts, loadTaxonomy, type Taxonomy } from '../taxonomy/index.ts';
import { cleanResume } from './clean-resume.ts';
import { presentTense } from './present-tense.ts';
import { readResumeRoles } from './read-resume-roles.ts';
import type { AnalyzedResume, RawResume, ResumeLink, ResumeSection, ResumeSectionKind } from './resume.ts';
import { skillYears } from './skill-years.ts';
import { splitResumeSections } from './split-resume-sections.ts';

/** Options of {@link createResumeAnalyzer}. */
export interface ResumeAnalyzerOptions {
  taxonomy?: Taxonomy;
  concepts?: ConceptCatalog;
  /** The month "present" stands for in date ranges, `YYYY-MM`. @default the current month */
  asOf?: string;
}

const GENERIC = /\/isced-f\/00/;

/** How each résumé section is read by the listing components: what the holder did, or what they have. */
const AS_LISTING: Record<ResumeSectionKind, SectionKind> = {
  header: 'requirements',
  summary: 'requirements',
  skills: 'requirements',
  experience: 'responsibilities',
  projects: 'responsibilities',
  education: 'requirements',
  certifications: 'requirements',
  other: 'other',
};

function listingSections(sections: readonly ResumeSection[]): Section[] {
  // A résumé without headings is read whole, as duties.
  if (sections.length === 1 && sections[0]?.kind === 'other')
    return [{ kind: 'responsibilities', start: 0, end: sections[0].end, heading: null, by: 'content' }];
  return sections.map((s) => ({
    kind: AS_LISTING[s.kind],
    start: s.start,
    end: s.end,
    heading: s.heading,
    by: 'heading',
  }));
}

const kindAt = (sections: readonly ResumeSection[], offset: number): ResumeSectionKind =>
  sections.find((s) => offset >= s.start && offset < s.end)?.kind ?? 'other';

/**
 * Builds the function that reads one RawResume into an AnalyzedResume: cleaned, sectioned, its jobs and dates read,
 * its sentences linked to concepts, and years per concept where dates or stated durations show them.
 * @example
 * const analyze = await createResumeAnalyzer({ asOf: '2025-01' });
 * const r = analyze({ id: 'a', source: 'a.txt', locator: 'file', text: 'Skills\n- Python and SQL', format: 'text', category: null });
 * assert.deepEqual(r.links.map((l) => l.label).sort(), ['Python (computer programming)', 'SQL']);
 */
export async function createResumeAnalyzer(
  options: ResumeAnalyzerOptions = {},
): Promise<(raw: RawResume) => AnalyzedResume> {
  const taxonomy = options.taxonomy ?? loadTaxonomy();
  const catalog = options.concepts ?? loadConcepts();
  let sections: ResumeSection[] = [];
  const sectionsFromResume: AnalyzeComponent<'sections'> = {
    name: 'sections',
    reads: ['text'],
    writes: ['sections'],
    run: () => ({ sections: listingSections(sections) }),
  };
  const noRole: AnalyzeComponent<'role'> = {
    name: 'role',
    reads: [],
    writes: ['role'],
    run: () => ({ role: null }),
  };
  // The listings' own components, with the résumé's sections in place of listing sections and no role.
  const components: AnyAnalyzeComponent[] = (await defaultComponents({ taxonomy, concepts: catalog })).map(
    (c) => (c.name === 'sections' ? sectionsFromResume : c.name === 'role' ? noRole : c),
  );
  const analyze = createAnalyzer(components);
  return (raw) => {
    const clean: CleanListing = cleanResume(raw);
    const text = clean.text;
    const own = splitResumeSections(text);
    // "Present" is read at each call, so a long-running server does not keep the month it started in.
    const roles = readResumeRoles(text, own, options.asOf ?? new Date().toISOString().slice(0, 7));
    // The components read a copy with its duty verbs in the base form, as listings write them; links map back.
    const present = presentTense(text);
    sections = splitResumeSections(present.text);
    const analyzed: AnalyzedListing = analyze({ ...clean, text: present.text });
    const links: ResumeLink[] = [];
    for (const l of analyzed.concepts) {
      const start = present.toOriginal(l.start);
      const end = present.toOriginal(l.end);
      // A job's title line names an employer and a job, not what the holder did ("VP, Example Cloud").
      if (roles.some((r) => start >= r.start && start < r.bodyStart)) continue;
      const c = catalog.get(l.id);
      const section = kindAt(own, start);
      // An education line names a field of study: it shows knowledge ("BSc Computer Science"), not a competence or a
      // personal skill ("BE Electronics & Communication" is no evidence of communication skills: resumes.jsonl
      // 788f75d98264), so only knowledge outside ISCED-F 00 "generic programmes" counts there.
      if (
        section === 'education' &&
        !(c?.kind === 'skill' && c.skillType === 'knowledge' && !GENERIC.test(c.broader?.id ?? ''))
      )
        continue;
      const mention = c ? null : analyzed.skills.find((m) => m.uri === l.id);
      links.push({
        id: l.id,
        label: c?.label ?? mention?.label ?? l.id,
        kind: c?.kind ?? 'skill',
        score: l.score,
        line: text.slice(start, end).trim(),
        start,
        end,
        section,
      });
    }
    return {
      id: raw.id,
      source: raw.source,
      locator: raw.locator,
      category: raw.category,
      text,
      sections: own,
      roles,
      links,
      years: skillYears(text, roles, links),
    };
  };
}
