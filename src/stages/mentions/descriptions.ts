import type { Mention } from "../../doc/layers/mentions.js";
import type { Ctx } from "./context.js";
import { adjectiveAt, isCapitalized, lower, sentenceStart, upos, word } from "./context.js";
import { pluralDemonym } from "./lookup.js";
import { getPair, hasPair } from "./prefixes.js";

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

const LEADER_BODIES = new Set(["administration", "government", "cabinet"]);

/** A description over tokens [from, end), its extent opening at token `det`, headed by `head`. */
function description(
  ctx: Ctx,
  from: number,
  end: number,
  det: number,
  head: string,
  country: string | null,
  sector: string | null,
): Mention {
  const stop = ctx.tokens[end - 1]?.end ?? 0;
  return {
    start: ctx.tokens[from]?.start ?? 0,
    end: stop,
    kind: "nominal",
    type: null,
    firstToken: from,
    endToken: end,
    extent: { start: ctx.tokens[det]?.start ?? 0, end: stop },
    ref: null,
    role: null,
    country,
    sector,
    place: false,
    group: null,
    head,
  };
}

/**
 * Country opening a description at `i`: a nationality ("South Korean"), an ethnic group ("Igbo",
 * "Kurdish": null when it spans several states), a possessive ("Kenya's"), a country name as
 * modifier ("US border agents") or a leader's name before "administration" ("the Bush
 * administration"). Returns the token after the opening and the country.
 */
function countryOpening(ctx: Ctx, i: number, names: readonly (Mention | undefined)[]): [number, string | null] | null {
  const two = getPair(ctx.lex.adjectives, ctx.opens.adjectives, word(ctx, i), word(ctx, i + 1));
  if (two !== undefined && isCapitalized(word(ctx, i))) return [i + 2, two];
  const one = adjectiveAt(ctx, i);
  if (one !== undefined && isCapitalized(word(ctx, i)) && names[i] === undefined) return [i + 1, one];
  const ethnic = ctx.lex.peoples.get(word(ctx, i));
  if (ethnic !== undefined && !ctx.lex.peopleNouns.has(word(ctx, i)) && names[i] === undefined) return [i + 1, ethnic];
  const m = names[i];
  if (m === undefined) return null;
  if (m.type === "PER") {
    // "the Bush administration", "Erdogan's government"
    const at = word(ctx, m.endToken) === "'s" ? m.endToken + 1 : m.endToken;
    if (!LEADER_BODIES.has(lower(ctx, at))) return null;
    const rows = ctx.lex.people.get(ctx.words.slice(m.firstToken, m.endToken).join(" ")) ?? [];
    return [at, rows[0]?.country ?? m.country];
  }
  // "the Russian Foreign Ministry spokesperson": an organization of a known state before a title
  if (m.type === "ORG" && m.ref === null && m.country !== null) {
    const next = word(ctx, m.endToken);
    return next !== "" && next === next.toLowerCase() && headAt(ctx, m.endToken) !== null
      ? [m.endToken, m.country]
      : null;
  }
  const code = m.ref?.code ?? null;
  const source = m.ref?.source ?? "";
  if (code === null || !["country", "capital", "seat", "igo", "region"].includes(source)) return null;
  if (["'s", "'"].includes(word(ctx, m.endToken))) return [m.endToken + 1, code];
  const next = word(ctx, m.endToken);
  const modifies = ["country", "igo", "region"].includes(source) && next !== "" && next === next.toLowerCase();
  return modifies && /^\p{L}/u.test(next) ? [m.endToken, code] : null;
}

/** Sectors of armed bodies: police, armies, rebels. */
export const FORCE_SECTORS: ReadonlySet<string> = new Set(["COP", "MIL", "REB"]);

/**
 * A two-word plural head of armed or police forces ("security forces", "riot police") at `i`, opening
 * its phrase and closing it ("Security forces chief X" is the chief's title): [end, head, sector].
 */
function forceHead(ctx: Ctx, i: number): [number, string, string] | undefined {
  const next = lower(ctx, i + 1);
  if (!next.endsWith("s") && next !== "police") return undefined;
  if (i > 0 && /^(ADJ|PROPN|NOUN)$/.test(upos(ctx, i - 1))) return undefined;
  if (/^(NOUN|PROPN)$/.test(upos(ctx, i + 2))) return undefined;
  const head = `${lower(ctx, i)} ${next}`;
  const sector = ctx.lex.groupHeads.get(head);
  return sector !== undefined && FORCE_SECTORS.has(sector) ? [i + 2, head, sector] : undefined;
}

let ngoFirstWords: { heads: ReadonlyMap<string, string>; words: ReadonlySet<string> } | null = null;

/** First words of the NGO sector's group heads ("rights", "human", "aid", "charities"), for a cheap test. */
function ngoStarts(ctx: Ctx): ReadonlySet<string> {
  if (ngoFirstWords?.heads !== ctx.lex.groupHeads) {
    const words = new Set<string>();
    for (const [head, sector] of ctx.lex.groupHeads) if (sector === "NGO") words.add(head.split(" ")[0] ?? head);
    ngoFirstWords = { heads: ctx.lex.groupHeads, words };
  }
  return ngoFirstWords.words;
}

