/**
 * Skills a text asks for: phrase matches grouped by concept, with the features a score is computed from,
 * section filtering (benefits, about, legal, apply are not evidence) and required/preferred marks.
 * @module
 */
import type { Taxonomy } from '../../taxonomy/index.ts';
import { tokenize } from '../../taxonomy/index.ts';
import type { Section, SkillMention } from '../analyzed-listing.ts';
import { sentenceAround } from '../sentences.ts';
import { markNeed, type Need, NON_SKILL_SECTIONS, sectionAt } from './mark-need.ts';
import { type MatchHow, matchPhrases, type PhraseMatch } from './match-phrases.ts';
import { isPhysicalTool, isTechConcept, LABEL_KINDS, matcherIndex } from './matcher-index.ts';
import { describesCompany, describesWorkplace } from './who-does.ts';

/** What the literal score is computed from; exposed so a calibrated model can be fitted on the same numbers. */
export interface SkillFeatures {
  /** Best match over the concept's spans: 2 exact words, 1 same stems, 0 other word order. */
  how: number;
  /** Best label kind: 0 hidden, 1 alternative, 2 preferred/tool name, 3 curated alias. */
  kind: number;
  /** Words in the longest matched label. */
  words: number;
  /** Number of spans (mentions) in the text. */
  mentions: number;
  /** Fewest other concepts that matched the same words equally well. */
  rivals: number;
  /** 1 when every span is an ambiguous short name that context confirmed. */
  ambiguous: number;
  /** 1 when a span lies in a requirements, responsibilities or preferred section (0 when no sections were given). */
  skillSection: number;
  /** 1 for ESCO knowledge, 0 otherwise; 1 for tools in `tool`. */
  knowledge: number;
  tool: number;
  /** 1 for ESCO transversal skills (communication, teamwork …), which listings mention loosely. */
  transversal: number;
  /** 1 for O*NET physical tools ("Lawn mowers"), seldom what a listing asks for. */
  physical: number;
  /** 1 when every span lies in an "about" section (only technology is kept there). */
  aboutOnly: number;
  /** Offset of the first span / text length: skills in the first lines are often the title. */
  position: number;
}

/** A concept found in a text, before the cut by score: what D2's ranker and calibration read. */
export interface SkillCandidate {
  uri: string;
  label: string;
  type: string;
  spans: { start: number; end: number; text: string }[];
  need: Need;
  features: SkillFeatures;
  /** Heuristic probability from the features ({@link scoreFeatures}). */
  score: number;
}

/** Options of {@link extractSkills}. */
export interface ExtractOptions {
  taxonomy: Taxonomy;
  /** The text's sections: spans in benefits/about/compensation/legal/apply are dropped; `preferred` marks need. */
  sections?: readonly Section[];
  /** Keep the K best. */
  top?: number;
  /** Keep scores >= this (default 0). */
  minScore?: number;
}

// Technology a company blurb claims rather than a stack it names ("the AI workspace", "cloud-based platform").
const BLURB_WORDS = new Set([
  'http://data.europa.eu/esco/skill/e465a154-93f7-4973-9ce1-31659fe16dd2', // principles of artificial intelligence
  'http://data.europa.eu/esco/skill/3a2d5b45-56e4-4f5a-a55a-4a4a65afdc43', // machine learning
  'http://data.europa.eu/esco/skill/bd14968e-e409-45af-b362-3495ed7b10e0', // cloud technologies
  'http://data.europa.eu/esco/skill/97bd1c21-66b2-4b7e-ad0f-e3cda590e378', // data analytics
  // "specializing in modern software development", "we help companies develop software": what the firm sells.
  'http://data.europa.eu/esco/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97', // computer programming
]);

const HOW: Record<MatchHow, number> = { bag: 0, stem: 1, exact: 2 };
const HOW_WEIGHT = [0.1, 0.9, 1.5];
const KIND_WEIGHT = [-0.6, 0.1, 0.6, 0.9];

/**
 * A heuristic probability that the text really asks for the concept (to be replaced by a fitted calibration).
 * @example
 * const f = { how: 2, kind: 3, words: 1, mentions: 1, rivals: 0, ambiguous: 0, skillSection: 0, knowledge: 0, tool: 1, transversal: 0, physical: 0, aboutOnly: 0, position: 0.5 };
 * assert.ok(scoreFeatures(f) > 0.5);
 */
export function scoreFeatures(f: SkillFeatures): number {
  const z =
    -1.4 +
    (HOW_WEIGHT[f.how] ?? 0) +
    (KIND_WEIGHT[f.kind] ?? 0) +
    0.3 * Math.min(f.words - 1, 3) +
    0.5 * Math.log(f.mentions) -
    0.4 * Math.log1p(f.rivals) -
    0.3 * f.ambiguous +
    0.5 * f.skillSection +
    0.3 * (f.knowledge || f.tool) -
    0.4 * f.transversal -
    0.8 * f.physical -
    0.6 * f.aboutOnly;
  return Math.round(1000 / (1 + Math.exp(-z))) / 1000;
}

