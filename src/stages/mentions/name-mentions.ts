// The mention records a classified chunk becomes: titles, known names, unknown names.
import type { Mention, MentionRef, MentionRole } from "../../doc/layers/mentions.js";
import { DAY_WORDS } from "../../nlp/day-words.js";
import type { Entry } from "../actors/lexicon/index.js";
import type { Ctx } from "./context.js";
import { isAcronym, lower, phrase, upos, word } from "./context.js";
import { countryInside, orgHeadSector } from "./lookup.js";

export type MentionType = Mention["type"];

export function toRef(e: Entry): MentionRef {
  return { source: e.kind, code: e.code, sector: e.sector, name: e.name };
}

export function typeOf(e: Entry): MentionType {
  if (e.kind === "person") return "PER";
  if (e.kind === "country" || e.kind === "capital" || e.kind === "region") return "LOC";
  return "ORG";
}

export function personLike(ctx: Ctx, from: number, to: number): boolean {
  const n = to - from;
  if (n < 1 || n > 4) return false;
  for (let k = from; k < to; k++) {
    const w = word(ctx, k);
    if (isAcronym(w) || ctx.lex.orgHeads.has(w.toLowerCase()) || /\d/.test(w)) return false;
    // "Air China", "Ford Australia": a name ending in a country is a company's or a branch's
    const country = ctx.lex.names.get(w)?.[0]?.kind === "country";
    if (country && k === to - 1 && k > from && !ctx.names.givenNames.has(word(ctx, from))) return false;
    // ("Jordan Peterson", "Chad Smith": a country that is also a given name may open a person's name)
    const given = k === from && n > 1 && ctx.names.givenNames.has(w);
    if ((ctx.lex.adjectives.has(w) || ctx.lex.names.has(w)) && !given) return n > 1 && k > from;
    // "Michigan Ford": a state or province opening the name (unless also a given name: "Victoria")
    if (k === from && ctx.names.regions.has(w) && !ctx.names.givenNames.has(w)) return false;
  }
  return true;
}

export function base(from: number, to: number, ctx: Ctx): Pick<Mention, "start" | "end" | "firstToken" | "endToken"> {
  return { start: ctx.tokens[from]?.start ?? 0, end: ctx.tokens[to - 1]?.end ?? 0, firstToken: from, endToken: to };
}

const ADDRESSED = new Set(["to", "at", "from"]);

/** Words that open a time phrase after a name ("next month", "last week", "earlier this year"). */
const TIME_OPENERS = new Set(["next", "last", "this", "earlier", "later", "early", "late", "overnight"]);

/** Words that join a name to a list of names before it ("Tokyo and Seoul", "Paris, Berlin or Rome"). */
const LIST_WORDS = new Set(["and", "or"]);

/** Tags of a finite verb. */
const FINITE_TAGS = new Set(["VBD", "VBZ", "VBP"]);

export function isPlace(ctx: Ctx, from: number, to: number, entry: Entry | null): boolean {
  let p = from - 1;
  if (lower(ctx, p) === "the") p--;
  // "travel to Tokyo and Seoul": a name listed after others is read as the list's first one is (a
  // comma lists only before "and": "at Mehran, the Red Crescent said" is no list)
  const listed = (k: number, crossed: boolean) => LIST_WORDS.has(lower(ctx, k)) || (crossed && word(ctx, k) === ",");
  let items = 0;
  for (let k = p; listed(k, items > 0) && items < 12; items++) {
    let q = k - 1;
    while (q >= 0 && /^\p{Lu}/u.test(word(ctx, q)) && k - q < 5) q--;
    if (q === k - 1) break;
    if (lower(ctx, q) === "the") q--;
    p = q;
    k = q;
  }
  const prev = lower(ctx, p);
  const next = word(ctx, to);
  const nextTag = upos(ctx, to);
  // ("After talks in Lima, Chile and Peru signed": a list that a finite verb follows is that verb's subject)
  if (items > 0 && nextTag === "VERB" && FINITE_TAGS.has(ctx.tags[to]?.xpos ?? "")) return false;
  const kind = entry?.kind ?? null;
  if (kind === "country" || kind === "region") {
    // ("fired missiles at Israel", "lashed out at Washington's ally": a country after "at" is aimed at)
    return ["in", "inside", "across", "throughout", "near", "outside", "off"].includes(prev);
  }
  // a known organization after "from" or "to" sends or receives ("aid from the Red Crescent",
  // "according to the United Nations", "funding through the UN"); "at the UN" is a place
  if (kind === "org" || kind === "igo") return ["in", "at", "near", "inside", "outside"].includes(prev);
  // "a signal to Beijing", "hit back at London", "an appeal from Asmara": the capital is addressed or speaks
  if (ADDRESSED.has(prev) && ctx.names.addressWords.has((ctx.tags[p - 1]?.lemma ?? "").toLowerCase())) return false;
  if (ctx.lex.words.placePrepositions.has(prev)) return true;
  if (next === "'s") return false;
  // ("a Tokyo court" is a place's; "talks with Washington next month" name its time, not a thing of it)
  if (TIME_OPENERS.has(next) || DAY_WORDS.has(next.toLowerCase())) return false;
  return ["NOUN", "PROPN", "NUM", "ADJ"].includes(nextTag) && !/^\p{Lu}/u.test(next);
}

