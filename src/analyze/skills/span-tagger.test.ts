import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadTaxonomy } from '../../taxonomy/index.ts';
import { evaluateSpans, readSkillSpan } from './eval-spans.ts';
import {
  findSkillSpans,
  gazetteerFlags,
  literalTokenSpans,
  loadSpanTagger,
  type SpanTag,
  taggedSpans,
  tagTokens,
  trainSpanTagger,
} from './span-tagger.ts';

const taxonomy = loadTaxonomy();
const DEV = fileURLToPath(
  new URL('../../../../shared/data/benchmarks/skillspan/json/dev.json', import.meta.url),
);

describe('taggedSpans()', () => {
  it('reads typed B/I runs and ignores an I that continues nothing', () => {
    const tags: SpanTag[] = ['I-SKILL', 'B-SKILL', 'I-SKILL', 'O', 'B-KNOWLEDGE', 'B-KNOWLEDGE'];
    assert.deepEqual(taggedSpans(tags), [
      { start: 1, end: 3, type: 'SKILL' },
      { start: 4, end: 5, type: 'KNOWLEDGE' },
      { start: 5, end: 6, type: 'KNOWLEDGE' },
    ]);
  });
});

describe('literalTokenSpans() and gazetteerFlags()', () => {
  it('map the literal matcher’s spans to token positions', () => {
    const spans = literalTokenSpans(['Experience', 'with', 'Postgres', 'and', 'K8s'], { taxonomy });
    assert.deepEqual(spans, [
      { start: 2, end: 3 },
      { start: 4, end: 5 },
    ]);
    assert.deepEqual(gazetteerFlags(5, spans), [false, false, true, false, true]);
  });
});

describe('trainSpanTagger()', () => {
  it('learns a toy sequence and never emits an I- that continues nothing', () => {
    const data = [
      {
        tokens: ['build', 'web', 'apps', 'daily'],
        tags: ['B-SKILL', 'I-SKILL', 'I-SKILL', 'O'] as SpanTag[],
      },
      { tokens: ['we', 'use', 'Python'], tags: ['O', 'O', 'B-KNOWLEDGE'] as SpanTag[] },
    ].map((d) => ({ ...d, gazetteer: d.tokens.map(() => false) }));
    const m = trainSpanTagger(data, { epochs: 5 });
    for (const d of data) assert.deepEqual(tagTokens(m, d.tokens, d.gazetteer), d.tags);
    const tags = tagTokens(m, ['apps', 'apps'], [false, false]);
    assert.notEqual(tags[0], 'I-SKILL');
  });
});

describe('findSkillSpans() with the committed tagger (issue 8, deliverable 3)', () => {
  it('finds a SKILL span written as an action that the literal matcher misses (SkillSpan dev)', () => {
    const tagger = loadSpanTagger();
    const tokens = 'You will mentor junior engineers and review their code .'.split(' ');
    assert.deepEqual(literalTokenSpans(tokens, { taxonomy }), []);
    assert.deepEqual(findSkillSpans(tokens, { taxonomy, tagger }), [{ start: 2, end: 5 }]);
  });

  it('raises overlap F1 on the first 600 SkillSpan dev sentences over the literal matcher alone', () => {
    const tagger = loadSpanTagger();
    const dev = readSkillSpan(DEV).slice(0, 600);
    const literal = evaluateSpans(dev, { taxonomy });
    const both = evaluateSpans(dev, { taxonomy, predict: (t) => findSkillSpans(t, { taxonomy, tagger }) });
    assert.ok(both.overlap.f1 > literal.overlap.f1 + 0.1, `${both.overlap.f1} vs ${literal.overlap.f1}`);
    assert.ok(both.recallByType.SKILL > 2 * literal.recallByType.SKILL);
  });
});
