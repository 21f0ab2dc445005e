import type { Mention } from "../../doc/layers/mentions.js";
import type { Ctx } from "./context.js";
import { isAcronym } from "./context.js";

/** First letters of a name's capitalized words ("International Labor Office" -> "ILO"). */
function initials(ctx: Ctx, m: Mention): string {
  let out = "";
  for (let i = m.firstToken; i < m.endToken; i++) {
    const w = ctx.words[i] ?? "";
    if (/^\p{Lu}/u.test(w)) out += w[0];
  }
  return out;
}

/** Whether an acronym can abbreviate a name: same first letter, and every initial of the name in it. */
function abbreviates(acronym: string, name: string): boolean {
  const letters = acronym.replaceAll(".", "");
  return name.length > 1 && letters[0] === name[0] && [...name].every((c) => letters.includes(c));
}

/**
 * "The International Labor Office (ILO)", "the Revolutionary United Front (RUF)": a name followed by
 * its acronym in brackets is one organization; when the lexicon knows one of the two, the other gets
 * its identity (reference, type, country and sector).
 */
export function bracketAcronyms(ctx: Ctx, mentions: Mention[]): void {
  const byStart = new Map(mentions.map((m, k) => [m.firstToken, k] as const));
  mentions.forEach((m, k) => {
    if (m.kind !== "name" || m.type === "PER" || ctx.words[m.endToken] !== "(") return;
    const a = byStart.get(m.endToken + 1);
    const acr = a === undefined ? undefined : mentions[a];
    if (a === undefined || !acr || acr.kind !== "name" || acr.endToken !== acr.firstToken + 1) return;
    if (ctx.words[acr.endToken] !== ")" || !isAcronym(ctx.words[acr.firstToken] ?? "")) return;
    if (!abbreviates(ctx.words[acr.firstToken] ?? "", initials(ctx, m))) {
      // "the Montenegro Municipality Association (AKK)": an acronym in brackets after an organization's
      // name is its short name (often in its own language), not the person the lexicon knows by it
      if (m.type === "ORG" && acr.type === "PER")
        mentions[a] = { ...acr, ref: m.ref, type: m.type, country: m.country, sector: m.sector, role: null };
      return;
    }
    const [known, other, at] = m.ref ? [m, acr, a] : acr.ref ? [acr, m, k] : [null, null, -1];
    if (!known || !other || other.ref !== null) return;
    mentions[at] = { ...other, ref: known.ref, type: known.type, country: known.country, sector: known.sector };
  });
}
