// The @example of each clean-stage export, run as written in its doc comment.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countLineEdges } from './build-glue-lexicon.ts';
import { cleanListing } from './clean-listing.ts';
import type { CleanListing } from './clean-listing-type.ts';
import { createDeduper } from './dedupe.ts';
import { restoreLineBreaks } from './glued-text.ts';
import { htmlToText } from './html-to-text.ts';
import { computeSignature, estimateJaccard } from './minhash.ts';
import { repairMojibake } from './mojibake.ts';
import { normalizeText } from './normalize.ts';

test('normalizeText() example', () => {
  assert.equal(
    normalizeText('Caf\u0065\u0301\u00a0 bar \r\n\n\n\nnext\u200b line  '),
    'Café bar\n\nnext line',
  );
});

test('repairMojibake() example', () => {
  assert.equal(
    repairMojibake('Data Scientist â€“ ML ðŸš€ in SÃ£o Paulo'),
    'Data Scientist – ML 🚀 in São Paulo',
  );
  assert.equal(repairMojibake('São Paulo, Ångström, naïve'), 'São Paulo, Ångström, naïve');
});

test('htmlToText() example', () => {
  assert.equal(
    htmlToText('<h2>Duties</h2><ul><li>Triage &amp; assess</li><li>Audit</li></ul>'),
    'Duties\n- Triage & assess\n- Audit',
  );
  assert.equal(htmlToText('&lt;p&gt;One&lt;br&gt;Two&lt;/p&gt;'), 'One\nTwo');
});

test('restoreLineBreaks() example', () => {
  assert.equal(
    restoreLineBreaks('Job descriptionA leading real estate firm'),
    'Job description\nA leading real estate firm',
  );
  assert.equal(
    restoreLineBreaks('Who you are:You must know JavaScript and iOS.'),
    'Who you are:\nYou must know JavaScript and iOS.',
  );
});

test('cleanListing() example', () => {
  const listing = {
    key: 'x.csv#1',
    source: 'x.csv',
    recordKey: '1',
    locator: 'row 1',
    title: 'Nurse &amp; Carer',
    titles: ['Nurse &amp; Carer'],
    company: null,
    location: null,
    url: null,
    postedAt: null,
    description: '<p>Caring skillsAbility to lead</p>',
    format: 'html',
    remote: null,
    salary: null,
    meta: {},
  } as const;
  const clean = cleanListing({ ...listing, titles: [...listing.titles], meta: {} });
  assert.ok(
    'text' in clean && clean.text === 'Caring skills\nAbility to lead' && clean.title === 'Nurse & Carer',
  );
});

test('createDeduper() example', () => {
  const d = createDeduper();
  const a = {
    id: 'a',
    company: 'Acme',
    title: 'Nurse',
    titles: ['Nurse'],
    contentHash: 'h1',
    text: 'x',
  } as unknown as CleanListing;
  const v = d.check(a);
  assert.equal(v.kind, 'unique');
  if (v.kind === 'unique') d.add(a, v.signature);
  assert.deepEqual(d.check({ ...a, id: 'b' }), {
    kind: 'duplicate',
    canonicalId: 'a',
    exact: true,
    similarity: 1,
  });
});

test('computeSignature() example', () => {
  const a = computeSignature('We are hiring a senior nurse for our busy ward in Leeds');
  assert.equal(
    estimateJaccard(a, computeSignature('We are hiring a senior nurse for our busy ward in Leeds')),
    1,
  );
});

test('countLineEdges() example', () => {
  const s = countLineEdges(['Key skills\n- Ability to lead. We care']).get('ability');
  assert.deepEqual(s, { total: 1, ends: 0, cap: 1, capStarts: 1 });
});
