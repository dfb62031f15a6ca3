import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnalyzeDoc } from '../component.ts';
import { loadTaxonomy, skillsComponent } from './index.ts';
import { listingText } from './testing/shared-sentences.ts';

describe('skillsComponent()', () => {
  const taxonomy = loadTaxonomy();

  it('is named "skills", reads text and sections, writes skills', () => {
    const c = skillsComponent(taxonomy);
    assert.deepEqual([c.name, c.reads, c.writes], ['skills', ['text', 'sections'], ['skills']]);
  });

  it('writes the skills of a listing and ignores its benefits section (tech-leadership#1580205af458a400)', () => {
    const text = listingText('tech-leadership', '1580205af458a400');
    const doc = { text, sections: [] } as unknown as AnalyzeDoc;
    const all = skillsComponent(taxonomy).run(doc).skills;
    assert.ok(all.some((s) => s.label === 'Kubernetes'));
    const benefits = {
      text,
      sections: [{ kind: 'benefits', start: 0, end: text.length, heading: null, by: 'content' }],
    };
    assert.deepEqual(skillsComponent(taxonomy).run(benefits as unknown as AnalyzeDoc).skills, []);
  });

  it('hands the literal skills to a ranker when one is given', () => {
    const text = listingText('tech-leadership', '1580205af458a400');
    const ranker = (_text: string, literal: { label: string }[]) => literal.slice(0, 1) as never;
    const out = skillsComponent(taxonomy, { ranker }).run({
      text,
      sections: [],
    } as unknown as AnalyzeDoc).skills;
    assert.equal(out.length, 1);
  });
});
