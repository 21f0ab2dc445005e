import type { Mention, MentionRole } from "../../doc/layers/mentions.js";
import { titleAt } from "./chunks.js";
import type { Ctx } from "./context.js";
import { lower, upos, word } from "./context.js";
import { countryInside, isIgoCode, organizationTitle, orgHeadSector, orgSectorInside } from "./lookup.js";

/** Titles that take the sector of the organization they are held in ("FBI director", "Hamas spokesman"). */
export const GENERIC_TITLES: ReadonlySet<string> = new Set([
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

/**
 * "Hong Kong Chief Executive Carrie Lam", "the chief executive of Macau": held in a country or
 * territory rather than an organization, a chief executive heads its government.
 */
export function stateTitleSector(
  title: string,
  sector: string | null,
  orgSector: string | null,
  country: string | null,
): string | null {
  return title === "chief executive" && orgSector === null && country !== null ? "GOV" : sector;
}

const HOST_PREPOSITIONS = new Set(["in", "to", "at"]);
/** Sectors of the state's armed and police forces. */
const FORCES = new Set(["MIL", "COP"]);
/** Sectors of bodies outside the state, whose titles ("president", "director") are theirs. */
export const PRIVATE_BODIES = new Set(["BUS", "EDU", "MED", "NGO"]);

/** Words that may open a short phrase after a title before the name's comma ("ambassador in Canberra,"). */
const TAIL_PREPOSITIONS = new Set(["in", "to", "at", "of", "for"]);

/**
 * The country of a role, leaving out nationality words that only name a field of study or work
 * ("professor of Korean studies", "an expert on Chinese affairs"): the country before the field, else after.
 */
function countryOutsideFields(ctx: Ctx, from: number, to: number): string | null {
  for (let k = from + 1; k < to; k++) {
    if (!ctx.lex.words.fieldNouns.has(lower(ctx, k))) continue;
    let a = k;
    while (a > from && a > k - 3 && /^\p{Lu}/u.test(word(ctx, a - 1))) a--;
    if (a === k || countryInside(ctx, a, k, true) === null) continue;
    return countryInside(ctx, from, a, true) ?? countryOutsideFields(ctx, k + 1, to);
  }
  return countryInside(ctx, from, to, true);
}

/** Does a role's text name a posted title's host ("ambassador to Australia", "envoy in Kabul")? */
export function namesHost(ctx: Ctx, role: string): boolean {
  const words = role.toLowerCase().split(/\s+/);
  for (let k = 1; k < words.length; k++) {
    if (!HOST_PREPOSITIONS.has(words[k] ?? "")) continue;
    for (let j = Math.max(0, k - 3); j < k; j++)
      if (ctx.lex.words.postedTitles.has(words.slice(j, k).join(" "))) return true;
  }
  return false;
}

function sentenceEnd(ctx: Ctx, i: number): number {
  return ctx.sentences[ctx.tokens[i]?.sentence ?? 0]?.endToken ?? ctx.tokens.length;
}

/** The sector of the last lower-case organization noun in [from, to) ("police", "army"), or null. */
function lowerOrgSector(ctx: Ctx, from: number, to: number): string | null {
  let sector: string | null = null;
  for (let k = from; k < to; k++) {
    if (word(ctx, k) === lower(ctx, k)) sector = ctx.lex.orgHeads.get(lower(ctx, k)) ?? sector;
  }
  return sector;
}

function roleOf(ctx: Ctx, from: number, to: number, titleFrom: number, titleEnd: number): MentionRole {
  // "a police spokesman": a lower-case organization noun before a generic title names its sector
  const nounSector = lowerOrgSector(ctx, from, titleFrom);
  const title = ctx.words.slice(titleFrom, titleEnd).join(" ").toLowerCase();
  let sector: string | null = null;
  for (const t of title.split(/ and |, /)) sector ??= ctx.lex.titles.get(t.trim()) ?? null;
  const generic = GENERIC_TITLES.has(title);
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
  // "CIA director Michael Morell": a named organization before the title
  orgSector ??= orgSectorInside(ctx, from, titleFrom) ?? nounSector;
  // "head of the Iranian army": a lower-case noun of a state force after a generic title names its sector
  const force = generic ? lowerOrgSector(ctx, titleEnd, to) : null;
  if (force !== null && FORCES.has(force)) orgSector ??= force;
  // ("the president of Symplicity Corporation", "the president of Harvard University": a title of a
  // company, school, outlet or NGO is that body's whatever the title alone would say)
  if (orgSector !== null && (generic || sector === null || PRIVATE_BODIES.has(orgSector)))
    sector = orgSector === "IGO" && sector !== null ? sector : orgSector;
  // "China's ambassador in Canberra", "the envoy to Yemen": the place after a posted title is the host
  const posted = [...ctx.lex.words.postedTitles].some((p) => title === p || title.endsWith(` ${p}`));
  const hostAfter = posted && HOST_PREPOSITIONS.has(lower(ctx, titleEnd));
  const country = countryOutsideFields(ctx, from, hostAfter ? titleEnd : to) ?? organizationTitle(ctx, from, titleEnd);
  sector = stateTitleSector(title, sector, orgSector, country);
  // "the EU ambassador", "an ASEAN envoy": officials of an international organization
  if (country !== null && isIgoCode(ctx, country) && (sector === "GOV" || sector === null)) sector = "IGO";
  return { start: ctx.tokens[from]?.start ?? 0, end: ctx.tokens[to - 1]?.end ?? 0, sector, country };
}

const RELATIVES = new Set(["who", "which", "that", "whose", "whom"]);

/** "Zhao Lijian, spokesperson of the Chinese Foreign Ministry," -> the role after the comma. */
export function appositiveRole(ctx: Ctx, m: Mention): MentionRole | null {
  let i = m.endToken;
  if (word(ctx, i) !== ",") return null;
  i++;
  const from = i;
  if (["a", "an", "the"].includes(lower(ctx, i))) i++;
  const limit = sentenceEnd(ctx, i);
  // modifiers before the title: "a senior research fellow", "Algeria's leading human rights activist",
  // never past a clause's verb or a comma ("X, who became defence minister")
  for (let t = i; t <= i + 5 && t < limit; t++) {
    // ("that country's foreign minister": "that" as a determiner opens no clause)
    const relative = RELATIVES.has(lower(ctx, t)) && upos(ctx, t) !== "DET";
    // ("the wife of opposition leader Alexei Navalny": a title past a preposition is another person's; so
    // is one past a conjunction, "Quirin, Redouane, and a third officer")
    if (word(ctx, t) === "," || relative || /^(AUX|ADP|CCONJ)$/.test(upos(ctx, t))) break;
    if (/^VB[DPZ]?$/.test(ctx.tags[t]?.xpos ?? "")) break;
    const end = titleAt(ctx, t, limit);
    if (end < 0) continue;
    // ("Erdogan, Russian President Vladimir Putin and ...": a title right before a name is that name's)
    if (/^\p{Lu}\p{Ll}/u.test(word(ctx, end)) && upos(ctx, end) === "PROPN") return null;
    // ("the head chef of a restaurant": a generic title before a common noun modifies it)
    const title = ctx.words.slice(t, end).join(" ").toLowerCase();
    if (GENERIC_TITLES.has(title) && upos(ctx, end) === "NOUN" && word(ctx, end) === lower(ctx, end)) continue;
    let to = end;
    // ("a professor of North Korean studies": a field noun the tagger read as a verb is none)
    // (nor does the participle of a compound adjective: "of Virginia-based Symplicity Corporation")
    const verb = (k: number) =>
      /^(VERB|AUX)$/.test(upos(ctx, k)) && !ctx.lex.words.fieldNouns.has(lower(ctx, k)) && word(ctx, k - 1) !== "-";
    while (to < limit && word(ctx, to) !== "," && !verb(to) && !/^[.;:"“”()—–]$/.test(word(ctx, to))) {
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

const MAX_TAIL = 6;

/** "in Canberra", "of the Chinese embassy": a short prepositional phrase with no verb fills [from, to). */
function titleTail(ctx: Ctx, from: number, to: number): boolean {
  if (to - from > MAX_TAIL || to - from < 2 || !TAIL_PREPOSITIONS.has(lower(ctx, from))) return false;
  for (let k = from + 1; k < to; k++)
    if (/^(VERB|AUX|PRON)$/.test(upos(ctx, k)) || /^[.;:"“”()—–]$/.test(word(ctx, k))) return false;
  return true;
}

const OPENERS = new Set(["the", "a", "an", "his", "her", "its", "their"]);

/**
 * "Britain's ambassador, Jane Roe, said", "his Kenyan counterpart, John Doe,": a title phrase
 * set off before the name by a comma, the name closed by a comma or the end of the clause.
 */
export function commaRole(ctx: Ctx, m: Mention, before: readonly Mention[]): MentionRole | null {
  const comma = m.firstToken - 1;
  if (word(ctx, comma) !== ",") return null;
  const after = word(ctx, m.endToken);
  if (m.endToken < sentenceEnd(ctx, m.firstToken) && !/^[,.;:)]$/.test(after)) return null;
  const first = ctx.sentences[ctx.tokens[m.firstToken]?.sentence ?? 0]?.firstToken ?? 0;
  for (let t = Math.max(first, comma - ctx.lex.maxTitleWords - MAX_TAIL); t < comma; t++) {
    const end = titleAt(ctx, t, comma);
    if (end < 0 || (end !== comma && !titleTail(ctx, end, comma))) continue;
    let from = t;
    let owner = false;
    while (from > first) {
      const p = from - 1;
      const w = word(ctx, p);
      if (ctx.lex.adjectives.has(w)) from = p;
      else if ((w === "'s" || w === "'") && !owner) {
        owner = true;
        const name = before.find((b) => b.endToken === p && b.kind === "name");
        from = name !== undefined ? name.firstToken : p - 1;
      } else if (OPENERS.has(w.toLowerCase())) {
        from = p;
        break;
      } else if (/^\p{Ll}+$/u.test(w) && /^(ADJ|NOUN)$/.test(upos(ctx, p)) && !owner) from = p;
      else {
        // "A Hamas spokesman, ...": the organization named before the title
        const org = owner ? undefined : before.find((b) => b.endToken === from && b.kind === "name");
        if (org === undefined) break;
        from = org.firstToken;
      }
    }
    return roleOf(ctx, from, comma, t, end);
  }
  return null;
}
