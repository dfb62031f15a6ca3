import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cleanListing } from './clean-listing.ts';
import {
  computeSignature,
  computeSignatureInJs,
  estimateJaccard,
  SIGNATURE_LENGTH,
  shingleHashes,
} from './minhash.ts';
import { MINHASH_WASM } from './minhash-wasm.ts';
import { findListing, readHn } from './testing/shared-listings.ts';

test('shingleHashes() makes one hash per distinct 5-word shingle, ignoring case and punctuation', () => {
  assert.equal(shingleHashes('a b c d e f').length, 2);
  assert.equal(shingleHashes('a b c d e a b c d e').length, 5);
  assert.deepEqual(shingleHashes('A b. c, d e'), shingleHashes('a b c d e'));
  assert.equal(shingleHashes('too short').length, 1);
});

test('computeSignature() is stable across runs and versions (stored signatures depend on it)', () => {
  const sig = computeSignature('We are hiring a senior nurse for our busy ward in Leeds');
  assert.equal(sig.length, SIGNATURE_LENGTH);
  assert.deepEqual(Array.from(sig.slice(0, 4)), [1093468100, 336772483, 40795975, 1298463808]);
});

test('computeSignature() gives the same values with and without WebAssembly SIMD', () => {
  const texts = [
    'We are hiring a senior nurse for our busy ward in Leeds',
    'short',
    'Ünïcödé wörds, 日本語 and a long run of words: '.repeat(3000), // more shingles than the first memory page holds
  ];
  for (const text of texts) assert.deepEqual(computeSignature(text), computeSignatureInJs(text));
});

test('estimateJaccard() is within 0.05 of the exact Jaccard for the Better Stack repost (HN 46499824 / 47222977)', () => {
  const hn = readHn();
  const texts = [
    findListing(hn, 'raw_2026-01-01.json', '46499824'),
    findListing(hn, 'raw_2026-03-15.json', '47222977'),
  ].map((l) => {
    const c = cleanListing(l);
    assert.ok('text' in c);
    return c.text;
  });
  const [a, b] = texts.map((t) => new Set(shingleHashes(t))) as [Set<number>, Set<number>];
  const inter = [...a].filter((x) => b.has(x)).length;
  const exact = inter / (a.size + b.size - inter);
  const estimate = estimateJaccard(computeSignature(texts[0] ?? ''), computeSignature(texts[1] ?? ''));
  assert.ok(Math.abs(estimate - exact) < 0.05, `estimate ${estimate}, exact ${exact}`);
});

test('estimateJaccard() is the share of equal positions', () => {
  assert.equal(estimateJaccard(Uint32Array.of(1, 2, 3, 4), Uint32Array.of(1, 2, 0, 0)), 0.5);
  assert.equal(estimateJaccard([], []), 0);
});

test('the committed MinHash kernel is the one minhash.wat assembles to', async () => {
  const { assembleWat } = await import('../../scripts/build-wasm.ts');
  const wat = fileURLToPath(new URL('./minhash.wat', import.meta.url));
  assert.equal(await assembleWat(wat), MINHASH_WASM);
});
