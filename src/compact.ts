/**
 * Compact storage for what ingest keeps per listing (the deduper's index, the record keys seen): fixed-width records
 * in chunked typed arrays, hex strings packed into words, strings as bytes, and open-addressing tables of record
 * indices. A million listings then cost a few hundred bytes each, outside the garbage-collected heap, instead of
 * dozens of heap objects each (which the heap also leaves room to grow after).
 * @module
 */

import { closeSync, mkdtempSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Records per chunk: 4,096 signatures of 128 words are 2 MiB, so growing never copies what is stored. */
const CHUNK_RECORDS = 4096;

/** Fixed-width records of 32-bit words, appended in order, stored in chunks that are never copied. */
export class ChunkedWords {
  readonly width: number;
  private readonly chunks: Uint32Array[] = [];
  private count = 0;

  constructor(width: number) {
    this.width = width;
  }

  get size(): number {
    return this.count;
  }

  /**
   * Appends a record (its first `width` words) and returns its index.
   * @example
   * const w = new ChunkedWords(2);
   * assert.equal(w.push([7, 8]), 0);
   * assert.deepEqual([...w.record(0)], [7, 8]);
   * assert.equal(w.word(0, 1), 8);
   */
  push(words: ArrayLike<number>): number {
    const index = this.count;
    const at = index % CHUNK_RECORDS;
    if (at === 0) this.chunks.push(new Uint32Array(CHUNK_RECORDS * this.width));
    const chunk = this.chunks[this.chunks.length - 1] as Uint32Array;
    for (let k = 0; k < this.width; k++) chunk[at * this.width + k] = words[k] as number;
    this.count++;
    return index;
  }

  /** The record as a view (no copy). */
  record(index: number): Uint32Array {
    const chunk = this.chunks[Math.floor(index / CHUNK_RECORDS)] as Uint32Array;
    const start = (index % CHUNK_RECORDS) * this.width;
    return chunk.subarray(start, start + this.width);
  }

  /** One word of a record, without making a view. */
  word(index: number, k: number): number {
    const chunk = this.chunks[Math.floor(index / CHUNK_RECORDS)] as Uint32Array;
    return chunk[(index % CHUNK_RECORDS) * this.width + k] as number;
  }
}

/**
 * Fixed-width records of 32-bit words, appended in order, of which only the newest chunk stays in memory: each full
 * chunk goes to an unlinked temporary file (the OS page cache holds it, outside the process), and a record is read
 * back with one pread. Where no such file can be made (or unlinked while open), chunks stay in memory instead.
 */
export class SpilledWords {
  readonly width: number;
  private tail: Uint32Array;
  private tailCount = 0;
  private count = 0;
  /** The file's descriptor; null before the first chunk is full; -1 when chunks stay in memory. */
  private fd: number | null = null;
  private readonly kept: Uint32Array[] = [];
  private readonly read: Uint32Array;

  constructor(width: number) {
    this.width = width;
    this.tail = new Uint32Array(CHUNK_RECORDS * width);
    this.read = new Uint32Array(width);
  }

  get size(): number {
    return this.count;
  }

  /**
   * Appends a record (its first `width` words) and returns its index.
   * @example
   * const w = new SpilledWords(3);
   * for (let i = 0; i < 5000; i++) w.push([i, i + 1, i + 2]); // more than a chunk: the first is written out
   * assert.deepEqual([...w.record(7)], [7, 8, 9]);
   * assert.deepEqual([...w.record(4999)], [4999, 5000, 5001]);
   */
  push(words: ArrayLike<number>): number {
    if (this.tailCount === CHUNK_RECORDS) this.flush();
    const at = this.tailCount * this.width;
    for (let k = 0; k < this.width; k++) this.tail[at + k] = words[k] as number;
    this.tailCount++;
    return this.count++;
  }

  /** The record, as a view valid until the next call. */
  record(index: number): Uint32Array {
    const first = this.count - this.tailCount;
    if (index >= first)
      return this.tail.subarray((index - first) * this.width, (index - first + 1) * this.width);
    if (this.fd === -1) {
      const start = (index % CHUNK_RECORDS) * this.width;
      return (this.kept[Math.floor(index / CHUNK_RECORDS)] as Uint32Array).subarray(
        start,
        start + this.width,
      );
    }
    const bytes = this.width * 4;
    const got = readSync(this.fd as number, new Uint8Array(this.read.buffer), 0, bytes, index * bytes);
    if (got !== bytes)
      throw new Error(`dedupe signature file: read ${got} of ${bytes} bytes of record ${index}`);
    return this.read;
  }

  // Writes the full tail chunk out (or keeps it, without a file) and starts a new one.
  private flush(): void {
    if (this.fd === null) {
      this.fd = openUnlinked();
      if (this.fd !== -1) closeWhenCollected.register(this, this.fd);
    }
    if (this.fd === -1) {
      this.kept.push(this.tail);
      this.tail = new Uint32Array(CHUNK_RECORDS * this.width);
    } else {
      const bytes = new Uint8Array(this.tail.buffer);
      writeSync(this.fd, bytes, 0, bytes.length, (this.count - this.tailCount) * this.width * 4);
    }
    this.tailCount = 0;
  }
}

// A deduper has no close(): its file is closed once it is garbage (the file itself is already unlinked).
const closeWhenCollected = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // already closed: nothing to free
  }
});