/**
 * Every concept the text mentions as skill evidence, with features and a heuristic score, best first.
 * @example
 * import { loadTaxonomy } from '../../taxonomy/index.ts';
 * const c = extractSkillCandidates('Nice to have: experience with K8s.', { taxonomy: loadTaxonomy() });
 * assert.equal(c[0]?.need, 'preferred');
 */
export function extractSkillCandidates(text: string, options: ExtractOptions): SkillCandidate[] {
  const { taxonomy, sections } = options;
  const tokens = tokenize(text);
  const matcher = matcherIndex(taxonomy);
  const byConcept = new Map<number, PhraseMatch[]>();
  for (const m of matchPhrases(text, taxonomy, tokens)) {
    const section = sectionAt(sections, m.start);
    // A company blurb is not evidence of a skill, except the technology it names: "We build in Rust on Postgres"
    // is the stack the hire will work in (HN and start-up listings keep their stack in the "about" paragraph).
    if (
      section &&
      NON_SKILL_SECTIONS.has(section.kind) &&
      !(
        section.kind === 'about' &&
        isTechConcept(matcher, m.concept) &&
        !BLURB_WORDS.has(taxonomy.concepts[m.concept]?.uri ?? '')
      )
    )
      continue;
    // Anywhere in the text, a sentence about the company's own product is no evidence of these generic claims
    // ("Moyai is an AI-powered agent monitoring tool", hn#46869323).
    const s = sentenceAround(text, m.start, m.end);
    if (
      BLURB_WORDS.has(taxonomy.concepts[m.concept]?.uri ?? '') &&
      describesCompany(s.text, m.start - s.start, m.end - s.start)
    )
      continue;
    // What the unit or company has is no requirement: "The unit enjoys … strong clinical leadership" (nhs 916253762).
    if (describesWorkplace(s.text, m.start - s.start)) continue;
    const list = byConcept.get(m.concept);
    if (list) list.push(m);
    else byConcept.set(m.concept, [m]);
  }
  const out: SkillCandidate[] = [];
  for (const [index, matches] of byConcept) {
    const concept = taxonomy.concepts[index];
    if (!concept) continue;
    const needs = matches.map((m) => markNeed(text, m.start, m.end, sections));
    const features: SkillFeatures = {
      how: Math.max(...matches.map((m) => HOW[m.how])),
      kind: Math.max(...matches.map((m) => LABEL_KINDS.indexOf(m.kind))),
      words: Math.max(...matches.map((m) => m.words)),
      mentions: matches.length,
      rivals: Math.min(...matches.map((m) => m.rivals)),
      ambiguous: matches.every((m) => m.ambiguous) ? 1 : 0,
      skillSection: matches.some((m) => {
        const k = sectionAt(sections, m.start)?.kind;
        return k === 'requirements' || k === 'responsibilities' || k === 'preferred';
      })
        ? 1
        : 0,
      knowledge: concept.type === 'knowledge' ? 1 : 0,
      tool: concept.type === 'tool' ? 1 : 0,
      transversal: concept.reuse === 'transversal' ? 1 : 0,
      physical: isPhysicalTool(matcher, concept.index) ? 1 : 0,
      aboutOnly: sections && matches.every((m) => sectionAt(sections, m.start)?.kind === 'about') ? 1 : 0,
      position: text.length === 0 ? 0 : Math.round((1000 * (matches[0]?.start ?? 0)) / text.length) / 1000,
    };
    out.push({
      uri: concept.uri,
      label: concept.label,
      type: concept.type || 'skill/competence',
      spans: matches.map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end) })),
      need: needs.includes('required') ? 'required' : needs.includes('preferred') ? 'preferred' : null,
      features,
      score: scoreFeatures(features),
    });
  }
  return out.sort((a, b) => b.score - a.score || (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0));
}

/**
 * The skills a text asks for, linked to ESCO (or O*NET tool ids), best first, with their evidence spans.
 * @example
 * import { loadTaxonomy } from '../../taxonomy/index.ts';
 * const skills = extractSkills('We use Postgres and K8s.', { taxonomy: loadTaxonomy() });
 * assert.deepEqual(skills.map((s) => s.label), ['PostgreSQL', 'Kubernetes']);
 */
export function extractSkills(text: string, options: ExtractOptions): SkillMention[] {
  const min = options.minScore ?? 0;
  const kept = extractSkillCandidates(text, options).filter((c) => c.score >= min);
  return (options.top === undefined ? kept : kept.slice(0, options.top)).map((c) => ({
    uri: c.uri,
    label: c.label,
    type: c.type,
    score: c.score,
    need: c.need,
    spans: c.spans,
  }));
}
