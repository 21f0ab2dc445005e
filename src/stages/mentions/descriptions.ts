import type { Mention } from "../../doc/layers/mentions.js";
import type { Ctx } from "./context.js";
import { isCapitalized, lower, upos, word } from "./context.js";

const COUNT = /^(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|several)$/i;

/** Longest actor head (a group head or a title, lower-case words) starting at `k`: [end, head, sector] or null. */
function headAt(ctx: Ctx, k: number): [number, string, string] | null {
  for (let e = Math.min(ctx.tokens.length, k + 4); e > k; e--) {
    const words = ctx.words.slice(k, e);
    if (words.some((w) => w !== w.toLowerCase())) continue;
    const head = words.join(" ").replace(/’/g, "'");
    const sector = ctx.lex.groupHeads.get(head) ?? ctx.lex.titles.get(head);
    if (sector !== undefined) return [e, head, sector];
  }
  return null;
}

/** Country opening a description at `i`: a nationality ("South Korean") or a possessive ("Kenya's"). */
function countryOpening(ctx: Ctx, i: number, names: ReadonlyMap<number, Mention>): [number, string] | null {
  const two = ctx.lex.adjectives.get(`${word(ctx, i)} ${word(ctx, i + 1)}`);
  if (two !== undefined && isCapitalized(word(ctx, i))) return [i + 2, two];
  const one = ctx.lex.adjectives.get(word(ctx, i));
  if (one !== undefined && isCapitalized(word(ctx, i)) && !names.has(i)) return [i + 1, one];
  const m = names.get(i);
  const code = m?.ref?.code ?? null;
  const source = m?.ref?.source;
  if (m === undefined || code === null || !["country", "capital", "seat", "igo"].includes(source ?? "")) return null;
  return ["'s", "'"].includes(word(ctx, m.endToken)) ? [m.endToken + 1, code] : null;
}

/** Is the title at [from, to) attached to a person's name ("minister Jane Roe", "minister, Jane Roe,")? */
function beforeName(ctx: Ctx, to: number): boolean {
  const next = word(ctx, to) === "," ? to + 1 : to;
  return /^\p{Lu}\p{Ll}/u.test(word(ctx, next)) && upos(ctx, next) === "PROPN";
}

/**
 * Descriptions that name an actor by nationality or possessor and a head noun ("Kyrgyz troops",
 * "Taiwan's defence ministry", "Portugal's sports minister", "nine Nicaraguan officials"), and
 * bare plural heads of non-state actors ("protesters", "police").
 */
export function findDescriptions(ctx: Ctx, mentions: readonly Mention[]): Mention[] {
  const names = new Map<number, Mention>();
  const taken = new Set<number>();
  for (const m of mentions) {
    if (m.kind !== "name") continue;
    names.set(m.firstToken, m);
    for (let i = m.firstToken; i < m.endToken; i++) taken.add(i);
  }
  const out: Mention[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    const opening = countryOpening(ctx, i, names);
    let found: [number, string, string] | null = null;
    let country: string | null = null;
    if (opening !== null) {
      const [j, code] = opening;
      for (let k = j; k <= j + 2 && found === null; k++) {
        if (k > j) {
          const mod = word(ctx, k - 1);
          if (
            mod !== mod.toLowerCase() ||
            ctx.lex.words.functionWords.has(mod) ||
            !/^(ADJ|NOUN)$/.test(upos(ctx, k - 1))
          )
            break;
        }
        if ([...Array(Math.max(0, k - j)).keys()].some((d) => taken.has(j + d))) break;
        found = headAt(ctx, k);
      }
      country = code;
    } else if (!taken.has(i) && (i === 0 || !/^(ADJ|PROPN)$/.test(upos(ctx, i - 1)))) {
      // bare heads: non-state groups that act ("Police detained", "protesters stormed")
      const w = lower(ctx, i);
      const sector = ctx.lex.groupHeads.get(w);
      const bare =
        (sector !== undefined && ["CVL", "COP", "REB"].includes(sector) && w.endsWith("s")) || w === "police";
      if (bare && !/^(NOUN|PROPN)$/.test(upos(ctx, i + 1)) && word(ctx, i + 1) !== "'")
        found = [i + 1, w, sector ?? "COP"];
    }
    if (found === null) continue;
    const [end, head, sector] = found;
    if (ctx.lex.titles.has(head) && !ctx.lex.groupHeads.has(head) && beforeName(ctx, end)) continue;
    if (country === null && ctx.lex.titles.has(head)) continue;
    let from = i;
    while (from > 0 && (upos(ctx, from - 1) === "NUM" || COUNT.test(word(ctx, from - 1)))) from--;
    const det = ["the", "a", "an"].includes(lower(ctx, from - 1)) ? from - 1 : from;
    const span = { start: ctx.tokens[from]?.start ?? 0, end: ctx.tokens[end - 1]?.end ?? 0 };
    out.push({
      ...span,
      kind: "nominal",
      type: null,
      firstToken: from,
      endToken: end,
      extent: { start: ctx.tokens[det]?.start ?? 0, end: span.end },
      ref: null,
      role: null,
      country,
      sector,
      place: false,
      group: null,
      head,
    });
    i = end - 1;
  }
  return out;
}
