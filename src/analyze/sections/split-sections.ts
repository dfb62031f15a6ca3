/**
 * Splits a listing's clean text into typed sections: headings decide where there are any, content cues elsewhere,
 * and a best-path smoothing (Viterbi) keeps neighbouring sentences together unless the evidence says otherwise.
 * @module
 */
import type { Section, SectionKind } from '../analyzed-listing.ts';
import { matchHeading } from './match-heading.ts';
import { type KindScores, SECTION_KINDS, scoreSegment } from './score-segment.ts';
import { type Segment, segmentText } from './segment-text.ts';

const LIST_SIBLINGS: ReadonlySet<SectionKind> = new Set(['responsibilities', 'requirements', 'preferred']);
const LIST_KINDS: ReadonlySet<SectionKind> = new Set([
  'responsibilities',
  'requirements',
  'preferred',
  'benefits',
]);

/** Tuning knobs of the smoothing; the defaults are the ones measured by `evaluateSections()`. */
export interface SplitSectionsOptions {
  /** The listing's title: a first line repeating it is `other`. */
  title?: string | null;
  /** Evidence a heading lends to every segment under it. @default 2 */
  headingBonus?: number;
  /** Cost of changing kind between neighbouring segments (free right at a heading). @default 1.2 */
  switchCost?: number;
  /** The listing's company: sentences naming it (and not "you") are about the company. */
  company?: string | null;
  /** Evidence for `about` in the first 30% of the text, and for `legal`/`apply` in the last 30%. @default 0.5 */
  positionPrior?: number;
  /** Factor on the cues of responsibilities/requirements/preferred under a heading of one of the others. @default 0.4 */
  siblingDamping?: number;
  /** Evidence every segment has for `other`, so lines without cues fall back to it only when isolated. @default 0.2 */
  otherBase?: number;
}

/** One segment with what the splitter decided about it (exposed for evaluation and debugging). */
export interface LabelledSegment extends Segment {
  kind: SectionKind;
  /** The heading text when the segment opens with one. */
  heading: string | null;
  /** The kind the heading above it names (null under no or a neutral heading). */
  underHeading: SectionKind | null;
}

/**
 * Splits clean text into sections covering every non-blank segment, in order.
 * @example
 * const s = splitSections('Responsibilities\n- Lead the team\nRequirements\n- 5+ years of Go');
 * assert.deepEqual(s.map((x) => [x.kind, x.start, x.end, x.heading, x.by]), [
 *   ['responsibilities', 0, 32, 'Responsibilities', 'heading'],
 *   ['requirements', 33, 62, 'Requirements', 'heading'],
 * ]);
 */
export function splitSections(text: string, options: SplitSectionsOptions = {}): Section[] {
  const segs = labelSegments(text, options);
  const out: Section[] = [];
  let current: Section | null = null;
  for (const s of segs) {
    const opensHeading = s.heading !== null;
    if (current && current.kind === s.kind && !opensHeading) {
      current.end = s.end;
      continue;
    }
    if (current) out.push(current);
    current = {
      kind: s.kind,
      start: s.start,
      end: s.end,
      heading: s.heading,
      by: s.underHeading === s.kind ? 'heading' : 'content',
    };
  }
  if (current) out.push(current);
  return out;
}

/**
 * Labels every segment of the text with a section kind (the per-segment view behind `splitSections`).
 * @example
 * const segs = labelSegments('Responsibilities\n- Lead the team\nWe are an equal opportunity employer.');
 * assert.deepEqual(segs.map((s) => s.kind), ['responsibilities', 'responsibilities', 'legal']);
 */
