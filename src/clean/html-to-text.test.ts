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

// The quirks below are node-html-parser's (the parser htmlToText read listings with before its scanner): kept so
// that every listing reads exactly as before.

test('htmlToText() closes tags the parser closes: a list item by the next one or by </ul>, a paragraph by <div>', () => {
  assert.equal(htmlToText('<ul><li>Hire<li>Mentor</ul><p>Plan'), '- Hire\n- Mentor\nPlan');
  assert.equal(htmlToText('<p>a<div>b</div>'), 'a\nb');
  assert.equal(htmlToText('<div><p>a</div>b'), 'a\nb');
  assert.equal(htmlToText('<b><p>a</b>b'), 'a\nb');
});

test('htmlToText() dissolves elements still open at the end of the input into their parent, unless top-level', () => {
  assert.equal(htmlToText('<div><ul><li>Hire<li>Mentor'), '- Hire\nMentor');
  // The second <li> sits inside <b>, so </ul> leaves the first one open.
  assert.equal(htmlToText('<ul><li>A<b>B<li>C</ul>'), 'AB\n- C');
  assert.equal(htmlToText('<p>Keep<svg>shown'), 'Keepshown');
  assert.equal(htmlToText('<svg>hidden'), '');
  assert.equal(htmlToText('<div><pre>a\n b'), 'a b');
  assert.equal(htmlToText('<pre>a\n b'), 'a\nb');
  // Void tags are known in lower or upper case only: <Br> holds what follows it.
  assert.equal(htmlToText('<p>One<Br>Two</p>Three'), 'OneTwoThree');
  assert.equal(htmlToText('<p>One<br/>Two<BR>Three'), 'One\nTwo\nThree');
});

test('htmlToText() ignores stray end tags', () => {
  assert.equal(htmlToText('a</b>b</div>c</br>d'), 'abcd');
});

test('htmlToText() hides everything after a script with no end tag written as its start tag', () => {
  assert.equal(htmlToText('<p>a</p><script>x<p>b</p>'), 'a');
  assert.equal(htmlToText('<p>a</p><SCRIPT>x</script><p>b</p>'), 'a');
  assert.equal(htmlToText('<p>a</p><script/>x</script><p>b</p>'), 'a\nb');
});

test('htmlToText() reads a ">" in a quoted attribute value as part of the tag when the quote ends the value', () => {
  assert.equal(htmlToText('<a title="x>y">t</a>'), 't');
  assert.equal(htmlToText(`<a title='x>y' href="/z>">t</a>`), 't');
  // No space, `>` or `/>` after the closing quote: the tag ends at the first `>`.
  assert.equal(htmlToText('<a title="x>y"z>t</a>'), 'y"z>t');
});

test('htmlToText() keeps as text a "<" that starts no tag, and a CDATA section', () => {
  assert.equal(htmlToText('a < b, <3 and <!DOCTYPE html> <?xml?>'), 'a < b, <3 and <!DOCTYPE html> <?xml?>');
  assert.equal(htmlToText('x <b'), 'x <b');
  assert.equal(htmlToText('x </ p> y'), 'x </ p> y');
  assert.equal(htmlToText('<![CDATA[<p>x</p>]]>'), '<![CDATA[<p>x</p>]]>');
  // A tag with no `>` runs to the end of the input.
  assert.equal(htmlToText('x <a href="y'), 'x');
  // NBSP both ends a tag name and is a name character; a name followed by anything else is text.
  assert.equal(htmlToText('<p\u00a0class="x">a</p>b'), 'a\nb');
});

test('htmlToText() reads pathological markup in one pass (issue 12)', () => {
  // 200,000 unterminated comments are text (the parser's pattern took a minute over them).
  assert.equal(htmlToText(`a${'<!--'.repeat(200_000)}b`), `a${'<!--'.repeat(200_000)}b`);
  assert.equal(htmlToText(`<p>x</p><a title="${'y'.repeat(1_000_000)}">t</a>`), 'x\nt');
  assert.equal(
    htmlToText(`<p>x</p><a title="${'x>'.repeat(500_000)}`),
    `x\n${'x>'.repeat(500_000).slice(2)}`,
  );
  assert.equal(htmlToText(`<p>x</p><a ${`"'`.repeat(500_000)}>t`), 'x\nt');
  assert.equal(htmlToText(`<p>x${'<div>'.repeat(4_999)}deep`), 'x\ndeep');
  assert.equal(htmlToText(`<p>x${'<svg>'.repeat(4_999)}deep`), 'xdeep');
  assert.equal(htmlToText('<'.repeat(1_000_000)), '<'.repeat(1_000_000));
  assert.equal(htmlToText(`<p>Lead ${'<div>'.repeat(200_000)} the team`), 'Lead\nthe team');
});
