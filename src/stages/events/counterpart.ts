import type { EventParty } from "../../doc/layers/events.js";
import type { ReferentDraft } from "./referents.js";

/** QuadClass of verbal and of material conflict (1-2 are cooperation). */
const VERBAL_CONFLICT = 3;
const MATERIAL_CONFLICT = 4;

/** How far back (in sentences) the counterpart of an actor is looked for. */
const WINDOW = 3;

/**
 * The party an actor is dealing with in the story told so far, for an act of its that names no
 * recipient ("Beijing rejected the account", "the EU warned that further steps could follow"): the
 * other side of the latest earlier act, within the window, that had this actor's country as its
 * source or its target, when that side is another country. News tells one dyad at a time, so an
 * actor's answer with no addressee is addressed to whoever it was last dealing with. Failing that,
 * the recipient of the latest earlier act of the same PLOVER type by another party ("Turkey sent aid
 * to Iran ... Qatar pledged 10 million dollars"). Returns null when the actor has no country or no
 * such act was told.
 */
export function counterpartOf(
  drafts: readonly ReferentDraft[],
  d: ReferentDraft,
  sentenceOf: (token: number) => number,
): EventParty | null {
  const own = d.event.source.country;
  if (!own) return null;
  const here = sentenceOf(d.token);
  // "Russia and Ukraine signed deals with Turkey and the UN ... since Moscow's invasion began": force is
  // used against an adversary, not a partner: only an act of conflict tells whom
  const force = d.event.quadClass === MATERIAL_CONFLICT;
  for (let k = drafts.length - 1; k >= 0; k--) {
    const o = drafts[k] as ReferentDraft;
    if (o.token >= d.token || here - sentenceOf(o.token) > WINDOW) continue;
    if (force && (o.event.quadClass ?? 0) < VERBAL_CONFLICT) continue;
    const { source, target } = o.event;
    if (!target?.country || !source.country || source.country === target.country) continue;
    if (source.country === own) return target;
    if (target.country === own) return source;
  }
  // "Turkey sent aid to Iran ... Qatar pledged 10 million dollars": an act like one just told of
  // another party, with no recipient of its own, goes to the same recipient.
  const type = d.event.plover.type;
  for (let k = drafts.length - 1; k >= 0; k--) {
    const o = drafts[k] as ReferentDraft;
    if (o.token >= d.token || here - sentenceOf(o.token) > WINDOW) continue;
    const { source, target } = o.event;
    if (o.event.plover.type !== type || !target?.country || target.country === own) continue;
    if (source.country && source.country !== own && source.country !== target.country) return target;
  }
  return mainCounterpart(drafts, own);
}

/**
 * The other state the whole story is about: the country, other than `own`, that takes part in the
 * most coded acts of the article (Iran in a story on aid after an earthquake in Iran), when it leads
 * the next one clearly. Null when none does.
 */
function mainCounterpart(drafts: readonly ReferentDraft[], own: string): EventParty | null {
  const counts = new Map<string, { n: number; party: EventParty }>();
  for (const o of drafts) {
    for (const p of [o.event.source, o.event.target]) {
      if (!p?.country || p.country === own) continue;
      const c = counts.get(p.country) ?? { n: 0, party: { ...p, actor: null, sector: null, code: p.country } };
      c.n++;
      counts.set(p.country, c);
    }
  }
  const [first, second] = [...counts.values()].sort((a, b) => b.n - a.n);
  return first && first.n >= 3 && first.n >= 2 * (second?.n ?? 0) ? first.party : null;
}
