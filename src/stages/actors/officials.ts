import { layer } from "../../doc/doc.js";
import type { Mention } from "../../doc/layers/mentions.js";
import { quoteLexicon } from "../quotes/lexicon.js";
import type { Draft } from "./builder.js";
import { rolesOn } from "./lexicon/index.js";
import type { ResolveCtx } from "./resolve.js";

/*
 * Whom a titled person speaks for: the country of an official whose title names none ("Foreign
 * Minister X", "Government spokesman X"), the sector of a spokesman of a non-state body.
 */

/** Sectors of state office: their holders speak for a state. */
const STATE_SECTORS = new Set(["GOV", "MIL", "COP", "LEG", "JUD"]);

/** Is the word a form of a verb that reports speech ("said", "told", "announced")? */
function isReporting(word: string | undefined): boolean {
  const entry = word === undefined ? undefined : quoteLexicon().cueForms.get(word.toLowerCase());
  return entry !== undefined && (entry.kind === "speech" || entry.kind === "tell" || entry.kind === "announce");
}

/** Does the draft stand for a state (a country code, not an IGO or a region)? */
function stateCountry(r: ResolveCtx, d: Draft): string | null {
  const c = d.country;
  return c !== null && /^[A-Z]{3}$/.test(c) && r.lex.countryNames.has(c) ? c : null;
}

/** Countries of the actors mentioned at tokens [from, to), in text order. */
function countriesIn(r: ResolveCtx, from: number, to: number): string[] {
  const hits: { at: number; country: string }[] = [];
  for (const d of r.drafts.list) {
    const country = stateCountry(r, d);
    if (country === null) continue;
    for (const p of d.positions) if (p >= from && p < to) hits.push({ at: p, country });
  }
  return hits.sort((a, b) => a.at - b.at).map((h) => h.country);
}

/** Does a nationality adjective, a country or a capital appear among the words [from, to)? */
function namesACountry(r: ResolveCtx, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const w = r.word(i) ?? "";
    const two = `${w} ${r.word(i + 1) ?? ""}`;
    for (const key of [w, two]) {
      const code = r.lex.adjectives.get(key);
      if (code !== undefined && r.lex.countryNames.has(code)) return true;
    }
  }
  // names of countries and capitals, also those that only qualify a name ("Greece's deputy minister X")
  return layer(r.doc, "mentions").some((x) => {
    const code = x.ref?.code;
    return x.kind === "name" && x.firstToken >= from && x.firstToken < to && !!code && r.lex.countryNames.has(code);
  });
}

/**
 * "A ministry spokeswoman", "Government spokesman": the latest state body of the role's head named
 * before (heads of state bodies only: "the country's chess federation" is no ministry).
 */
function bodyCountry(r: ResolveCtx, m: Mention, roleText: string): string | null {
  const heads = roleText
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => STATE_SECTORS.has(r.lex.orgHeads.get(w) ?? ""));
  if (heads.length === 0) return null;
  const named = (d: Draft) =>
    stateCountry(r, d) !== null &&
    d.kind !== "person" &&
    STATE_SECTORS.has(d.sector ?? "") &&
    heads.some((h) => d.name.toLowerCase().split(/\s+/).includes(h));
  const d = r.drafts.latest(m.firstToken, named);
  return d === null ? null : stateCountry(r, d);
}

/** The first actor of the sentence when it is a state's government body ("The Dutch government ..."), else null. */
function leadingBody(r: ResolveCtx, from: number, to: number): string | null {
  let lead: { at: number; d: Draft } | null = null;
  for (const d of r.drafts.list)
    for (const p of d.positions) if (p >= from && p < to && (lead === null || p < lead.at)) lead = { at: p, d };
  if (lead === null || lead.d.kind === "person" || lead.d.kind === "country" || lead.d.sector !== "GOV") return null;
  // "The government and the army agreed": a coordinated subject names no single state
  const end = lead.d.mentions[lead.d.positions.indexOf(lead.at)]?.end ?? 0;
  if (/^\s*(and|,)\s/.test(r.doc.text.slice(end, end + 6))) return null;
  return stateCountry(r, lead.d);
}

