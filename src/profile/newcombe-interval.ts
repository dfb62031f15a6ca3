/**
 * The 95% interval of a difference of two proportions by Newcombe's hybrid score method (his method 10), built from
 * the two Wilson intervals.
 * @module
 */
import { round4, wilsonInterval } from './stats.ts';

/**
 * The 95% Newcombe (Wilson score) interval of k1/n1 − k2/n2, rounded to 4 decimals. Unlike the Wald interval it stays
 * inside [−1, 1] and behaves at shares near 0 or 1 (Newcombe 1998, Statistics in Medicine 17:873–890, method 10).
 * @example
 * assert.deepEqual(newcombeInterval(56, 70, 48, 80), [0.0524, 0.3339]); // Newcombe 1998, table II
 */
export function newcombeInterval(k1: number, n1: number, k2: number, n2: number): [number, number] {
  if (n1 <= 0 || n2 <= 0) return [-1, 1];
  const [l1, u1] = wilsonInterval(k1, n1);
  const [l2, u2] = wilsonInterval(k2, n2);
  const p1 = k1 / n1;
  const p2 = k2 / n2;
  const d = p1 - p2;
  const low = d - Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2);
  const high = d + Math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2);
  return [round4(Math.max(-1, low)), round4(Math.min(1, high))];
}
