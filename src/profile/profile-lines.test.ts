import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConcepts } from '../taxonomy/index.ts';
import { type ConceptStat, countConcepts } from './concept-stats.ts';
import {
  buildLines,
  conciseLabel,
  dropUnsaid,
  memberLabel,
  oneIdea,
  saysDescriptionVerb,
  together,
} from './profile-lines.ts';
import { fixtureListing, fixtureLookup } from './testing.ts';

// Sentence keys are numbers (see ConceptStat.sentences); these tests name each sentence "listing:concept".
const sentenceIds = new Map<string, number>();
function sentenceSet(names: readonly string[]): Set<number> {
  return new Set(
    names.map((name) => {
      const id = sentenceIds.get(name) ?? sentenceIds.size;
      sentenceIds.set(name, id);
      return id;
    }),
  );
}

test('conciseLabel() cuts a long O*NET title before its setting, never leaving a dangling conjunction', () => {
  assert.equal(conciseLabel('Prepare operational budgets'), 'Prepare operational budgets');
  assert.equal(
    conciseLabel('Develop collaborative relationships between departments or with external organizations.'),
    'Develop collaborative relationships between departments',
  );
  assert.equal(
    conciseLabel(
      'Apply mathematical principles or statistical approaches to solve problems in scientific or applied fields.',
    ),
    'Apply mathematical principles or statistical approaches',
  );
});

test('memberLabel() sentence-cases activities and drops the final period', () => {
  const stat = { info: { id: 'x', label: 'Recruit personnel.', kind: 'activity' } } as unknown as ConceptStat;
  assert.equal(memberLabel(stat), 'Recruit personnel');
});

test('buildLines() joins a field with the work on it, and nothing about another subject', () => {
  const catalog = loadConcepts();
  const esco = (id: string) => `http://data.europa.eu/esco/skill/${id}`;
  const cyber = esco('8088750d-8388-4170-a76f-48354c469c44');
  const measures = 'onet:dwa/4.A.3.b.1.I02.D01';
  const policies = 'onet:dwa/4.A.2.b.4.I03.D09';
  const regulations = esco('d433c82e-fa7a-492e-a8fd-eee7b39e4c48');
  const cloudSecurity = esco('1c2978b8-bb0d-4249-9c23-877571a4dffa');
  const science = esco('7b5cce4d-c7fe-4119-b48f-70aa05391787');
  // Each concept said by its own sentences, in listings from `from` on, of 100: only meaning and the listings they
  // share can join them.
  const stat = (id: string, from: number, count: number): ConceptStat => {
    const info = catalog.get(id);
    assert.ok(info, id);
    const listings = Array.from({ length: count }, (_, i) => from + i);
    return {
      id,
      info,
      listings,
      links: [],
      sections: { requirements: count },
      sentences: sentenceSet(listings.map((l) => `${l}:${id}`)),
    };
  };
  // The security work is said by listings that say "cyber security" (0–11), far more often than chance.
  const stats = [
    stat(cyber, 0, 12),
    stat(measures, 4, 9),
    stat(cloudSecurity, 30, 8),
    stat(policies, 6, 7),
    stat(regulations, 40, 6),
    stat(science, 50, 6),
  ];
  const lines = buildLines(stats, catalog, { minCount: 6, listings: 100 });
  const security = lines.find((l) => l.members.some((m) => m.id === cyber));
  assert.deepEqual(
    security?.members.map((m) => m.id),
    [cyber, measures, policies],
    'the field "cyber security" takes the security work: measures and policies',
  );
  assert.equal(security?.listings.length, 13);
  // "security regulations" is another field, not nearly the same as "cyber security" (0.59); "cloud security and
  // compliance" is about cloud; "computer science" is about something else.
  assert.ok(!security?.members.some((m) => [regulations, cloudSecurity, science].includes(m.id)));
});

test('buildLines() keeps the work on a subject apart from its field when the listings do not say them together', () => {
  const catalog = loadConcepts();
  const cyber = 'http://data.europa.eu/esco/skill/8088750d-8388-4170-a76f-48354c469c44';
  const measures = 'onet:dwa/4.A.3.b.1.I02.D01';
  // Where the subject is the role's own, field and work are each said by many listings, together only by chance.
  const spread = (id: string, step: number): ConceptStat => {
    const listings = Array.from({ length: 100 }, (_, i) => i).filter((i) => i % step === 0);
    return {
      id,
      info: catalog.get(id) as ConceptStat['info'],
      listings,
      links: [],
      sections: { requirements: listings.length },
      sentences: sentenceSet(listings.map((l) => `${l}:${id}`)),
    };
  };
  const lines = buildLines([spread(cyber, 2), spread(measures, 3)], catalog, { minCount: 6, listings: 100 });
  assert.deepEqual(
    lines.map((l) => l.members.map((m) => m.id)),
    [[cyber], [measures]],
  );
});

