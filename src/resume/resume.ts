/**
 * The résumé types: what the readers produce (RawResume) and what analysis adds (AnalyzedResume).
 * @module
 */

/** One résumé as read from a file, before cleaning. */
export interface RawResume {
  /** The record's own id (CSV/JSONL `id`), else the file name; shown in reports, never its text. */
  id: string;
  /** The file it came from. */
  source: string;
  /** Where in the file: `file`, `row 3`, `line 7`. */
  locator: string;
  /** The text (or HTML, from DOCX) as read. */
  text: string;
  /** How `text` is written: plain text, Markdown, or HTML (DOCX is read to HTML to keep its lists). */
  format: 'text' | 'markdown' | 'html';
  /** The category a data set filed it under, when the record carries one. */
  category: string | null;
}

/** The parts a résumé is made of. */
export type ResumeSectionKind =
  | 'header' // name, contact lines before the first heading
  | 'summary'
  | 'skills'
  | 'experience'
  | 'education'
  | 'certifications'
  | 'projects'
  | 'other'; // languages, interests, references …

/** A span of the clean text with one kind. Offsets are UTF-16 code units into the clean text. */
export interface ResumeSection {
  kind: ResumeSectionKind;
  start: number;
  end: number;
  /** The heading that opened the section, verbatim; null for the header. */
  heading: string | null;
}

/** One job held, as the experience section shows it. */
export interface ResumeRole {
  /** Job title, when the entry shows one. */
  title: string | null;
  employer: string | null;
  /** `YYYY-MM` (a bare year reads as January … December); null when no date is visible. */
  from: string | null;
  to: string | null;
  /** The range ends in "present", "current", "till date" … */
  current: boolean;
  /** Months covered, inclusive; null without dates. */
  months: number | null;
  /** The entry's span in the clean text: its first line to the next entry or the end of the section. */
  start: number;
  /** Where the entry's body starts: after the lines that name the title, employer and dates. */
  bodyStart: number;
  end: number;
}

/** One résumé sentence linked to one concept (the same concept ids as listings). */
export interface ResumeLink {
  id: string;
  label: string;
  kind: 'skill' | 'activity' | 'topic';
  /** Calibrated probability that the sentence expresses the concept. */
  score: number;
  /** The sentence, verbatim from the clean text, and its offsets. */
  line: string;
  start: number;
  end: number;
  section: ResumeSectionKind;
}

/** Years of experience with one concept, from the roles whose entries mention it or a stated duration. */
export interface SkillYears {
  id: string;
  label: string;
  years: number;
  /** `dates`: the date ranges of the roles that mention it; `stated`: the résumé says so ("Python - 24 months"). */
  from: 'dates' | 'stated';
}

/** A résumé after cleaning, sectioning and concept linking. */
export interface AnalyzedResume {
  id: string;
  source: string;
  locator: string;
  category: string | null;
  /** Clean plain text: every offset points into it. */
  text: string;
  sections: ResumeSection[];
  roles: ResumeRole[];
  /** Concept links, sorted by start, then descending score, then id. */
  links: ResumeLink[];
  /** By years desc, then label. */
  years: SkillYears[];
}
