import type { Mention, MentionRole } from "../../doc/layers/mentions.js";
import type { Chunk } from "./chunks.js";
import { longestName, titleAt } from "./chunks.js";
import { commonWord } from "./common-words.js";
import type { Ctx } from "./context.js";
import { lower, phrase, sentenceStart, upos, word } from "./context.js";
import {
  countryInside,
  entryFits,
  groupWords,
  isIgoCode,
  organizationTitle,
  orgHeadSector,
  orgSectorInside,
} from "./lookup.js";
import {
  base,
  nameMention,
  personEvidence,
  personLike,
  sectorOfTitle,
  titleMention,
  toRef,
  typeOf,
  unknownName,
} from "./name-mentions.js";
import { GENERIC_TITLES, stateTitleSector } from "./roles.js";

/** "Ghana's President ...", "the United States' envoy ...": the country owning the title at `start`. */
function possessorCountry(ctx: Ctx, start: number): string | null {
  if (!["'s", "'"].includes(word(ctx, start - 1))) return null;
  for (let from = Math.max(0, start - 4); from < start - 1; from++) {
    if (longestName(ctx, from, start - 1) === start - 1) return countryInside(ctx, from, start - 1);
  }
  return null;
}

export interface NameParts {
  readonly mentions: Mention[];
}

/** Classify one chunk: peel an attached title, then type the name with gazetteers and cues. */
export function classifyChunk(ctx: Ctx, chunk: Chunk): Mention[] {
  // "Adam Air Flight 574", "UN Security Council Resolution 2231": the item's number names the owner
  const item = chunk.end - 1;
  if (item > chunk.start && ctx.names.itemNouns.has(lower(ctx, item)) && /^\d+$/.test(word(ctx, chunk.end)))
    return classifyChunk(ctx, { start: chunk.start, end: item });
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

/** Last words of a church's name used as a modifier ("Greek Orthodox", "Roman Catholic"). */
const DENOMINATIONS: ReadonlySet<string> = new Set(["orthodox", "catholic", "protestant", "evangelical", "apostolic"]);

function classifyBare(ctx: Ctx, chunk: Chunk): Mention[] {
  const out: Mention[] = [];
  let { start, end } = chunk;
  const det = lower(ctx, start - 1) === "the" ? start - 1 : start;
  // honorifics; a party label before a politician's name ("Republican Kevin McCarthy")
  while (start < end - 1 && ctx.lex.words.honorifics.has(`${lower(ctx, start).replace(/\.$/, "")}`)) start++;
  if (ctx.names.partyLabels.has(word(ctx, start)) && personEvidence(ctx, start + 1, end)) start++;
  if (groupWords(ctx, start, end)) return [];
  // "a professor of Korean studies", "Korean officials": a nationality or people's adjective alone names nobody
  const text = phrase(ctx, start, end);
  if ((ctx.lex.adjectives.has(text) || ctx.lex.peoples.has(text)) && !ctx.lex.names.has(text)) return [];
  // "a Greek Orthodox church", "Roman Catholic priests": a denomination before a common noun names no body
  if (DENOMINATIONS.has(lower(ctx, end - 1)) && /^\p{Ll}/u.test(word(ctx, end))) return [];
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
  // "the Syrian Golan Heights", "Indian Kashmir"-like: a country's adjective before a place of that
  // country only describes it
  for (let a = start + 1; a < end && a <= start + 2; a++) {
    const state = ctx.lex.adjectives.get(phrase(ctx, start, a));
    const place = ctx.lex.names.get(phrase(ctx, a, end))?.[0];
    if (state !== undefined && place?.code === state && typeOf(place) === "LOC")
      return [nameMention(ctx, a, end, det, place, "LOC", null)];
  }
  // "the Moon": a listed person's one-word alias after "the" is the common word, not the person
  // ("the Bush administration" is the person's, as a modifier)
  const modifies = /^\p{Ll}/u.test(word(ctx, end));
  if (det < start && end - start === 1 && ctx.lex.people.has(text) && !modifies) return [];
  if (ctx.lex.people.has(phrase(ctx, start, end))) {
    return [{ ...unknownName(ctx, start, end, det), type: "PER", sector: null, country: null, place: false }];
  }
  // [prefix][title][name]
  for (let p = start; p < end; p++) {
    const q = titleAt(ctx, p, end);
    if (q < 0) continue;
    const nameFrom = q;
    if (nameFrom >= end) {
      // "Martin Luther King", "Carole King": a title word closing a name that opens with a given name
      if (p > start && q - p === 1 && ctx.names.givenNames.has(word(ctx, start)) && personLike(ctx, start, end))
        return [{ ...unknownName(ctx, start, end, det), type: "PER", sector: null, country: null, place: false }];
      // a title without a name: "the Russian Foreign Minister"
      return [titleMention(ctx, start, end, det, p)];
    }
    // "Prime Minister of Singapore", "CEO of Boeing Commercial Airplanes": a title and the name it is of
    if (p === start && ["of", "for"].includes(lower(ctx, q))) {
      let from = q + 1;
      while (from < end && lower(ctx, from) === "the") from++;
      // "Foreign Minister of Uzbekistan Bakhtiyor Yusupov", "Minister of Emergency Situations Anna
      // Roe": the title and what it is of open a person's name
      const named = longestName(ctx, from, end);
      const known = named > from ? named : personClosing(ctx, from + 1, end);
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
    const title = ctx.lowers.slice(p, q).join(" ");
    // "FBI Director ...", "Hamas spokesman ...": a generic title held in a named organization is of its sector
    const orgSector = p > start ? orgSectorInside(ctx, start, p) : null;
    if (orgSector !== null && (sector === null || GENERIC_TITLES.has(title))) sector = orgSector;
    country ??= organizationTitle(ctx, start, q);
    sector = stateTitleSector(title, sector, orgSector, country);
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
  // "the letter F", "Plan B": a lone capital letter names nothing
  if (end - start === 1 && (commonWord(ctx, start) || /^\p{Lu}$/u.test(word(ctx, start)))) return [];
  return [unknownName(ctx, start, end, det)];
}

/** Start of a person's name (two or three words, given name first) closing [from, end), or -1. */
function personClosing(ctx: Ctx, from: number, end: number): number {
  for (let p = Math.max(from, end - 3); p < end - 1; p++) if (personEvidence(ctx, p, end)) return p;
  return -1;
}
