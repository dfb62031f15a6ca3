/**
 * An open-addressing hash table from (node, stem id) to child node, for the matcher's token trie: typed arrays
 * instead of a Map keyed by numbers beyond the small-integer range, which V8 hashes slowly.
 * @module
 */

/** The trie's edges. */
export class EdgeTable {
  // Slot i holds node, stem and child at 3i, 3i+1, 3i+2 (node -1: empty): a probe reads one cache line, not three
  // arrays, and the table is far larger than the CPU cache.
  private slots: Int32Array;
  private mask: number;
  /** Number of edges stored. */
  size = 0;

  constructor(capacity = 1 << 16) {
    let cap = 1;
    while (cap < capacity * 2) cap <<= 1;
    this.slots = new Int32Array(cap * 3).fill(-1);
    this.mask = cap - 1;
  }

  // The offset of the slot holding (node, stem), or of the empty slot where it would go.
  private slot(node: number, stem: number): number {
    const slots = this.slots;
    let h = (Math.imul(node, 0x9e3779b1) ^ Math.imul(stem, 0x85ebca6b)) & this.mask;
    while (slots[3 * h] !== -1 && (slots[3 * h] !== node || slots[3 * h + 1] !== stem))
      h = (h + 1) & this.mask;
    return 3 * h;
  }

  /**
   * The child of `node` along `stem`, or -1.
   * @example
   * const t = new EdgeTable();
   * t.set(0, 7, 1);
   * assert.equal(t.get(0, 7), 1);
   */
  get(node: number, stem: number): number {
    const at = this.slot(node, stem);
    return this.slots[at] === -1 ? -1 : (this.slots[at + 2] as number);
  }

  /**
   * Stores an edge (growing the table when half full).
   * @example
   * const t = new EdgeTable();
   * t.set(3, 4, 5);
   * assert.equal(t.get(3, 4), 5);
   */
  set(node: number, stem: number, child: number): void {
    if ((this.size + 1) * 2 > this.slots.length / 3) this.grow();
    const at = this.slot(node, stem);
    if (this.slots[at] === -1) this.size++;
    this.slots[at] = node;
    this.slots[at + 1] = stem;
    this.slots[at + 2] = child;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2).fill(-1);
    this.mask = this.slots.length / 3 - 1;
    this.size = 0;
    for (let i = 0; i < old.length; i += 3)
      if (old[i] !== -1) this.set(old[i] as number, old[i + 1] as number, old[i + 2] as number);
  }
}
