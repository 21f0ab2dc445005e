/** True when `a` dominates `b` in the tree `heads` (root has head n). */
function dominates(heads: Int32Array, n: number, a: number, b: number): boolean {
  let x = b;
  for (let steps = 0; steps <= n && x !== n && x >= 0; steps++) {
    if (x === a) return true;
    x = heads[x];
  }
  return a === n;
}

function nonProjective(heads: Int32Array, n: number, d: number): boolean {
  const h = heads[d];
  const lo = Math.min(h, d);
  const hi = Math.max(h, d);
  for (let k = lo + 1; k < hi; k++) if (!dominates(heads, n, h, k)) return true;
  return false;
}

/**
 * Projectivize by lifting: the shortest non-projective arc moves its dependent to the
 * grandparent, until none is left. Heads use `n` for ROOT. Returns how many lifts were made.
 */
export function projectivize(heads: Int32Array): number {
  const n = heads.length;
  let lifts = 0;
  for (;;) {
    let pick = -1;
    let pickLen = Number.POSITIVE_INFINITY;
    for (let d = 0; d < n; d++) {
      const len = Math.abs(heads[d] - d);
      if (len < pickLen && heads[d] !== n && nonProjective(heads, n, d)) {
        pick = d;
        pickLen = len;
      }
    }
    if (pick < 0) return lifts;
    heads[pick] = heads[heads[pick]];
    lifts++;
  }
}
