import type { Entry } from "../actors/lexicon/index.js";
import { longestName } from "./chunks.js";
import type { Ctx } from "./context.js";
import { lower, phrase, word } from "./context.js";

/* Gazetteer look-ups shared by the name classifier and the role and description finders. */

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
    const head = ctx.lowers.slice(k, to).join(" ");
    const s = ctx.lex.orgHeads.get(head);
    // "House Oversight Committee", "Senate Foreign Relations Committee": a chamber's committee legislates
    if (s !== undefined && k > from && ctx.names.chamberWords.has(ctx.lowers[from] ?? "") && to - from > 1)
      return "LEG";
    if (s !== undefined && !(k === from && to - from === 1 && s === "BUS")) return s;
  }
  return null;
}

/**
 * May the gazetteer entry for a name at `from` stand for it? A world region written with the
 * article ("the West") is that region only after "the": "West Point", "West Virginia University"
 * are something else.
 */
export function entryFits(ctx: Ctx, entry: Entry | undefined, from: number): boolean {
  if (entry === undefined) return false;
  return !(entry.kind === "region" && entry.name.startsWith("the ") && lower(ctx, from - 1) !== "the");
}

/**
 * Sector of the first known organization named in from..to ("FBI Director", "Former CIA deputy
 * director", "Hamas spokesman"): its officials belong to it, whatever the title's own sector.
 */
export function orgSectorInside(ctx: Ctx, from: number, to: number): string | null {
  for (let k = from; k < to; k++) {
    const e = longestName(ctx, k, to);
    if (e <= 0) continue;
    const entry = ctx.lex.names.get(phrase(ctx, k, e))?.[0];
    if (entry?.kind === "org" && entry.sector !== null && entryFits(ctx, entry, k)) return entry.sector;
    k = e - 1;
  }
  return null;
}

/** Country given inside a span: a gazetteer entry with a code, else a country name or adjective. */
export function countryInside(ctx: Ctx, from: number, to: number, igo = false): string | null {
  let fallback: string | null = null;
  for (let k = from; k < to; k++) {
    const e = longestName(ctx, k, to);
    if (e > 0 && !entryFits(ctx, ctx.lex.names.get(phrase(ctx, k, e))?.[0], k)) {
      k = e - 1;
      continue;
    }
    if (e > 0) {
      const entry = ctx.lex.names.get(phrase(ctx, k, e))?.[0];
      // "Norwegian Labour Party": a nationality opening the name beats a same-named party elsewhere; a
      // country named after a generic institution beats the one the word alone stands for ("Congress of
      // the Philippines" is no US Congress)
      const generic = ctx.lex.orgHeads.has(phrase(ctx, k, e).toLowerCase());
      const after = generic && e < to ? countryInside(ctx, e, to) : null;
      if (entry?.code && entry.kind === "org") return leading(ctx, from, k) ?? after ?? entry.code;
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
    // "Western Mindanao Command": a compass word before a place's name locates, it is not the West
    const compass =
      ctx.names.directionWords.has(lower(ctx, k)) && k + 1 < to && !ctx.lex.orgHeads.has(lower(ctx, k + 1));
    if (adj !== undefined && fallback === null && !compass) fallback = adj;
  }
  return fallback;
}

/** The country of a nationality adjective filling [from, to) exactly ("Norwegian", "South Korean"), or null. */
function leading(ctx: Ctx, from: number, to: number): string | null {
  if (to <= from || to - from > 2) return null;
  return ctx.lex.adjectives.get(phrase(ctx, from, to)) ?? null;
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

/** "Singaporeans", "Iraqis": the people of a country named by its adjective in the plural, or null. */
export function pluralDemonym(ctx: Ctx, w: string): string | null {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(w) || ctx.lex.names.has(w)) return null;
  return ctx.lex.adjectives.get(w.slice(0, -1)) ?? null;
}

/** A nationality or an ethnic group, not a name: "Russian", "Bosnian Serb", "Igbo", "Kurds". */
export function groupWords(ctx: Ctx, start: number, end: number): boolean {
  const text = phrase(ctx, start, end);
  if (ctx.lex.names.has(text)) return false;
  if (pluralDemonym(ctx, text) !== null) return true;
  if (ctx.lex.adjectives.has(text) || ctx.lex.peoples.has(text)) return true;
  return ctx.words
    .slice(start, end)
    .every((w) => (ctx.lex.adjectives.has(w) || ctx.lex.peoples.has(w)) && !ctx.lex.names.has(w));
}

/**
 * "Trade Commissioner X", "the Commission's executive vice-president, X": the organization of a title
 * that only an international organization gives, read as the whole title phrase [from, to) with the
 * opening determiner and the possessive left out, so that "Election Commission president" is not the EU's.
 */
export function organizationTitle(ctx: Ctx, from: number, to: number): string | null {
  const words: string[] = [];
  for (let k = from; k < to; k++) {
    const w = lower(ctx, k);
    if (w !== "'s" && w !== "'" && !(k === from && /^(the|a|an)$/.test(w))) words.push(w);
  }
  return ctx.lex.words.organizationTitles.get(words.join(" ").replace(/ - /g, "-")) ?? null;
}
