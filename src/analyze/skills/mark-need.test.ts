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

  it('reads a semicolon list’s lead-in for its items (tech-leadership#50e587434a25b813)', () => {
    const line = listingLine(
      'tech-leadership',
      '50e587434a25b813',
      'As a bonus, you are familiar with at least some of:',
    );
    const at = line.indexOf('Ruby');
    assert.equal(markNeed(line, at, at + 4), 'preferred');
  });

  it('does not lend one semicolon item’s word to another (tech-leadership#233a1395bb3662bc)', () => {
    // "Software architecture; Distributed systems; …; Non-Functional Requirements; Detailed Design"
    const line = listingLine('tech-leadership', '233a1395bb3662bc', 'Distributed systems; Scalability');
    const at = line.indexOf('Distributed systems');
    assert.equal(markNeed(line, at, at + 19), null);
  });

  it('keeps "required" and "preferred" apart across a semicolon (tech-leadership#ad6dbd22b203a982)', () => {
    const line = listingLine('tech-leadership', 'ad6dbd22b203a982', 'or related field required;');
    const at = line.indexOf('Computer Science');
    assert.equal(markNeed(line, at, at + 16), 'required');
    const adv = line.indexOf('Advanced Degree');
    assert.equal(markNeed(line, adv, adv + 15), 'preferred');
  });

  it('takes the cue nearest the phrase when a sentence has both (tech-leadership#db1fe04722b84de3)', () => {
    const line = listingLine(
      'tech-leadership',
      'db1fe04722b84de3',
      'or related field required, advanced degree preferred',
    );
    const at = line.indexOf('computer science');
    assert.equal(markNeed(line, at, at + 16), 'required');
    const adv = line.indexOf('advanced degree');
    assert.equal(markNeed(line, adv, adv + 15), 'preferred');
  });
});
