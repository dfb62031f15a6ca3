/**
 * Opens one input file as a stream of decoded text: gunzips by magic bytes, detects the encoding from the
 * head, flags binary files, and counts the bytes read from disk (for progress).
 * @module
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { pipeline, type Readable, Transform } from 'node:stream';
import { createGunzip } from 'node:zlib';
import {
  createDeferredDecoder,
  createTextDecoder,
  detectEncoding,
  type InvalidByte,
  type TextEncoding,
} from './decode-text.ts';
import { decompressedTooMuch } from './limits.ts';
import { fileKind } from './walk-inputs.ts';

/** How many decompressed bytes the encoding guess looks at. */
const HEAD_BYTES = 1 << 20;
/** How many decompressed bytes are searched for NUL bytes to call a file binary. */
const BINARY_PROBE = 8192;

/** An input file ready to be read once as text. */
export interface OpenedSource {
  path: string;
  /** The file's last two path segments, e.g. `nhs-jobs-2020/nhs_jobs_jsonld.jsonl.gz`. */
  source: string;
  /** Size on disk. */
  size: number;
  gzip: boolean;
  /** The encoding used (for a pure-ASCII head, decided at the first non-ASCII chunk). */
  readonly encoding: TextEncoding;
  /** NUL bytes in the head (and no UTF-16 BOM): not a text file. */
  binary: boolean;
  /** The decoded first MiB of the file, for format sniffing. */
  head: string;
  /** Bytes read from disk so far (compressed bytes for a `.gz`). */
  bytesRead(): number;
  /** Invalid UTF-8 bytes met so far, in order (each became U+FFFD in the text). */
  invalid: InvalidByte[];
  /** The decoded text in chunks; can be iterated once. */
  text(): AsyncGenerator<string>;
  /** Stops reading early and releases the file. */
  close(): void;
}

/**
 * The `source` name of a path: its last two segments joined by `/`.
 * @example
 * assert.equal(sourceName('/data/listings/nhs-jobs-2020/x.jsonl.gz'), 'nhs-jobs-2020/x.jsonl.gz');
 */
export function sourceName(path: string): string {
  const abs = resolve(path);
  const dir = basename(dirname(abs));
  return dir ? `${dir}/${basename(abs)}` : basename(abs);
}

/**
 * Whether a file's first bytes are binary: NUL bytes, more than 1 in 100 of them (a stray NUL in a text file
 * only costs the record holding it).
 * @example
 * assert.equal(isBinary(Buffer.from('id,title\n1,a\u0000b\n')), false);
 * assert.equal(isBinary(Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0])), true);
 */
export function isBinary(probe: Buffer): boolean {
  let nul = 0;
  for (let i = probe.indexOf(0); i >= 0; i = probe.indexOf(0, i + 1)) nul++;
  return nul >= 2 && nul * 100 >= probe.length;
}

/** Whether the file starts with the gzip magic bytes 1f 8b. */
async function isGzip(path: string): Promise<boolean> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(2);
    const { bytesRead } = await fh.read(buf, 0, 2, 0);
    return bytesRead === 2 && buf[0] === 0x1f && buf[1] === 0x8b;
  } finally {
    await fh.close();
  }
}

/**
 * Opens a file for reading: decides gzip, encoding and binary-ness from its first bytes.
 * @example
 * const src = await openSource('../shared/data/listings/tech-leadership/postings.jsonl');
 * assert.equal(src.encoding, 'utf-8');
 * for await (const chunk of src.text()) void chunk;
 */
export async function openSource(path: string): Promise<OpenedSource> {
  const info = await stat(path);
  // Opening a FIFO would block until a writer comes; a device never ends: only regular files are read.
  if (!info.isFile())
    throw new Error(`not a regular file (a ${fileKind(info)}); roleprint reads only regular files`);
  const size = info.size;
  const gzip = await isGzip(path);
  let diskBytes = 0;
  const counting = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      diskBytes += chunk.length;
      cb(null, chunk);
    },
  });
  const file = createReadStream(path, { highWaterMark: 1 << 18 });
  const noop = () => {};
  // pipeline forwards any error (corrupt gzip, read failure) to the last stream, so iteration throws it.
  // A gzip file is measured as it inflates: past the size or ratio limit it stops with the reason (a gzip bomb).
  let textBytes = 0;
  const inflated = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      textBytes += chunk.length;
      const tooMuch = decompressedTooMuch(textBytes, diskBytes);
      cb(tooMuch ? new Error(tooMuch) : null, tooMuch ? undefined : chunk);
    },
  });
  const stream: Readable = gzip
    ? pipeline(file, counting, createGunzip(), inflated, noop)
    : pipeline(file, counting, noop);
  const it = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;

  const headChunks: Buffer[] = [];
  let headLength = 0;
  let ended = false;
  // A read error inside the head (a truncated small .gz) is raised after the head's text, like a later one.
  let headError: unknown = null;
  while (headLength < HEAD_BYTES) {
    let r: IteratorResult<Buffer>;
    try {
      r = await it.next();
    } catch (e) {
      headError = e;
      ended = true;
      break;
    }
    if (r.done) {
      ended = true;
      break;
    }
    headChunks.push(r.value);
    headLength += r.value.length;
  }
  if (headError && headLength === 0) throw headError;
  const headBuf = Buffer.concat(headChunks);
  const { encoding, bomLength, ascii } = detectEncoding(headBuf, ended && !headError);
  const utf16 = encoding === 'utf-16le' || encoding === 'utf-16be';
  const binary = !utf16 && isBinary(headBuf.subarray(0, BINARY_PROBE));
  // UTF-16 decoders drop their BOM themselves; the UTF-8 BOM is skipped here.
  const skip = utf16 ? 0 : bomLength;
  // A pure-ASCII head says nothing about the encoding: decide at the first non-ASCII chunk.
  const decoder = ascii ? createDeferredDecoder(skip) : createTextDecoder(encoding, skip);
  const sniff = createTextDecoder(encoding);
  // The whole head is sniffed: an HTML page's JSON-LD often sits at the end of its body.
  const head = sniff.write(headBuf.subarray(skip));
  let consumed = false;

  async function* text(): AsyncGenerator<string> {
    if (consumed) throw new Error(`openSource(${path}).text() can be read only once`);
    consumed = true;
    try {
      const first = decoder.write(headBuf.subarray(skip));
      if (first) yield first;
      if (headError) throw headError;
      if (!ended) {
        for (;;) {
          const r = await it.next();
          if (r.done) break;
          const s = decoder.write(r.value);
          if (s) yield s;
        }
      }
      const last = decoder.end();
      if (last) yield last;
    } finally {
      stream.destroy();
    }
  }

  return {
    path,
    source: sourceName(path),
    size,
    gzip,
    get encoding() {
      return decoder.encoding;
    },
    binary,
    head,
    bytesRead: () => diskBytes,
    invalid: decoder.invalid,
    text,
    close: () => stream.destroy(),
  };
}
