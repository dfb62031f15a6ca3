/**
 * An open-addressing hash table from (node, stem id) to child node, for the matcher's token trie: typed arrays
 * instead of a Map keyed by numbers beyond the small-integer range, which V8 hashes slowly.
 * @module
 */

/** The trie's edges. */
export class EdgeTable {
  private nodes: Int32Array;
  private stems: Int32Array;
  private children: Int32Array;
  private mask: number;
  /** Number of edges stored. */
  size = 0;

  constructor(capacity = 1 << 16) {
    let cap = 1;
    while (cap < capacity * 2) cap <<= 1;
    this.nodes = new Int32Array(cap).fill(-1);
    this.stems = new Int32Array(cap);
    this.children = new Int32Array(cap);
    this.mask = cap - 1;
  }

  private slot(node: number, stem: number): number {
    let h = (Math.imul(node, 0x9e3779b1) ^ Math.imul(stem, 0x85ebca6b)) & this.mask;
    while (this.nodes[h] !== -1 && (this.nodes[h] !== node || this.stems[h] !== stem))
      h = (h + 1) & this.mask;
    return h;
  }

  /**
   * The child of `node` along `stem`, or -1.
   * @example
   * const t = new EdgeTable();
   * t.set(0, 7, 1);
   * assert.equal(t.get(0, 7), 1);
   */
  get(node: number, stem: number): number {
    const h = this.slot(node, stem);
    return this.nodes[h] === -1 ? -1 : (this.children[h] as number);
  }

  /**
   * Stores an edge (growing the table when half full).
   * @example
   * const t = new EdgeTable();
   * t.set(3, 4, 5);
   * assert.equal(t.get(3, 4), 5);
   */
  set(node: number, stem: number, child: number): void {
    if ((this.size + 1) * 2 > this.nodes.length) this.grow();
    const h = this.slot(node, stem);
    if (this.nodes[h] === -1) this.size++;
    this.nodes[h] = node;
    this.stems[h] = stem;
    this.children[h] = child;
  }

  private grow(): void {
    const { nodes, stems, children } = this;
    const cap = nodes.length * 2;
    this.nodes = new Int32Array(cap).fill(-1);
    this.stems = new Int32Array(cap);
    this.children = new Int32Array(cap);
    this.mask = cap - 1;
    this.size = 0;
    for (let i = 0; i < nodes.length; i++)
      if (nodes[i] !== -1) this.set(nodes[i] as number, stems[i] as number, children[i] as number);
  }
}
