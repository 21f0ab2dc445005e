import type { Mention } from "../../doc/layers/mentions.js";
import type { Ctx } from "./context.js";
import { adjectiveAt, lower, word } from "./context.js";

function span(ctx: Ctx, from: number, to: number) {
  return { start: ctx.tokens[from]?.start ?? 0, end: ctx.tokens[to - 1]?.end ?? 0, firstToken: from, endToken: to };
}

type Span4 = ReturnType<typeof span>;

/** A pronoun, nominal or title mention over `s` (fields in the layer's usual order). */
function unnamed(
  s: Span4,
  kind: Mention["kind"],
  extent: Span4,
  more: Partial<Pick<Mention, "country" | "sector" | "group">> = {},
): Mention {
  return {
    start: s.start,
    end: s.end,
    firstToken: s.firstToken,
    endToken: s.endToken,
    ref: null,
    role: null,
    country: more.country ?? null,
    sector: more.sector ?? null,
    place: false,
    group: more.group ?? null,
    kind,
    type: null,
    extent,
  };
}

/** Personal pronouns (possessives are not mentions). */
export function findPronouns(ctx: Ctx): Mention[] {
  const out: Mention[] = [];
  const w = ctx.lex.words;
  for (let i = 0; i < ctx.tokens.length; i++) {
    const low = lower(ctx, i);
    // ("US" in capitals is the country, not "us"; "Phase I", "World War I" a numeral after a name)
    const numeral =
      low === "i" && /^(PROPN|NOUN)$/.test(ctx.tags[i - 1]?.upos ?? "") && /^\p{Lu}/u.test(word(ctx, i - 1));
    const speaker = w.speakerPronouns.has(low) && !numeral && (low === "i" || !/^\p{Lu}{2}/u.test(word(ctx, i)));
    if (!(speaker || w.personPronouns.has(low) || w.thingPronouns.has(low) || w.pluralPronouns.has(low))) continue;
    // "her" before a noun is a possessive
    if (
      low === "her" &&
      /^(NOUN|ADJ|PROPN|NUM)$/.test(ctx.tags[i + 1]?.upos ?? "") &&
      !/^\p{P}/u.test(word(ctx, i + 1))
    ) {
      continue;
    }
    if (low === "it" && expletiveIt(ctx, i)) continue;
    const s = span(ctx, i, i + 1);
    out.push(unnamed(s, "pronoun", s));
  }
  return out;
}

const BE = new Set([
  "is",
  "was",
  "'s",
  "were",
  "be",
  "been",
  "being",
  "isn't",
  "wasn't",
  "seems",
  "seemed",
  "appears",
  "appeared",
]);

/**
 * "It is clear that ...", "it would be wrong to ...", "it has been reported": an "it" before a form
 * of "be" (directly or after a modal or "has") stands for no actor. "It would retaliate", "it had
 * agreed", "it will" refer back to one.
 */
function expletiveIt(ctx: Ctx, i: number): boolean {
  const next = lower(ctx, i + 1);
  if (BE.has(next)) return true;
  return ctx.tags[i + 1]?.upos === "AUX" && (lower(ctx, i + 2) === "be" || lower(ctx, i + 2) === "been");
}

/** End of the longest group noun (up to three words: "heads of government") at token k, or -1. */
function groupNounEnd(ctx: Ctx, k: number): number {
  const w = ctx.lex.words;
  for (let end = Math.min(ctx.tokens.length, k + 3); end > k; end--) {
    const noun = ctx.lowers.slice(k, end).join(" ");
    if (w.countryGroupNouns.has(noun) || w.personGroupNouns.has(noun)) return end;
  }
  return -1;
}

/** A group nominal over [from, end) headed by `head`; "sides" in both lists is the sides' countries. */
function groupNominal(ctx: Ctx, from: number, det: number, end: number, count: number, head: string): Mention {
  const w = ctx.lex.words;
  const isCountry = w.countryGroupNouns.has(head);
  const isPerson = w.personGroupNouns.has(head);
  const of = isCountry && !(isPerson && head !== "sides") ? "country" : "person";
  return unnamed(span(ctx, from, end), "nominal", span(ctx, det, end), { group: { count, of } });
}

/** Possessive pronouns that give a government noun its state from context. */
const OWNERS = new Set(["his", "her", "its", "their", "whose"]);

/** May a title or an organization head open with this word? Each opens with a whole word (see prefixes.ts). */
function mayHead(ctx: Ctx, low: string): boolean {
  return (
    ctx.lex.titles.has(low) || ctx.opens.titles.has(low) || ctx.lex.orgHeads.has(low) || ctx.opens.orgHeads.has(low)
  );
}

/**
 * Nominals: group nominals ("the two sides", "both countries", "these two major powers"),
 * country-side nominals ("the Chinese side", "Russian government") and definite descriptions
 * headed by a title or an organization noun ("the foreign minister", "the ministry").
 */
