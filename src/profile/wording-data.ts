/**
 * The curated report-wording lists of data/wording/: how a line's text becomes an analyst's label (labels.json) and
 * the competency areas themes are named by (competency-areas.json), the professional registers a registration names
 * (registers.json). Report wording only: data/wording is not an
 * analyzer input, so editing it never changes the analyzer version.
 * @module
 */
import { readFileSync } from 'node:fs';

/** The label rules of data/wording/labels.json (see its _about). */
export interface LabelWords {
  subjectVerbs: ReadonlySet<string>;
  activityObjects: ReadonlySet<string>;
  makeVerbs: ReadonlySet<string>;
  knowledgeFrames: readonly string[];
  dropWords: ReadonlySet<string>;
  vagueModifiers: ReadonlySet<string>;
  padding: ReadonlySet<string>;
  peopleObjects: ReadonlyMap<string, string>;
  peopleVerbs: ReadonlySet<string>;
  competenceNouns: ReadonlySet<string>;
}

/** A competency area: its name, the words that place a line in it, and names it takes beside other words. */
export interface CompetencyArea {
  name: string;
  words: readonly string[];
  /** Names for the area when a line of the theme says one of `words` and none says one of `unless`. */
  variants: readonly { name: string; words: readonly string[]; unless: readonly string[] }[];
  /** Areas an analyst writes beside this one in one theme (communication with teamwork). */
  near: readonly string[];
  /** O*NET-SOC major groups ("15", "29") of the roles an analyst names this area for; empty for every role. */
  occupations: readonly string[];
}

/** A professional register, licence or certification a listing may name (data/wording/registers.json). */
export interface Register {
  name: string;
  re: RegExp;
}

let labels: LabelWords | null = null;
let registerList: Register[] | null = null;
let areas: CompetencyArea[] | null = null;

function read(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../data/wording/${name}`, import.meta.url), 'utf8'));
}

/**
 * The label rules, read once.
 * @example
 * assert.ok(labelWords().subjectVerbs.has('perform'));
 */
export function labelWords(): LabelWords {
  if (!labels) {
    const raw = read('labels.json') as Record<string, string[]> & {
      peopleObjects?: Record<string, string>;
    };
    const set = (k: string) => new Set((raw[k] ?? []).map((w) => w.toLowerCase()));
    labels = {
      subjectVerbs: set('subjectVerbs'),
      activityObjects: set('activityObjects'),
      makeVerbs: set('makeVerbs'),
      knowledgeFrames: (raw.knowledgeFrames ?? []).map((w) => w.toLowerCase()),
      dropWords: new Set(raw.dropWords ?? []),
      vagueModifiers: set('vagueModifiers'),
      padding: set('padding'),
      peopleObjects: new Map(Object.entries(raw.peopleObjects ?? {})),
      peopleVerbs: set('peopleVerbs'),
      competenceNouns: set('competenceNouns'),
    };
  }
  return labels;
}

/**
 * The competency areas, in the order they are tried, read once.
 * @example
 * assert.ok(competencyAreas().some((a) => a.name === 'Clinical care'));
 */
export function competencyAreas(): readonly CompetencyArea[] {
  if (!areas) {
    const raw = read('competency-areas.json') as { areas: Partial<CompetencyArea>[] };
    areas = raw.areas.map((a) => ({
      name: a.name ?? '',
      words: (a.words ?? []).map((w) => w.toLowerCase()),
      variants: (a.variants ?? []).map((v) => ({
        name: v.name,
        words: v.words.map((w) => w.toLowerCase()),
        unless: (v.unless ?? []).map((w) => w.toLowerCase()),
      })),
      near: a.near ?? [],
      occupations: a.occupations ?? [],
    }));
  }
  return areas;
}

/**
 * The competency areas an analyst names for a role of this O*NET-SOC code: every area, less those kept for other
 * occupations ("Data engineering & tooling" is no account executive's, whose pipeline is of sales). Every area where
 * the role is not known.
 * @example
 * assert.ok(areasFor('41-2031.00').every((a) => a.name !== 'Data engineering & tooling'));
 * assert.ok(areasFor('15-2051.00').some((a) => a.name === 'Data engineering & tooling'));
 * assert.equal(areasFor(null).length, competencyAreas().length);
 */
export function areasFor(onetSoc: string | null): readonly CompetencyArea[] {
  const group = onetSoc?.slice(0, 2);
  if (!group) return competencyAreas();
  return competencyAreas().filter((a) => a.occupations.length === 0 || a.occupations.includes(group));
}

/**
 * The professional registers, in the order they are tried, read once.
 * @example
 * assert.ok(registers().some((r) => r.name === 'NMC' && r.re.test('Current NMC registration')));
 */
export function registers(): readonly Register[] {
  if (!registerList) {
    const raw = read('registers.json') as {
      registers: { name: string; pattern: string; caseSensitive?: boolean }[];
    };
    registerList = raw.registers.map((r) => ({
      name: r.name,
      re: new RegExp(r.pattern, r.caseSensitive ? '' : 'i'),
    }));
  }
  return registerList;
}
