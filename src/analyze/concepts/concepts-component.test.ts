import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type CleanListing, cleanListing } from '../../clean/index.ts';
import { readInputs } from '../../ingest/index.ts';
import { loadConcepts, matchTopics, namesSubject, wordNorms } from '../../taxonomy/index.ts';
import { companyNameWords, isCompanyBlurb } from '../../taxonomy/linking.ts';
import type { ConceptLink } from '../analyzed-listing.ts';
import { createAnalyzer, defaultComponents, sentenceAround } from '../index.ts';
import { conceptsComponent, dedupeLinks, listItems } from './concepts-component.ts';

const TECH = fileURLToPath(new URL('../../../../shared/data/listings/tech-leadership', import.meta.url));
/** O*NET hiring activities and ESCO "recruit employees" (its clause "recruiting talent" now ranks the skill first). */
const HIRING = [
  'onet:dwa/4.A.4.c.2.I01.D03',
  'onet:dwa/4.A.4.c.2.I01.D05',
  'http://data.europa.eu/esco/skill/496932f1-0b6b-4f73-9432-d95c7ddcd43b',
];

async function techListings(): Promise<CleanListing[]> {
  const out: CleanListing[] = [];
  for await (const e of readInputs([TECH])) {
    if (e.type !== 'item' || e.item.kind !== 'listing') continue;
    const clean = cleanListing(e.item.listing);
    if ('text' in clean) out.push(clean);
  }
  return out;
}

test('conceptsComponent() declares its reads and writes', () => {
  const c = conceptsComponent(loadConcepts(), { matchTopics });
  assert.deepEqual(
    [c.name, c.reads, c.writes],
    ['concepts', ['text', 'sections', 'statements', 'skills', 'company'], ['concepts']],
  );
});

test('concepts of real tech-leadership listings: sorted, deduped, ≤ 7 meaning links per statement, every skill linked', async () => {
  const analyze = createAnalyzer(await defaultComponents());
  const listings = await techListings();
  assert.equal(listings.length > 100, true);
  let meaning = 0;
  for (const listing of listings.slice(0, 40)) {
    const a = analyze(listing);
    const keys = a.concepts.map((l) => `${l.id}@${l.start}`);
    assert.equal(new Set(keys).size, keys.length, `duplicates in ${listing.recordKey}`);
    for (let i = 1; i < a.concepts.length; i++) {
      const [p, q] = [a.concepts[i - 1] as ConceptLink, a.concepts[i] as ConceptLink];
      assert.ok(
        p.start < q.start || (p.start === q.start && p.score >= q.score),
        `order in ${listing.recordKey}`,
      );
    }
    for (const s of a.statements) {
      const links = a.concepts.filter((l) => l.start === s.start && l.by === 'meaning');
      meaning += links.length;
      // 3, up to 3 more for the duties to people named in a list's items, and one for a listed subject's family.
      assert.ok(links.length <= 7);
      for (const l of links) {
        // Under the floor only the link of a listed subject, which names it.
        assert.ok((l.score >= 0.2 || (l.score >= 0.13 && l.named === true)) && l.score <= 1);
        assert.equal(l.section, s.section);
        assert.equal(l.end, s.end);
      }
    }
    // A meaning link of the same skill and sentence with a higher score replaces the phrase link (one per id and start).
    const employer = companyNameWords(listing.company);
    for (const m of a.skills) {
      const span = m.spans[0];
      if (!span) continue;
      // The employer's own name, and a field named in its description of itself, give no link.
      const said = wordNorms(a.text.slice(span.start, span.end));
      if (said.every((w) => employer.has(w) || !/[a-z0-9]/.test(w))) continue;
      if (isCompanyBlurb(sentenceAround(a.text, span.start, span.end).text, listing.company)) continue;
      assert.ok(
        a.concepts.some((l) => l.id === m.uri),
        m.label,
      );
    }
  }
  assert.ok(meaning > 100, `${meaning} meaning links`);
});

