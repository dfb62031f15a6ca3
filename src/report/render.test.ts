import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildProfile, type ConceptInfo, type ConceptLookup } from '../profile/index.ts';
import { type FixturePart, fixtureListing } from '../profile/testing.ts';
import { renderCsv, renderHtml, renderJson, renderMarkdown } from './index.ts';

const XSS = '<script>alert("x")</script>';
// A tiny concept catalog: markup in an activity's label, a formula in a topic's line, three named knowledge areas.
const CONCEPTS: ConceptInfo[] = [
  { id: 'onet:dwa/4.A.2.b.2.I01.D01', kind: 'activity', label: `Own the ${XSS} deploy pipeline` },
  { id: 'onet:dwa/4.A.4.b.4.I01.D01', kind: 'activity', label: 'Hire engineers' },
  { id: 'onet:dwa/4.A.4.b.4.I02.D01', kind: 'activity', label: 'Recruit personnel' },
  { id: 'esco:python', kind: 'skill', label: 'Python', skillType: 'knowledge' },
  { id: 'esco:sql', kind: 'skill', label: 'SQL', skillType: 'knowledge' },
  { id: 'esco:r', kind: 'skill', label: 'R', skillType: 'knowledge' },
  {
    id: 'topic:data-contracts',
    kind: 'topic',
    label: 'Data contracts',
    description: '=SUM(A1) define, "enforce" data contracts',
  },
];
const [DEPLOY, HIRE, RECRUIT, PY, SQL, R, CONTRACTS] = CONCEPTS.map((c) => c.id) as [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];
const lookup: ConceptLookup = {
  get(id) {
    return CONCEPTS.find((c) => c.id === id);
  },
  // The languages are close in meaning, so they form one theme (and one bundled line); so are the hiring duties.
  similarity(a, b) {
    const family = (id: string) =>
      [PY, SQL, R].includes(id) ? 'lang' : [HIRE, RECRUIT].includes(id) ? 'hire' : id;
    return a !== b && family(a) === family(b) ? 0.8 : 0;
  },
};

// Named technologies are found by their names (skill spans), not by meaning.
const named = (id: string) => ({ id, score: 0.9, by: 'phrase' as const });

// 40 CTO listings, half dated 2024 and half 2025 (R rises, SQL falls), with hostile sentences and company names;
// five ask for data contracts, which the background of other roles never does.
function hostileProfile(withBackground = true) {
  const listings = Array.from({ length: 40 }, (_, i) => {
    const parts: FixturePart[] = [
      { duty: `Own the ${XSS} deploy <img src=x onerror=alert(1)> pipeline`, concepts: [DEPLOY] },
    ];
    if (i % 2 === 0) parts.push({ duty: 'Hire and recruit engineers', concepts: [HIRE, RECRUIT] });
    if (i < 32) parts.push({ duty: 'Write Python', concepts: [named(PY)] });
    if (i < 24) parts.push({ duty: 'Write SQL', concepts: [named(SQL)] });
    if (i >= 20 || i < 2) parts.push({ duty: 'Write R', concepts: [named(R)] });
    if (i < 5) parts.push({ duty: 'Data contracts with producers', concepts: [CONTRACTS] });
    parts.push({ requirement: "Bachelor's degree in computer science", years: 5 });
    const id = `x${String(i).padStart(2, '0')}`;
    return {
      ...fixtureListing(id, [i < 20 ? '2024-03-01' : '2025-03-01', 'cto'], parts),
      company: `<i>Company ${i}</i>`,
    };
  });
  return buildProfile(listings, {
    concepts: lookup,
    ...(withBackground
      ? {
          background: {
            listings: 1000,
            roles: {},
            concepts: { [DEPLOY]: { listings: 900, employers: 90, roles: {} } },
          },
        }
      : {}),
  });
}

