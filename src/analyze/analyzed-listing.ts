/**
 * The per-listing analysis: what the analyze stage adds to a CleanListing.
 * Each field is written by one named component (see each component's `writes`).
 * @module
 */
import type { CleanListing } from '../clean/index.ts';

/** The parts a listing is made of. */
export type SectionKind =
  | 'about' // about the company / team / mission
  | 'responsibilities' // what you will do
  | 'requirements' // what you must have
  | 'preferred' // nice to have, a plus, bonus
  | 'benefits' // perks, time off, insurance
  | 'compensation' // salary, equity
  | 'legal' // EEO, visa, privacy, disclaimers
  | 'apply' // how to apply, contact
  | 'other'; // title lines, location lines, anything else

/** A contiguous span of the listing's clean text with one kind. Offsets are UTF-16 code units into `text`. */
export interface Section {
  kind: SectionKind;
  start: number;
  end: number;
  /** The heading that opened the section, verbatim, when there was one. */
  heading: string | null;
  /** How the kind was decided: from a heading or from the content itself. */
  by: 'heading' | 'content';
}

/** One responsibility or requirement, as written and in canonical form. */
export interface Statement {
  /** `responsibilities`, `requirements` or `preferred`. */
  section: 'responsibilities' | 'requirements' | 'preferred';
  /** Verbatim text (trimmed of bullets), with its offsets in the listing's clean text. */
  text: string;
  start: number;
  end: number;
  /** Canonical phrasing: imperative, bare verb first ("Lead the platform team"); requirements as noun phrases. */
  canonical: string;
  /** Years of experience the statement asks for ("5+ years" → 5), when it does. */
  years: number | null;
}

/** One ESCO (or roleprint tool) skill found in a listing. */
export interface SkillMention {
  /** ESCO concept URI, or `roleprint:tool/<slug>` for tools without an ESCO concept. */
  uri: string;
  /** ESCO preferred label (or the tool's name). */
  label: string;
  /** ESCO skill type: `skill/competence`, `knowledge`, or `tool`. */
  type: string;
  /** Calibrated probability that the listing really asks for this skill. */
  score: number;
  /** Whether the listing requires it or only prefers it (null when it does not say). */
  need: 'required' | 'preferred' | null;
  /** Evidence: UTF-16 offsets into the listing's clean text and the text there. */
  spans: { start: number; end: number; text: string }[];
}

/** The role a title normalizes to. */
export interface RoleMatch {
  /** Stable slug used by `--role`: `cto`, `vp-engineering`, `data-scientist`, `registered-nurse` … */
  role: string;
  /** Human label: "Chief Technology Officer". */
  label: string;
  seniority:
    | 'intern'
    | 'junior'
    | 'mid'
    | 'senior'
    | 'lead'
    | 'manager'
    | 'director'
    | 'vp'
    | 'executive'
    | null;
  /** O*NET-SOC code, e.g. `11-3021.00`, when one fits. */
  onetSoc: string | null;
  /** ESCO occupation URI when one fits. */
  escoOccupation: string | null;
  /** 0..1: how sure the match is. */
  confidence: number;
}

/**
 * One sentence of a listing linked to one concept: an ESCO skill (its URI), an O*NET detailed work activity
 * (`onet:dwa/<DWA ID>`) or a corpus topic (`topic:<slug>`). Written by the `concepts` component.
 */
export interface ConceptLink {
  /** Concept id: ESCO skill URI, `onet:dwa/4.A.4.b.4.I09.D02`, or `topic:on-call-rotation`. */
  id: string;
  /** Calibrated probability that the sentence expresses this concept. */
  score: number;
  /** The sentence carrying it: UTF-16 offsets into the listing's clean text. */
  start: number;
  end: number;
  /** The section the sentence lies in. */
  section: SectionKind;
  /** How it was found: by meaning (encoder similarity) or by a literal phrase (skill span, topic variant). */
  by: 'meaning' | 'phrase';
  /**
   * Set on a link by meaning whose sentence names the concept's subject word ("on time and on budget" for "Manage
   * budgets"): the word backs up a weak score.
   */
  named?: true;
}

/** A CleanListing after every analyze component ran. */
export interface AnalyzedListing extends CleanListing {
  /**
   * The language of the listing's text (ISO 639-1: `en`, `de`; `und` when too short to tell). Analyses stored before
   * it was detected lack it: read them as English.
   */
  language?: string;
  sections: Section[];
  statements: Statement[];
  skills: SkillMention[];
  role: RoleMatch | null;
  /** Concept links of the listing's sentences, sorted by start then descending score. */
  concepts: ConceptLink[];
}