export function labelSegments(text: string, options: SplitSectionsOptions = {}): LabelledSegment[] {
  const headingBonus = options.headingBonus ?? 2;
  const switchCost = options.switchCost ?? 1.2;
  const otherBase = options.otherBase ?? 0.2;
  const segs = segmentText(text);
  const n = segs.length;
  if (n === 0) return [];
  const titleKey = options.title ? squash(options.title) : null;
  const positionPrior = options.positionPrior ?? 0.5;
  const siblingDamping = options.siblingDamping ?? 0.4;
  const mentionsCompany = companyMatcher(options.company);

  // Pass 1: headings, and the evidence for each kind per segment.
  const headings: (string | null)[] = [];
  const under: (SectionKind | null)[] = [];
  const forced: (SectionKind | null)[] = [];
  const emissions: KindScores[] = [];
  let area: SectionKind | null = null;
  for (let i = 0; i < n; i++) {
    const seg = segs[i] as Segment;
    const segText = text.slice(seg.start, seg.end);
    const h = matchHeading(segText);
    let content = segText;
    let heading: string | null = null;
    let force: SectionKind | null = null;
    if (!h && isGenericHeading(segText, seg, segs[i + 1])) {
      // An unknown heading ("Technologies We Use") still ends the section above it.
      // …except a colon-ended sub-heading inside a list ("Data Infrastructure:" among the responsibilities).
      heading = segText.replace(/[\s:]+$/u, '');
      if (!(segText.trimEnd().endsWith(':') && area && LIST_KINDS.has(area))) area = null;
    }
    if (h) {
      heading = segText.slice(0, h.length).replace(/[\s:–—-]+$/u, '');
      content = segText.slice(h.length);
      const standalone = content.trim().length === 0;
      // "Salary: $90k" or "Location: Remote" label one line and end the section above; only list-opening
      // headings ("Requirements: 5 years of…") govern the lines after them.
      if (standalone || (h.kind && LIST_KINDS.has(h.kind))) area = h.kind;
      else area = null;
      if (h.kind && standalone) force = h.kind;
    }
    const e = scoreSegment(content, seg.bullet);
    e.other += otherBase;
    // Listings open with the company and close with legal text and how to apply.
    const at = seg.start / text.length;
    if (at < 0.3) e.about += positionPrior;
    if (at > 0.7) {
      e.legal += positionPrior;
      e.apply += positionPrior;
    }
    if (mentionsCompany?.(content) && !/\byou/i.test(content)) e.about += 1.5;
    if (i < 3 && titleKey && squash(content) === titleKey) e.other += 4;
    if (area) e[area] += headingBonus;
    // Under a duties/requirements/preferred heading, duty and requirement cues of the other kind are weak evidence:
    // every preferred item reads like a requirement, many requirements start with a verb. ("A plus" stays strong.)
    if (area && LIST_SIBLINGS.has(area))
      for (const k of ['responsibilities', 'requirements'] as const) if (k !== area) e[k] *= siblingDamping;
    // A sentence that opens with a heading but carries content inline is decided by both.
    if (h?.kind && !force) e[h.kind] += headingBonus;
    headings.push(heading);
    under.push(area);
    forced.push(force);
    emissions.push(e);
  }

  // Pass 2: best path, changing kind costs `switchCost` except where a heading starts.
  const K = SECTION_KINDS.length;
  const score: number[][] = [];
  const back: number[][] = [];
  for (let i = 0; i < n; i++) {
    const e = emissions[i] as KindScores;
    const f = forced[i];
    const row: number[] = [];
    const brow: number[] = [];
    const cost = headings[i] !== null ? 0 : switchCost;
    for (let k = 0; k < K; k++) {
      const kind = SECTION_KINDS[k] as SectionKind;
      const emit = f ? (f === kind ? 0 : Number.NEGATIVE_INFINITY) : e[kind];
      if (i === 0) {
        row.push(emit);
        brow.push(-1);
        continue;
      }
      const prev = score[i - 1] as number[];
      let best = Number.NEGATIVE_INFINITY;
      let arg = 0;
      for (let j = 0; j < K; j++) {
        const v = (prev[j] as number) - (j === k ? 0 : cost);
        if (v > best) {
          best = v;
          arg = j;
        }
      }
      row.push(best + emit);
      brow.push(arg);
    }
    score.push(row);
    back.push(brow);
  }
  const kinds: SectionKind[] = new Array(n);
  let k = argmax(score[n - 1] as number[]);
  for (let i = n - 1; i >= 0; i--) {
    kinds[i] = SECTION_KINDS[k] as SectionKind;
    k = (back[i] as number[])[k] as number;
  }
  // Spelled out rather than spread: one object shape for all, built without copying through a generic clone.
  return segs.map((s, i) => ({
    start: s.start,
    end: s.end,
    line: s.line,
    lineStart: s.lineStart,
    bullet: s.bullet,
    kind: kinds[i] as SectionKind,
    heading: headings[i] ?? null,
    underHeading: under[i] ?? null,
  }));
}

// Short, unpunctuated, Title Case or colon-ended, and followed by another line: a heading the lexicon does not know.
function isGenericHeading(text: string, seg: Segment, next: Segment | undefined): boolean {
  if (!seg.lineStart || seg.bullet || !next || next.line === seg.line) return false;
  const words = text.replace(/:$/, '').trim().split(/\s+/);
  if (words.length === 0 || words.length > 6 || /[.!?,;]$/.test(text)) return false;
  if (text.endsWith(':')) return true;
  const small = /^(?:a|an|the|and|or|of|to|in|for|with|on|at|by|we|our|you|your|&|-|–)$/i;
  return words.every((w) => small.test(w) || /^[\p{Lu}\d]/u.test(w)) && /^[\p{Lu}]/u.test(words[0] as string);
}

// A letter ending at / starting at `lastIndex`, as `[^\p{L}]` under the `iu` flags reads one (case folding included).
const LETTER_BEFORE = /(?<=\p{L})/iuy;
const LETTER_AT = /\p{L}/iuy;

/**
 * A test for the company's name as a whole word (not inside a longer word), case-insensitive. It searches for the
 * bare name and checks the letters around each hit: the one-pattern form `(?:^|[^\p{L}])name(?:$|[^\p{L}])`
 * answers the same but costs ~0.5 ms a listing to compile, the case-folded `\p{L}` classes being rebuilt per name.
 */
function companyMatcher(company: string | null | undefined): ((text: string) => boolean) | null {
  const name = company?.replace(/\b(?:inc|llc|ltd|limited|corp|corporation|plc|gmbh|co)\b\.?/gi, '').trim();
  if (!name || name.length < 3) return null;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(escaped, 'giu');
  return (text) => {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      LETTER_BEFORE.lastIndex = m.index;
      LETTER_AT.lastIndex = m.index + m[0].length;
      if (!LETTER_BEFORE.test(text) && !LETTER_AT.test(text)) return true;
      // Hits may overlap ("aaa" in "aaaa"): go on from the next code point, not from the end of this one.
      pattern.lastIndex = m.index + ((text.codePointAt(m.index) as number) > 0xffff ? 2 : 1);
    }
    return false;
  };
}

function argmax(xs: number[]): number {
  let best = 0;
  for (let i = 1; i < xs.length; i++) if ((xs[i] as number) > (xs[best] as number)) best = i;
  return best;
}

function squash(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\d]+/gu, '');
}
