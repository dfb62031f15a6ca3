import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ConceptLink, Statement } from '../analyze/index.ts';
import { buildProfile } from './build-profile.ts';
import { quoteAround } from './evidence.ts';
import { type ProfileListing, profilePool, toProfileListing } from './profile-listing.ts';
import { fixtureListing, fixtureLookup } from './testing.ts';

// A listing whose text has lines no span lies in (a title, an about line, benefits), a span over two lines, a span on a
// line's closing newline and one at the very end of the text.
function awkward(): ProfileListing {
  const text = [
    'Senior engineer – Zürich', // dropped: no span, and its dash is the text's only wide character
    '• Lead the platform team. Hire engineers.',
    'We offer snacks.',
    '- Design APIs; review code; mentor juniors',
    'and write docs.',
    'Perks: gym.',
    'Ship it',
  ].join('\n');
  const at = (s: string) => text.indexOf(s);
  const statement = (s: string, section: Statement['section'] = 'responsibilities'): Statement => ({
    section,
    text: s,
    start: at(s),
    end: at(s) + s.length,
    canonical: s,
    years: null,
  });
  const link = (id: string, start: number, end: number): ConceptLink => ({
    id,
    score: 0.9,
    start,
    end,
    section: 'responsibilities',
    by: 'meaning',
  });
  const design = at('Design APIs');
  return {
    id: 'x',
    source: 'a/b.csv',
    company: 'Acme',
    postedAt: '2024-01-02',
    role: null,
    text,
    statements: [statement('Lead the platform team.'), statement('Hire engineers.', 'requirements')],
    concepts: [
      link('dwa:lead', at('Lead'), at('Lead') + 4),
      link('dwa:design', design, at('and write docs.') + 5), // across two lines
      link('dwa:nl', at('\nPerks') - 3, at('\nPerks')), // ends on the newline closing "and write docs."
      link('dwa:ship', at('Ship'), text.length),
      link('dwa:empty', at('Perks') - 1, at('Perks') - 1), // empty, on a newline
    ],
  };
}

test('toProfileListing() keeps only the lines spans lie in, and every quote stays the same', () => {
  const full = awkward();
  const small = toProfileListing(full);
  assert.equal(
    small.text,
    '• Lead the platform team. Hire engineers.\n- Design APIs; review code; mentor juniors\nand write docs.\nShip it',
  );
  const spans = (l: ProfileListing) => [...l.statements, ...l.concepts];
  const [before, after] = [spans(full), spans(small)];
  assert.equal(after.length, before.length);
  // Twice each: asked again about the same text, the sentence finder splits the whole text rather than the span's lines.
  for (let round = 0; round < 2; round++)
    before.forEach((b, i) => {
      const a = after[i] as { start: number; end: number };
      assert.equal(quoteAround(small.text, a.start, a.end), quoteAround(full.text, b.start, b.end));
      assert.equal(quoteAround(small.text, a.start, a.end), quoteAround(small.text, a.start, a.end));
    });
  for (const [i, st] of small.statements.entries()) {
    assert.equal(st.text, full.statements[i]?.text);
    assert.equal(small.text.slice(st.start, st.end), st.text);
  }
});

test('toProfileListing() keeps a text whole when a span lies outside it', () => {
  const full = awkward();
  const broken = { ...full, concepts: [{ ...(full.concepts[0] as ConceptLink), end: full.text.length + 5 }] };
  assert.equal(toProfileListing(broken).text, full.text);
});

test('toProfileListing() shares one role object across the listings of a pool', () => {
  const pool = profilePool();
  const [a, b] = ['a', 'b'].map((id) => toProfileListing(fixtureListing(id, [null, 'cto'], []), pool));
  assert.ok(a?.role && a.role === b?.role);
  assert.deepEqual(a.role, { role: 'cto', label: 'CTO', onetSoc: null, escoOccupation: null });
});

