import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { markNeed } from './mark-need.ts';
import { listingLine, listingText } from './testing/shared-sentences.ts';

describe('markNeed()', () => {
  it('reads "is a plus" in the phrase’s own sentence (tech-leadership#9d8389b0651b36e0)', () => {
    const line = listingLine('tech-leadership', '9d8389b0651b36e0', 'configuration management systems');
    const at = line.indexOf('Chef');
    assert.equal(markNeed(line, at, at + 4), 'preferred');
  });

  it('reads "preferred" in parentheses (tech-leadership#24ca4b668d5a034b)', () => {
    const line = listingLine('tech-leadership', '24ca4b668d5a034b', 'Certifications: AWS');
    const at = line.indexOf('AWS');
    assert.equal(markNeed(line, at, at + 3), 'preferred');
  });

  it('reads "required" (tech-leadership#1580205af458a400)', () => {
    const line = listingLine('tech-leadership', '1580205af458a400', 'Docker required');
    const at = line.indexOf('Kafka');
    assert.equal(markNeed(line, at, at + 5), 'required');
  });

  it('without sections, takes the cue of a "Nice to haves:" heading above a list (tech-leadership#bf0862834b20174c)', () => {
    const text = listingText('tech-leadership', 'bf0862834b20174c');
    const heading = text.indexOf('Nice to haves:');
    const item = text.indexOf('\n', heading) + 1;
    assert.ok(heading > 0 && item > heading);
    assert.equal(markNeed(text, item + 2, item + 6), 'preferred');
  });

  it('reads the cue of the phrase’s own clause when a sentence has two (tech-leadership#1580205af458a400)', () => {
    // "… such as Java, Golang, Kafka, Postgres, Docker required." — a cue at the end of a list covers the list.
    const line = listingLine('tech-leadership', '1580205af458a400', 'Docker required');
    const at = line.indexOf('Java');
    assert.equal(markNeed(line, at, at + 4), 'required');
  });

  it('says nothing when nothing is said', () => {
    const line = listingLine('tech-leadership', '6be70039c35904c2', 'tech stack includes');
    assert.equal(markNeed(line, 27, 29), null);
  });
});
