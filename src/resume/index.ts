/**
 * Résumé input: readers for PDF, DOCX, JSON Resume, Markdown, text and many-résumé CSV/JSONL files; cleaning with the
 * listings' clean stage; sections, jobs and dates; concept links made by the listings' own analyze components.
 * @module
 */
export { createResumeAnalyzer, type ResumeAnalyzerOptions } from './analyze-resume.ts';
export { cleanResume } from './clean-resume.ts';
export { isJsonResume, jsonResumeText } from './json-resume.ts';
export { pickResume } from './pick-resume.ts';
export { readResumeRoles } from './read-resume-roles.ts';
export { parseResumes, readResumes } from './read-resumes.ts';
export type {
  AnalyzedResume,
  RawResume,
  ResumeLink,
  ResumeRole,
  ResumeSection,
  ResumeSectionKind,
  SkillYears,
} from './resume.ts';
export { skillYears } from './skill-years.ts';
export { matchResumeHeading, splitResumeSections } from './split-resume-sections.ts';
