/** Arc-hybrid transitions. ROOT is the extra index `n`, placed at the end of the buffer. */
export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const N_TRANSITIONS = 3;

/**
 * A parser configuration over a sentence of `n` words, with reusable integer arrays.
 * `heads[i]` is -1 while unattached and `n` when attached to ROOT.
 */
export class ParseState {
  n = 0;
  sp = 0;
  b = 0;
  stack = new Int32Array(0);
  heads = new Int32Array(0);
  /** Leftmost / second leftmost / rightmost / second rightmost child, -1 when none. */
  lc1 = new Int32Array(0);
  lc2 = new Int32Array(0);
  rc1 = new Int32Array(0);
  rc2 = new Int32Array(0);
  nLeft = new Int32Array(0);
  nRight = new Int32Array(0);
  /** Relation of the arc into each token (-1 unlabelled) and hashed label sets of left / right children. */
  rel = new Int32Array(0);
  lset = new Int32Array(0);
  rset = new Int32Array(0);

  reset(n: number): void {
    if (this.stack.length < n + 1) {
      const size = Math.max(n + 1, 2 * this.stack.length);
      this.stack = new Int32Array(size);
      this.heads = new Int32Array(size);
      this.lc1 = new Int32Array(size);
      this.lc2 = new Int32Array(size);
      this.rc1 = new Int32Array(size);
      this.rc2 = new Int32Array(size);
      this.nLeft = new Int32Array(size);
      this.nRight = new Int32Array(size);
      this.rel = new Int32Array(size);
      this.lset = new Int32Array(size);
      this.rset = new Int32Array(size);
    }
    this.n = n;
    this.sp = 0;
    this.b = 0;
    this.heads.fill(-1, 0, n + 1);
    this.lc1.fill(-1, 0, n + 1);
    this.lc2.fill(-1, 0, n + 1);
    this.rc1.fill(-1, 0, n + 1);
    this.rc2.fill(-1, 0, n + 1);
    this.nLeft.fill(0, 0, n + 1);
    this.nRight.fill(0, 0, n + 1);
    this.rel.fill(-1, 0, n + 1);
    this.lset.fill(0, 0, n + 1);
    this.rset.fill(0, 0, n + 1);
  }

  /** Record the relation of the (already attached) arc into `dep`. */
  setLabel(dep: number, label: number): void {
    const head = this.heads[dep];
    this.rel[dep] = label;
    if (head < 0) return;
    if (dep < head) this.lset[head] |= 1 << (label & 31);
    else this.rset[head] |= 1 << (label & 31);
  }

  terminal(): boolean {
    return this.b === this.n && this.sp === 0;
  }

  valid(t: number): boolean {
    if (t === SHIFT) return this.b < this.n;
    if (t === LEFT) return this.sp >= 1;
    return this.sp >= 2;
  }

  /** Stack item at depth d (0 = top), or -1. */
  s(d: number): number {
    return d < this.sp ? this.stack[this.sp - 1 - d] : -1;
  }

  apply(t: number): void {
    if (t === SHIFT) {
      this.stack[this.sp++] = this.b++;
    } else if (t === LEFT) {
      this.attach(this.b, this.stack[--this.sp]);
    } else {
      const dep = this.stack[--this.sp];
      this.attach(this.stack[this.sp - 1], dep);
    }
  }

  private attach(head: number, dep: number): void {
    this.heads[dep] = head;
    if (dep < head) {
      this.nLeft[head]++;
      if (this.lc1[head] === -1 || dep < this.lc1[head]) {
        this.lc2[head] = this.lc1[head];
        this.lc1[head] = dep;
      } else if (this.lc2[head] === -1 || dep < this.lc2[head]) {
        this.lc2[head] = dep;
      }
    } else {
      this.nRight[head]++;
      if (dep > this.rc1[head]) {
        this.rc2[head] = this.rc1[head];
        this.rc1[head] = dep;
      } else if (dep > this.rc2[head]) {
        this.rc2[head] = dep;
      }
    }
  }
}
