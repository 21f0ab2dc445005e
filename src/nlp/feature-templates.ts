/**
 * Feature templates compiled to flat tables and hashed in a few tight loops. Template
 * `[id, "a", "b"]` yields exactly `feat2(id, atoms.a, atoms.b)` (likewise for one and three
 * atoms), and `[RAW, "a"]` copies atom `a` unchanged (a value that is already a feature hash).
 * Output order is the template order. Hashing from tables avoids one function call per feature,
 * which the JIT does not inline in extractors with a hundred calls.
 */
export const RAW = -1;

/** A template: its id (or RAW) and the names of the atoms it combines (1 to 3). */
export type Template<A extends string> = readonly [number, A] | readonly [number, A, A] | readonly [number, A, A, A];

const K1 = 0x9e3779b1;
const K2 = 0x85ebca6b;
const K3 = 0xc2b2ae35;

export class TemplateSet<A extends string> {
  /** Number of features `hash` writes. */
  readonly size: number;
  /** Number of atoms a caller fills, in the order of the names given to the constructor. */
  readonly atoms: number;
  // Per arity: output position, seed (`imul(id + 1, K1)`) and atom indices of each template.
  private readonly pos: Int32Array[] = [];
  private readonly seed: Int32Array[] = [];
  private readonly i1: Int32Array[] = [];
  private readonly i2: Int32Array[] = [];
  private readonly i3: Int32Array[] = [];

  constructor(atomNames: readonly A[], templates: readonly Template<A>[]) {
    const index = new Map(atomNames.map((a, i) => [a, i]));
    if (index.size !== atomNames.length) throw new RangeError("feature templates: duplicate atom name");
    const at = (name: A): number => {
      const i = index.get(name);
      if (i === undefined) throw new RangeError(`feature templates: unknown atom "${name}"`);
      return i;
    };
    // group 0: RAW copies; groups 1-3: hashes of one to three atoms
    const groups: number[][] = [[], [], [], []];
    templates.forEach((t, j) => {
      groups[t[0] === RAW ? 0 : t.length - 1].push(j);
    });
    if (groups[0].some((j) => templates[j].length !== 2)) throw new RangeError("feature templates: RAW takes one atom");
    for (const g of groups) {
      this.pos.push(Int32Array.from(g));
      this.seed.push(Int32Array.from(g, (j) => Math.imul(templates[j][0] + 1, K1)));
      this.i1.push(Int32Array.from(g, (j) => at(templates[j][1])));
      this.i2.push(Int32Array.from(g, (j) => (templates[j].length > 2 ? at(templates[j][2] as A) : 0)));
      this.i3.push(Int32Array.from(g, (j) => (templates[j].length > 3 ? at(templates[j][3] as A) : 0)));
    }
    this.size = templates.length;
    this.atoms = atomNames.length;
  }

  /** Hash every template over `atoms` into `out[0..size)`; returns `size`. */
  hash(atoms: Int32Array, out: Uint32Array): number {
    hashRaw(this.pos[0], this.i1[0], atoms, out);
    hash1(this.pos[1], this.seed[1], this.i1[1], atoms, out);
    hash2(this.pos[2], this.seed[2], this.i1[2], this.i2[2], atoms, out);
    hash3(this.pos[3], this.seed[3], this.i1[3], this.i2[3], this.i3[3], atoms, out);
    return this.size;
  }
}

function hashRaw(pos: Int32Array, i1: Int32Array, a: Int32Array, out: Uint32Array): void {
  for (let j = 0; j < pos.length; j++) out[pos[j]] = a[i1[j]];
}

// The loops below inline `fmix` of hash.ts (xorshift-multiply) so that no call is left in them.

function hash1(pos: Int32Array, seed: Int32Array, i1: Int32Array, a: Int32Array, out: Uint32Array): void {
  for (let j = 0; j < pos.length; j++) {
    let h = seed[j] ^ a[i1[j]];
    h ^= h >>> 16;
    h = Math.imul(h, 0x7feb352d);
    h ^= h >>> 15;
    h = Math.imul(h, 0x846ca68b);
    out[pos[j]] = h ^ (h >>> 16);
  }
}

function hash2(
  pos: Int32Array,
  seed: Int32Array,
  i1: Int32Array,
  i2: Int32Array,
  a: Int32Array,
  out: Uint32Array,
): void {
  for (let j = 0; j < pos.length; j++) {
    let h = Math.imul(seed[j] ^ a[i1[j]], K2) ^ a[i2[j]];
    h ^= h >>> 16;
    h = Math.imul(h, 0x7feb352d);
    h ^= h >>> 15;
    h = Math.imul(h, 0x846ca68b);
    out[pos[j]] = h ^ (h >>> 16);
  }
}

function hash3(
  pos: Int32Array,
  seed: Int32Array,
  i1: Int32Array,
  i2: Int32Array,
  i3: Int32Array,
  a: Int32Array,
  out: Uint32Array,
): void {
  for (let j = 0; j < pos.length; j++) {
    let h = Math.imul(Math.imul(seed[j] ^ a[i1[j]], K2) ^ a[i2[j]], K3) ^ a[i3[j]];
    h ^= h >>> 16;
    h = Math.imul(h, 0x7feb352d);
    h ^= h >>> 15;
    h = Math.imul(h, 0x846ca68b);
    out[pos[j]] = h ^ (h >>> 16);
  }
}