test('a hiring duty links to a hiring concept (tech-leadership#233a1395bb3662bc)', async () => {
  const analyze = createAnalyzer(await defaultComponents());
  const listing = (await techListings()).find((l) => l.recordKey === '233a1395bb3662bc');
  assert.ok(listing);
  const a = analyze(listing);
  const s = a.statements.find((x) => x.text.startsWith('recruiting, selecting, and developing talent'));
  assert.ok(s);
  const ids = a.concepts.filter((l) => l.start === s.start).map((l) => l.id);
  assert.ok(
    ids.some((id) => HIRING.includes(id)),
    ids.join(', '),
  );
});

test('duties done to people link by their verb: hiring and mentoring statements of real tech-leadership listings', async () => {
  const analyze = createAnalyzer(await defaultComponents());
  const catalog = loadConcepts();
  const cases = [
    { verb: /^(hire|hiring|recruit)/i, concept: /^(hire|recruit)/i },
    { verb: /^(mentor|coach)/i, concept: /^(mentor|provide mentorship|coach)/i },
  ];
  for (const c of cases) {
    let said = 0;
    let linked = 0;
    for (const listing of await techListings()) {
      const a = analyze(listing);
      for (const s of a.statements) {
        if (!c.verb.test(s.text)) continue;
        said++;
        const labels = a.concepts
          .filter((l) => l.start === s.start && l.score >= 0.25)
          .map((l) => catalog.get(l.id)?.label ?? '');
        if (labels.some((label) => c.concept.test(label))) linked++;
      }
    }
    // Measured 2026-12-05: hiring 25/27, mentoring 11/13 (before people clauses, "Mentor engineers" linked to
    // "liaise with engineers" and "Hire a team of data engineers" to ETL tools). Misses: "Hiring Actual vs. Plan",
    // "Mentorship and Knowledge Sharing : Establish a supportive environment …".
    assert.ok(said >= 10, `${said} statements`);
    assert.ok(linked >= 0.8 * said, `${c.verb}: ${linked}/${said}`);
  }
});

test('dedupeLinks() keeps the best link per id and start, sorted by start, score, id', () => {
  const a: ConceptLink = { id: 'x', score: 0.4, start: 5, end: 9, section: 'requirements', by: 'meaning' };
  const out = dedupeLinks([
    a,
    { ...a, score: 0.9, by: 'phrase' },
    { ...a, id: 'w', start: 0 },
    { ...a, id: 'a' },
  ]);
  assert.deepEqual(
    out.map((l) => [l.id, l.start, l.score, l.by]),
    [
      ['w', 0, 0.4, 'meaning'],
      ['x', 5, 0.9, 'phrase'],
      ['a', 5, 0.4, 'meaning'],
    ],
  );
});

test('a link by meaning is marked named when its sentence says the concept subject word', async () => {
  const analyze = createAnalyzer(await defaultComponents());
  const catalog = loadConcepts();
  const listing = (await techListings()).find((l) => l.text.includes('delivering on time and budget'));
  assert.ok(listing, 'the real listing that says "delivering on time and budget"');
  const a = analyze(listing);
  const at = a.text.indexOf('delivering on time and budget');
  const here = a.concepts.filter((c) => c.by === 'meaning' && c.start <= at && c.end > at);
  const budget = here.filter((c) => catalog.subject(c.id) === 'budgets');
  assert.ok(budget.length > 0 && budget.every((c) => c.named === true), JSON.stringify(here));
  // Links of the same sentence about other subjects are not marked.
  assert.ok(
    here
      .filter((c) => c.named)
      .every((c) => namesSubject(a.text.slice(c.start, c.end), catalog.subject(c.id) ?? '')),
  );
  assert.equal(namesSubject('delivering on time', 'budgets'), false);
});

