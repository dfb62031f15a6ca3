import assert from 'node:assert/strict';
import { test } from 'node:test';
import { repairMojibake } from './mojibake.ts';
import {
  findListing,
  readHn,
  readIndeed,
  readLinkedIn,
  readNhs,
  readOthers,
  readTechLeadership,
} from './testing/shared-listings.ts';

test('repairMojibake() fixes the Windows-1252 en dash in indeed-datascientist-2019 7742aa3cb26b8bee_fccid.html', () => {
  const listing = findListing(
    readIndeed(),
    'indeed-datascientist-2019/postings.csv',
    '7742aa3cb26b8bee_fccid.html',
  );
  assert.equal(listing.title, 'Data Scientist â€“ Machine Learning and Human Machine Teaming - Richland, WA');
  assert.equal(
    repairMojibake(listing.title ?? ''),
    'Data Scientist – Machine Learning and Human Machine Teaming - Richland, WA',
  );
});

test('repairMojibake() fixes Latin-1 mojibake with C1 controls in tech-leadership a2e0dfc7a4592436', () => {
  const listing = findListing(readTechLeadership(), 'tech-leadership/postings.jsonl', 'a2e0dfc7a4592436');
  assert.ok(listing.description.includes('You\u00e2\u0080\u0099ll be joining our engineering team'));
  const fixed = repairMojibake(listing.description);
  assert.ok(fixed.includes('You’ll be joining our engineering team'));
  assert.ok(fixed.includes('shaping Caddi’s future.'));
  assert.equal(/[\u0080-\u009f]|â/.test(fixed), false);
});

test('repairMojibake() leaves the Welsh `â’r` in NHS 916253275 alone', () => {
  const listing = findListing(readNhs(), 'nhs_jobs_jsonld.jsonl.gz', '916253275');
  assert.ok(listing.description.includes('ymuno â’r tîm yn Abertawe'));
  assert.equal(repairMojibake(listing.description), listing.description);
});

test('repairMojibake() changes exactly the three mojibake records among all 19,770 shared listings', () => {
  const all = [...readNhs(), ...readHn(), ...readLinkedIn(), ...readOthers()];
  assert.equal(all.length, 19770);
  const changed = all
    .filter(
      (l) =>
        repairMojibake(l.description) !== l.description || repairMojibake(l.title ?? '') !== (l.title ?? ''),
    )
    .map((l) => l.key);
  assert.deepEqual(changed, [
    'indeed-datascientist-2019/postings.csv#ba2d2f258d7ec7cc_fccid.html',
    'indeed-datascientist-2019/postings.csv#7742aa3cb26b8bee_fccid.html',
    'tech-leadership/postings.jsonl#a2e0dfc7a4592436',
  ]);
});

test('repairMojibake() undoes one and two layers of encoding, emoji included', () => {
  assert.equal(repairMojibake('â€”'), '—');
  assert.equal(repairMojibake('ðŸš€ Launch'), '🚀 Launch');
  assert.equal(repairMojibake('CafÃ© in SÃ£o Paulo'), 'Café in São Paulo');
  assert.equal(repairMojibake('Ã¢â‚¬â„¢'), '’'); // ’ encoded twice
  assert.equal(repairMojibake('ÃƒÂ©'), 'é'); // é encoded twice
  assert.equal(repairMojibake('Ð¿Ñ€Ð¸Ð²ÐµÑ‚'), 'привет');
  assert.equal(repairMojibake('price:Â\u00a0£5'), 'price:\u00a0£5');
});

test('repairMojibake() leaves correct text alone', () => {
  for (const s of [
    'São Paulo',
    'Ångström',
    'naïve café',
    'Zürich',
    '€ 50 000',
    '“quoted” and ‘single’',
    '“É”', // would decode to the IPA letter ɔ, which is not plausible
    'STRAßE–',
    'Ã  la', // `Ã` + space is not a UTF-8 sequence
    'façade, Øresund, Ñandú, Þór',
  ]) {
    assert.equal(repairMojibake(s), s);
  }
});