/** A new temporary file, open for reading and writing and already unlinked; -1 when that cannot be done. */
function openUnlinked(): number {
  let dir: string | null = null;
  let fd = -1;
  try {
    dir = mkdtempSync(join(tmpdir(), 'roleprint-dedupe-'));
    const path = join(dir, 'signatures');
    fd = openSync(path, 'w+');
    unlinkSync(path);
    return fd;
  } catch {
    if (fd !== -1) closeSync(fd);
    return -1;
  } finally {
    if (dir !== null) rmSync(dir, { recursive: true, force: true });
  }
}

const LOWER_HEX = /^[0-9a-f]+$/;

/**
 * Strings of one usual shape, lower-case hex of a fixed length (listing ids, SHA-256 content hashes), packed 8
 * characters to a word; any other string is kept as it is beside them, so every string reads back unchanged.
 */
export class HexColumn {
  private readonly words: ChunkedWords;
  private readonly others = new Map<number, string>();
  private readonly scratch: Uint32Array;
  private readonly chars: number;
  /** The string scratch holds, packed: one query is packed once, not once per slot compared. */
  private packed: string | null = null;

  /** `chars`: the usual length, a multiple of 8. */
  constructor(chars: number) {
    this.chars = chars;
    this.words = new ChunkedWords(chars / 8);
    this.scratch = new Uint32Array(chars / 8);
  }

  get size(): number {
    return this.words.size;
  }

  /** Packs s into scratch when it has the usual shape; false when it does not. */
  private pack(s: string): boolean {
    if (s === this.packed) return true;
    if (s.length !== this.chars || !LOWER_HEX.test(s)) return false;
    for (let k = 0; k < this.scratch.length; k++)
      this.scratch[k] = Number.parseInt(s.slice(k * 8, k * 8 + 8), 16);
    this.packed = s;
    return true;
  }

  /**
   * Appends a string and returns its index.
   * @example
   * const c = new HexColumn(16);
   * c.push('00ff00ff00ff00ff');
   * c.push('not hex');
   * assert.deepEqual([c.get(0), c.get(1)], ['00ff00ff00ff00ff', 'not hex']);
   * assert.equal(c.equals(0, '00ff00ff00ff00ff'), true);
   * assert.equal(c.hash(0), c.hashOf('00ff00ff00ff00ff'));
   * assert.equal(c.hash(1), c.hashOf('not hex'));
   */
  push(s: string): number {
    if (this.pack(s)) return this.words.push(this.scratch);
    const index = this.words.push([]); // zero words: never read, the string is kept as it is
    this.others.set(index, s);
    return index;
  }

  get(index: number): string {
    const other = this.others.get(index);
    if (other !== undefined) return other;
    let s = '';
    for (let k = 0; k < this.words.width; k++) s += this.words.word(index, k).toString(16).padStart(8, '0');
    return s;
  }

  equals(index: number, s: string): boolean {
    const other = this.others.get(index);
    if (other !== undefined) return other === s;
    if (!this.pack(s)) return false;
    for (let k = 0; k < this.scratch.length; k++)
      if (this.words.word(index, k) !== this.scratch[k]) return false;
    return true;
  }

  /** The table hash of a stored string: hashOf(the string). */
  hash(index: number): number {
    const other = this.others.get(index);
    return other !== undefined ? fnv(other) : fmix32(this.words.word(index, 0));
  }

  /** A table hash of a string: a packed string's first word, mixed; any other string's FNV hash. */
  hashOf(s: string): number {
    return this.pack(s) ? fmix32(this.scratch[0] as number) : fnv(s);
  }
}

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return fmix32(h);
}

