import type { Actor } from "../../doc/layers/actors.js";
import type { EventParty } from "../../doc/layers/events.js";
import { isDerived } from "./groups.js";
import type { PlaceCountry } from "./location.js";
import type { Roles } from "./roles.js";

export interface Pair {
  readonly source: EventParty;
  readonly target: EventParty | null;
  /** Emitted as the mirror of another pair (host -> visitor). */
  readonly mirrored: boolean;
}

export function partyOf(a: Actor): EventParty {
  return { actor: isDerived(a) ? null : a.id, code: a.code, country: a.country, sector: a.sector };
}

function placeParty(p: PlaceCountry): EventParty {
  return { actor: null, code: p.country, country: p.country, sector: null };
}

/** Sectors of actors that belong to no state: international and non-governmental bodies, companies. */
const STATELESS = new Set(["IGO", "NGO", "BUS"]);
/** Sectors that face their own state as a side: rebels and the opposition. */
const OPPONENTS = new Set(["REB", "OPP"]);

const uniq = (xs: readonly Actor[]) => xs.filter((a, i) => xs.indexOf(a) === i);

/**
 * Source-target pairs of one trigger: every pair of a compound actor, both directions for symmetric
 * events, and the mirrored pair (host -> visitor) when the entry asks for one.
 */
export function expandPairs(
  roles: Roles,
  symmetric: boolean,
  mirror: boolean,
  distinct: (s: EventParty, t: EventParty) => boolean = () => false,
): Pair[] {
  const out: Pair[] = [];
  // An actor never acts on itself; two parties with one and the same code (USAGOV -> USAGOV) are
  // almost always one side resolved twice, so precision comes first, unless `distinct` tells two
  // named groups apart (two militias of one country).
  const self = (s: EventParty, t: EventParty) =>
    (s.actor !== null && s.actor === t.actor) ||
    (s.code !== null && s.code === t.code && !(s.actor !== null && t.actor !== null && distinct(s, t)));
  const add = (s: EventParty, t: EventParty | null, mirrored = false) => {
    if (t && self(s, t)) return;
    // Meeting or calling one's own state ("Wang ... China") is one side resolved twice, too; not a
    // state and the armed or political opposition it talks to ("Colombia and the ELN rebels").
    if (
      t &&
      symmetric &&
      s.country !== null &&
      s.country === t.country &&
      (s.code === s.country || t.code === t.country) &&
      !OPPONENTS.has(s.sector ?? t.sector ?? "")
    )
      return;
    if (
      out.some(
        (p) =>
          p.source.actor === s.actor &&
          p.source.code === s.code &&
          p.target?.actor === t?.actor &&
          p.target?.code === t?.code,
      )
    )
      return;
    out.push({ source: s, target: t, mirrored });
  };
  const sources = roles.sources.length ? roles.sources : roles.participants;
  // "sent inspectors to the plant in central Iran": a recipient with no country of its own is of the place
  // (not a body that has none by nature: "restricted Human Rights Watch in Sinai").
  const place = roles.place;
  const targets = roles.targets
    .map(partyOf)
    .map((t) =>
      t.country === null && place && !STATELESS.has(t.sector ?? "")
        ? { ...t, country: place.country, code: `${place.country}${t.sector ?? ""}` }
        : t,
    );
  if (!targets.length && place) targets.push(...[place, ...(roles.morePlaces ?? [])].map(placeParty));
  if (symmetric) {
    if (targets.length) {
      for (const s of uniq([...sources, ...roles.participants])) {
        for (const t of targets) {
          add(partyOf(s), t);
          add(t, partyOf(s));
        }
      }
    } else {
      const group = uniq([...sources, ...roles.participants]);
      if (group.length === 1 && group[0]) add(partyOf(group[0]), null);
      const pivot = roles.pivot ?? [];
      const paired = (a: Actor, b: Actor) => !pivot.length || pivot.includes(a) !== pivot.includes(b);
      for (const a of group) for (const b of group) if (a !== b && paired(a, b)) add(partyOf(a), partyOf(b));
    }
    return out;
  }
  for (const s of sources) {
    const p = partyOf(s);
    for (const t of targets) {
      add(p, t);
      if (mirror) add(t, p, true);
    }
    // No target, or only the source itself resolved twice ("Iraqi Kurds ... independence from Iraq"):
    // the act stands with no recipient.
    if (targets.every((t) => self(p, t))) add(p, null);
  }
  return out;
}
