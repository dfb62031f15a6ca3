import assert from 'node:assert/strict';
import { test } from 'node:test';
import { twoProportionP } from './stats.ts';
import { fixtureListing } from './testing.ts';
import { computeTrends, periodOf, type Trackable } from './trends.ts';

test('periodOf() labels years and quarters', () => {
  assert.equal(periodOf('2024-05-02', 'quarter'), '2024-Q2');
  assert.equal(periodOf('2024-12', 'quarter'), '2024-Q4');
  assert.equal(periodOf('2019-01-31', 'year'), '2019');
});

// 20 listings in 2020-Q3, 30 in 2020-Q4, one stray in 2026-Q3; the item is in 2 of the first and 20 of the second.
function listings(source = (_i: number) => 'nhs/jobs.jsonl') {
  return Array.from({ length: 51 }, (_, i) => {
    const date = i < 20 ? '2020-08-01' : i < 50 ? '2020-11-01' : '2026-07-01';
    return fixtureListing(`l${String(i).padStart(2, '0')}`, [date, 'nurse', source(i)], []);
  });
}
const item = { text: 'Speak Welsh', listings: [0, 1, ...Array.from({ length: 20 }, (_, i) => 20 + i)] };

test('computeTrends() compares the two latest periods with enough listings, ignoring a stray later one', () => {
  const t = computeTrends(listings(), [item], { by: 'quarter' });
  assert.deepEqual(t?.compared, {
    from: { period: '2020-Q3', count: 20 },
    to: { period: '2020-Q4', count: 30 },
  });
  assert.deepEqual(
    t?.rising.map((r) => [r.text, r.from.count, r.to.count, r.p]),
    [['Speak Welsh', 2, 20, 0.000077]],
  );
  assert.equal(t?.note, null);
});

test('computeTrends() warns when the two periods come from different sources', () => {
  const t = computeTrends(
    listings((i) => (i < 20 ? 'old-board/a.csv' : 'new-board/b.csv')),
    [item],
    { by: 'quarter' },
  );
  assert.match(
    t?.note ?? '',
    /^The two periods come mostly from different sources \(old-board against new-board\)/,
  );
});

test('computeTrends() compares two explicit ranges and returns null when a side is too small', () => {
  const t = computeTrends(listings(), [item], {
    ranges: [
      { from: '2020-07', to: '2020-09' },
      { from: '2020-10', to: '2020-12' },
    ],
  });
  assert.equal(t?.by, 'range');
  assert.equal(t?.rising[0]?.to.count, 20);
  assert.equal(computeTrends(listings().slice(0, 25), [item], { by: 'quarter' }), null);
});

// n0 listings dated 2023, then n1 dated 2024, compared by year.
function twoYears(n0: number, n1: number) {
  return Array.from({ length: n0 + n1 }, (_, i) =>
    fixtureListing(`y${String(i).padStart(3, '0')}`, [i < n0 ? '2023-06-01' : '2024-06-01', 'nurse'], []),
  );
}
// An item said by the first k0 listings of 2023 and the first k1 of 2024.
function track(text: string, k0: number, k1: number, n0: number): Trackable {
  return {
    text,
    listings: [...Array.from({ length: k0 }, (_, i) => i), ...Array.from({ length: k1 }, (_, i) => n0 + i)],
  };
}
const texts = (ts: { text: string }[] | undefined) => ts?.map((t) => t.text);

test('computeTrends() does not test 5% against 18% on a handful of listings', () => {
  const js = track('JavaScript', 1, 4, 20);
  const t = computeTrends(twoYears(20, 22), [js], { by: 'year' });
  assert.deepEqual(t?.rising, []);
  // Only the minimums keep it out: relaxed, the same item is there at 5% and 18%.
  const loose = computeTrends(twoYears(20, 22), [js], { by: 'year', minCount: 1, minExpected: 0, alpha: 1 });
  assert.deepEqual(
    loose?.rising.map((r) => [r.text, r.from.share, r.to.share, r.p, r.q]),
    [['JavaScript', 0.05, 0.1818, 0.187682, 0.187682]],
  );
});

test('computeTrends() does not test an item nearly every listing names on one side', () => {
  // 96% against 100% passes an uncorrected z-test, but only 2 listings per side are expected to lack it.
  assert.ok(twoProportionP(96, 100, 100, 100) < 0.05);
  const t = computeTrends(twoYears(100, 100), [track('Patient care', 96, 100, 100)], { by: 'year' });
  assert.deepEqual(t?.rising, []);
});

