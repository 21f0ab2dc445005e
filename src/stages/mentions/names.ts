import type { Mention, MentionRef, MentionRole } from "../../doc/layers/mentions.js";
import type { Entry } from "../actors/lexicon/index.js";
import type { Chunk } from "./chunks.js";
import { longestName, titleAt } from "./chunks.js";
import type { Ctx } from "./context.js";
import { isAcronym, lower, phrase, sentenceStart, upos, word } from "./context.js";
import { countryInside, entryFits, groupWords, isIgoCode, organizationTitle, orgHeadSector } from "./lookup.js";

type MentionType = Mention["type"];

function toRef(e: Entry): MentionRef {
  return { source: e.kind, code: e.code, sector: e.sector, name: e.name };
}

function typeOf(e: Entry): MentionType {
  if (e.kind === "person") return "PER";
  if (e.kind === "country" || e.kind === "capital" || e.kind === "region") return "LOC";
  return "ORG";
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
    // "Air China", "Ford Australia": a name ending in a country is a company's or a branch's
    const country = ctx.lex.names.get(w)?.[0]?.kind === "country";
    if (country && k === to - 1 && k > from && !ctx.names.givenNames.has(word(ctx, from))) return false;
    if (ctx.lex.adjectives.has(w) || ctx.lex.names.has(w)) return n > 1 && k > from;
    // "Michigan Ford": a state or province opening the name (unless also a given name: "Victoria")
    if (k === from && ctx.names.regions.has(w) && !ctx.names.givenNames.has(w)) return false;
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
  // a known organization after "from" or "to" sends or receives ("aid from the Red Crescent",
  // "according to the United Nations", "funding through the UN"); "at the UN" is a place
  if (kind === "org" || kind === "igo") return ["in", "at", "near", "inside", "outside"].includes(prev);
  if (ctx.lex.words.placePrepositions.has(prev)) return true;
  if (next === "'s") return false;
  return ["NOUN", "PROPN", "NUM", "ADJ"].includes(nextTag) && !/^\p{Lu}/u.test(next);
}

/** Classify one chunk: peel an attached title, then type the name with gazetteers and cues. */
export function classifyChunk(ctx: Ctx, chunk: Chunk): Mention[] {
  const found = classifyBare(ctx, chunk);
  // "Mr Howard", "Dr. Jane Roe": the honorific is part of the person's noun phrase
  const from = chunk.start;
  return found.map((m) =>
    m.kind === "name" &&
    m.type === "PER" &&
    m.firstToken > from &&
    m.extent.start >= m.start &&
    ctx.words.slice(from, m.firstToken).every((w) => ctx.lex.words.honorifics.has(w.toLowerCase().replace(/\.$/, "")))
      ? { ...m, extent: { start: ctx.tokens[from]?.start ?? m.start, end: m.extent.end } }
      : m,
  );
}

function classifyBare(ctx: Ctx, chunk: Chunk): Mention[] {
  const out: Mention[] = [];
  let { start, end } = chunk;
  const det = lower(ctx, start - 1) === "the" ? start - 1 : start;
  // honorifics
  while (start < end - 1 && ctx.lex.words.honorifics.has(`${lower(ctx, start).replace(/\.$/, "")}`)) start++;
  if (groupWords(ctx, start, end)) return [];
  // "Ethnic Albanian guerrillas" opening a sentence: a capitalized modifier before a nationality
  if (sentenceStart(ctx, start) && end - start >= 2 && groupWords(ctx, start + 1, end) && upos(ctx, start) === "ADJ")
    return [];
  // whole chunk known?
  const wholeEntry = ctx.lex.names.get(phrase(ctx, start, end))?.[0];
  const whole = wholeEntry !== undefined && entryFits(ctx, wholeEntry, start) ? wholeEntry : null;
  if (whole !== null) {
    out.push(nameMention(ctx, start, end, det, whole, typeOf(whole), null));
    return out;
  }
  // "South American Mercosur", "the West African ECOWAS": a region's adjective before an international
  // organization's name only describes it (a country's does not: "the Russian Security Council" is Russia's)
  for (let a = start + 1; a < end && a <= start + 2; a++) {
    const region = ctx.lex.adjectives.get(phrase(ctx, start, a));
    if (region === undefined || ctx.lex.countryNames.has(region)) continue;
    const igo = ctx.lex.names.get(phrase(ctx, a, end))?.find((e) => e.kind === "igo");
    if (igo !== undefined && entryFits(ctx, igo, a)) return [nameMention(ctx, a, end, det, igo, typeOf(igo), null)];
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
    // "Prime Minister of Singapore", "CEO of Boeing Commercial Airplanes": a title and the name it is of
    if (p === start && ["of", "for"].includes(lower(ctx, q))) {
      let from = q + 1;
      while (from < end && lower(ctx, from) === "the") from++;
      const known = longestName(ctx, from, end);
      // "Foreign Minister of Uzbekistan Bakhtiyor Yusupov": the title and its country open a person's name
      const personAfter = known > from && known < end && personLike(ctx, known, end);
      if (from < end && !personAfter) {
        const title = { ...titleMention(ctx, start, q, det, p), country: countryInside(ctx, from, end, true) };
        return [title, ...classifyChunk(ctx, { start: from, end })];
      }
      if (personAfter) {
        const entry = ctx.lex.names.get(phrase(ctx, from, known))?.[0];
        const the = lower(ctx, from - 1) === "the" ? from - 1 : from;
        const place = entry === undefined ? [] : [nameMention(ctx, from, known, the, entry, typeOf(entry), null)];
        const country = countryInside(ctx, from, known, true);
        let sector = sectorOfTitle(ctx, p, q);
        if (country !== null && isIgoCode(ctx, country) && (sector === "GOV" || sector === null)) sector = "IGO";
        const role: MentionRole = {
          start: ctx.tokens[start]?.start ?? 0,
          end: ctx.tokens[known - 1]?.end ?? 0,
          sector,
          country,
        };
        const extent = { start: ctx.tokens[det]?.start ?? 0, end: ctx.tokens[end - 1]?.end ?? 0 };
        const person: Mention = {
          start: ctx.tokens[known]?.start ?? 0,
          end: ctx.tokens[end - 1]?.end ?? 0,
          firstToken: known,
          endToken: end,
          kind: "name",
          type: "PER",
          extent,
          ref: null,
          role,
          country,
          sector,
          place: false,
          group: null,
        };
        return [...place, person];
      }
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
      // "Presiding Judge ...", "Acting President ..." opening a sentence: a modifier of the title
      const modifier = p - start === 1 && sentenceStart(ctx, start) && /^(ADJ|VERB)$/.test(upos(ctx, start));
      if (!allAdj && !(modifier && prefixEntry === null)) {
        const sector = prefixEntry?.sector ?? orgHeadSector(ctx, start, p);
        out.push({
          start: ctx.tokens[start]?.start ?? 0,
          end: ctx.tokens[p - 1]?.end ?? 0,
          firstToken: start,
          endToken: p,
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
    country ??= organizationTitle(ctx, start, q);
    // "EU Trade Commissioner ...": an official of an international organization
    if (country !== null && isIgoCode(ctx, country) && (sector === "GOV" || sector === null)) sector = "IGO";
    const role: MentionRole = {
      start: ctx.tokens[start]?.start ?? 0,
      end: ctx.tokens[q - 1]?.end ?? 0,
      sector,
      country,
    };
    const person: Mention = {
      start: ctx.tokens[nameFrom]?.start ?? 0,
      end: ctx.tokens[end - 1]?.end ?? 0,
      firstToken: nameFrom,
      endToken: end,
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
