import type { TimeExpression } from "../../doc/layers/times.js";
import type { TokenView } from "./view.js";

/** A doc's time expressions, looked up by anchor token and by offset (built once per view). */
interface TimeIndex {
  readonly times: readonly TimeExpression[];
  /** The first expression anchored to each token. */
  readonly byAnchor: ReadonlyMap<number, TimeExpression>;
  /** Whether the expressions are in order of start offset (as the times stage writes them). */
  readonly sorted: boolean;
}

const indexes = new WeakMap<TokenView, TimeIndex>();

export function timeIndex(v: TokenView): TimeIndex {
  let idx = indexes.get(v);
  if (!idx) {
    const times = v.doc.times ?? [];
    const byAnchor = new Map<number, TimeExpression>();
    let sorted = true;
    times.forEach((t, i) => {
      if (t.anchor !== null && !byAnchor.has(t.anchor)) byAnchor.set(t.anchor, t);
      if (i > 0 && (times[i - 1] as TimeExpression).start > t.start) sorted = false;
    });
    idx = { times, byAnchor, sorted };
    indexes.set(v, idx);
  }
  return idx;
}

/** Index of the first expression that can start at or after `offset` (0 when the list is not sorted). */
export function firstTimeFrom(idx: TimeIndex, offset: number): number {
  if (!idx.sorted) return 0;
  let lo = 0;
  let hi = idx.times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((idx.times[mid] as TimeExpression).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
