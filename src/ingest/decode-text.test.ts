import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTextDecoder, decodeWindows1252, detectEncoding } from './decode-text.ts';

test('decodeWindows1252() maps 0x80–0x9F to the Windows-1252 characters, not C1 controls', () => {
  assert.equal(
    decodeWindows1252(Buffer.from([0x80, 0x85, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0xe9])),
    '€…’“”–—™é',
  );
});

test('createTextDecoder("utf-8") keeps multi-byte characters split across chunks and records invalid bytes', () => {
  const d = createTextDecoder('utf-8');
  const bytes = Buffer.from('a€b', 'utf8'); // € is 3 bytes
  const text =
    d.write(bytes.subarray(0, 2)) +
    d.write(Buffer.concat([bytes.subarray(2), Buffer.from([0xff, 0x63])])) +
    d.end();
  assert.equal(text, 'a€b\ufffdc');
  assert.deepEqual(d.invalid, [{ byteOffset: 5, charOffset: 3 }]);
});

test('createTextDecoder("utf-8") counts offsets from startOffset (after a skipped BOM)', () => {
  const d = createTextDecoder('utf-8', 3);
  d.write(Buffer.from([0x61, 0xc3, 0x28]));
  assert.deepEqual(d.invalid, [{ byteOffset: 4, charOffset: 1 }]);
});

test('createTextDecoder("utf-8") reports a truncated sequence at the end of the file', () => {
  const d = createTextDecoder('utf-8');
  const text = d.write(Buffer.from([0x61, 0xe2, 0x82])) + d.end();
  assert.equal(text, 'a\ufffd\ufffd');
  assert.deepEqual(
    d.invalid.map((i) => i.byteOffset),
    [1, 2],
  );
});

test('detectEncoding() honours BOMs and tells Windows-1252 from mostly-valid UTF-8', () => {
  assert.deepEqual(detectEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x61])), {
    encoding: 'utf-8',
    bomLength: 3,
  });
  assert.deepEqual(detectEncoding(Buffer.from([0xff, 0xfe, 0x61, 0x00])), {
    encoding: 'utf-16le',
    bomLength: 2,
  });
  assert.equal(detectEncoding(Buffer.from('It\x92s a caf\xe9', 'latin1')).encoding, 'windows-1252');
  const mostlyUtf8 = Buffer.concat([Buffer.from('café naïve São — '), Buffer.from([0xff])]);
  assert.equal(detectEncoding(mostlyUtf8).encoding, 'utf-8');
});
