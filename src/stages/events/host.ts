import type { Actor } from "../../doc/layers/actors.js";
import { actorLexicon } from "../actors/lexicon/index.js";
import type { Lexicon, Place } from "./lexicon/schema.js";
import { clauseCountry, placeOf } from "./location.js";
import { caseOf, isPassive, type Tree } from "./tree.js";

/**
 * A wire dateline at the start of a line: a place, an optional ", March 17" or ", Country", an
 * optional "(Agency)", then a dash ("MOSCOW, March 17 — ...", "THE HAGUE — ...").
 */
const DATELINE =
  /^[ \t]*(\p{Lu}[\p{L}.'’ -]{1,40}?)(?:,[^\n—–]{1,40}?)?(?:[ \t]*\([^)\n]{1,30}\))?[ \t]*(?:—|–|--?)[ \t]/gmu;

/**
 * The town a story is filed from, by its first dateline within the opening lines, and where that
 * dateline ends; null if none names a gazetteer town.
 */
export function datelineTown(lex: Lexicon, text: string): { town: Place; end: number } | null {
  for (const m of text.slice(0, 1200).matchAll(DATELINE)) {
    const town = lex.places.get((m[1] ?? "").trim().toLowerCase());
    if (town) return { town, end: (m.index ?? 0) + m[0].length };
  }
  return null;
}

/** Words of meeting at a distance ("by video", "held talks by telephone", "met virtually"). */
const REMOTE = new Set(["phone", "telephone", "video", "videoconference", "virtual", "virtually", "online", "call"]);
/** Venues a lead sentence names in the town it is filed from ("at the Planalto Palace"). */
const VENUES = new Set([
  "palace",
  "house",
  "hall",
  "hotel",
  "building",
  "office",
  "ministry",
  "residence",
  "headquarters",
]);
const PLACE_CASES = new Set(["in", "at", "to", "near", "on", "from"]);

/**
 * Whether a meeting or signing the lead sentence (tokens first..end) reports took place in the town
 * the story is filed from: a party is of its country, nothing in the sentence meets at a distance ("by
 * video"), and no place phrase in it names somewhere else or somewhere that cannot be told ("met Putin
 * in Sochi", "at the start of a visit to Moscow", "in Bali"); a named venue is no other place.
 */
export function inDatelineTown(
  lex: Lexicon,
  tree: Tree,
  first: number,
  end: number,
  town: Place,
  parties: readonly Actor[],
): boolean {
  if (!parties.some((a) => a.country === town.country)) return false;
  for (let t = first; t < end; t++) {
    if (REMOTE.has(tree.lemma(t).toLowerCase())) return false;
    if (tree.upos(t) !== "PROPN" || tree.timed(t) || !PLACE_CASES.has(caseOf(tree, t) ?? "")) continue;
    if (VENUES.has(tree.lemma(t).toLowerCase())) continue;
    if (placeOf(lex, tree, t)?.country !== town.country) return false;
  }
  return true;
}

/** The country of the place a story is filed from, by its first dateline within the opening lines; null if none. */
export function datelineCountry(lex: Lexicon, text: string): string | null {
  const head = text.slice(0, 1200);
  for (const m of head.matchAll(DATELINE)) {
    const name = (m[1] ?? "").trim();
    const place = lex.places.get(name.toLowerCase());
    if (place?.country) return place.country;
    const named = actorLexicon()
      .names.get(
        name.replace(/(?<!\p{L})(\p{Lu})(\p{Lu}+)(?!\p{L})/gu, (_, a: string, b: string) => a + b.toLowerCase()),
      )
      ?.find((e) => e.kind === "country" && e.code);
    if (named?.code) return named.code;
  }
  return null;
}

/**
 * "Britain's ambassador was summoned", "two diplomats were expelled": a passive with no agent, whose
 * act only a host country can do to a foreign envoy. Its source is the country of the clause's place
 * ("summoned to the ministry in Moscow"), else of the article's dateline, when that is not the
 * envoy's own country (`dateline` false: the clause's place only). Null when the clause names an agent
 * or no host is found.
 */
export function hostSource(
  lex: Lexicon,
  tree: Tree,
  v: number,
  targets: readonly Actor[],
  dateline = true,
): Actor | null {
  if (!isPassive(tree, v) || !targets.length) return null;
  const agent = (tree.children[v] ?? []).some(
    (c) => tree.rel(c) === "obl:agent" || (tree.rel(c).startsWith("obl") && caseOf(tree, c) === "by"),
  );
  if (agent) return null;
  const country = clauseCountry(lex, tree, v) ?? (dateline ? datelineCountry(lex, tree.text) : null);
  if (!country || targets.some((t) => t.country === country)) return null;
  return stateParty(country);
}

/** A state as an event party the text names only by a place in it. */
export function stateParty(country: string): Actor {
  return { id: "", name: country, kind: "country", country, sector: null, code: country, role: null, mentions: [] };
}