/**
 * The country of an official whose title gives none, from what the text says around the name;
 * `guess` is the mentions stage's nearest country, kept when nothing below applies.
 * - "A ministry spokeswoman, X," "Government spokesman X": the state body of that head named last.
 * - "China has protested ..., Foreign Ministry spokesperson X said": the official reporting a
 *   sentence speaks for its subject, the first state named in it, not for the nearest one.
 * - "The Dutch government summoned the Iranian envoy. Foreign Minister X told parliament": with no
 *   state named before the name in its sentence, the government body that leads the sentence before.
 * A fronted "In Caracas, ..." keeps the guess (the mentions stage reads it).
 */
export function officialCountry(r: ResolveCtx, m: Mention, guess: string | null): string | null {
  const role = m.role;
  if (role === null || role.country !== null || role.sector === null || !STATE_SECTORS.has(role.sector)) return guess;
  const tokens = layer(r.doc, "tokens");
  const sentences = layer(r.doc, "sentences");
  const s = sentences[tokens[m.firstToken]?.sentence ?? -1];
  if (s === undefined) return guess;
  const first = s.firstToken;
  if (r.word(first)?.toLowerCase() === "in") return guess;
  const body = bodyCountry(r, m, r.doc.text.slice(role.start, role.end));
  if (body !== null) return body;
  let roleFirst = m.firstToken;
  while (roleFirst > first && (tokens[roleFirst - 1]?.start ?? -1) >= role.start) roleFirst--;
  // "..., Foreign Minister X said" or "..., said Foreign Minister X": a reporting clause after a clause
  const comma = r.word(roleFirst - 1) === "," ? roleFirst - 1 : r.word(roleFirst - 2) === "," ? roleFirst - 2 : -1;
  const tags = layer(r.doc, "tags");
  const clause = comma > first && tags.slice(first, comma).some((t) => t.upos === "VERB");
  const reported = comma === roleFirst - 1 ? isReporting(r.word(m.endToken)) : isReporting(r.word(roleFirst - 1));
  if (clause && reported) return countriesIn(r, first, comma)[0] ?? guess;
  if (namesACountry(r, first, roleFirst)) return guess;
  const previous = sentences[(tokens[m.firstToken]?.sentence ?? 0) - 1];
  return (previous && leadingBody(r, previous.firstToken, previous.endToken)) ?? guess;
}

/** "King Abdullah of Jordan", "Crown Prince Mohammed of Saudi Arabia": the country the name itself ends with. */
export function ofCountry(r: ResolveCtx, m: Mention): string | null {
  for (let i = m.firstToken + 1; i < m.endToken - 1; i++) {
    if (r.word(i) !== "of") continue;
    const name = r.wordsIn(i + 1, m.endToken).join(" ");
    const entry = (r.lex.names.get(name) ?? []).find((e) => e.kind === "country" && e.code !== null);
    if (entry?.code && r.lex.countryNames.has(entry.code)) return entry.code;
  }
  return null;
}

/**
 * "Hamas spokesman X", "A Taliban spokesman, X,": a title whose organization is not the state's
 * (an armed group, a party, a company, an NGO, an outlet) gives the person that organization's
 * sector, as "a spokesman for the Houthis" does; people the dictionary lists keep their office.
 */
export function sectorsFromBodies(r: ResolveCtx): void {
  const text = r.doc.text;
  for (const d of r.drafts.list) {
    const span = d.roleSpan;
    if (d.kind !== "person" || d.roleSource !== "text" || span === null || !STATE_SECTORS.has(d.sector ?? "")) continue;
    if (rolesOn(r.lex, d.name, r.date).length > 0) continue;
    let body: { at: number; d: Draft } | null = null;
    for (const o of r.drafts.list) {
      if (o.kind !== "organization" || o.sector === null || o.sector === "IGO" || STATE_SECTORS.has(o.sector)) continue;
      for (const s of o.mentions) {
        const inside = s.start >= span.start && s.end <= span.end;
        const before = s.end <= span.start && /^\s?$/.test(text.slice(s.end, span.start));
        if ((inside || before) && (body === null || s.start < body.at)) body = { at: s.start, d: o };
      }
    }
    if (body === null) continue;
    d.sector = body.d.sector;
    d.country ??= body.d.country;
  }
}
