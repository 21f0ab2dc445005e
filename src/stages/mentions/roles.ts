import type { Mention, MentionRole } from "../../doc/layers/mentions.js";
import { titleAt } from "./chunks.js";
import type { Ctx } from "./context.js";
import { lower, upos, word } from "./context.js";
import { countryInside, orgHeadSector } from "./names.js";

const GENERIC = new Set([
  "director",
  "head",
  "fellow",
  "senior fellow",
  "expert",
  "official",
  "chair",
  "chairman",
  "president",
  "executive",
  "researcher",
  "research fellow",
  "senior research fellow",
  "spokesperson",
  "spokesman",
  "spokeswoman",
]);

function sentenceEnd(ctx: Ctx, i: number): number {
  return ctx.sentences[ctx.tokens[i]?.sentence ?? 0]?.endToken ?? ctx.tokens.length;
}

function roleOf(ctx: Ctx, from: number, to: number, titleFrom: number, titleEnd: number): MentionRole {
  const title = ctx.words.slice(titleFrom, titleEnd).join(" ").toLowerCase();
  let sector: string | null = null;
  for (const t of title.split(/ and |, /)) sector ??= ctx.lex.titles.get(t.trim()) ?? null;
  const generic = GENERIC.has(title);
  // the organization in the role: "professor at ... University" -> EDU
  let orgSector: string | null = null;
  for (let k = titleEnd; k < to; k++) {
    if (/^\p{Lu}/u.test(word(ctx, k))) {
      let e = k;
      while (e < to && (/^\p{Lu}/u.test(word(ctx, e)) || ["of", "for", "and", "the"].includes(lower(ctx, e)))) e++;
      while (e > k && !/^\p{Lu}/u.test(word(ctx, e - 1))) e--;
      const entry = ctx.lex.names.get(ctx.words.slice(k, e).join(" "))?.[0];
      orgSector ??= entry?.sector ?? orgHeadSector(ctx, k, e);
      k = e;
    }
  }
  if (orgSector !== null && (generic || sector === null))
    sector = orgSector === "IGO" && sector !== null ? sector : orgSector;
  return {
    start: ctx.tokens[from]?.start ?? 0,
    end: ctx.tokens[to - 1]?.end ?? 0,
    sector,
    country: countryInside(ctx, from, to),
  };
}

/** "Zhao Lijian, spokesperson of the Chinese Foreign Ministry," -> the role after the comma. */
export function appositiveRole(ctx: Ctx, m: Mention): MentionRole | null {
  let i = m.endToken;
  if (word(ctx, i) !== ",") return null;
  i++;
  const from = i;
  if (["a", "an", "the"].includes(lower(ctx, i))) i++;
  const limit = sentenceEnd(ctx, i);
  // up to two modifiers before the title: "a senior research fellow", "Russia's deputy foreign minister"
  for (let t = i; t <= i + 3 && t < limit; t++) {
    const end = titleAt(ctx, t, limit);
    if (end < 0) continue;
    let to = end;
    while (
      to < limit &&
      word(ctx, to) !== "," &&
      !/^(VERB|AUX)$/.test(upos(ctx, to)) &&
      !/^[.;:"“”()—–]$/.test(word(ctx, to))
    ) {
      to++;
    }
    return roleOf(ctx, from, to, t, end);
  }
  return null;
}

/** "Foreign Ministry spokesperson Wang Wenbin", "analyst Jane Roe": a lower-case title right before. */
export function precedingRole(ctx: Ctx, m: Mention, before: readonly Mention[]): MentionRole | null {
  const sentenceFirst = ctx.sentences[ctx.tokens[m.firstToken]?.sentence ?? 0]?.firstToken ?? 0;
  for (let t = Math.max(sentenceFirst, m.firstToken - 4); t < m.firstToken; t++) {
    if (titleAt(ctx, t, m.firstToken) !== m.firstToken) continue;
    if (/^\p{Lu}/u.test(word(ctx, t)) && t !== sentenceFirst) continue;
    let from = t;
    const org = before.find((b) => b.endToken === t && b.kind === "name");
    if (org !== undefined) from = org.firstToken;
    while (from > 0 && ctx.lex.adjectives.has(word(ctx, from - 1))) from--;
    const role = roleOf(ctx, from, m.firstToken, t, m.firstToken);
    return { ...role, sector: role.sector ?? org?.sector ?? null, country: role.country ?? org?.country ?? null };
  }
  return null;
}
