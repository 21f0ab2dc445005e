import type { Mention } from "../../doc/layers/mentions.js";
import type { Ctx } from "./context.js";
import { lower, word } from "./context.js";

function span(ctx: Ctx, from: number, to: number) {
  return { start: ctx.tokens[from]?.start ?? 0, end: ctx.tokens[to - 1]?.end ?? 0, firstToken: from, endToken: to };
}

function empty(): Pick<Mention, "ref" | "role" | "country" | "sector" | "place" | "group"> {
  return { ref: null, role: null, country: null, sector: null, place: false, group: null };
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
    out.push({ ...s, ...empty(), kind: "pronoun", type: null, extent: s });
  }
  return out;
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
          out.push({ ...s, ...empty(), kind: "nominal", type: null, extent: span(ctx, det, end), group });
          i = end - 1;
          break;
        }
        const tag = ctx.tags[k]?.upos ?? "";
        if (!/^(ADJ|NOUN|X)$/.test(tag) || /^\p{Lu}/u.test(word(ctx, k))) break;
      }
      continue;
    }
    // "the Chinese side", "Russian government"
    const adj = ctx.lex.adjectives.get(word(ctx, i));
    if (adj !== undefined && w.governmentNouns.has(lower(ctx, i + 1)) && word(ctx, i + 1) === lower(ctx, i + 1)) {
      const s = span(ctx, i, i + 2);
      out.push({
        ...s,
        ...empty(),
        kind: "nominal",
        type: null,
        extent: span(ctx, det, i + 2),
        country: adj,
        sector: "GOV",
      });
      i++;
      continue;
    }
    // "the ministry", "the foreign minister", "the spokesperson"
    if (lower(ctx, i - 1) === "the" && word(ctx, i) === low) {
      for (let end = Math.min(ctx.tokens.length, i + 3); end > i; end--) {
        const phrase = ctx.words.slice(i, end).join(" ").toLowerCase();
        if (ctx.words.slice(i, end).some((x) => /^\p{Lu}/u.test(x))) continue;
        const title = ctx.lex.titles.get(phrase);
        const org = ctx.lex.orgHeads.get(phrase);
        const next = lower(ctx, end);
        if (next === "of" || next === "'s") break;
        if (title !== undefined && !["official", "leader", "expert", "director"].includes(phrase)) {
          const s = span(ctx, i, end);
          out.push({ ...s, ...empty(), kind: "title", type: null, extent: span(ctx, i - 1, end), sector: title });
          i = end - 1;
          break;
        }
        if (org !== undefined && end - i <= 2) {
          const s = span(ctx, i, end);
          out.push({ ...s, ...empty(), kind: "nominal", type: null, extent: span(ctx, i - 1, end), sector: org });
          i = end - 1;
          break;
        }
      }
    }
  }
  return out;
}