/**
 * A group head of the NGO sector of up to three words at `i` ("rights group", "human rights groups", "aid
 * agencies", "charities"), not after a modifier of its own and closing its phrase: [end, head, sector].
 */
function ngoHead(ctx: Ctx, i: number): [number, string, string] | null {
  if (!ngoStarts(ctx).has(lower(ctx, i)) || (i > 0 && /^(ADJ|PROPN|NOUN)$/.test(upos(ctx, i - 1)))) return null;
  for (let n = 3; n >= 1; n--) {
    const head = Array.from({ length: n }, (_, k) => lower(ctx, i + k)).join(" ");
    // (not a title before the body's name: "the rights group National Coalition for Men")
    const named = /^(NOUN|PROPN)$/.test(upos(ctx, i + n)) || isCapitalized(word(ctx, i + n));
    if (ctx.lex.groupHeads.get(head) !== "NGO" || named) continue;
    return [i + n, head, "NGO"];
  }
  return null;
}

/** "Kurds", "Tamils", "Bosnian Serbs": an ethnic group named by its plural noun, with its country (or null). */
function peopleNoun(ctx: Ctx, i: number): Mention | null {
  const pair = hasPair(ctx.lex.peopleNouns, ctx.opens.peopleNouns, word(ctx, i), word(ctx, i + 1));
  const end = pair ? i + 2 : i + 1;
  const w = pair ? `${word(ctx, i)} ${word(ctx, i + 1)}` : word(ctx, i);
  // a plural demonym is capitalized ("Iraqis")
  const demonym = !pair && ctx.upperInitial[i] === true ? pluralDemonym(ctx, w) : null;
  if ((!ctx.lex.peopleNouns.has(w) && demonym === null) || ctx.lex.names.has(w)) return null;
  // "Iraqi Kurds", "Turkish Kurds": the state's adjective before a people names where they live
  const state = demonym === null && isCapitalized(word(ctx, i - 1)) ? adjectiveAt(ctx, i - 1) : undefined;
  if (state !== undefined) i--;
  const det = lower(ctx, i - 1) === "the" ? i - 1 : i;
  return description(ctx, i, end, det, w.toLowerCase(), state ?? demonym ?? ctx.lex.peoples.get(w) ?? null, null);
}

/**
 * "a spokesman for the General Staff", "a spokeswoman for the Kenyan Defence Ministry": an unnamed holder
 * of a title who speaks for the body named after "for", of that body's country and sector.
 */
function speakerFor(ctx: Ctx, i: number, names: readonly (Mention | undefined)[]): Mention | null {
  if (!["a", "an", "the"].includes(lower(ctx, i - 1))) return null;
  const found = headAt(ctx, i);
  if (found === null || !ctx.lex.titles.has(found[1]) || lower(ctx, found[0]) !== "for") return null;
  const at = lower(ctx, found[0] + 1) === "the" ? found[0] + 2 : found[0] + 1;
  const body = names[at];
  const country = body?.ref?.code ?? body?.country ?? null;
  if (body === undefined || body.type === "PER" || country === null) return null;
  const [end, head, title] = found;
  return description(ctx, i, end, i - 1, head, country, body.sector ?? body.ref?.sector ?? title);
}

/**
 * "the president of Senegal", "the foreign minister of Peru", "the mayor of Santiago": an unnamed holder of
 * a title of the country (or capital) named after "of" (the name closing the phrase: not "the president of
 * Senegal's party").
 */
