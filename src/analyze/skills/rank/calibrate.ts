/**
 * Score calibration: isotonic regression (pool-adjacent-violators) from raw scores to probabilities,
 * and a reliability table to check it on held-out data.
 * @module
 */

/** An isotonic map: ascending breakpoints x with non-decreasing probabilities y. */
export interface Calibration {
  x: number[];
  y: number[];
}

/**
 * Fits an isotonic (non-decreasing) map from scores to the rate of positive outcomes.
 * @example
 * const c = fitIsotonic([0.1, 0.2, 0.8, 0.9], [false, false, true, true]);
 * assert.equal(applyCalibration(c, 0.95), 1);
 */
export function fitIsotonic(scores: number[], outcomes: boolean[]): Calibration {
  const order = scores
    .map((_, i) => i)
    .sort((a, b) => (scores[a] as number) - (scores[b] as number) || a - b);
  // Blocks of [sum of outcomes, count, mean score].
  const sum: number[] = [];
  const cnt: number[] = [];
  const xs: number[] = [];
  for (const i of order) {
    sum.push(outcomes[i] ? 1 : 0);
    cnt.push(1);
    xs.push(scores[i] as number);
    while (sum.length > 1) {
      const a = sum.length - 2;
      const b = sum.length - 1;
      if ((sum[a] as number) / (cnt[a] as number) < (sum[b] as number) / (cnt[b] as number)) break;
      const c = (cnt[a] as number) + (cnt[b] as number);
      xs[a] = ((xs[a] as number) * (cnt[a] as number) + (xs[b] as number) * (cnt[b] as number)) / c;
      sum[a] = (sum[a] as number) + (sum[b] as number);
      cnt[a] = c;
      sum.pop();
      cnt.pop();
      xs.pop();
    }
  }
  return { x: xs.map((v) => round(v)), y: sum.map((s, i) => round(s / (cnt[i] as number))) };
}

/**
 * Fits Platt scaling p = 1/(1+exp(−(a·s+b))) by Newton steps, tabulated as a calibration map over the score range.
 * Fewer degrees of freedom than isotonic, so it overfits less when the fitting set is small.
 * @example
 * const c = fitPlatt([0, 0, 1, 1], [false, true, true, true]);
 * assert.ok(applyCalibration(c, 1) > applyCalibration(c, 0));
 */
export function fitPlatt(scores: number[], outcomes: boolean[], points = 64): Calibration {
  const pos = outcomes.filter(Boolean).length;
  const neg = outcomes.length - pos;
  // Platt's smoothed targets keep the fit finite when classes separate.
  const hi = (pos + 1) / (pos + 2);
  const lo = 1 / (neg + 2);
  let a = 1;
  let b = 0;
  for (let iter = 0; iter < 100; iter++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-9;
    let hab = 0;
    let hbb = 1e-9;
    scores.forEach((s, i) => {
      const p = 1 / (1 + Math.exp(-(a * s + b)));
      const t = outcomes[i] ? hi : lo;
      const w = p * (1 - p);
      ga += (p - t) * s;
      gb += p - t;
      haa += w * s * s;
      hab += w * s;
      hbb += w;
    });
    const det = haa * hbb - hab * hab;
    if (Math.abs(det) < 1e-12) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-9) break;
  }
  const min = Math.min(...scores);
  const max = Math.max(...scores);
  const x: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < points; i++) {
    const s = min + ((max - min) * i) / (points - 1);
    x.push(round(s));
    y.push(round(1 / (1 + Math.exp(-(a * s + b)))));
  }
  return { x, y };
}

function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

/**
 * Maps a raw score to a probability by linear interpolation between isotonic breakpoints (clamped at the ends).
 * @example
 * assert.equal(applyCalibration({ x: [0, 1], y: [0.2, 0.6] }, 0.5), 0.4);
 */
export function applyCalibration(c: Calibration, score: number): number {
  const { x, y } = c;
  if (x.length === 0) return score;
  if (score <= (x[0] as number)) return y[0] as number;
  const last = x.length - 1;
  if (score >= (x[last] as number)) return y[last] as number;
  let lo = 0;
  let hi = last;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((x[mid] as number) <= score) lo = mid;
    else hi = mid;
  }
  const x0 = x[lo] as number;
  const x1 = x[hi] as number;
  const t = x1 > x0 ? (score - x0) / (x1 - x0) : 0;
  return round((y[lo] as number) + t * ((y[hi] as number) - (y[lo] as number)));
}

/** One bin of a reliability table. */
export interface ReliabilityBin {
  from: number;
  to: number;
  count: number;
  meanPredicted: number;
  observed: number;
}

/**
 * Bins predicted probabilities and reports the observed rate of positives per bin.
 * @example
 * const bins = reliabilityTable([0.05, 0.95], [false, true], 2);
 * assert.equal(bins[1].observed, 1);
 */
export function reliabilityTable(predicted: number[], outcomes: boolean[], bins = 10): ReliabilityBin[] {
  const out: ReliabilityBin[] = [];
  for (let b = 0; b < bins; b++) {
    const from = b / bins;
    const to = (b + 1) / bins;
    let count = 0;
    let sumP = 0;
    let pos = 0;
    predicted.forEach((p, i) => {
      if ((p >= from && p < to) || (b === bins - 1 && p === 1)) {
        count++;
        sumP += p;
        if (outcomes[i]) pos++;
      }
    });
    out.push({ from, to, count, meanPredicted: count ? sumP / count : 0, observed: count ? pos / count : 0 });
  }
  return out;
}

/**
 * Formats a reliability table with the expected calibration error (count-weighted |predicted − observed|).
 * @example
 * assert.match(formatReliability(reliabilityTable([0.1, 0.9], [false, true])), /^ECE 0\.100 over 2 predictions$/m);
 */
export function formatReliability(bins: ReliabilityBin[]): string {
  const total = bins.reduce((s, b) => s + b.count, 0);
  const ece = bins.reduce(
    (s, b) => s + (b.count / Math.max(1, total)) * Math.abs(b.meanPredicted - b.observed),
    0,
  );
  const lines = ['score bin    n     mean score  observed precision'];
  for (const b of bins) {
    if (b.count === 0) continue;
    lines.push(
      `${b.from.toFixed(1)}–${b.to.toFixed(1)}  ${String(b.count).padStart(5)}  ${b.meanPredicted.toFixed(3).padStart(10)}  ${b.observed.toFixed(3).padStart(18)}`,
    );
  }
  lines.push(`ECE ${ece.toFixed(3)} over ${total} predictions`);
  return lines.join('\n');
}
