import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type CsvParseEvent, parseCsv } from './parse-csv.ts';

async function* chunksOf(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function run(text: string, size = text.length || 1, delimiter = ','): Promise<CsvParseEvent[]> {
  const out: CsvParseEvent[] = [];
  for await (const e of parseCsv(chunksOf(text, size), { delimiter })) out.push(e);
  return out;
}

const SAMPLE = 'id,text\r\n1,"multi\r\nline, with ""quotes"""\r\n2,plain 5" screen\r\n\r\n3,"x"y\r\n4,last';

test('parseCsv() reads quoted multi-line fields, doubled quotes, CRLF, and keeps stray quotes in unquoted fields', async () => {
  const events = await run(SAMPLE);
  assert.deepEqual(
    events.map((e) =>
      e.kind === 'row' ? [e.row.line, e.row.endLine, ...e.row.fields] : [e.kind, e.line, e.reason],
    ),
    [
      [1, 1, 'id', 'text'],
      [2, 3, '1', 'multi\r\nline, with "quotes"'],
      [4, 4, '2', 'plain 5" screen'],
      ['bad-row', 6, 'broken quoting: "y" after a closing quote on line 6'],
      [7, 7, '4', 'last'],
    ],
  );
});

test('parseCsv() gives the same events whatever the chunk boundaries', async () => {
  const whole = await run(SAMPLE);
  for (let size = 1; size <= SAMPLE.length; size++)
    assert.deepEqual(await run(SAMPLE, size), whole, `chunk size ${size}`);
});

test('parseCsv() reports char offsets that slice the row back out of the text', async () => {
  const text = 'a,b\n"x\ny",2\nz,3\n';
  const rows = (await run(text, 3)).filter((e) => e.kind === 'row');
  assert.deepEqual(
    rows.map((e) => (e.kind === 'row' ? text.slice(e.row.charStart, e.row.charEnd) : '')),
    ['a,b\n', '"x\ny",2\n', 'z,3\n'],
  );
});

test('parseCsv() reports a resync when a quoted field breaks after spanning lines, and reads on from the next line', async () => {
  const events = await run('a,b\n1,"open\n2,ok\n3,"x"y\n');
  assert.deepEqual(events[1], {
    kind: 'resync',
    line: 2,
    charStart: 4,
    // The quote opened on line 2 closes at `3,"` on line 4; the `x` after it breaks the row.
    reason: 'broken quoting: "x" after a closing quote on line 4',
  });
  // The lines the bad quote swallowed are read again, from what the tokenizer holds: "2,ok" is a row.
  assert.deepEqual(
    events.slice(2).map((e) => (e.kind === 'row' ? e.row.fields.join('|') : `${e.kind} line ${e.line}`)),
    ['2|ok', 'bad-row line 4'],
  );
  // Its line and offsets are those of the whole text.
  const two = events[2];
  assert.deepEqual(
    two?.kind === 'row' ? [two.row.line, two.row.charStart, two.row.charEnd] : null,
    [3, 12, 17],
  );
});

test('parseCsv() re-reads after a quote that never closes, and gives up a quote still open after maxQuotedChars', async () => {
  const lines = [
    'a,b',
    '1,"never closes',
    '2,ok',
    '3,"also open',
    '4,fine',
    '5,"x',
    ...Array.from({ length: 30 }, (_, i) => `${i + 6},row`),
  ];
  const out: CsvParseEvent[] = [];
  for await (const e of parseCsv(chunksOf(`${lines.join('\n')}\n`, 5), {
    delimiter: ',',
    maxQuotedChars: 40,
  }))
    out.push(e);
  // Every row after a broken one is read; no row is lost to a quote, and the file is never re-opened.
  const rows = out.filter((e) => e.kind === 'row').map((e) => (e.kind === 'row' ? e.row.fields[0] : ''));
  assert.deepEqual(rows, ['a', '2', '4', ...Array.from({ length: 30 }, (_, i) => String(i + 6))]);
  assert.deepEqual(
    out.filter((e) => e.kind === 'resync').map((e) => e.line),
    [2, 4, 6],
  );
});

test('parseCsv() reports a row over maxRowChars as a bad row and goes on', async () => {
  const out: CsvParseEvent[] = [];
  const text = `a,b\n1,"${'x'.repeat(50)}"\n2,ok\n`;
  for await (const e of parseCsv(chunksOf(text, 7), { delimiter: ',', maxRowChars: 20 })) out.push(e);
  assert.deepEqual(
    out.map((e) => (e.kind === 'row' ? e.row.fields.join('|') : `${e.kind}: ${e.reason}`)),
    ['a|b', 'bad-row: row longer than 20 characters', '2|ok'],
  );
});

test('parseCsv() splits on the given delimiter only', async () => {
  const events = await run('a;b\n"x;y";z,w\n', 4, ';');
  assert.deepEqual(
    events.map((e) => (e.kind === 'row' ? e.row.fields : [])),
    [
      ['a', 'b'],
      ['x;y', 'z,w'],
    ],
  );
});
