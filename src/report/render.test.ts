import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildProfile } from '../profile/index.ts';
import { fixtureListing } from '../profile/testing.ts';
import { renderCsv, renderHtml, renderJson, renderMarkdown } from './index.ts';

// Hostile listing text: markup in a duty, in a skill's sentence and in the title-derived role label.
function hostileProfile() {
  const xss = 'Own the <script>alert("x")</script> deploy <img src=x onerror=alert(1)> pipeline';
  const listings = Array.from({ length: 4 }, (_, i) => ({
    ...fixtureListing(
      `x${i}`,
      ['2024-01-01', 'cto'],
      [{ duty: xss }, { skill: { uri: 'esco:go', label: 'Go', surface: 'Go', lead: '<b>Expertise in</b>' } }],
    ),
    company: `<i>Company ${i}</i>`,
  }));
  return buildProfile(listings, {
    skillGroups: () => ['knowledge', 'information and communication technologies (icts)', 'software'],
  });
}

test('renderHtml() renders a listing containing <script> inert', () => {
  const html = renderHtml(hostileProfile());
  assert.doesNotMatch(html, /<script/i);
  assert.doesNotMatch(html, /<img/i);
  assert.match(
    html,
    /Own the &lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; deploy &lt;img src=x onerror=alert\(1\)&gt; pipeline/,
  );
  assert.match(html, /<details><summary>Evidence \(3\)<\/summary>/);
  assert.doesNotMatch(html, /https?:\/\//);
});

test('renderMarkdown() follows the report shape and escapes listing markup', () => {
  const md = renderMarkdown(hostileProfile());
  const lines = md.split('\n');
  assert.equal(lines[0], '# Key skills and core responsibilities, from 4 real-world CTO listings (2024-01)');
  assert.ok(lines.includes('## Core skills'));
  assert.ok(lines.includes('### Software'));
  assert.ok(lines.includes('- Expertise in Go: 100% (4/4) [E1]'));
  assert.ok(lines.includes('## Unique responsibilities noted in listings'));
  assert.ok(lines.includes('## Trends'));
  assert.doesNotMatch(md, /(^|[^\\])<(script|\/script|img)/);
  assert.match(
    md,
    /Own the \\<script>alert\("x"\)\\<\/script> deploy \\<img src=x onerror=alert\(1\)> pipeline/,
  );
});

test('renderCsv() writes one row per item and quotes fields with commas and quotes', () => {
  const csv = renderCsv(hostileProfile());
  const rows = csv.trimEnd().split('\n');
  assert.equal(
    rows[0],
    'section,theme,text,count,n,share,ci_low,ci_high,lift,from_period,from_share,to_period,to_share,p,skills,listing_ids',
  );
  assert.equal(rows.length, 3);
  assert.equal(rows[1], 'skill,Software,Expertise in Go,4,4,1,0.5101,1,,,,,,,esco:go,x0 x1 x2');
  assert.match(rows[2] ?? '', /^responsibility,,"Own the <script>alert\(""x""\)<\/script> deploy/);
});

test('renderJson() puts the schema keys first and ends with a newline', () => {
  const json = renderJson(hostileProfile());
  assert.deepEqual(Object.keys(JSON.parse(json)).slice(0, 4), [
    'schemaVersion',
    'role',
    'listings',
    'headline',
  ]);
  assert.ok(json.endsWith('}\n'));
});

test('renderers give byte-identical output for the same profile built twice', () => {
  for (const render of [renderMarkdown, renderHtml, renderCsv, renderJson])
    assert.equal(render(hostileProfile()), render(hostileProfile()));
});