test('computeTrends() keeps strong changes and drops 5% to 18% once forty unchanged items are tested too', () => {
  const items = [
    track('JavaScript', 5, 18, 100),
    track('Kubernetes', 10, 60, 100),
    track('Cobol', 40, 15, 100),
    ...Array.from({ length: 40 }, (_, i) => track(`Unchanged ${i}`, 20, 24, 100)),
  ];
  // Uncorrected, JavaScript would pass: p = 0.003959.
  assert.equal(twoProportionP(5, 100, 18, 100), 0.003959);
  const t = computeTrends(twoYears(100, 100), items, { by: 'year' });
  assert.deepEqual(
    t?.rising.map((r) => [r.text, r.p, r.q]),
    [['Kubernetes', 0, 0]],
  );
  // m = 43 tested: Cobol ranks 2nd, q = 0.000075 · 43 / 2.
  assert.deepEqual(
    t?.falling.map((r) => [r.text, r.from.count, r.to.count, r.p, r.q]),
    [['Cobol', 40, 15, 0.000075, 0.001613]],
  );
  // JavaScript ranks 3rd: q = 0.003959 · 43 / 3 = 0.056746, above 0.05.
  const all = computeTrends(twoYears(100, 100), items, { by: 'year', alpha: 1, limit: 100 });
  const jsq = all?.rising.find((r) => r.text === 'JavaScript')?.q;
  assert.equal(jsq, 0.056746);
});

test('computeTrends() leaves untested items out of the Benjamini–Hochberg family', () => {
  const items = [
    track('Kubernetes', 10, 60, 100),
    track('Terraform', 10, 25, 100),
    // Each in 3 listings at most: below minCount, so not tested.
    ...Array.from({ length: 20 }, (_, i) => track(`Rare ${i}`, 0, 3, 100)),
  ];
  const t = computeTrends(twoYears(100, 100), items, { by: 'year' });
  // m = 2: Terraform's q = 0.005247 · 2 / 2, as if the rare items were not there.
  assert.deepEqual(
    t?.rising.map((r) => [r.text, r.p, r.q]),
    [
      ['Kubernetes', 0, 0],
      ['Terraform', 0.005247, 0.005247],
    ],
  );
  // Tested, the rare items (p = 0.080952 each) would make m = 22 and push Terraform to q = 0.057717.
  const loose = computeTrends(twoYears(100, 100), items, { by: 'year', minCount: 0, minExpected: 0 });
  assert.deepEqual(texts(loose?.rising), ['Kubernetes']);
});

test('computeTrends() gives q >= p, monotone in p, and orders by q, then change, then text', () => {
  const items = [
    track('Terraform', 10, 60, 100),
    track('Ansible', 10, 60, 100),
    track('Kubernetes', 10, 80, 100),
    track('Cobol', 40, 15, 100),
    track('JavaScript', 5, 18, 100),
    ...Array.from({ length: 12 }, (_, i) => track(`Drift ${i}`, 20, 20 + i, 100)),
  ];
  const t = computeTrends(twoYears(100, 100), items, { by: 'year', alpha: 1, limit: 100 });
  const all = [...(t?.rising ?? []), ...(t?.falling ?? [])];
  // Every item but Drift 0 (no change: p = q = 1, not below alpha = 1) comes back.
  assert.equal(all.length, 16);
  for (const a of all) {
    assert.ok(a.q >= a.p && a.q <= 1, `${a.text}: q ${a.q} < p ${a.p}`);
    for (const b of all) if (a.p < b.p) assert.ok(a.q <= b.q, `${a.text} vs ${b.text}`);
  }
  // All three have p = q = 0; the larger change comes first, then the text breaks the tie.
  assert.deepEqual(texts(t?.rising.slice(0, 3)), ['Kubernetes', 'Ansible', 'Terraform']);
});

test('computeTrends() does not compare a thin tail of old listings with a snapshot ten times its size', () => {
  // 25 listings of 2019 left on a board that posted 300 in 2020: enough on each side, too few to stand for 2019.
  const all = Array.from({ length: 325 }, (_, i) =>
    fixtureListing(`s${String(i).padStart(3, '0')}`, [i < 25 ? '2019-11-01' : '2020-08-01', 'nurse'], []),
  );
  const said = { text: 'Plan care', listings: Array.from({ length: 68 }, (_, i) => (i < 18 ? i : 25 + i)) };
  assert.equal(computeTrends(all, [said]), null);
  assert.equal(computeTrends(all, [said], { minBalance: 0.05 })?.falling[0]?.text, 'Plan care');
});
