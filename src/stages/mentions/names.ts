import type { Mention, MentionRef, MentionRole } from "../../doc/layers/mentions.js";
import type { Entry } from "../actors/lexicon/index.js";
import type { Chunk } from "./chunks.js";
import { longestName, titleAt } from "./chunks.js";
import type { Ctx } from "./context.js";
import { isAcronym, lower, phrase, upos, word } from "./context.js";

type MentionType = Mention["type"];

function toRef(e: Entry): MentionRef {
  return { source: e.kind, code: e.code, sector: e.sector, name: e.name };
}

function typeOf(e: Entry): MentionType {
  if (e.kind === "person") return "PER";
  if (e.kind === "country" || e.kind === "capital" || e.kind === "region") return "LOC";
  return "ORG";
}

/** Sector of an organization name from its last words ("... University" -> EDU). */
export function orgHeadSector(ctx: Ctx, from: number, to: number): string | null {
  // "Ministry of Health", "Center for Mekong Studies": the head comes before "of"/"for"
  for (let k = from + 1; k < to; k++) {
    if (lower(ctx, k) === "of" || lower(ctx, k) === "for") {
      const head = orgHeadSector(ctx, from, k);
      if (head !== null) return head;
      break;
    }
  }
  for (let k = Math.max(from, to - 4); k < to; k++) {
    const head = ctx.words
      .slice(k, to)
      .map((w) => w.toLowerCase())
      .join(" ");
    const s = ctx.lex.orgHeads.get(head);
    if (s !== undefined && !(k === from && to - from === 1 && s === "BUS")) return s;
  }
  return null;
}

/** Country given inside a span: a gazetteer entry with a code, else a country name or adjective. */
export function countryInside(ctx: Ctx, from: number, to: number, igo = false): string | null {
  let fallback: string | null = null;
  for (let k = from; k < to; k++) {
    const e = longestName(ctx, k, to);
    if (e > 0) {
      const entry = ctx.lex.names.get(phrase(ctx, k, e))?.[0];
      if (entry?.code && entry.kind === "org") return entry.code;
      if (entry?.code && fallback === null && (igo || entry.kind !== "igo")) fallback = entry.code;
      k = e - 1;
      continue;
    }
    const two = k + 1 < to ? ctx.lex.adjectives.get(phrase(ctx, k, k + 2)) : undefined;
    if (two !== undefined) {
      fallback ??= two;
      k++;
      continue;
    }
    const adj = ctx.lex.adjectives.get(word(ctx, k));
    if (adj !== undefined && fallback === null) fallback = adj;
  }
  return fallback;
}

const igoCodes = new WeakMap<object, Set<string>>();

/** Is `code` an international organization's code ("EU", "ASEAN") rather than a country's? */
export function isIgoCode(ctx: Ctx, code: string): boolean {
  let set = igoCodes.get(ctx.lex);
  if (set === undefined) {
    set = new Set<string>();
    for (const list of ctx.lex.names.values()) for (const e of list) if (e.kind === "igo" && e.code) set.add(e.code);
    igoCodes.set(ctx.lex, set);
  }
  return set.has(code);
}

/** "Ghana's President ...", "the United States' envoy ...": the country owning the title at `start`. */
function possessorCountry(ctx: Ctx, start: number): string | null {
  if (!["'s", "'"].includes(word(ctx, start - 1))) return null;
  for (let from = Math.max(0, start - 4); from < start - 1; from++) {
    if (longestName(ctx, from, start - 1) === start - 1) return countryInside(ctx, from, start - 1);
  }
  return null;
}

export function personLike(ctx: Ctx, from: number, to: number): boolean {
  const n = to - from;
  if (n < 1 || n > 4) return false;
  for (let k = from; k < to; k++) {
    const w = word(ctx, k);
    if (isAcronym(w) || ctx.lex.orgHeads.has(w.toLowerCase()) || /\d/.test(w)) return false;
    if (ctx.lex.adjectives.has(w) || ctx.lex.names.has(w)) return n > 1 && k > from;
  }
  return true;
}

function base(from: number, to: number, ctx: Ctx): Pick<Mention, "start" | "end" | "firstToken" | "endToken"> {
  return { start: ctx.tokens[from]?.start ?? 0, end: ctx.tokens[to - 1]?.end ?? 0, firstToken: from, endToken: to };
}

export interface NameParts {
  readonly mentions: Mention[];
}

function isPlace(ctx: Ctx, from: number, to: number, entry: Entry | null): boolean {
  let p = from - 1;
  if (lower(ctx, p) === "the") p--;
  const prev = lower(ctx, p);
  const next = word(ctx, to);
  const nextTag = upos(ctx, to);
  const kind = entry?.kind ?? null;
  if (kind === "country" || kind === "region") {
    return ["in", "inside", "across", "throughout", "near", "outside", "at", "off"].includes(prev);
  }
  if (ctx.lex.words.placePrepositions.has(prev)) return true;
  if (next === "'s") return false;
  return ["NOUN", "PROPN", "NUM", "ADJ"].includes(nextTag) && !/^\p{Lu}/u.test(next);
}