export function sectorOfTitle(ctx: Ctx, p: number, q: number): string | null {
  const parts = ctx.words
    .slice(p, q)
    .join(" ")
    .toLowerCase()
    .split(/ and |, /);
  for (const t of parts) {
    const s = ctx.lex.titles.get(t.trim()) ?? ctx.lex.titles.get(t.trim().replace(/s$/, ""));
    if (s !== undefined) return s;
  }
  return null;
}

export function titleMention(ctx: Ctx, start: number, end: number, det: number, p: number): Mention {
  return {
    start: ctx.tokens[start]?.start ?? 0,
    end: ctx.tokens[end - 1]?.end ?? 0,
    firstToken: start,
    endToken: end,
    kind: "title",
    type: "PER",
    extent: { start: ctx.tokens[det]?.start ?? 0, end: ctx.tokens[end - 1]?.end ?? 0 },
    ref: null,
    role: null,
    country: countryInside(ctx, start, p),
    sector: sectorOfTitle(ctx, p, end),
    place: false,
    group: null,
  };
}

export function nameMention(
  ctx: Ctx,
  start: number,
  end: number,
  det: number,
  entry: Entry,
  type: MentionType,
  role: MentionRole | null,
): Mention {
  const extentStart = Math.min(det, start);
  return {
    start: ctx.tokens[start]?.start ?? 0,
    end: ctx.tokens[end - 1]?.end ?? 0,
    firstToken: start,
    endToken: end,
    kind: "name",
    type,
    extent: { start: ctx.tokens[extentStart]?.start ?? 0, end: ctx.tokens[end - 1]?.end ?? 0 },
    ref: toRef(entry),
    role,
    country: entry.code,
    sector: entry.sector,
    place: isPlace(ctx, start, end, entry),
    group: null,
  };
}

/** Does the name open like a person's: a given name, an initial, or a family name written first? */
export function personEvidence(ctx: Ctx, from: number, to: number): boolean {
  if (to - from < 2 || !personLike(ctx, from, to)) return false;
  const first = word(ctx, from).normalize("NFC");
  const given = ctx.names.givenNames;
  if (given.has(first) || (first.includes("-") && first.split("-").every((p) => given.has(p)))) return true;
  if (/^\p{Lu}\.$/u.test(first)) return true;
  return to - from <= 3 && ctx.names.surnamesFirst.has(first);
}

function locationCue(ctx: Ctx, from: number, to: number): boolean {
  if (to - from < 2) return false;
  // "the West Bank City of Tulkarm", "Province of Quebec": a place noun before "of"
  for (let k = from; k + 2 < to; k++) {
    if (lower(ctx, k + 1) === "of" && ctx.names.locationHeads.has(lower(ctx, k)) && word(ctx, k) !== lower(ctx, k))
      return true;
  }
  return ctx.names.locationHeads.has(lower(ctx, to - 1)) || ctx.names.locationPrefixes.has(lower(ctx, from));
}

export function unknownName(ctx: Ctx, start: number, end: number, det: number): Mention {
  const headSector = orgHeadSector(ctx, start, end);
  const prev = lower(ctx, start - 1);
  let type: MentionType;
  if (ctx.lex.titles.has(prev) || ctx.lex.words.honorifics.has(prev.replace(/\.$/, ""))) type = "PER";
  else if (headSector !== null) type = "ORG";
  else if (locationCue(ctx, start, end) || ctx.names.regions.has(phrase(ctx, start, end))) type = "LOC";
  else if (personEvidence(ctx, start, end)) type = "PER";
  else if (isAcronym(word(ctx, start)) && end - start === 1) type = "ORG";
  else if (ctx.lex.words.placePrepositions.has(prev) && ["in", "at", "near", "from", "to"].includes(prev)) type = "LOC";
  else type = "ORG";
  const country = type === "ORG" ? countryInside(ctx, start, end) : null;
  const extentStart = det < start && type !== "PER" ? det : start;
  return {
    start: ctx.tokens[start]?.start ?? 0,
    end: ctx.tokens[end - 1]?.end ?? 0,
    firstToken: start,
    endToken: end,
    kind: "name",
    type,
    extent: { start: ctx.tokens[extentStart]?.start ?? 0, end: ctx.tokens[end - 1]?.end ?? 0 },
    ref: null,
    role: null,
    country,
    sector: headSector,
    place: type === "LOC",
    group: null,
  };
}
