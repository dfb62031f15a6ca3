import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { labelKey, stemToken, tokenize, toolSlug } from './index.ts';

describe('tokenize()', () => {
  it('keeps C++, C#, Node.js and .NET whole and gives UTF-16 offsets', () => {
    const text = 'C++, C#, Node.js and .NET – ok';
    const t = tokenize(text);
    assert.deepEqual(
      t.map((x) => [x.norm, text.slice(x.start, x.end)]),
      [
        ['c++', 'C++'],
        ['c#', 'C#'],
        ['node.js', 'Node.js'],
        ['and', 'and'],
        ['.net', '.NET'],
        ['ok', 'ok'],
      ],
    );
  });

  it('splits glued sentences at the dot and marks phrase breaks', () => {
    const t = tokenize('skills.Python; CI/CD');
    assert.deepEqual(
      t.map((x) => [x.norm, x.breakBefore]),
      [
        ['skills', true],
        ['python', true],
        ['ci', true],
        ['cd', false],
      ],
    );
  });

  it('drops possessive apostrophe-s', () => {
    assert.deepEqual(
      tokenize('patient’s needs').map((x) => x.norm),
      ['patient', 'needs'],
    );
  });
});

describe('stemToken()', () => {
  it('gives inflections and -ment/-ation nouns one stem', () => {
    assert.equal(stemToken('developing'), stemToken('development'));
    assert.equal(stemToken('managing'), stemToken('management'));
    assert.equal(stemToken('automation'), stemToken('automate'));
    assert.equal(stemToken('optimise'), stemToken('optimization'));
    assert.equal(stemToken('databases'), stemToken('database'));
  });

  it('leaves short words, names and words with symbols alone', () => {
    assert.equal(stemToken('aws'), 'aws');
    assert.equal(stemToken('kubernetes'), 'kubernetes');
    assert.equal(stemToken('c++'), 'c++');
  });
});

describe('labelKey() and toolSlug()', () => {
  it('normalizes spacing, case and punctuation', () => {
    assert.equal(labelKey('  Front-End   Development '), 'front end development');
    assert.equal(toolSlug('Microsoft Visual C#'), 'microsoft-visual-c-sharp');
    assert.equal(toolSlug('C++'), 'c-plus-plus');
  });
});
