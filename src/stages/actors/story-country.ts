import type { Actor } from "../../doc/layers/actors.js";
import { cameoCode } from "./builder.js";
import type { ActorLexicon } from "./lexicon/index.js";

/** Sectors of people who hold a post in a state's politics. */
const POLITICAL = new Set(["GOV", "LEG", "JUD", "OPP"]);
/** Share of the mentions of countries' actors the story's own country needs, and its lead over the next. */
const SHARE = 0.6;
const LEAD = 1.5;

/**
 * The one country a story is about: the country whose actors (the state, its bodies and its people) take
 * at least 60% of the mentions of actors with a country, and 1.5 times the next one's; null otherwise.
 */
export function storyCountry(actors: readonly Actor[], lex: ActorLexicon): string | null {
  const count = new Map<string, number>();
  for (const a of actors) {
    if (a.country !== null && lex.countryNames.has(a.country))
      count.set(a.country, (count.get(a.country) ?? 0) + a.mentions.length);
  }
  const ranked = [...count].sort((x, y) => y[1] - x[1]);
  const total = ranked.reduce((sum, [, n]) => sum + n, 0);
  const [top, next] = ranked;
  if (!top || top[1] < SHARE * total || (next && top[1] < LEAD * next[1])) return null;
  return top[0];
}

/**
 * "Judge Amy Berman Jackson", "Green Party candidate Howie Hawkins": a person holding a political post
 * whom the text gives no country is of the country the story is about, when it is about one (as a reader
 * would take them); so is an opposition group or party ("opposition groups in exile"), whose politics
 * are a state's own. Other people and organizations are left without one.
 */
export function placeOfficials(actors: readonly Actor[], lex: ActorLexicon): Actor[] {
  const home = storyCountry(actors, lex);
  if (home === null) return [...actors];
  // (not a post held abroad: "the ambassador to Norway" is no Norwegian)
  const posted = (role: string | null) =>
    [...lex.words.postedTitles].some((p) => (role ?? "").toLowerCase().includes(p));
  const political = (a: Actor) =>
    a.kind === "person" ? POLITICAL.has(a.sector ?? "") && !posted(a.role) : a.sector === "OPP";
  return actors.map((a) =>
    a.country === null && political(a) ? { ...a, country: home, code: cameoCode(home, a.sector) } : a,
  );
}
