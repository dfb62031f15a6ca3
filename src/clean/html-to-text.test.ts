import assert from 'node:assert/strict';
import { test } from 'node:test';
import { htmlToText } from './html-to-text.ts';
import { findListing, readHn, readNhs } from './testing/shared-listings.ts';

test('htmlToText() unescapes the NHS description and keeps headings and list items as lines (NHS 916105336)', () => {
  const listing = findListing(readNhs(), 'nhs_jobs_jsonld.jsonl.gz', '916105336');
  assert.ok(listing.description.startsWith('&lt;'));
  const text = htmlToText(listing.description);
  assert.equal(text.split('\n')[0], 'Administrator - Notes Summariser');
  const from = text.indexOf('Desirable Skills');
  assert.equal(
    text.slice(from, text.indexOf('\nWorking hours')),
    [
      'Desirable Skills',
      '- Knowledge of medical terminology is advantageous',
      '- A background in Notes Summarising (clinical or non-clinical)',
      '- Previous experience of SystmOne or EMISWeb clinical systemsJ',
      // `Summari<strong>ser</strong>`: inline markup never splits a word.
      'Job title:Administrator – Notes Summariser',
    ].join('\n'),
  );
  assert.equal(/[<>]|&lt;|&amp;/.test(text), false);
});

test('htmlToText() turns an HN comment into lines and decodes its entities (HN 46467076, raw_2026-01-01)', () => {
  const listing = findListing(readHn(), 'raw_2026-01-01.json', '46467076');
  const lines = htmlToText(listing.description).split('\n');
  assert.deepEqual(lines.slice(0, 2), [
    'Hatchet | Founding Engineer | NYC or REMOTE (US and EU) | https://hatchet.run',
    "Hey HN! I'm Alexander, one of the founders of Hatchet. Hatchet is an open-source platform for running background jobs at scale.",
  ]);
  assert.equal(lines.at(-1), 'Or email me at alexander [at] hatchet [dot] run');
});

test('htmlToText() drops script, style and comments without running anything', () => {
  const html =
    '<p>Keep</p><script>globalThis.pwned = true; document.write("x")</script><style>p{color:red}</style><!-- note --><p>this</p>';
  assert.equal(htmlToText(html), 'Keep\nthis');
  assert.equal((globalThis as { pwned?: boolean }).pwned, undefined);
});

test('htmlToText() puts headings, list items, <br> and table rows on their own lines', () => {
  assert.equal(
    htmlToText('<h2>Duties</h2><ul><li>Triage &amp; assess</li><li></li><li>Audit<br>weekly</li></ul>'),
    'Duties\n- Triage & assess\n- Audit\nweekly',
  );
  assert.equal(
    htmlToText('<table><tr><td>Band</td><td>5</td></tr><tr><td>Hours</td><td>37.5</td></tr></table>'),
    'Band 5\nHours 37.5',
  );
});

test('htmlToText() keeps <pre> line breaks and folds other whitespace', () => {
  assert.equal(htmlToText('<p>a\n  b</p><pre>x\n  y</pre>'), 'a b\nx\ny');
});

test('htmlToText() unescapes HTML-escaped HTML but leaves escaped text in real HTML escaped once', () => {
  assert.equal(htmlToText('&lt;p&gt;One&lt;br&gt;Two&lt;/p&gt;'), 'One\nTwo');
  assert.equal(htmlToText('<p>Use &lt;p&gt; tags</p>'), 'Use <p> tags');
});
