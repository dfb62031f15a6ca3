/**
 * Normalises a job title to a role slug, seniority and O*NET/ESCO codes: curated families first
 * ("Co-Founder & CTO (Remote)" → cto), then the O*NET/ESCO title index ("Staff Nurse - Band 5" → registered-nurse).
 * @module
 */
import type { RoleMatch } from '../analyzed-listing.ts';
import { loadRoles, type Roles } from './load-roles.ts';
import { ROLE_FAMILIES, type RoleFamily } from './role-families.ts';
import { findSeniority, stripSeniority } from './seniority.ts';
import { titleKey } from './title-key.ts';

// Trailing parts that say where or how, not what: "- New York, NY", "(Remote)", "| Full-time".
const PLACE_OR_TERMS =
  /^(?:remote|hybrid|on-?site|onsite|in[- ]office|full[- ]time|part[- ]time|contract(?:or)?|permanent|temporary|temp|fixed[- ]term|locum|bank|flexible|united states|usa|us|uk|emea|apac|latam|europe|eu|anywhere|worldwide|global|nationwide|(?:nyc|sf|new york|london|san francisco|bay area|berlin|paris|toronto|boston|seattle|austin|chicago|los angeles|la)(?:\s.*)?)$/iu;

// "New York, NY", "Menlo Park, CA": case matters, so it is kept out of the case-insensitive pattern above.
const CITY_STATE = /^\p{Lu}[\p{L} .'-]*,\s*\p{Lu}{2}\b/u;

/**
 * Cleans a raw title for matching: drops parentheticals, location/terms suffixes and hiring noise.
 * @example
 * assert.equal(cleanTitle('Senior Data Scientist - New York, NY'), 'Senior Data Scientist');
 * assert.equal(cleanTitle('Co-Founder & CTO (Remote)'), 'Co-Founder & CTO');
 */
export function cleanTitle(title: string): string {
  let t = title.replace(/\s+/g, ' ').trim();
  // "Hiring: …", "[Urgent] …"
  t = t.replace(/^(?:\[[^\]]*\]\s*|(?:now )?hiring:?\s+|urgent(?:ly)?:?\s+)/i, '');
  const noParens = t.replace(/\s*[([][^)\]]*[)\]]/g, '').trim();
  if (noParens.length > 0) t = noParens;
  // Cut the longest trailing run of parts that names a place or terms: "… - New York, NY", "… | Remote".
  for (let cut = true; cut; ) {
    cut = false;
    const seps = [...t.matchAll(/\s[-–—|]\s|,\s|\s\/\s/g)].map(
      (m) => [m.index as number, m[0].length] as const,
    );
    for (const [at, len] of seps) {
      const tail = t.slice(at + len).trim();
      if (at > 0 && (PLACE_OR_TERMS.test(tail) || CITY_STATE.test(tail))) {
        t = t.slice(0, at);
        cut = true;
        break;
      }
    }
  }
  return t.replace(/[\s,;:|/–—-]+$/u, '').trim();
}

/**
 * Normalises one title, or returns null when nothing in the families or the title index fits.
 * @example
 * const m = normalizeTitle('Sr. Director of Software Engineering');
 * assert.deepEqual([m?.role, m?.seniority], ['engineering-director', 'director']);
 * assert.equal(normalizeTitle('Staff Nurse - Band 5')?.role, 'registered-nurse');
 */
export function normalizeTitle(
  title: string | null | undefined,
  roles: Roles = loadRoles(),
): RoleMatch | null {
  if (!title || title.trim().length === 0) return null;
  const fullKey = titleKey(title);
  const cleaned = cleanTitle(title);
  const key = titleKey(cleaned);
  if (key.length === 0) return null;
  // Seniority from the cleaned title: "Founding Engineer (CTO-track)" is not an executive.
  const seniorityWords = findSeniority(key) ?? findSeniority(/\bband \d[a-d]?\b/.exec(fullKey)?.[0] ?? '');

  const family =
    ROLE_FAMILIES.find((f) => f.pattern.test(key)) ?? ROLE_FAMILIES.find((f) => f.pattern.test(fullKey));
  if (family) return fromFamily(family, roles, seniorityWords, 0.95);

  // "Senior Physiotherapist - Acute & Emergency Medicine": the part before the qualifier names the occupation.
  const head = titleKey(cleaned.split(/\s[-–—|:]\s|,\s/)[0] ?? cleaned);
  const hit =
    exactKey(key, roles) ??
    (head !== key ? exactKey(head, roles) : null) ??
    lookupKey(key, roles) ??
    lookupKey(variant(key), roles);
  if (!hit) return null;
  const [onetIdx, escoIdx] = hit.entry;
  const onet = onetIdx >= 0 ? roles.onet[onetIdx] : undefined;
  const esco = escoIdx >= 0 ? roles.esco[escoIdx] : undefined;
  const absorbing = onet ? ROLE_FAMILIES.find((f) => f.absorbs?.includes(onet[0])) : undefined;
  if (absorbing) return fromFamily(absorbing, roles, seniorityWords, round(hit.confidence));
  const label = onet?.[1] ?? esco?.[1] ?? cleaned;
  return {
    role: slugOf(label),
    label,
    seniority: seniorityWords,
    onetSoc: onet?.[0] ?? null,
    escoOccupation: esco?.[0] ?? null,
    confidence: round(hit.confidence),
  };
}