/** MurmurHash3's finalizer: spreads every bit of a 32-bit key over the table's low bits. */
export function fmix32(h0: number): number {
  let h = h0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Tables start at this many slots, and double when half full (linear probing stays short below that). */
const FIRST_SLOTS = 1024;

/**
 * A multimap from a key to record indices as an open-addressing table of indices (linear probing, no removal).
 * The keys are not stored: the caller gives each key's hash, and tells whether a record's key is the one asked for.
 * Records are added as 0, 1, 2 …, so those sharing a key are visited in ascending index order.
 */
export class IndexTable {
  private slots = new Int32Array(FIRST_SLOTS);
  private count = 0;
  private readonly hashOf: (index: number) => number;

  /** `hashOf(index)`: the hash of a stored record's key, used to move records when the table grows. */
  constructor(hashOf: (index: number) => number) {
    this.hashOf = hashOf;
  }

  /**
   * Adds the next record index (0, then 1 …) under its key's hash.
   * @example
   * const keys = ['a', 'b', 'a'];
   * const t = new IndexTable((i) => keys[i] === 'a' ? 1 : 2);
   * keys.forEach((k, i) => t.add(k === 'a' ? 1 : 2, i));
   * const found: number[] = [];
   * t.find(1, (i) => keys[i] === 'a', (i) => { found.push(i); return false; });
   * assert.deepEqual(found, [0, 2]);
   */
  add(hash: number, index: number): void {
    if (index !== this.count) throw new Error(`IndexTable: added ${index}, expected ${this.count}`);
    if ((this.count + 1) * 2 > this.slots.length) this.grow();
    this.place(this.slots, hash, index);
    this.count++;
  }

  /** Calls visit for each record whose key matches (isKey), in the order added, until visit returns true. */
  find(hash: number, isKey: (index: number) => boolean, visit: (index: number) => boolean): void {
    const mask = this.slots.length - 1;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const v = this.slots[s] as number;
      if (v === 0) return;
      if (isKey(v - 1) && visit(v - 1)) return;
    }
  }

  private place(slots: Int32Array, hash: number, index: number): void {
    const mask = slots.length - 1;
    let s = hash & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = index + 1;
  }

  // Re-adds every record in ascending index order, which keeps each key's records in the order they were added.
  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let i = 0; i < this.count; i++) this.place(this.slots, this.hashOf(i), i);
  }
}

/** Largest arena chunk of a StringSet (a longer string gets a chunk of its own length). */
const ARENA_MAX = 1 << 20;

/**
 * A set of strings, kept as bytes: strings of characters up to U+00FF in chunked byte arenas, found through an
 * IndexTable of their FNV hashes; any other string in a plain Set.
 */
export class StringSet {
  private readonly arenas: Uint8Array[] = [];
  private used = 0;
  /** [arena, offset, length] per stored string, by index. */
  private readonly spans = new ChunkedWords(3);
  private readonly table = new IndexTable((i) => this.hashAt(i));
  private readonly wide = new Set<string>();

  /**
   * Tells whether s is in the set.
   * @example
   * const set = new StringSet();
   * assert.deepEqual([set.add('a.csv#1'), set.add('ü#2'), set.add('☃#3'), set.add('a.csv#1')], [true, true, true, false]);
   * assert.deepEqual([set.has('a.csv#1'), set.has('ü#2'), set.has('☃#3'), set.has('a.csv#2')], [true, true, true, false]);
   * assert.equal(set.size, 3);
   */
  has(s: string): boolean {
    const h = narrowHash(s);
    return h < 0 ? this.wide.has(s) : this.find(h, s);
  }

  /** Adds s; true when it was not in the set yet. */
  add(s: string): boolean {
    const h = narrowHash(s);
    if (h < 0) {
      const before = this.wide.size;
      return this.wide.add(s).size > before;
    }
    if (this.find(h, s)) return false;
    let arena = this.arenas[this.arenas.length - 1];
    if (!arena || this.used + s.length > arena.length) {
      // Arenas double from 4 KiB: a small file's keys take little room, a million keys a few hundred arenas.
      const size = Math.max(s.length, Math.min(ARENA_MAX, arena ? arena.length * 2 : 4096));
      arena = new Uint8Array(size);
      this.arenas.push(arena);
      this.used = 0;
    }
    for (let k = 0; k < s.length; k++) arena[this.used + k] = s.charCodeAt(k);
    const index = this.spans.push([this.arenas.length - 1, this.used, s.length]);
    this.used += s.length;
    this.table.add(h, index);
    return true;
  }

  private find(h: number, s: string): boolean {
    let found = false;
    this.table.find(
      h,
      (i) => this.equalsAt(i, s),
      () => {
        found = true;
        return true;
      },
    );
    return found;
  }

  get size(): number {
    return this.spans.size + this.wide.size;
  }

  private equalsAt(i: number, s: string): boolean {
    if (this.spans.word(i, 2) !== s.length) return false;
    const arena = this.arenas[this.spans.word(i, 0)] as Uint8Array;
    const start = this.spans.word(i, 1);
    for (let k = 0; k < s.length; k++) if (arena[start + k] !== s.charCodeAt(k)) return false;
    return true;
  }

  private hashAt(i: number): number {
    const arena = this.arenas[this.spans.word(i, 0)] as Uint8Array;
    const start = this.spans.word(i, 1);
    let h = 0x811c9dc5;
    for (let k = start; k < start + this.spans.word(i, 2); k++)
      h = Math.imul(h ^ (arena[k] as number), 0x01000193);
    return fmix32(h);
  }
}

/** The FNV hash of a string of characters up to U+00FF (as StringSet stores its bytes); -1 for any other string. */
function narrowHash(s: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c > 0xff) return -1;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return fmix32(h);
}
