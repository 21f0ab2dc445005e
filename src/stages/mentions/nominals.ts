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
    if (!(w.personPronouns.has(low) || w.thingPronouns.has(low) || w.pluralPronouns.has(low))) continue;
    // "her" before a noun is a possessive
    if (
      low === "her" &&
      /^(NOUN|ADJ|PROPN|NUM)$/.test(ctx.tags[i + 1]?.upos ?? "") &&
      !/^\p{P}/u.test(word(ctx, i + 1))
    ) {
      continue;
    }
    if (low === "it" && /^(AUX)$/.test(ctx.tags[i + 1]?.upos ?? "")) continue;
    const s = span(ctx, i, i + 1);
    out.push(unnamed(s, "pronoun", s));
  }
  return out;
}

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
    // group nominals
    const count = w.groupNumbers.get(low);
    if (count !== undefined) {
      for (let k = i + 1; k <= i + 3 && k < ctx.tokens.length; k++) {
        const two = `${lower(ctx, k)} ${lower(ctx, k + 1)}`;
        const end = w.countryGroupNouns.has(two) || w.personGroupNouns.has(two) ? k + 2 : k + 1;
        const head = end === k + 2 ? two : lower(ctx, k);
        const isCountry = w.countryGroupNouns.has(head);
        const isPerson = w.personGroupNouns.has(head);
        if (isCountry || isPerson) {
          if (low === "both" && det === i && k === i + 1 && lower(ctx, i - 1) === "of") break;
          const s = span(ctx, i, end);
          const group = { count, of: isCountry && !(isPerson && head !== "sides") ? "country" : "person" } as const;
          out.push(unnamed(s, "nominal", span(ctx, det, end), { group }));
          i = end - 1;
          break;
        }
        const tag = ctx.tags[k]?.upos ?? "";
        if (!/^(ADJ|NOUN|X)$/.test(tag) || /^\p{Lu}/u.test(word(ctx, k))) break;
      }
      continue;
    }
    // "the Chinese side", "Russian government"
    const adj = adjectiveAt(ctx, i);
    if (adj !== undefined && w.governmentNouns.has(lower(ctx, i + 1)) && word(ctx, i + 1) === lower(ctx, i + 1)) {
      const s = span(ctx, i, i + 2);
      out.push(unnamed(s, "nominal", span(ctx, det, i + 2), { country: adj, sector: "GOV" }));
      i++;
      continue;
    }
    // "the ministry", "the foreign minister", "the spokesperson"
    if (lower(ctx, i - 1) === "the" && word(ctx, i) === low && mayHead(ctx, low)) {
      for (let end = Math.min(ctx.tokens.length, i + 3); end > i; end--) {
        const phrase = ctx.lowers.slice(i, end).join(" ");
        if (ctx.upperInitial.slice(i, end).includes(true)) continue;
        const title = ctx.lex.titles.get(phrase);
        const org = ctx.lex.orgHeads.get(phrase);
        const next = lower(ctx, end);
        if (next === "of" || next === "'s") break;
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
