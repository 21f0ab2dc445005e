/**
 * One-to-one matching of system events to gold events (a bipartite graph whose edges are the
 * compatible pairs). `greedyMatching` takes, for each system event in order, the first free
 * compatible gold event; `maximumMatching` finds a matching of maximum size by augmenting paths
 * (Kuhn), so one event cannot take a gold event that another event alone could match.
 */

/** For each left item, the index of its right partner, or -1. */
export type Matching = number[];

/** First-come matching: left items in order take the first free compatible right item. */
export function greedyMatching(nLeft: number, nRight: number, ok: (l: number, r: number) => boolean): Matching {
  const taken = new Array<boolean>(nRight).fill(false);
  const out: Matching = [];
  for (let l = 0; l < nLeft; l++) {
    let pick = -1;
    for (let r = 0; r < nRight && pick < 0; r++) if (!taken[r] && ok(l, r)) pick = r;
    if (pick >= 0) taken[pick] = true;
    out.push(pick);
  }
  return out;
}

/**
 * Maximum matching. Each of `phases` (edge filters, each meant as a subset of `ok`) is run in
 * turn, then `ok` itself; a phase adds pairs by augmenting paths, which never unmatch an item, so
 * the result is a maximum matching of the whole graph that keeps every item an earlier phase
 * matched (used to match required gold events before optional ones, and pairs whose date is also
 * right before the others).
 */
export function maximumMatching(
  nLeft: number,
  nRight: number,
  ok: (l: number, r: number) => boolean,
  phases: ReadonlyArray<(l: number, r: number) => boolean> = [],
): Matching {
  const adj: number[][] = [];
  for (let l = 0; l < nLeft; l++) {
    const row: number[] = [];
    for (let r = 0; r < nRight; r++) if (ok(l, r)) row.push(r);
    adj.push(row);
  }
  const leftOf = new Array<number>(nRight).fill(-1);
  const rightOf: Matching = new Array<number>(nLeft).fill(-1);
  const augment = (l: number, seen: boolean[], allowed: (l: number, r: number) => boolean): boolean => {
    for (const r of adj[l] ?? []) {
      if (seen[r] || !allowed(l, r)) continue;
      seen[r] = true;
      const holder = leftOf[r] ?? -1;
      if (holder < 0 || augment(holder, seen, allowed)) {
        leftOf[r] = l;
        rightOf[l] = r;
        return true;
      }
    }
    return false;
  };
  for (const allowed of [...phases, () => true]) {
    for (let l = 0; l < nLeft; l++) {
      if ((rightOf[l] ?? -1) >= 0) continue;
      augment(l, new Array<boolean>(nRight).fill(false), allowed);
    }
  }
  return rightOf;
}
