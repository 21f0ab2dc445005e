import type { CodedEvent, EventParty } from "../../doc/layers/events.js";
import { slotTokens } from "./slots.js";
import { baseRel, type Tree } from "./tree.js";

/** What the sibling rule needs of a coded event: its trigger token and the event. */
interface Coded {
  readonly token: number;
  readonly event: CodedEvent;
}

const LINKED = new Set(["advcl", "xcomp", "conj"]);

/**
 * "Police opened fire to disperse the marchers, killing one man": an act with no recipient of its own,
 * in a clause linked to another (a purpose, a result, a conjunct), is aimed at whom the act of the same
 * PLOVER type, source and status of the main clause or a sibling clause is aimed at.
 */
export function siblingTarget(tree: Tree, drafts: readonly Coded[], d: Coded): EventParty | null {
  if (d.event.target !== null) return null;
  const own = LINKED.has(baseRel(tree.rel(d.token)));
  const h = own ? tree.head(d.token) : d.token;
  const near = new Set([h, ...(tree.children[h] ?? []).filter((c) => LINKED.has(baseRel(tree.rel(c))))]);
  near.delete(d.token);
  const mate = drafts.find(
    (o) =>
      near.has(o.token) &&
      o.event.target !== null &&
      o.event.plover.type === d.event.plover.type &&
      o.event.status === d.event.status &&
      o.event.source.code === d.event.source.code,
  );
  return mate?.event.target ?? null;
}

/**
 * "Pakistan refused to deploy peacekeepers in Iraq", "threatened to impose a curfew in Algiers": a
 * reported act with no recipient of its own, whose complement is an act of the same source that has not
 * happened (refused, threatened, promised, asked for), is aimed at whom that act would be aimed at.
 */
export function goalTarget(tree: Tree, drafts: readonly Coded[], d: Coded): EventParty | null {
  if (d.event.target !== null || d.event.status !== "reported") return null;
  const goals = new Set(slotTokens(tree, d.token, "goal"));
  const act = drafts.find(
    (o) =>
      goals.has(o.token) &&
      o.event.target !== null &&
      o.event.status !== "reported" &&
      o.event.source.code === d.event.source.code &&
      o.event.target.country !== d.event.source.country,
  );
  return act?.event.target ?? null;
}
