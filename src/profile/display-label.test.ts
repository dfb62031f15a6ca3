import assert from 'node:assert/strict';
import { test } from 'node:test';
import { displayLabel } from './display-label.ts';

test('displayLabel() drops qualifiers and the O*NET "software" suffix of tool names only', () => {
  assert.equal(displayLabel('Python (computer programming)'), 'Python');
  assert.equal(displayLabel('Microsoft Azure software'), 'Microsoft Azure');
  assert.equal(displayLabel('Amazon Web Services AWS software'), 'AWS');
  // An ESCO label is lower-case; its last word is part of the name.
  assert.equal(displayLabel('industrial software'), 'industrial software');
});
