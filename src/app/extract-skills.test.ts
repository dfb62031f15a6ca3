import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractSkills as findLiteralSkills, loadTaxonomy } from '../analyze/skills/index.ts';
import { loadRanker } from '../analyze/skills/rank/index.ts';
import { listingLine, listingText } from '../analyze/skills/testing/shared-sentences.ts';
import { DEFAULT_RANK_TOP, extractSkills } from './extract-skills.ts';

// A requirement line of tech-leadership#1580205af458a400 and that whole listing.
const line = listingLine('tech-leadership', '1580205af458a400', 'Hands-on coding');
const listing = listingText('tech-leadership', '1580205af458a400');
const ESCO = 'http://data.europa.eu/esco/skill/';

describe('extractSkills()', () => {
  it('without rank gives the literal matcher’s skills and tools, as analyze’s extractSkills does', () => {
    const r = extractSkills({ id: 'a', text: listing });
    assert.equal(r.id, 'a');
    assert.ok(r.skills.length > 0);
    assert.equal(r.tools, undefined);
    const plain = extractSkills({ id: 'a', text: listing }, { sections: false });
    assert.deepEqual(plain.skills, findLiteralSkills(listing, { taxonomy: loadTaxonomy() }));
  });

  it('with rank returns top K ESCO candidates by calibrated score, default 10 (issue 8)', () => {
    for (const top of [1, 5, 25]) {
      const r = extractSkills({ id: 'a', text: line }, { rank: true, top, sections: false });
      assert.equal(r.skills.length, top);
      assert.ok(r.skills.every((s) => s.uri.startsWith(ESCO) && s.score > 0 && s.score < 1));
      for (let i = 1; i < r.skills.length; i++)
        assert.ok((r.skills[i - 1]?.score ?? 0) >= (r.skills[i]?.score ?? 0));
    }
    const r = extractSkills({ id: 'a', text: line }, { rank: true, sections: false });
    assert.equal(r.skills.length, DEFAULT_RANK_TOP);
  });

  it('with rank, a one-sentence document ranks and scores exactly as the sentence ranker', () => {
    const sentence = 'You will keep our services up under heavy load.';
    const r = extractSkills({ id: 'b', text: sentence }, { rank: true, top: 20, sections: false });
    const direct = loadRanker().rank(sentence, 20);
    assert.deepEqual(
      r.skills.map((s) => [s.label, s.score]),
      direct.map((s) => [s.label, s.score]),
    );
  });

  it('with rank, minScore filters on the calibrated score after the top K', () => {
    const all = extractSkills({ id: 'a', text: listing }, { rank: true, top: 30 });
    const cut = all.skills[10]?.score ?? 1;
    const kept = extractSkills({ id: 'a', text: listing }, { rank: true, top: 30, minScore: cut });
    assert.deepEqual(
      kept.skills,
      all.skills.filter((s) => s.score >= cut),
    );
    assert.ok(kept.skills.length >= 11 && kept.skills.length < 30);
  });

  it('with rank, tools the text names are kept apart and a named skill keeps its literal span', () => {
    const text = 'Experience with Postgres and K8s';
    const r = extractSkills({ id: '1', text }, { rank: true, top: 3, sections: false });
    assert.equal(r.skills[0]?.label, 'PostgreSQL');
    assert.deepEqual(r.skills[0]?.spans, [{ start: 16, end: 24, text: 'Postgres' }]);
    assert.deepEqual(
      r.tools?.map((t) => t.label),
      ['Kubernetes'],
    );
  });

  it('with rank, a skill the text only describes is backed by the tagged span that links to it (issue 8)', () => {
    const text = 'You will mentor junior engineers and review their code.';
    const r = extractSkills({ id: '2', text }, { rank: true, top: 2, sections: false, perSentence: true });
    const mentor = r.skills.find((s) => s.label === 'mentor individuals');
    assert.deepEqual(mentor?.spans, [{ start: 9, end: 32, text: 'mentor junior engineers' }]);
    assert.deepEqual(
      r.sentences?.[0]?.skills.find((s) => s.label === 'mentor individuals')?.spans,
      mentor?.spans,
    );
    const plain = extractSkills({ id: '2', text }, { rank: true, top: 2, sections: false, tagger: null });
    assert.deepEqual(plain.skills.find((s) => s.label === 'mentor individuals')?.spans, [
      { start: 0, end: text.length, text },
    ]);
    assert.deepEqual(
      plain.skills.map((s) => [s.label, s.score]),
      r.skills.map((s) => [s.label, s.score]),
    );
  });

  it('with rank and perSentence, each sentence has its own K skills and the document keeps each skill’s best', () => {
    const r = extractSkills({ id: 'a', text: listing }, { rank: true, top: 5, perSentence: true });
    const sentences = r.sentences ?? [];
    assert.ok(sentences.length > 3);
    for (const s of sentences) {
      assert.equal(listing.slice(s.start, s.end), s.text);
      assert.equal(s.skills.length, 5);
      for (const k of s.skills)
        for (const p of k.spans)
          assert.ok(p.start >= s.start && p.end <= s.end && listing.slice(p.start, p.end) === p.text);
    }
    for (const d of r.skills) {
      const best = Math.max(
        ...sentences.flatMap((s) => s.skills.filter((k) => k.uri === d.uri).map((k) => k.score)),
      );
      assert.equal(d.score, best);
    }
  });

  it('without rank, perSentence groups the literal mentions by the sentence their spans lie in', () => {
    const r = extractSkills({ id: 'a', text: listing }, { perSentence: true });
    const named = (r.sentences ?? []).flatMap((s) => s.skills.map((k) => k.uri));
    assert.deepEqual(new Set(named), new Set(r.skills.map((k) => k.uri)));
  });
});
