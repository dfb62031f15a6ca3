/**
 * L2-regularized logistic regression by Newton's method, for learning how to weigh a few ranking signals.
 * @module
 */

/** Fitted weights (one per feature) and intercept. */
export interface LogisticFit {
  weights: number[];
  bias: number;
}

/** Solves the small symmetric positive-definite system a·x = b (Gaussian elimination with partial pivoting). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]?.[c] ?? 0) > Math.abs(m[p]?.[c] ?? 0)) p = r;
    [m[c], m[p]] = [m[p] as number[], m[c] as number[]];
    const pivot = m[c]?.[c] ?? 0;
    if (Math.abs(pivot) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = (m[r]?.[c] ?? 0) / pivot;
      for (let k = c; k <= n; k++) (m[r] as number[])[k] = (m[r]?.[k] ?? 0) - f * (m[c]?.[k] ?? 0);
    }
  }
  return m.map((row, i) => (row[n] ?? 0) / (row[i] || 1));
}

/**
 * Fits p(y=1|x) = σ(w·x + b) minimizing log-loss + (l2/2)·|w|² (the intercept is not penalized).
 * @example
 * const fit = fitLogistic([[0], [1], [2], [3]], [false, false, true, true], 0.01);
 * assert.ok(fit.weights[0] > 0);
 */
export function fitLogistic(x: number[][], y: boolean[], l2: number): LogisticFit {
  const d = x[0]?.length ?? 0;
  let w = new Array<number>(d + 1).fill(0); // last entry is the bias
  for (let iter = 0; iter < 50; iter++) {
    const grad = new Array<number>(d + 1).fill(0);
    const hess = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    x.forEach((row, i) => {
      let z = w[d] as number;
      for (let j = 0; j < d; j++) z += (w[j] as number) * (row[j] as number);
      const p = 1 / (1 + Math.exp(-z));
      const g = p - (y[i] ? 1 : 0);
      const h = Math.max(p * (1 - p), 1e-9);
      for (let j = 0; j <= d; j++) {
        const xj = j === d ? 1 : (row[j] as number);
        grad[j] = (grad[j] as number) + g * xj;
        for (let k = 0; k <= j; k++) {
          const xk = k === d ? 1 : (row[k] as number);
          (hess[j] as number[])[k] = ((hess[j] as number[])[k] as number) + h * xj * xk;
        }
      }
    });
    for (let j = 0; j <= d; j++) {
      for (let k = 0; k < j; k++) (hess[k] as number[])[j] = (hess[j] as number[])[k] as number;
      if (j < d) {
        grad[j] = (grad[j] as number) + l2 * (w[j] as number);
        (hess[j] as number[])[j] = ((hess[j] as number[])[j] as number) + l2;
      }
    }
    const step = solve(hess, grad);
    w = w.map((v, j) => v - (step[j] as number));
    if (step.reduce((s, v) => s + Math.abs(v), 0) < 1e-8) break;
  }
  return { weights: w.slice(0, d), bias: w[d] as number };
}
