import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markdownToText } from './markdown-to-text.ts';

test('markdownToText() unwraps headings, emphasis and links and makes list items `- ` lines', () => {
  assert.equal(
    markdownToText('## About\n* **Rust** and [Go](https://go.dev)\n1. Ship'),
    'About\n- Rust and Go\n- Ship',
  );
});

test('markdownToText() keeps snake_case, arithmetic and code text', () => {
  assert.equal(
    markdownToText('use snake_case_names and 2*3*4\n```ts\nconst x = 1;\n```'),
    'use snake_case_names and 2*3*4\n\nconst x = 1;\n',
  );
  assert.equal(markdownToText('Run `npm test` _now_'), 'Run npm test now');
});
