import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type JsonArrayEvent, splitJsonArray } from './split-json-array.ts';
import { collect, FIXTURES } from './testing/collect.ts';

async function* chunksOf(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function split(text: string, size = text.length || 1): Promise<JsonArrayEvent[]> {
  const out: JsonArrayEvent[] = [];
  for await (const e of splitJsonArray(chunksOf(text, size))) out.push(e);
  return out;
}

const SAMPLE = ' [ {"a": [1, {"b": "],}"}]}, "s\\"t", 3 , [] ] \n';

test('splitJsonArray() yields each element with strings, nesting and escapes respected', async () => {
  const events = await split(SAMPLE);
  assert.deepEqual(
    events.map((e) => (e.kind === 'element' ? e.element.text : e.reason)),
    ['{"a": [1, {"b": "],}"}]}', '"s\\"t"', '3', '[]'],
  );
  const first = events[0];
  assert.equal(
    first?.kind === 'element' && SAMPLE.slice(first.element.charStart, first.element.charEnd),
    '{"a": [1, {"b": "],}"}]}',
  );
});

test('splitJsonArray() gives the same elements whatever the chunk boundaries', async () => {
  const whole = await split(SAMPLE);
  for (let size = 1; size <= SAMPLE.length; size++)
    assert.deepEqual(await split(SAMPLE, size), whole, `chunk size ${size}`);
});

test('splitJsonArray() reports a non-array and a cut-short array', async () => {
  assert.deepEqual(await split('{"a": 1}'), [{ kind: 'error', charOffset: 0, reason: 'not a JSON array' }]);
  const cut = await split('[{"a": 1}, {"b"');
  assert.deepEqual(cut.at(-1), {
    kind: 'error',
    charOffset: 15,
    reason: 'the top-level array never closes (file cut short?)',
  });
  assert.equal(cut.length, 2);
});

test('readJsonDocument() streams an array: a malformed element is one rejection, the others are read', async () => {
  const { listings, rejections } = await collect([`${FIXTURES}bad-element.json`]);
  assert.deepEqual(
    listings.map((l) => [l.key, l.description]),
    [
      ['ingest/bad-element.json#1', 'Writes code.'],
      ['ingest/bad-element.json#3', 'Reads [data], {too}, "quoted".'],
    ],
  );
  assert.deepEqual(
    rejections.map((r) => [r.locator, r.reason]),
    [['record 2', "invalid JSON: Expected ',' or '}' after property value in JSON at position 51"]],
  );
});
