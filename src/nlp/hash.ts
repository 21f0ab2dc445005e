/** FNV-1a 32-bit hash of a string (UTF-16 code units), as an unsigned integer. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mix one more integer into a running hash (murmur3-style round). */
export function mix(h: number, v: number): number {
  let k = Math.imul(v | 0, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  let x = h ^ k;
  x = (x << 13) | (x >>> 19);
  return (Math.imul(x, 5) + 0xe6546b64) | 0;
}

/** Final avalanche so that low bits depend on every input bit. */
export function finish(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Cheap finalizer for feature hashes (xorshift-multiply). */
function fmix(x: number): number {
  let h = x ^ (x >>> 16);
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Hash of a feature template id and up to three integer values (hot path: multiply-xor chain). */
export function feat1(t: number, a: number): number {
  return fmix(Math.imul(t + 1, 0x9e3779b1) ^ a);
}

export function feat2(t: number, a: number, b: number): number {
  return fmix(Math.imul(Math.imul(t + 1, 0x9e3779b1) ^ a, 0x85ebca6b) ^ b);
}

export function feat3(t: number, a: number, b: number, c: number): number {
  return fmix(Math.imul(Math.imul(Math.imul(t + 1, 0x9e3779b1) ^ a, 0x85ebca6b) ^ b, 0xc2b2ae35) ^ c);
}
