import type { Mention } from "../../doc/layers/mentions.js";
import { defaultLexicon } from "../events/lexicon/load.js";
import type { Ctx } from "./context.js";
import { isAcronym, lower, upos, word } from "./context.js";
import { isPlace, personLike } from "./name-mentions.js";

const PLACE_PREPOSITIONS = new Set(["in", "at", "near", "from", "to"]);

/**
 * An unknown name typed LOC only because a preposition precedes it ("a stake in Chrysler") becomes
 * ORG when the same name is used elsewhere in the article in a place no preposition explains, or
 * when it opens a company's name there ("AirTran" and "AirTran Airways").
 */
export function harmonizePlaces(ctx: Ctx, mentions: Mention[]): void {
  const unexplained = new Set<string>();
  const acting = new Set<string>();
  const spatial = new Set<string>();
  const byPreposition: number[] = [];
  const textOf = (m: Mention) => ctx.words.slice(m.firstToken, m.endToken).join(" ");
  mentions.forEach((m, k) => {
    if (m.kind !== "name" || m.ref !== null) return;
    const text = textOf(m);
    // "AirTran Airways" elsewhere: the company is also named by its first word ("flights to AirTran")
    if (m.type === "ORG" && m.sector !== null && m.endToken - m.firstToken > 1) {
      unexplained.add(ctx.words[m.firstToken] ?? "");
      acting.add(ctx.words[m.firstToken] ?? "");
    }
    if (m.sector !== null) return;
    if (spatiallyPlaced(ctx, m.firstToken)) spatial.add(text);
    // the subject of a verb ("X said", not "the liberation of X may take") or a possessor
    const subject = /^(VERB|AUX)$/.test(upos(ctx, m.endToken)) && upos(ctx, m.firstToken - 1) !== "ADP";
    if (subject || word(ctx, m.endToken) === "'s") acting.add(text);
    const afterPreposition = PLACE_PREPOSITIONS.has(lower(ctx, m.firstToken - 1));
    if (m.type === "LOC" && afterPreposition) byPreposition.push(k);
    else if (m.type === "ORG") unexplained.add(text);
  });
  mentions.forEach((m, k) => {
    if (m.kind !== "name" || m.ref !== null || m.sector !== null) return;
    const text = textOf(m);
    // "near Raqqah", "west of Raqqah" and never acting: "isolate Raqqah" is the place too
    if (spatial.has(text) && !acting.has(text)) {
      if (m.type === "ORG") mentions[k] = { ...m, type: "LOC", place: isPlace(ctx, m.firstToken, m.endToken, null) };
    } else if (m.type === "LOC" && byPreposition.includes(k) && unexplained.has(text)) {
      mentions[k] = { ...m, type: "ORG", place: false };
    }
  });
}

/** "near X", "west of X", "the outskirts of X", "the liberation of X" (cues.json spatialWords, placeOfNouns). */
function spatiallyPlaced(ctx: Ctx, first: number): boolean {
  const prev = lower(ctx, first - 1);
  return ctx.names.spatialWords.has(prev) || (prev === "of" && ctx.names.placeOfNouns.has(lower(ctx, first - 2)));
}

/**
 * Names of two to four words with no cue either way ("Ratna Suryadi", "Northrop Grumman"): the
 * article decides. People are named again by their last word, companies by their first word or
 * by the whole name; with no sign either way the name is a person's.
 */
export function decideUntyped(ctx: Ctx, mentions: Mention[]): void {
  const alone = new Map<string, number>();
  const full = new Map<string, number>();
  for (const m of mentions) {
    if (m.kind !== "name") continue;
    const text = ctx.words.slice(m.firstToken, m.endToken).join(" ");
    full.set(text, (full.get(text) ?? 0) + 1);
    if (m.endToken - m.firstToken === 1) alone.set(text, (alone.get(text) ?? 0) + 1);
  }
  mentions.forEach((m, k) => {
    const n = m.endToken - m.firstToken;
    if (m.kind !== "name" || m.ref !== null || m.type !== "ORG" || m.sector !== null || n < 2 || n > 4) return;
    if (!personLike(ctx, m.firstToken, m.endToken) || isAcronym(ctx.words[m.firstToken] ?? "")) return;
    if (ctx.names.descriptorNouns.has(lower(ctx, m.firstToken - 1))) return;
    const first = ctx.words[m.firstToken] ?? "";
    const last = ctx.words[m.endToken - 1] ?? "";
    const lastAlone = alone.has(last);
    const firstAlone = alone.has(first);
    const repeated = (full.get(ctx.words.slice(m.firstToken, m.endToken).join(" ")) ?? 0) > 1;
    // "Wal-Mart", "Coca-Cola": two capitalized pieces joined by a hyphen, no given name first
    const words = ctx.words.slice(m.firstToken, m.endToken);
    const joined = words.join(" ");
    const surname = [...full.keys()].some((t) => t.endsWith(` ${joined}`));
    const hyphenated = n === 3 && words[1] === "-" && !ctx.names.givenNames.has(first) && !surname;
    const org = hyphenated || (!lastAlone && (firstAlone || repeated));
    if (!org) mentions[k] = { ...m, type: "PER", country: null, place: false, extent: { start: m.start, end: m.end } };
  });
}

/**
 * "lifting off from Toulouse", "Frankfurt's DAX": an unknown name written as a city of the gazetteer
 * is a place, unless a person in the article bears it (run after surnames are typed) or it is listed
 * with an organization ("rivals Toyota and General Motors").
 */
export function typeCities(ctx: Ctx, mentions: Mention[]): void {
  let places: ReadonlyMap<string, { readonly name: string }> | null = null;
  const organization = (n: Mention | undefined) => n?.kind === "name" && n.type === "ORG" && n.sector !== null;
  mentions.forEach((m, k) => {
    if (m.kind !== "name" || m.ref !== null || m.sector !== null || m.type !== "ORG") return;
    places ??= defaultLexicon().places;
    const text = ctx.words.slice(m.firstToken, m.endToken).join(" ");
    if (places.get(text.toLowerCase())?.name !== text) return;
    const listed = (n: Mention | undefined, gap: readonly string[]) =>
      organization(n) && gap.length === 1 && LIST_JOINS.has(gap[0] ?? "");
    const prev = mentions[k - 1];
    const next = mentions[k + 1];
    if (listed(prev, ctx.lowers.slice(prev?.endToken ?? 0, m.firstToken))) return;
    if (listed(next, ctx.lowers.slice(m.endToken, next?.firstToken ?? 0))) return;
    mentions[k] = { ...m, type: "LOC", country: null, place: isPlace(ctx, m.firstToken, m.endToken, null) };
  });
}

const LIST_JOINS = new Set([",", "and", "or"]);
