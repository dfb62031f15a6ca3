/**
 * A fixed tuning / held-out split of benchmark sentences that keeps near-duplicates together,
 * so a sentence and its reworded copy ("* • Advanced knowledge of …", "• Strong knowledge of …") never straddle it.
 * @module
 */
import { createHash } from 'node:crypto';
import type { GoldSentence } from './skills-eval.ts';

/** Which half a sentence falls in. */
export type SplitHalf = 'tune' | 'held-out';

function termSet(sentence: string): Set<string> {
  return new Set(
    sentence
      .toLowerCase()
      .replace(/<organization>/g, ' ')
      .match(/[\p{L}\p{N}]+/gu) ?? [],
  );
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const t of a) if (b.has(t)) inter++;
  const union = a.size + b.size - inter;
  return union === 0 ? 1 : inter / union;
}

/**
 * Assigns each sentence to a half: near-duplicates (word Jaccard ≥ 0.5) are grouped, and each group goes by the
 * SHA-256 of its alphabetically first member (even first byte → tune). Deterministic and independent of file order.
 * @example
 * const half = splitSentences([{ sentence: 'Strong knowledge of SQL', gold: [] }, { sentence: 'Advanced knowledge of SQL', gold: [] }]);
 * assert.equal(half.get('Strong knowledge of SQL'), half.get('Advanced knowledge of SQL')); // near-duplicates stay together
 */
export function splitSentences(sentences: GoldSentence[]): Map<string, SplitHalf> {
  const texts = [...new Set(sentences.map((s) => s.sentence))].sort();
  const sets = texts.map(termSet);
  const parent = texts.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    return r;
  };
  for (let i = 0; i < texts.length; i++)
    for (let j = i + 1; j < texts.length; j++) {
      if (jaccard(sets[i] as Set<string>, sets[j] as Set<string>) >= 0.5) {
        const a = find(i);
        const b = find(j);
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  const out = new Map<string, SplitHalf>();
  texts.forEach((t, i) => {
    const root = texts[find(i)] as string;
    const byte = createHash('sha256').update(root).digest()[0] as number;
    out.set(t, byte % 2 === 0 ? 'tune' : 'held-out');
  });
  return out;
}