test('listItems() splits a list statement into its short items', () => {
  assert.deepEqual(listItems('Leadership, team mentoring, hiring, and budget ownership'), [
    'Leadership',
    'team mentoring',
    'hiring',
    'budget ownership',
  ]);
  assert.deepEqual(listItems('Experience recruiting, managing, developing, a data and tech team'), []);
});

test('vacancy announcements, offers and weak links without the label domain give no link (issue examples)', async () => {
  const catalog = loadConcepts();
  const analyze = createAnalyzer(await defaultComponents({ concepts: catalog }));
  const text = [
    'Responsibilities',
    '- We are hiring a Director of Engineering.',
    '- Build lean teams that ship quickly.',
    '- Work with product management on the roadmap.',
    '- Your wellbeing is leadership’s top priority.',
    '- Hire and grow the engineering team.',
  ].join('\n');
  const [listing] = await techListings();
  assert.ok(listing);
  const a = analyze({ ...listing, text, title: 'Director of Engineering', company: 'Acme' });
  const at = (s: string) => a.concepts.filter((l) => a.text.slice(l.start, l.end).includes(s));
  const labels = (s: string) => at(s).map((l) => catalog.get(l.id)?.label ?? l.id);
  assert.ok(
    !labels('We are hiring').some((l) => /^(hire|recruit)/i.test(l)),
    labels('We are hiring').join(', '),
  );
  assert.ok(
    !labels('lean teams').some((l) => /lean manufacturing/i.test(l)),
    labels('lean teams').join(', '),
  );
  assert.ok(!labels('product management').some((l) => /^plan product management/i.test(l)));
  assert.ok(!labels('wellbeing').some((l) => /^lead others/i.test(l)), labels('wellbeing').join(', '));
  assert.ok(
    labels('Hire and grow').some((l) => /^(hire|recruit)/i.test(l)),
    labels('Hire and grow').join(', '),
  );
});

test("a named topic links by its words only: team culture, not the employer's pitch near it in meaning", async () => {
  const catalog = loadConcepts();
  const analyze = createAnalyzer(await defaultComponents({ concepts: catalog }));
  // Sentences of real listings: tech-leadership 0586a06324e6f296 and 10390aecfed84511 ask it; the last two, from
  // listings of the shared corpus, speak of the employer's culture, which the encoder finds near team culture.
  const text = [
    'Responsibilities',
    '- Foster a culture of collaboration, transparency, and accountability within the engineering team.',
    '- Hire/Retain/ Mentor Engineers and promote strong engineering culture / Best practices.',
    '- Be part of a values lead culture.',
    '- Help scale our culture as we grow.',
  ].join('\n');
  const [listing] = await techListings();
  assert.ok(listing);
  const a = analyze({ ...listing, text, title: 'Director of Engineering', company: 'Acme' });
  const culture = a.concepts.filter((l) => l.id === 'topic:team-culture');
  assert.deepEqual(
    culture.map((l) => [a.text.slice(l.start, l.end).split(' ').slice(0, 2).join(' '), l.by]),
    [
      ['Foster a', 'phrase'],
      ['Hire/Retain/ Mentor', 'phrase'],
    ],
  );
});

test('a subject listed among qualities links its concept family: security in real tech-leadership duties', async () => {
  const analyze = createAnalyzer(await defaultComponents());
  const catalog = loadConcepts();
  const listings = await techListings();
  const openings = [
    'Oversee architectural decisions to ensure high performance, scalability, and security',
    'Ensure the reliability, security, and scalability of our technical infrastructure',
  ];
  for (const opening of openings) {
    const listing = listings.find((l) => l.text.includes(opening));
    assert.ok(listing, opening);
    const a = analyze(listing);
    const s = a.statements.find((x) => x.text.startsWith(opening));
    assert.ok(s, opening);
    const labels = a.concepts
      .filter((l) => l.start === s.start && l.by === 'meaning')
      .map((l) => catalog.get(l.id)?.label ?? '');
    assert.ok(
      labels.some((label) => /security/i.test(label)),
      `${opening}: ${labels.join(', ')}`,
    );
  }
});