test('buildLines() puts a concept on the line it means the same as, and merges a duty and a skill said alike', () => {
  const info = (id: string, kind: ConceptStat['info']['kind'], skillType?: string): ConceptStat['info'] => ({
    id,
    kind,
    label: id,
    ...(skillType ? { skillType } : {}),
  });
  const stat = (
    i: ConceptStat['info'],
    listings: number[],
    sentences: string[],
    duty: boolean,
  ): ConceptStat => ({
    id: i.id,
    info: i,
    listings,
    links: [],
    sections: duty ? { responsibilities: listings.length } : { requirements: listings.length },
    sentences: sentenceSet(sentences),
  });
  const close: Record<string, number> = {
    // Under the closeness two wordings of one topic need (see the test of variant wordings below).
    'ml models|predictive models': 0.37,
    'build predictive|ml models': 0.55,
    'build predictive|predictive models': 0.93,
    'dataviz|present data': 0.82,
  };
  const lookup = {
    get: () => undefined,
    similarity: (a: string, b: string) => (a === b ? 1 : (close[`${a}|${b}`] ?? close[`${b}|${a}`] ?? 0)),
    subject: (id: string) => (/model|predictive/.test(id) ? 'models' : undefined),
  };
  const range = (a: number, b: number) => Array.from({ length: b - a }, (_, i) => a + i);
  const lines = buildLines(
    [
      stat(
        info('ml models', 'topic'),
        range(0, 30),
        range(0, 30).map((i) => `${i}:a`),
        true,
      ),
      stat(
        info('predictive models', 'topic'),
        range(10, 38),
        range(10, 38).map((i) => `${i}:b`),
        true,
      ),
      // Work on the subject of "ml models", said with it more than by chance, but the same thing as "predictive
      // models": it joins the line it means the same as, not the more common one.
      stat(
        info('build predictive', 'skill', 'skill/competence'),
        range(20, 35),
        range(20, 35).map((i) => `${i}:c`),
        true,
      ),
      stat(
        info('dataviz', 'topic'),
        range(40, 60),
        range(40, 60).map((i) => `${i}:d`),
        true,
      ),
      // A skill said by the very sentences of the duty "dataviz", meaning nearly the same.
      stat(
        info('present data', 'skill', 'skill/competence'),
        range(40, 58),
        range(40, 58).map((i) => `${i}:d`),
        false,
      ),
    ],
    lookup,
    { minCount: 6, listings: 100 },
  );
  assert.deepEqual(
    lines.map((l) => l.members.map((m) => m.id)),
    [['ml models'], ['predictive models', 'build predictive'], ['dataviz', 'present data']],
  );
});

// A corpus topic said by the given listings, each in a sentence of its own.
function topic(id: string, listings: number[]): ConceptStat {
  return {
    id,
    info: { id, kind: 'topic', label: id },
    listings,
    links: [],
    sections: { responsibilities: listings.length },
    sentences: sentenceSet(listings.map((i) => `${i}:${id}`)),
  };
}

test('buildLines() counts corpus wordings of one topic as one line, rare ones too', () => {
  const close: Record<string, number> = {
    'clinical assessment|patient assessments': 0.49,
    'clinical assessment|initial assessment': 0.46,
    // Loosely close: another wording only when it just adds a qualifier.
    'clinical assessment|clinical assessment skills': 0.4,
    'clinical assessment|holistic assessment': 0.4,
    'clinical assessment|risk assessment': 0.25,
    // Close, but differing by words far apart in meaning: two things.
    'clinical assessment|data assessment': 0.5,
  };
  const words: Record<string, number> = {
    'clinical|patient': 0.27,
    'clinical|initial': 0.3,
    'clinical|data': 0.1,
  };
  const lookup = {
    get: () => undefined,
    similarity: (a: string, b: string) => (a === b ? 1 : (close[`${a}|${b}`] ?? close[`${b}|${a}`] ?? 0)),
    subject: (id: string) => id.split(' ')[1],
    textSimilarity: (a: string, b: string) => words[`${a}|${b}`] ?? words[`${b}|${a}`] ?? 0,
  };
  const range = (a: number, b: number) => Array.from({ length: b - a }, (_, i) => a + i);
  const lines = buildLines(
    [
      topic('clinical assessment', range(0, 40)),
      topic('patient assessments', range(30, 60)),
      topic('risk assessment', range(60, 90)),
      // Too rare to make a line or join one by shared sentences, but wordings of the line's topic.
      topic('initial assessment', range(90, 94)),
      topic('clinical assessment skills', range(94, 97)),
      topic('holistic assessment', range(97, 100)),
      topic('data assessment', range(0, 25)),
    ],
    lookup,
    { minCount: 20, listings: 100 },
  );
  assert.deepEqual(
    lines.map((l) => [l.members.map((m) => m.id), l.listings.length]),
    [
      [
        ['clinical assessment', 'patient assessments', 'initial assessment', 'clinical assessment skills'],
        67,
      ],
      [['risk assessment'], 30],
      [['data assessment'], 25],
    ],
  );
});

