import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { SkillMention } from '../../analyzed-listing.ts';
import { listingSkillRanker, loadRanker } from './index.ts';

// Listing 59dfa6bc19b290a3 of ../shared/data/listings/tech-leadership/postings.jsonl.
const listing = readFileSync('../shared/data/listings/tech-leadership/postings.jsonl', 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as { id: string; description: string })
  .find((l) => l.id === '59dfa6bc19b290a3');
const text = listing?.description ?? '';

test('listingSkillRanker() adds sentence-backed skills whose spans quote the listing', () => {
  assert.notEqual(text, '');
  const out = listingSkillRanker(loadRanker())(text, []);
  assert.ok(out.length > 0);
  for (const m of out) {
    assert.ok(m.score >= 0.5);
    for (const span of m.spans) assert.equal(text.slice(span.start, span.end), span.text);
  }
  for (let i = 1; i < out.length; i++) assert.ok((out[i - 1]?.score ?? 0) >= (out[i]?.score ?? 0));
});

test('listingSkillRanker() keeps a literal mention and its spans, raising its score when the ranker is surer', () => {
  const at = text.indexOf('NoSQL');
  const literal: SkillMention = {
    uri: 'http://data.europa.eu/esco/skill/76ef6ed3-1658-4a1a-9593-204d799c6d0c',
    label: 'NoSQL',
    type: 'knowledge',
    score: 0.1,
    need: null,
    spans: [{ start: at, end: at + 5, text: 'NoSQL' }],
  };
  const out = listingSkillRanker(loadRanker())(text, [literal]);
  const kept = out.find((m) => m.uri === literal.uri);
  assert.deepEqual(kept?.spans, literal.spans);
  assert.ok((kept?.score ?? 0) > 0.5);
  assert.equal(out.filter((m) => m.uri === literal.uri).length, 1);
});

test('listingSkillRanker() adds nothing from sentences in a benefits section', () => {
  const out = listingSkillRanker(loadRanker())(
    text,
    [],
    [{ kind: 'benefits', start: 0, end: text.length, heading: null, by: 'content' }],
  );
  assert.deepEqual(out, []);
});