/** Classify one chunk: peel an attached title, then type the name with gazetteers and cues. */
export function classifyChunk(ctx: Ctx, chunk: Chunk): Mention[] {
  const out: Mention[] = [];
  let { start, end } = chunk;
  const det = lower(ctx, start - 1) === "the" ? start - 1 : start;
  // honorifics
  while (start < end - 1 && ctx.lex.words.honorifics.has(`${lower(ctx, start).replace(/\.$/, "")}`)) start++;
  if (ctx.words.slice(start, end).every((w) => ctx.lex.adjectives.has(w) && !ctx.lex.names.has(w))) return [];
  if (ctx.lex.adjectives.has(phrase(ctx, start, end)) && !ctx.lex.names.has(phrase(ctx, start, end))) return [];
  // whole chunk known?
  const whole = ctx.lex.names.get(phrase(ctx, start, end))?.[0] ?? null;
  if (whole !== null) {
    out.push(nameMention(ctx, start, end, det, whole, typeOf(whole), null));
    return out;
  }
  if (ctx.lex.people.has(phrase(ctx, start, end))) {
    return [{ ...unknownName(ctx, start, end, det), type: "PER", sector: null, country: null, place: false }];
  }
  // [prefix][title][name]
  for (let p = start; p < end; p++) {
    const q = titleAt(ctx, p, end);
    if (q < 0) continue;
    const nameFrom = q;
    if (nameFrom >= end) {
      // a title without a name: "the Russian Foreign Minister"
      return [titleMention(ctx, start, end, det, p)];
    }
    if (!personLike(ctx, nameFrom, end) && !ctx.lex.people.has(phrase(ctx, nameFrom, end))) continue;
    const titleSector =
      ctx.lex.titles.get(ctx.words.slice(p, q).join(" ").toLowerCase().split(" and ").pop() ?? "") ?? null;
    let country: string | null = p === start ? possessorCountry(ctx, start) : null;
    if (p > start) {
      const prefixEntry = ctx.lex.names.get(phrase(ctx, start, p))?.[0] ?? null;
      country = countryInside(ctx, start, p, true);
      const allAdj =
        ctx.words.slice(start, p).every((w) => ctx.lex.adjectives.has(w)) ||
        ctx.lex.adjectives.has(phrase(ctx, start, p));
      if (!allAdj) {
        const sector = prefixEntry?.sector ?? orgHeadSector(ctx, start, p);
        out.push({
          ...base(start, p, ctx),
          kind: "name",
          type: prefixEntry ? typeOf(prefixEntry) : "ORG",
          extent: base(start, p, ctx),
          ref: prefixEntry ? toRef(prefixEntry) : null,
          role: null,
          country: prefixEntry?.code ?? null,
          sector,
          place: false,
          group: null,
        });
      }
    }
    let sector = sectorOfTitle(ctx, p, q) ?? titleSector;
    // "EU Trade Commissioner ...": an official of an international organization
    if (country !== null && isIgoCode(ctx, country) && (sector === "GOV" || sector === null)) sector = "IGO";
    const role: MentionRole = {
      start: ctx.tokens[start]?.start ?? 0,
      end: ctx.tokens[q - 1]?.end ?? 0,
      sector,
      country,
    };
    const person: Mention = {
      ...base(nameFrom, end, ctx),
      kind: "name",
      type: "PER",
      extent: { start: ctx.tokens[det]?.start ?? 0, end: ctx.tokens[end - 1]?.end ?? 0 },
      ref: null,
      role,
      country,
      sector: role.sector,
      place: false,
      group: null,
    };
    out.push(person);
    return out;
  }
  // a known name inside a longer chunk: "Russia Vladimir Putin" rarely; take gazetteer prefix
  const known = longestName(ctx, start, end);
  if (known > 0 && known < end) {
    const entry = ctx.lex.names.get(phrase(ctx, start, known))?.[0] ?? null;
    const headSector = orgHeadSector(ctx, start, end);
    const restKnown = longestName(ctx, known, end) > 0 || ctx.lex.people.has(phrase(ctx, known, end));
    if (entry !== null && headSector === null && (entry.kind === "igo" || entry.kind === "org" || restKnown)) {
      out.push(nameMention(ctx, start, known, det, entry, typeOf(entry), null));
      return [...out, ...classifyChunk(ctx, { start: known, end })];
    }
  }
  return [unknownName(ctx, start, end, det)];
}

function sectorOfTitle(ctx: Ctx, p: number, q: number): string | null {
  const parts = ctx.words
    .slice(p, q)
    .join(" ")
    .toLowerCase()
    .split(/ and |, /);
  for (const t of parts) {
    const s = ctx.lex.titles.get(t.trim());
    if (s !== undefined) return s;
  }
  return null;
}

function titleMention(ctx: Ctx, start: number, end: number, det: number, p: number): Mention {
  return {
    ...base(start, end, ctx),
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

function nameMention(
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
    ...base(start, end, ctx),
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
  return ctx.names.locationHeads.has(lower(ctx, to - 1)) || ctx.names.locationPrefixes.has(lower(ctx, from));
}

function unknownName(ctx: Ctx, start: number, end: number, det: number): Mention {
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
    ...base(start, end, ctx),
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