test('renderHtml() renders listing and concept markup inert', () => {
  const html = renderHtml(hostileProfile());
  assert.doesNotMatch(html, /<script/i);
  assert.doesNotMatch(html, /<img/i);
  assert.doesNotMatch(html, /<i>/);
  assert.match(
    html,
    /Own the &lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; deploy &lt;img src=x onerror=alert\(1\)&gt; pipeline/,
  );
  assert.match(html, /<details><summary>Evidence \(3\)<\/summary>/);
  assert.doesNotMatch(html, /https?:\/\//);
  assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
});

test('renderHtml() shows members as chips, coherence, distinctive duties and q', () => {
  const html = renderHtml(hostileProfile());
  assert.match(
    html,
    /Hire and recruit engineers: <span class="num">50% \(20\/40\), 95% CI 35%–65%<\/span> <span class="chip">Hire engineers 50%<\/span><span class="chip">Recruit personnel 50%<\/span>/,
  );
  assert.match(html, /<h3>[^<]+ <span class="muted">coherence 0\.\d\d<\/span><\/h3>/);
  assert.match(
    html,
    /<strong>Data contracts<\/strong>: =SUM\(A1\) define, &quot;enforce&quot; data contracts/,
  );
  assert.match(html, /5 employers, 125× other roles \(0 of 1,000 other listings\)/);
  assert.match(html, /R <span class="num">10% → 100%, p &lt; 0\.001, q &lt; 0\.001<\/span>/);
  assert.match(html, /<svg class="bar"[^>]*><rect[^>]*\/><rect[^>]*\/><line x1="[\d.]+" x2="[\d.]+"/);
  // A single-member line carries no chip: its one share is the line's own.
  assert.match(html, /SQL: <span class="num">60% \(24\/40\), 95% CI 45%–74%<\/span><\/span><\/div>/);
});

test('renderMarkdown() follows the report shape and escapes listing markup', () => {
  const md = renderMarkdown(hostileProfile());
  const lines = md.split('\n');
  assert.equal(lines[0], '# What 40 real-world CTO listings ask for (2024-03 – 2025-03)');
  const headings = lines.filter((l) => l.startsWith('## '));
  assert.deepEqual(headings, [
    '## Themes',
    '## Distinctive duties',
    '## Trends',
    '## All responsibilities',
    '## All skills',
    '## Qualifications',
    '## Evidence',
  ]);
  assert.ok(
    lines.includes(
      'Each line counts the listings that say it in any words; a theme groups lines that go together (coherence c).',
    ),
  );
  assert.ok(lines.some((l) => /^_coherence 0\.\d\d_$/.test(l)));
  assert.ok(lines.includes('- Python: 80% (32/40) [E1]'));
  assert.ok(
    lines.includes(
      '- Hire and recruit engineers: 50% (20/40) — Hire engineers 50% · Recruit personnel 50% [E6]',
    ),
  );
  assert.ok(lines.includes('- R: 55% (22/40) [E3]'));
  assert.ok(
    lines.includes(
      '- **Data contracts**: =SUM(A1) define, "enforce" data contracts — 13% (5/40), 5 employers, 125× other roles [E4]',
    ),
  );
  assert.ok(lines.includes('- R: 10% (2) → 100% (20), p < 0.001, q < 0.001'));
  assert.ok(
    lines.includes(
      'Tested with a two-proportion z-test; Benjamini–Hochberg q < 0.05 across everything tested.',
    ),
  );
  // A line shown in a theme and in a full list cites one evidence entry.
  assert.equal(lines.filter((l) => l.startsWith('**E2** ')).length, 1);
  assert.equal(lines.filter((l) => l.endsWith(' [E2]')).length, 2);
  assert.doesNotMatch(md, /(^|[^\\])<(script|\/script|img)/);
  assert.match(
    md,
    /Own the \\<script>alert\("x"\)\\<\/script> deploy \\<img src=x onerror=alert\(1\)> pipeline/,
  );
});

test('renderMarkdown() and renderHtml() say why distinctive duties are empty', () => {
  const none = hostileProfile(false);
  assert.deepEqual(none.distinctive, []);
  assert.match(
    renderMarkdown(none),
    /## Distinctive duties\n\nNone found: no background to compare against\.\n/,
  );
  assert.match(renderHtml(none), /None found: no background to compare against\./);
  const failed = { ...hostileProfile(), distinctive: [] };
  assert.match(
    renderMarkdown(failed),
    /None passed the thresholds \(in at most 20% of listings, lift ≥ 5, ≥ 3 employers — or ≥ 5 distinct wordings where most listings name no employer — stable under resampling\)\./,
  );
});

test('renderCsv() writes one row per line with members and concepts, formula-safe and quoted', () => {
  const csv = renderCsv(hostileProfile());
  const rows = csv.trimEnd().split('\n');
  assert.equal(
    rows[0],
    'section,kind,text,count,n,share,ci_low,ci_high,members,concepts,employers,lift,from_period,from_share,to_period,to_share,p,q,listing_ids',
  );
  assert.match(
    rows[1] ?? '',
    /^Software engineering,skill,Python,32,40,0\.8,0\.6524,0\.895,Python 80%,esco:python,,,,,,,,,x00 x01 x02$/,
  );
  assert.ok(rows.includes('skills,skill,SQL,24,40,0.6,0.446,0.7365,SQL 60%,esco:sql,,,,,,,,,x00 x01 x02'));
  assert.ok(
    rows.includes(
      'responsibilities,duty,Hire and recruit engineers,20,40,0.5,0.352,0.648,Hire engineers 50%; Recruit personnel 50%,onet:dwa/4.A.4.b.4.I01.D01 onet:dwa/4.A.4.b.4.I02.D01,,,,,,,,,x00 x02 x04',
    ),
  );
  assert.ok(
    rows.some((r) =>
      r.startsWith(
        'distinctive,duty,"Data contracts: =SUM(A1) define, ""enforce"" data contracts",5,40,0.125,,,,topic:data-contracts,5,125.125,',
      ),
    ),
  );
  // A cell starting with = would run as a formula in a spreadsheet.
  assert.ok(
    rows.some((r) => r.startsWith(`responsibilities,duty,"'=SUM(A1) define, ""enforce"" data contracts",5,`)),
  );
  assert.ok(
    rows.some((r) => /^responsibilities,duty,Own the <script>alert <\/script> deploy pipeline,40,/.test(r)),
  );
  assert.ok(rows.includes('trend-rising,skill,R,20,,,,,,,,,2024,0.1,2025,1,0,0,'));
  assert.equal(rows.filter((r) => r.startsWith('qualifications,qualification,')).length, 2);
});

test('renderJson() writes the profile as is: schema keys first, version 2, trailing newline', () => {
  const profile = hostileProfile();
  const json = renderJson(profile);
  const parsed = JSON.parse(json);
  assert.deepEqual(Object.keys(parsed).slice(0, 4), ['schemaVersion', 'role', 'listings', 'headline']);
  assert.equal(parsed.schemaVersion, 2);
  assert.deepEqual(parsed, JSON.parse(JSON.stringify(profile)));
  assert.ok(json.endsWith('}\n'));
});

test('renderers give byte-identical output for the same profile built twice', () => {
  for (const render of [renderMarkdown, renderHtml, renderCsv, renderJson])
    assert.equal(render(hostileProfile()), render(hostileProfile()));
});