export function findNominals(ctx: Ctx, taken: (i: number) => boolean): Mention[] {
  const out: Mention[] = [];
  const w = ctx.lex.words;
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (taken(i)) continue;
    const low = lower(ctx, i);
    const det = ["the", "these", "those", "both"].includes(lower(ctx, i - 1)) ? i - 1 : i;
    // group nominals: "the two sides", "both countries", "the three foreign ministers"
    const count = w.groupNumbers.get(low);
    if (count !== undefined) {
      for (let k = i + 1; k <= i + 3 && k < ctx.tokens.length; k++) {
        const end = groupNounEnd(ctx, k);
        if (end > 0) {
          if (low === "both" && det === i && k === i + 1 && lower(ctx, i - 1) === "of") break;
          out.push(groupNominal(ctx, i, det, end, count, ctx.lowers.slice(k, end).join(" ")));
          i = end - 1;
          break;
        }
        const tag = ctx.tags[k]?.upos ?? "";
        if (!/^(ADJ|NOUN|X)$/.test(tag) || /^\p{Lu}/u.test(word(ctx, k))) break;
      }
      continue;
    }
    // "the sides", "the warring parties", "the heads of government": the two parties in context
    if (lower(ctx, i - 1) === "the" && word(ctx, i) === low) {
      const end = groupNounEnd(ctx, i);
      if (end > 0 && w.pairNouns.has(ctx.lowers.slice(i, end).join(" "))) {
        out.push(groupNominal(ctx, i, i - 1, end, 2, ctx.lowers.slice(i, end).join(" ")));
        i = end - 1;
        continue;
      }
    }
    // "the Chinese side", "Russian government"
    const adj = adjectiveAt(ctx, i);
    if (adj !== undefined && w.governmentNouns.has(lower(ctx, i + 1)) && word(ctx, i + 1) === lower(ctx, i + 1)) {
      const s = span(ctx, i, i + 2);
      out.push(unnamed(s, "nominal", span(ctx, det, i + 2), { country: adj, sector: "GOV" }));
      i++;
      continue;
    }
    // "his government", "whose administration": the government of the state in context (as "the government")
    if (OWNERS.has(lower(ctx, i - 1)) && w.governmentNouns.has(low) && word(ctx, i) === low) {
      out.push(unnamed(span(ctx, i, i + 1), "nominal", span(ctx, i - 1, i + 1), { sector: "GOV" }));
      continue;
    }
    // "the port authority", "the oil consortium": an organization head after one lower-case modifier
    const modifier = word(ctx, i - 1);
    if (
      lower(ctx, i - 2) === "the" &&
      word(ctx, i) === low &&
      modifier === modifier.toLowerCase() &&
      /^(NOUN|ADJ)$/.test(ctx.tags[i - 1]?.upos ?? "") &&
      !taken(i - 1) &&
      ctx.lex.orgHeads.has(low) &&
      !/^(NOUN|PROPN)$/.test(ctx.tags[i + 1]?.upos ?? "")
    ) {
      out.push(
        unnamed(span(ctx, i, i + 1), "nominal", span(ctx, i - 2, i + 1), { sector: ctx.lex.orgHeads.get(low) ?? null }),
      );
      continue;
    }
    // "the ministry", "the foreign minister", "the spokesperson"
    if (lower(ctx, i - 1) === "the" && word(ctx, i) === low && mayHead(ctx, low)) {
      for (let end = Math.min(ctx.tokens.length, i + 3); end > i; end--) {
        const phrase = ctx.lowers.slice(i, end).join(" ");
        // (a head that opens a name, "Army of Islam", is none in lower case: "accused the army of attempting")
        if (ctx.upperInitial.slice(i, end).includes(true) || phrase.endsWith(" of")) continue;
        const title = ctx.lex.titles.get(phrase);
        const org = ctx.lex.orgHeads.get(phrase);
        const next = lower(ctx, end);
        // ("the bloc's envoy": an organization named by its head may own a title; a title may not)
        // (an of-phrase names the body, "the government of Peru", unless it opens in lower case after an
        // organization noun: "accused the government of corruption")
        // (a noun or a gerund, not "the government of a foreign power", "of national unity")
        const content =
          org !== undefined &&
          /^\p{Ll}/u.test(word(ctx, end + 1)) &&
          /^(NOUN|VERB)$/.test(ctx.tags[end + 1]?.upos ?? "");
        if ((next === "of" && !content) || (next === "'s" && title !== undefined)) break;
        if (title !== undefined && !["official", "leader", "expert", "director"].includes(phrase)) {
          const s = span(ctx, i, end);
          out.push(unnamed(s, "title", span(ctx, i - 1, end), { sector: title }));
          i = end - 1;
          break;
        }
        if (org !== undefined && end - i <= 2) {
          const s = span(ctx, i, end);
          out.push(unnamed(s, "nominal", span(ctx, i - 1, end), { sector: org }));
          i = end - 1;
          break;
        }
      }
    }
  }
  return out;
}