function titleOf(ctx: Ctx, i: number, names: readonly (Mention | undefined)[]): Mention | null {
  if (lower(ctx, i - 1) !== "the") return null;
  const found = headAt(ctx, i);
  if (found === null || !ctx.lex.titles.has(found[1]) || lower(ctx, found[0]) !== "of") return null;
  const state = names[lower(ctx, found[0] + 1) === "the" ? found[0] + 2 : found[0] + 1];
  // (or of its capital: "the mayor of Santiago")
  const code = ["country", "capital"].includes(state?.ref?.source ?? "") ? (state?.ref?.code ?? null) : null;
  // (nor a thing the country names: "the president of the Chile chapter of ...")
  const owned = ["'s", "'"].includes(word(ctx, state?.endToken ?? 0)) || upos(ctx, state?.endToken ?? 0) === "NOUN";
  if (state === undefined || code === null || owned) return null;
  return description(ctx, i, state.endToken, i - 1, found[1], code, found[2]);
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
  // by token: the name starting there, and whether a name covers it
  const names: (Mention | undefined)[] = new Array(ctx.tokens.length);
  const taken: boolean[] = new Array(ctx.tokens.length).fill(false);
  for (const m of mentions) {
    if (m.kind !== "name") continue;
    names[m.firstToken] = m;
    for (let i = m.firstToken; i < m.endToken; i++) taken[i] = true;
  }
  // titles inside a person's role ("China's ambassador in Canberra, Cheng Jingye,") are that person's
  const roles = mentions.flatMap((m) => (m.role !== null ? [m.role] : []));
  const inRole = (i: number) => {
    const t = ctx.tokens[i];
    return t !== undefined && roles.some((r) => t.start >= r.start && t.end <= r.end);
  };
  const out: Mention[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    const group = taken[i] ? null : peopleNoun(ctx, i);
    if (group !== null) {
      out.push(group);
      i = group.endToken - 1;
      continue;
    }
    const spokesman = taken[i] ? null : (speakerFor(ctx, i, names) ?? titleOf(ctx, i, names));
    if (spokesman !== null) {
      out.push(spokesman);
      i = spokesman.endToken - 1;
      continue;
    }
    const opening = countryOpening(ctx, i, names);
    const force = opening === null && !taken[i] && !taken[i + 1] ? forceHead(ctx, i) : undefined;
    // "a human rights group protested", "aid agencies warned": a non-governmental body acts with no country
    const ngo = opening === null && force === undefined && !taken[i] ? ngoHead(ctx, i) : null;
    let found: [number, string, string] | null = null;
    let country: string | null = null;
    if (opening !== null) {
      const [j, code] = opening;
      for (let k = j; k <= j + 3 && found === null; k++) {
        if (k > j) {
          const mod = word(ctx, k - 1);
          // "Poland's Europe minister", "China's Africa envoy": a region is the portfolio, not the country;
          // "Russia's UN envoy": an international body is the post's, the envoy still the country's
          const portfolio =
            ["region", "country", "igo"].includes(names[k - 1]?.ref?.source ?? "") && names[k - 1]?.endToken === k;
          // ("leading", "exiled": a participle modifies as an adjective does)
          const participle = upos(ctx, k - 1) === "VERB" && /^VB[GN]$/.test(ctx.tags[k - 1]?.xpos ?? "");
          const modifier =
            portfolio || (mod === mod.toLowerCase() && (/^(ADJ|NOUN)$/.test(upos(ctx, k - 1)) || participle));
          if (!modifier || ctx.lex.words.functionWords.has(mod)) break;
        }
        const region = (x: number) => ["region", "country", "igo"].includes(names[x]?.ref?.source ?? "");
        if (taken.slice(j, Math.max(j, k)).some((t, x) => t && !region(j + x))) break;
        found = headAt(ctx, k);
      }
      country = code;
    } else if (force !== undefined) {
      // "Security forces in Guinea", "riot police": a two-word plural group head, opening the phrase
      found = force;
    } else if (ngo !== null) {
      found = ngo;
    } else if (!taken[i] && (ctx.lex.groupHeads.has(lower(ctx, i)) || lower(ctx, i) === "police")) {
      // bare heads: non-state groups that act ("Police detained", "protesters stormed"), not after a modifier
      const w = lower(ctx, i);
      const sector = ctx.lex.groupHeads.get(w);
      const bare =
        (sector !== undefined && ["CVL", "COP", "REB", "MED"].includes(sector) && w.endsWith("s")) || w === "police";
      const modified = i > 0 && /^(ADJ|PROPN)$/.test(upos(ctx, i - 1));
      // (a capital inside a sentence starts a name: "the overturn of Citizens United")
      const named = isCapitalized(word(ctx, i)) && !sentenceStart(ctx, i);
      // "Opposition senators", "government troops": a sector word before a plural group head gives the sector
      const next = lower(ctx, i + 1);
      const pair = `${w} ${next}`;
      const headSector =
        ctx.lex.groupHeads.get(pair) ?? (next.endsWith("s") ? ctx.lex.groupHeads.get(next) : undefined);
      const grouped = sector !== undefined && !w.endsWith("s") && headSector !== undefined && word(ctx, i + 1) === next;
      if (grouped && !/^(NOUN|PROPN)$/.test(upos(ctx, i + 2)))
        found = [i + 2, pair, ctx.lex.groupHeads.get(pair) ?? (["OPP", "REB"].includes(sector) ? sector : headSector)];
      else if (bare && !modified && !named && !/^(NOUN|PROPN)$/.test(upos(ctx, i + 1)) && word(ctx, i + 1) !== "'")
        found = [i + 1, w, sector ?? "COP"];
    }
    if (found === null) continue;
    const [end, head, headSector] = found;
    // "Western countries", "European states": states, not their governments
    const sector = ctx.lex.words.countryGroupNouns.has(head) && head !== "governments" ? null : headSector;
    if (ctx.lex.titles.has(head) && !ctx.lex.groupHeads.has(head) && (beforeName(ctx, end) || inRole(end - 1)))
      continue;
    if (country === null && ctx.lex.titles.has(head)) continue;
    let from = i;
    while (from > 0 && (upos(ctx, from - 1) === "NUM" || COUNT.test(word(ctx, from - 1)))) from--;
    const det = ["the", "a", "an"].includes(lower(ctx, from - 1)) ? from - 1 : from;
    out.push(description(ctx, from, end, det, head, country, sector));
    i = end - 1;
  }
  return out;
}