test('buildLines() takes a noun and its adjective for one wording of a topic', () => {
  // The encoder puts the two wordings 0.42 apart, under the closeness two wordings need when their words differ.
  const lookup = {
    get: () => undefined,
    similarity: (a: string, b: string) => (a === b ? 1 : 0.42),
    subject: (id: string) => id.split(' ')[1],
  };
  const range = (a: number, b: number) => Array.from({ length: b - a }, (_, i) => a + i);
  const lines = buildLines(
    [topic('architecture decisions', range(0, 30)), topic('architectural decisions', range(20, 45))],
    lookup,
    { minCount: 10, listings: 100 },
  );
  assert.deepEqual(
    lines.map((l) => [l.members.map((m) => m.id), l.listings.length]),
    [[['architecture decisions', 'architectural decisions'], 45]],
  );
});

test('together() is the co-occurrence lift of a line and a concept', () => {
  assert.equal(together({ listings: [0, 1, 2, 3] }, { listings: [0, 1] }, 8), 2);
  assert.equal(together({ listings: [0, 1] }, { listings: [2, 3] }, 8), 0);
});

test('oneIdea() on the real catalog: the work and its noun, one field in two wordings; not a thing of its own', () => {
  const catalog = loadConcepts();
  const esco = (id: string) => `http://data.europa.eu/esco/skill/${id}`;
  const stat = (id: string) => {
    const info = catalog.get(id);
    assert.ok(info, id);
    return { id, info } as unknown as ConceptStat;
  };
  const leadOthers = stat(esco('75d8e5d9-bef3-418b-9011-01bff9f27207'));
  const agile = stat(esco('dba46f87-0831-49cd-a1c7-340a653c0221'));
  const deployCloud = stat(esco('6195c5f7-a4fb-425d-a3dd-c4467c4471a3'));
  assert.equal(oneIdea(leadOthers, stat('topic:direction-and-leadership'), catalog), true);
  assert.equal(oneIdea(stat('topic:agile-methodologies'), agile, catalog), true);
  // Deploying cloud resources is not owning customer deployments, though the noun is the verb's.
  assert.equal(oneIdea(deployCloud, stat('topic:customer-deployments'), catalog), false);
  // Of a general object the verb says what the work is: leading a team is not managing one.
  const leadTeam = stat(esco('1f1d2ff8-c4c1-45cc-9812-6a7ee84a73cb'));
  const manageTeam = stat(esco('cb668e89-6ef5-4ff3-ab4a-506010e7e70b'));
  assert.ok(catalog.similarity(leadTeam.id, manageTeam.id) >= 0.6);
  assert.equal(oneIdea(leadTeam, manageTeam, catalog), false);
  // A field and a thing made with it stay two lines.
  assert.equal(
    oneIdea(
      stat(esco('3a2d5b45-56e4-4f5a-a55a-4a4a65afdc43')),
      stat('topic:machine-learning-models'),
      catalog,
    ),
    false,
  );
});

test('buildLines() takes a topic said more narrowly into its line, and work with the same people into one', () => {
  const infos = [
    { id: 'topic:mdt', kind: 'topic', label: 'MDT' },
    {
      id: 'topic:multi-disciplinary-team-meetings',
      kind: 'topic',
      label: 'multi-disciplinary team meetings',
    },
    { id: 'esco:talk', kind: 'skill', label: 'communicate with stakeholders', skillType: 'skill/competence' },
    { id: 'esco:deal', kind: 'skill', label: 'negotiate with stakeholders', skillType: 'skill/competence' },
  ] as const;
  // Half the meetings sentences also say MDT (the corpus topic's wording "multi-disciplinary team").
  const listings = Array.from({ length: 12 }, (_, i) =>
    fixtureListing(
      `m${i}`,
      [null],
      [
        {
          duty: 'Attend multi-disciplinary team meetings',
          concepts: i < 6 ? ['topic:mdt', 'topic:multi-disciplinary-team-meetings'] : ['topic:mdt'],
        },
        { duty: 'Work with stakeholders', concepts: [i % 2 ? 'esco:deal' : 'esco:talk'] },
      ],
    ),
  );
  const lines = (workCloseness: number) => {
    const lookup = fixtureLookup(infos, (a, b) =>
      a.startsWith('esco') && b.startsWith('esco') ? workCloseness : 0.3,
    );
    return buildLines(countConcepts(listings, lookup), lookup, { minCount: 3 })
      .map((l) => l.members.map((m) => m.id).join(' + '))
      .sort();
  };
  assert.deepEqual(lines(0.6), [
    'esco:deal + esco:talk',
    'topic:mdt + topic:multi-disciplinary-team-meetings',
  ]);
  // Far apart in meaning, two kinds of work with the same people stay two lines.
  assert.deepEqual(lines(0.3), [
    'esco:deal',
    'esco:talk',
    'topic:mdt + topic:multi-disciplinary-team-meetings',
  ]);
});

