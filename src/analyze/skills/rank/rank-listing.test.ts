import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { SkillMention } from '../../analyzed-listing.ts';
import { loadRanker, rankDocument, rankListingSkills, rankSentences } from './index.ts';

// Listing 59dfa6bc19b290a3 of ../shared/data/listings/tech-leadership/postings.jsonl.
const listing = readFileSync('../shared/data/listings/tech-leadership/postings.jsonl', 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as { id: string; description: string })
  .find((l) => l.id === '59dfa6bc19b290a3');
const text = listing?.description ?? '';

test('rankSentences() ranks k skills for every sentence, each quoting the listing', () => {
  assert.notEqual(text, '');
  const sentences = rankSentences(loadRanker(), text, { k: 4 });
  assert.ok(sentences.length > 5);
  for (const s of sentences) {
    assert.equal(text.slice(s.start, s.end), s.text);
    assert.equal(s.skills.length, 4);
    assert.deepEqual(
      s.skills.map((r) => r.label),
      loadRanker()
        .rank(s.text, 4)
        .map((r) => r.label),
    );
  }
});

test('rankSentences() skips sentences in a benefits section and those under minWords', () => {
  const benefits = [
    { kind: 'benefits' as const, start: 0, end: text.length, heading: null, by: 'content' as const },
  ];
  assert.deepEqual(rankSentences(loadRanker(), text, { k: 3, sections: benefits }), []);
  const long = rankSentences(loadRanker(), text, { k: 1, minWords: 6 });
  assert.ok(long.length > 0 && long.every((s) => s.text.split(/\s+/).length >= 6));
});

test('rankDocument() of one sentence ranks exactly as the sentence ranker does', () => {
  const sentence = 'Proficiency in one or more modern programming languages - Java and Javascript preferable';
  const doc = rankDocument(rankSentences(loadRanker(), sentence, { k: 20 }));
  assert.deepEqual(
    doc.map((r) => r.label),
    loadRanker()
      .rank(sentence, 20)
      .map((r) => r.label),
  );
});

test('rankDocument() scores a skill by its best sentence and keeps that sentence as evidence', () => {
  const sentences = rankSentences(loadRanker(), text, { k: 5 });
  const doc = rankDocument(sentences);
  for (const r of doc) {
    const best = Math.max(
      ...sentences.flatMap((s) => s.skills.filter((x) => x.uri === r.uri).map((x) => x.score)),
    );
    assert.equal(r.score, best);
    for (const s of r.sentences) assert.equal(text.slice(s.start, s.end), s.text);
  }
  for (let i = 1; i < doc.length; i++) assert.ok((doc[i - 1]?.score ?? 0) >= (doc[i]?.score ?? 0));
});

test('rankListingSkills() keeps a named skill’s literal spans and puts tools the ranker does not score apart', () => {
  const at = text.indexOf('NoSQL');
  const nosql: SkillMention = {
    uri: 'http://data.europa.eu/esco/skill/76ef6ed3-1658-4a1a-9593-204d799c6d0c',
    label: 'NoSQL',
    type: 'knowledge',
    score: 0.1,
    need: null,
    spans: [{ start: at, end: at + 5, text: 'NoSQL' }],
  };
  const tool: SkillMention = { ...nosql, uri: 'roleprint:tool/test', label: 'Test tool', type: 'tool' };
  const r = rankListingSkills(loadRanker(), text, [nosql, tool], { k: 5 });
  const kept = r.skills.find((m) => m.uri === nosql.uri);
  assert.deepEqual(kept?.spans, nosql.spans);
  assert.ok((kept?.score ?? 0) > 0.5, 'the calibrated score, not the literal 0.1');
  assert.deepEqual(
    r.tools.map((m) => m.uri),
    ['roleprint:tool/test'],
  );
  assert.ok(r.skills.every((m) => m.uri.startsWith('http://data.europa.eu/esco/skill/')));
});
