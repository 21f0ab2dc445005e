import { layer } from "../../doc/doc.js";
import type { Mention } from "../../doc/layers/mentions.js";
import type { ResolveCtx } from "./resolve.js";

/**
 * "the Centre for Maritime Strategy in Singapore", "militants in Gaza": the state of the country,
 * capital or territory named right after an actor's name or description with "in", or null.
 */
export function locatedIn(r: ResolveCtx, m: Mention): string | null {
  if (r.word(m.endToken)?.toLowerCase() !== "in") return null;
  // "in the Ivory Coast", "in south Serbia", "in northern Iraq"
  let at = m.endToken + 1;
  if (r.word(at)?.toLowerCase() === "the") at++;
  if (COMPASS.test(r.word(at) ?? "")) at++;
  const place = layer(r.doc, "mentions").find((x) => x.kind === "name" && x.firstToken === at);
  const ref = place?.ref;
  if (ref === undefined || ref === null || ref.code === null) return null;
  if (ref.source !== "country" && ref.source !== "capital" && ref.source !== "region") return null;
  return /^[A-Z]{3}$/.test(ref.code) && r.lex.countryNames.has(ref.code) ? ref.code : null;
}

const COMPASS = /^(north|south|east|west|central|(north|south)(east|west)|(north|south|east|west)(ern))$/;

/**
 * A capital the mentions stage read as a place that the phrase makes its government: "relations
 * between Moscow and Kyiv", two states coordinated after "between". "meat from Bishkek", "a road
 * between Moscow and Tver" stay places.
 */
export function capitalActs(r: ResolveCtx, m: Mention): boolean {
  if (m.ref?.source !== "capital" || m.ref.code === null) return false;
  const names = layer(r.doc, "mentions").filter((x) => x.kind === "name");
  const state = (x: Mention | undefined) =>
    (x?.ref?.source === "capital" || x?.ref?.source === "country") && x.ref.code !== m.ref?.code;
  // (the second of the pair too: "talks between Moscow and Kyiv")
  if (r.word(m.firstToken - 1)?.toLowerCase() === "and") {
    const first = names.find((x) => x.endToken === m.firstToken - 1);
    return first !== undefined && r.word(first.firstToken - 1)?.toLowerCase() === "between" && state(first);
  }
  if (r.word(m.firstToken - 1)?.toLowerCase() !== "between" || r.word(m.endToken)?.toLowerCase() !== "and")
    return false;
  return state(names.find((x) => x.firstToken === m.endToken + 1));
}

/**
 * The country of an actor the text gives none: "in <place>" right after it (unless `placeable` is
 * false: a one-word name before "in" is too often a place itself, "Hall in London"), else for police
 * and courts, which act at home, the story's country: its dateline's ("DHAKA — Police detained ..."),
 * else the one country its opening sentences name; not when police or courts of another state were
 * named before.
 */
export function placedCountry(r: ResolveCtx, m: Mention, sector: string | null, placeable = true): string | null {
  const home = r.datelineCountry ?? r.leadCountry;
  const domestic = sector === "COP" || sector === "JUD";
  // "LONDON — French police ... Police said": the police of another state named before are no help
  const foreign = r.drafts.list.some((d) => d.sector === sector && d.country !== null && d.country !== home);
  return (placeable ? locatedIn(r, m) : null) ?? (domestic && !foreign ? home : null);
}