test('dropUnsaid() drops a member whose own words its sentences do not say, whatever its kind', () => {
  const lookup = fixtureLookup([
    { id: 'esco:rel', kind: 'skill', label: 'build business relationships', skillType: 'skill/competence' },
    { id: 'topic:vendor', kind: 'topic', label: 'vendor relationships' },
    { id: 'esco:hire', kind: 'skill', label: 'recruit personnel', skillType: 'skill/competence' },
  ]);
  const listings = Array.from({ length: 6 }, (_, i) =>
    fixtureListing(
      `r${i}`,
      [null],
      [
        { duty: 'Build relationships with clients', concepts: ['esco:rel', 'topic:vendor'] },
        { duty: 'Hire engineers', concepts: ['esco:hire'] },
      ],
    ),
  );
  const stats = countConcepts(listings, lookup);
  const of = (id: string) => stats.find((s) => s.id === id) as ConceptStat;
  const line = (ids: string[]) => ({
    kind: 'duty' as const,
    members: ids.map(of),
    listings: [0, 1, 2, 3, 4, 5],
  });
  const [kept] = dropUnsaid([line(['esco:rel', 'topic:vendor'])], listings, 3);
  assert.deepEqual(
    kept?.members.map((m) => m.id),
    ['esco:rel'],
  );
  // Words naming people are no claim: "recruit personnel" said as "hire engineers" stays beside its head.
  const [hiring] = dropUnsaid([line(['esco:rel', 'esco:hire'])], listings, 3);
  assert.deepEqual(
    hiring?.members.map((m) => m.id),
    ['esco:rel', 'esco:hire'],
  );
});

test('dropUnsaid() drops work that adds only its verb to a corpus topic when no sentence says that verb', () => {
  const lookup = fixtureLookup([
    { id: 'topic:pipelines', kind: 'topic', label: 'pipelines' },
    { id: 'esco:repair', kind: 'skill', label: 'repair pipelines', skillType: 'skill/competence' },
  ]);
  const said = (duty: string) =>
    Array.from({ length: 4 }, (_, i) =>
      fixtureListing(`p${i}`, [null], [{ duty, concepts: ['topic:pipelines', 'esco:repair'] }]),
    );
  const members = (listings: ReturnType<typeof said>) => {
    const stats = countConcepts(listings, lookup);
    const of = (id: string) => stats.find((s) => s.id === id) as ConceptStat;
    const line = {
      kind: 'duty' as const,
      members: [of('topic:pipelines'), of('esco:repair')],
      listings: [0, 1, 2, 3],
    };
    return dropUnsaid([line], listings, 3)[0]?.members.map((m) => m.id);
  };
  // A seller's pipeline is never repaired; a pipeline engineer's is.
  assert.deepEqual(members(said('Build a pipeline of qualified leads')), ['topic:pipelines']);
  assert.deepEqual(members(said('Inspect and repair pipelines')), ['topic:pipelines', 'esco:repair']);
});

test("saysDescriptionVerb() takes a mined verb only when one in ten of the line's sentences says it", () => {
  // A tech leader's roadmap: the miner's "Influence roadmap" came from other roles; 1 of 12 sentences says it.
  const lookup = fixtureLookup([{ id: 'topic:roadmap', kind: 'topic', label: 'roadmap' }]);
  const roadmap = (influencing: number) => {
    const duties = Array.from({ length: 12 }, (_, i) =>
      i < influencing ? 'Influence the product roadmap' : `Develop and own roadmap ${i}`,
    );
    const listings = duties.map((duty, i) =>
      fixtureListing(`l${i}`, [null, 'cto', 'src', `Co ${i}`], [{ duty, concepts: ['topic:roadmap'] }]),
    );
    const line = {
      kind: 'duty',
      members: countConcepts(listings, lookup),
      listings: listings.map((_, i) => i),
    } as const;
    return saysDescriptionVerb(line, listings, 'Influence roadmap');
  };
  assert.equal(roadmap(1), false);
  assert.equal(roadmap(2), true);
});