function fromFamily(
  family: RoleFamily,
  roles: Roles,
  fromWords: RoleMatch['seniority'],
  confidence: number,
): RoleMatch {
  const [onetIdx, familyEsco] = roles.titles.get(family.lookup) ?? [-1, -1];
  const escoIdx = family.escoLookup ? (roles.titles.get(family.escoLookup)?.[1] ?? -1) : familyEsco;
  return {
    role: family.role,
    label: family.label,
    seniority: higher(fromWords, family.seniority),
    onetSoc: onetIdx >= 0 ? (roles.onet[onetIdx]?.[0] ?? null) : null,
    escoOccupation: escoIdx >= 0 ? (roles.esco[escoIdx]?.[0] ?? null) : null,
    confidence,
  };
}

/** The exact key, or the key without seniority words, when the index has it. */
function exactKey(key: string, roles: Roles): { entry: [number, number]; confidence: number } | null {
  const exact = roles.titles.get(key);
  const stripped = roles.titles.get(stripSeniority(key));
  // Prefer an O*NET occupation: ESCO-only hits on seniority-laden keys ("senior physiotherapist") would give the
  // same occupation another slug.
  if (exact && exact[0] >= 0) return { entry: exact, confidence: 0.9 };
  if (stripped && stripped[0] >= 0) return { entry: stripped, confidence: 0.85 };
  if (exact) return { entry: exact, confidence: 0.9 };
  return stripped ? { entry: stripped, confidence: 0.85 } : null;
}

/** Exact key, then without seniority words, then the longest run of words ending at the head noun. */
function lookupKey(key: string, roles: Roles): { entry: [number, number]; confidence: number } | null {
  const exact = roles.titles.get(key);
  if (exact) return { entry: exact, confidence: 0.9 };
  const bare = stripSeniority(key);
  const stripped = roles.titles.get(bare);
  if (stripped) return { entry: stripped, confidence: 0.85 };
  const words = bare.split(' ').filter((w) => w.length > 0);
  // Titles are head-final in English ("Clinical Lead Physiotherapist"): prefer runs that keep the last word.
  for (let len = words.length - 1; len >= 1; len--) {
    for (let start = words.length - len; start >= 0; start--) {
      const entry = roles.titles.get(words.slice(start, start + len).join(' '));
      const endsAtHead = start + len === words.length;
      const word = words[start] as string;
      if (entry && (len >= 2 || (endsAtHead && !GENERIC_HEADS.has(word)))) {
        return { entry, confidence: (endsAtHead ? 0.5 : 0.35) + (0.4 * len) / words.length };
      }
    }
  }
  return null;
}

// One-word heads that name a level or a function, not an occupation ("Demand Planning Director" is no film director).
const GENERIC_HEADS: ReadonlySet<string> = new Set([
  'director',
  'manager',
  'lead',
  'head',
  'officer',
  'specialist',
  'associate',
  'assistant',
  'coordinator',
  'executive',
  'consultant',
  'partner',
  'representative',
  'administrator',
  'strategist',
  'advisor',
  'expert',
  'owner',
  'fellow',
  'worker',
  'agent',
]);

// Second chance: singular head ("Support Workers") and the NHS doctors' "Consultant in X" / "Locum Consultant X".
function variant(key: string): string {
  const words = key.split(' ');
  const last = words.length - 1;
  words[last] = singular(words[last] as string);
  return words
    .join(' ')
    .replace(/^(?:locum )?consultant in (.+)$/, '$1 physician')
    .replace(/^(?:locum |senior )?consultant (?=\S)/, '');
}

const RANK: RoleMatch['seniority'][] = [
  'intern',
  'junior',
  'mid',
  'senior',
  'lead',
  'manager',
  'director',
  'vp',
  'executive',
];

function higher(a: RoleMatch['seniority'], b: RoleMatch['seniority']): RoleMatch['seniority'] {
  if (a === null) return b;
  if (b === null) return a;
  return RANK.indexOf(a) >= RANK.indexOf(b) ? a : b;
}

/**
 * Turns an occupation title into a stable readable slug: "Registered Nurses" → "registered-nurse".
 * @example
 * assert.equal(slugOf('Computer and Information Systems Managers'), 'computer-and-information-systems-manager');
 * assert.equal(slugOf('Service Unit Operators, Oil and Gas'), 'service-unit-operator-oil-and-gas');
 */
export function slugOf(label: string): string {
  const trimmed = label.replace(/,\s*(?:except|including)\b.*$/i, '').replace(/,?\s*all other$/i, '');
  // "Service Unit Operators, Oil and Gas": the part after a comma qualifies the occupation and keeps its words.
  const comma = trimmed.indexOf(',');
  const head = titleKey(comma < 0 ? trimmed : trimmed.slice(0, comma)).split(' ');
  const qualifier =
    comma < 0
      ? []
      : titleKey(trimmed.slice(comma + 1))
          .split(' ')
          .filter(Boolean);
  // Head nouns are plural in O*NET titles: the last word before "of" ("Representatives of Services"), or the last
  // word, and any word just before "and".
  const of = head.indexOf('of');
  const last = of > 0 ? of - 1 : head.length - 1;
  const words = head.map((w, i) => (i === last || (i < last && head[i + 1] === 'and') ? singular(w) : w));
  return [...words, ...qualifier].join('-');
}

function singular(w: string): string {
  if (/ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/wives$/.test(w)) return `${w.slice(0, -3)}fe`;
  if (/(?:ch|sh|x)es$/.test(w)) return w.slice(0, -2);
  if (/(?:ss|us|is|as|sales|news)$/.test(w)) return w;
  return w.replace(/s$/, '');
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
