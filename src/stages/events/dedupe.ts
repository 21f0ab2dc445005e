import type { CodedEvent } from "../../doc/layers/events.js";

/** An event with what the coder knew when it made it (used for re-mentions; not part of the record). */
export interface Draft {
  readonly event: CodedEvent;
  readonly noun: boolean;
  readonly ownDate: boolean;
  readonly token: number;
  /** The trigger, or the light verb that carries an event noun. */
  readonly clause: number;
  /** The target is a guess from context (the author's latest counterpart), not the text's. */
  readonly guessedTarget?: boolean;
  /** The converse of the trigger's own event ("received by Y": Y hosts, and X visits). */
  readonly mirrored?: boolean;
  /** A reported verdict or must/should, an event only when it names whom ("said the order was illegal"). */
  readonly judged?: boolean;
  /** One party's intent to do no act the lexicon knows (no goal), an event only when made to someone. */
  readonly aimless?: boolean;
}

const sideKey = (p: CodedEvent["source"] | null) => (p ? `${p.country ?? p.code ?? p.actor}|${p.sector ?? ""}` : "-");

/**
 * Drops re-mentions: a later event noun with no date or no target of its own that repeats an earlier
 * event's source and code, with the same status or as a plain mention of a planned one ("Lavrov's
 * visit" after "Lavrov's scheduled visit to China"; talks to begin after talks held are new talks),
 * an event noun whose verb, or another noun of the same verb, codes the same act between the same sides
 * ("sent aid": send and aid; "held talks and negotiations"),
 * a converse event ("received by": a visit) already told in its sentence,
 * and exact duplicates on the gold dedup key (source, target, code, date, status) with the same PLOVER mode.
 */
export function dedupe(drafts: readonly Draft[]): CodedEvent[] {
  const out: Draft[] = [];
  const keys = new Set<string>();
  const act = (token: number, e: CodedEvent) =>
    `${token}/${e.plover.type}/${e.status}/${sideKey(e.source)}/${sideKey(e.target)}`;
  const verbs = new Set(drafts.filter((d) => !d.noun).map((d) => act(d.token, d.event)));
  const carried = new Set<string>();
  for (const d of drafts) {
    const e = d.event;
    // "sent food aid to Malawi": the verb's own event already codes the act its object noun names;
    // "held talks and negotiations with Iraq": coordinated nouns of one light verb are one act.
    if (d.noun && d.clause !== d.token) {
      const k = act(d.clause, e);
      if (verbs.has(k) || carried.has(k)) continue;
      carried.add(k);
    }
    // "arrived in Tokyo and were received by the prime minister": the visit the hosting implies is told already.
    const told = (o: Draft) =>
      o.event.sentence === e.sentence &&
      o.event.cameo === e.cameo &&
      o.event.status === e.status &&
      o.event.source.country === e.source.country &&
      o.event.target?.country === e.target?.country;
    if (d.mirrored && out.some(told)) continue;
    const ownTarget = e.target !== null && d.guessedTarget !== true;
    if (d.noun && (!d.ownDate || !ownTarget)) {
      const earlier = out.find(
        (o) =>
          o.event.cameo === e.cameo &&
          // (a truce taking effect is not the truce declared: same code, another PLOVER type)
          o.event.plover.type === e.plover.type &&
          (o.event.status === e.status || (o.event.status === "planned" && e.status === "reported")) &&
          o.token !== d.token &&
          sideKey(o.event.source) === sideKey(e.source) &&
          (!ownTarget || o.event.target?.country === e.target?.country),
      );
      if (earlier) continue;
    }
    // (two acts of one code and sides told apart by their mode are two: "recalled its ambassador and expelled
    // three Turkish diplomats", withdraw and expel)
    const key = [
      sideKey(e.source),
      sideKey(e.target),
      e.cameo,
      e.plover.type,
      e.plover.mode,
      e.date.start,
      e.date.end,
      e.status,
    ].join("/");
    if (keys.has(key)) continue;
    keys.add(key);
    out.push(d);
  }
  return out.map((d) => d.event);
}
