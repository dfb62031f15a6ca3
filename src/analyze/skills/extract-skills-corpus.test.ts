import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Section } from '../analyzed-listing.ts';
import { extractSkillCandidates, loadTaxonomy, matcherIndex } from './index.ts';
import { isPhysicalTool, isTechConcept } from './matcher-index.ts';

const taxonomy = loadTaxonomy();
const POSTINGS = fileURLToPath(
  new URL('../../../../shared/data/listings/tech-leadership/postings.jsonl', import.meta.url),
);
const texts = readFileSync(POSTINGS, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => String((JSON.parse(l) as { description?: string }).description ?? ''));

/** Every section kind the extractor treats differently, each covering the whole text. */
const KINDS = ['about', 'requirements', 'preferred', 'benefits'] as const;

describe('extractSkillCandidates() over every tech-leadership listing (the CTO report corpus)', () => {
  it('throws on none and gives finite features, with and without sections', () => {
    assert.equal(texts.length, 116);
    let candidates = 0;
    for (const text of texts) {
      const variants: (Section[] | undefined)[] = [
        undefined,
        ...KINDS.map((kind) => [
          { kind, start: 0, end: text.length, heading: null, by: 'content' } as Section,
        ]),
      ];
      for (const sections of variants) {
        for (const c of extractSkillCandidates(text, { taxonomy, sections })) {
          candidates++;
          for (const [name, v] of Object.entries(c.features))
            assert.ok(Number.isFinite(v), `${c.label}: feature ${name} is ${v}`);
          assert.ok(c.features.physical === 0 || c.features.physical === 1);
        }
      }
    }
    assert.ok(candidates > 1000, `only ${candidates} candidates`);
  });
});

describe('isTechConcept() / isPhysicalTool()', () => {
  it('answer for every concept of the taxonomy, including data analytics (index 8326 in the crash report)', () => {
    const index = matcherIndex(taxonomy);
    const analytics = taxonomy.byUri('http://data.europa.eu/esco/skill/97bd1c21-66b2-4b7e-ad0f-e3cda590e378');
    assert.equal(analytics?.label, 'data analytics');
    assert.equal(isTechConcept(index, analytics?.index ?? -1), true);
    assert.equal(isPhysicalTool(index, analytics?.index ?? -1), false);
    assert.equal(index.tech.length, taxonomy.concepts.length);
    assert.equal(index.physical.length, taxonomy.concepts.length);
    const mower = taxonomy.tools.find(
      (t) => t.kind === 'physical' && t.concept.type === 'tool' && /mower/i.test(t.name),
    );
    assert.ok(mower, 'an O*NET physical mower tool');
    assert.equal(isPhysicalTool(index, mower.concept.index), true);
  });
});
