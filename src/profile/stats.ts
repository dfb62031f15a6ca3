/**
 * The statistics every profile number uses: Wilson intervals, the two-proportion z-test and the Benjamini–Hochberg
 * correction for testing many items at once.
 * @module
 */

/**
 * The 95% Wilson score interval of k successes in n trials, rounded to 4 decimals.
 * @example
 * assert.deepEqual(wilsonInterval(0, 10), [0, 0.2775]);
 */
export function wilsonInterval(k: number, n: number, z = 1.959964): [number, number] {
  if (n <= 0) return [0, 0];
  const p = k / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return [round4(Math.max(0, center - half)), round4(Math.min(1, center + half))];
}

/**
 * Two-sided p-value of the pooled two-proportion z-test (k1/n1 against k2/n2), rounded to 6 decimals.
 * @example
 * assert.equal(twoProportionP(5, 10, 5, 10), 1);
 */
export function twoProportionP(k1: number, n1: number, k2: number, n2: number): number {
  if (n1 === 0 || n2 === 0) return 1;
  const pooled = (k1 + k2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (se === 0) return 1;
  const z = Math.abs(k1 / n1 - k2 / n2) / se;
  return Math.round(2 * (1 - normalCdf(z)) * 1e6) / 1e6;
}

/**
 * Benjamini–Hochberg adjusted p-values (q-values), in the order given: q(i) = min over ranks j ≥ rank(i) of
 * p(j)·m/j, capped at 1, rounded to 6 decimals like twoProportionP and never below the p it adjusts. Keeping the
 * items with q < alpha holds the expected share of false discoveries among them at alpha.
 * @example
 * assert.deepEqual(benjaminiHochberg([0.04, 0.01, 0.03]), [0.04, 0.03, 0.04]);
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const q = new Array<number>(m);
  let running = 1;
  // Step up from the largest p so q is monotone in p (and tied p-values share one q).
  for (let r = m - 1; r >= 0; r--) {
    const { p, i } = order[r] as { p: number; i: number };
    running = Math.min(running, (p * m) / (r + 1));
    // p·m/j is often an exact decimal half (0.000075 · 43 / 2 = 0.0016125) that floats store a hair low; trimming to
    // 12 significant digits first rounds it up, as by hand.
    q[i] = Math.max(p, Math.round(Number((running * 1e6).toPrecision(12))) / 1e6);
  }
  return q;
}

/** Rounds to 4 decimals so JSON output does not carry float noise. */
export function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

// Abramowitz–Stegun 7.1.26 erf approximation: |error| < 1.5e-7, plenty for reporting p-values.
function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const y =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
      t *
      Math.exp(-x * x);
  return z >= 0 ? (1 + y) / 2 : (1 - y) / 2;
}

/** Seeded uniform generator, re-exported for the profile's bootstrap. */
export { seededRandom } from '../seeded-random.ts';

/**
 * A share as a whole percentage, as reports and headlines write it; a share above 0 that rounds to 0 is "<1%" (a
 * member said by 3 of 4,208 listings is not said by none).
 * @example
 * assert.equal(percent(0.7075), '71%');
 * assert.equal(percent(0.0007), '<1%');
 * assert.equal(percent(0), '0%');
 */
export function percent(share: number): string {
  return share > 0 && share < 0.005 ? '<1%' : `${Math.round(share * 100)}%`;
}

/**
 * A p-value as written in reports: "p < 0.001" or "p = 0.012".
 * @example
 * assert.equal(formatP(0.00001), 'p < 0.001');
 */
export function formatP(p: number): string {
  return p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`;
}

/**
 * A Benjamini–Hochberg q-value as written in reports and headlines: "q < 0.001" or "q = 0.004".
 * @example
 * assert.equal(formatQ(0.0042), 'q = 0.004');
 * assert.equal(formatQ(0.00004), 'q < 0.001');
 */
export function formatQ(q: number): string {
  return q < 0.001 ? 'q < 0.001' : `q = ${q.toFixed(3)}`;
}