test('a profile of the projections is the profile of the listings', () => {
  const lookup = fixtureLookup([
    { id: 'dwa:recruit', kind: 'activity', label: 'Recruit personnel.' },
    { id: 'dwa:budget', kind: 'activity', label: 'Manage budgets.' },
    { id: 'esco:go', kind: 'skill', label: 'Go', skillType: 'knowledge' },
  ]);
  const listings = ['a', 'b', 'c', 'd', 'e'].map((id, i) =>
    fixtureListing(
      id,
      [`202${i % 2 === 0 ? 3 : 4}-0${i + 1}-02`, 'cto', `src${i % 2}/f.csv`, `Co ${i}`],
      [
        { duty: i % 2 === 0 ? 'Hire and retain engineers' : 'Hire engineers', concepts: ['dwa:recruit'] },
        { skill: { uri: 'esco:python', label: 'Python', surface: 'Python' } }, // a line no kept span lies in
        { requirement: `${i + 3}+ years of Go`, years: i + 3, concepts: ['esco:go'] },
        ...(i < 3 ? [{ duty: 'Own the budget', concepts: ['dwa:budget'] }] : []),
      ],
    ),
  );
  const pool = profilePool();
  const small = listings.map((l) => toProfileListing(l, pool));
  assert.ok(small.every((l, i) => l.text.length < (listings[i]?.text.length ?? 0)));
  assert.deepEqual(buildProfile(small, { concepts: lookup }), buildProfile(listings, { concepts: lookup }));
});

test('with the concept catalog, a projection keeps only the links and statements a profile reads', () => {
  const lookup = fixtureLookup([
    { id: 'dwa:recruit', kind: 'activity', label: 'Recruit personnel.' },
    { id: 'dwa:budget', kind: 'activity', label: 'Manage budgets.' },
  ]);
  const listings = ['a', 'b', 'c', 'd'].map((id, i) =>
    fixtureListing(
      id,
      ['2024-01-02', 'cto', 'src/f.csv', `Co ${i}`],
      [
        { duty: 'Hire and retain engineers', concepts: ['dwa:recruit'] },
        { duty: 'Make coffee' }, // read by nothing
        { duty: 'Travel abroad for 2 years', years: 2 }, // its years only
        { requirement: 'Great communicator' }, // no qualification
        { requirement: "Bachelor's degree", concepts: ['dwa:unknown'] }, // a qualification; its link counts nowhere
        { duty: 'Own the budget', concepts: [{ id: 'dwa:budget', score: 0.1 }] }, // under the cut
      ],
    ),
  );
  const pool = profilePool();
  const small = listings.map((l) => toProfileListing(l, pool, lookup));
  const [first] = small;
  assert.deepEqual(
    first?.statements.map((s) => [s.text, s.years]),
    [
      ['Hire and retain engineers', null],
      ['', 2],
      ["Bachelor's degree", null],
    ],
  );
  assert.deepEqual(
    first?.concepts.map((c) => c.id),
    ['dwa:recruit'],
  );
  assert.equal(first?.text, "Hire and retain engineers\nBachelor's degree");
  assert.deepEqual(buildProfile(small, { concepts: lookup }), buildProfile(listings, { concepts: lookup }));
});

test('toProfileListing() keeps the line that opens a listing to the newly qualified, and the profile counts it as the full listing does', () => {
  // nhs-jobs-2020, listing 977e208b…: said in the opening, where no statement or concept link lies.
  const opening =
    'This post is also available to newly qualified staff and you will be offered a comprehensive preceptorship.';
  const full = awkward();
  full.text = `${opening}\n${full.text}`;
  const moved = (x: { start: number; end: number }) => ({
    start: x.start + opening.length + 1,
    end: x.end + opening.length + 1,
  });
  full.statements = full.statements.map((st) => ({ ...st, ...moved(st) }));
  full.concepts = full.concepts.map((c) => ({ ...c, ...moved(c) }));
  const small = toProfileListing(full);
  assert.ok(small.text.startsWith(opening));
  assert.deepEqual(small.entry, { start: opening.indexOf('newly'), end: opening.indexOf(' staff') });
  const lookup = fixtureLookup([]);
  const entry = (listings: ProfileListing[]) =>
    buildProfile(listings, { concepts: lookup }).qualifications.find((q) =>
      q.text.startsWith('Open to newly qualified'),
    );
  assert.deepEqual(entry([small]), entry([full]));
  assert.equal(entry([full])?.count, 1);
});
