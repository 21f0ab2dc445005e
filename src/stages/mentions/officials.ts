import type { Mention } from "../../doc/layers/mentions.js";
import { firstTokenFrom, possessorOf } from "../../doc/span.js";
import type { Ctx } from "./context.js";
import { adjectiveAt, lower, word } from "./context.js";
import { isIgoCode } from "./lookup.js";
import { getPair } from "./prefixes.js";
import { namesHost } from "./roles.js";

/** Sectors of state office: a title of these with no country belongs to the country in context. */
const STATE_SECTORS = new Set(["GOV", "MIL", "COP", "LEG", "JUD"]);

function countryOfToken(ctx: Ctx, i: number, byToken: readonly (Mention | undefined)[], orgs = true): string | null {
  const m = byToken[i];
  if (m !== undefined) {
    const code = m.ref?.code ?? null;
    const source = m.ref?.source;
    const place = source === "country" || source === "capital" || source === "seat";
    // ("Peru's Congress": a body after a state's possessive is that state's, whatever the lexicon's)
    const owner = source === "org" && word(ctx, m.firstToken - 1) === "'s" ? byToken[m.firstToken - 2] : undefined;
    if (orgs && owner !== undefined && owner !== m) return countryOfToken(ctx, owner.firstToken, byToken, false);
    if (code !== null && (place || (orgs && source === "org"))) return isIgoCode(ctx, code) ? null : code;
    // ("The Peruvian Congress rejected President X's request": a body its nationality names, as the
    // nationality alone would)
    if (orgs && code === null && m.type === "ORG" && m.country !== null && ctx.lex.countryNames.has(m.country))
      return m.country;
    return null;
  }
  const adj = adjectiveAt(ctx, i) ?? getPair(ctx.lex.adjectives, ctx.opens.adjectives, word(ctx, i - 1), word(ctx, i));
  return adj !== undefined && /^[A-Z]{3}$/.test(adj) && ctx.lex.countryNames.has(adj) ? adj : null;
}

/**
 * "In Caracas, Defence Minister Jane Roe said": an official whose title gives no country takes
 * the country the text has just named: a fronted "In <place>," first, else the nearest country,
 * capital or nationality before the name in its sentence, else in the sentence before.
 */
export function officialsCountry(ctx: Ctx, mentions: readonly Mention[]): Mention[] {
  const byToken: (Mention | undefined)[] = new Array(ctx.tokens.length);
  for (const m of mentions) if (m.kind === "name") for (let i = m.firstToken; i < m.endToken; i++) byToken[i] = m;
  const salient = mostNamedCountry(ctx, byToken);
  return mentions.map((m) => {
    if (m.kind !== "name" || m.type !== "PER" || m.role === null || m.country !== null) return m;
    if (m.role.sector === null || !STATE_SECTORS.has(m.role.sector)) return m;
    // "the ambassador to Australia": the countries around are likely the host, not the envoy's own
    if (namesHost(ctx, ctx.text.slice(m.role.start, m.role.end))) return m;
    // "an adviser to President X": the country is that of the person served (the actors stage gives it)
    const role = m.role;
    const served = / (to|of|for) /.exec(ctx.text.slice(role.start, role.end));
    const after = served === null ? Number.POSITIVE_INFINITY : role.start + served.index;
    if (mentions.some((p) => p !== m && p.kind === "name" && p.type === "PER" && p.start > after && p.end <= role.end))
      return m;
    // ("Putin's envoy X": so is that of the person whose aide he is)
    if (mentions.some((p) => p.kind === "name" && p.type === "PER" && possessorOf(ctx.text, p, role))) return m;
    const sentence = ctx.tokens[m.firstToken]?.sentence ?? 0;
    const s = ctx.sentences[sentence];
    if (s === undefined) return m;
    let country: string | null = null;
    if (lower(ctx, s.firstToken) === "in") {
      const place = byToken[s.firstToken + 1];
      if (place !== undefined && word(ctx, place.endToken) === ",")
        country = countryOfToken(ctx, place.firstToken, byToken);
    }
    const roleStart = firstTokenFrom(ctx.tokens, m.role?.start ?? m.start);
    for (let i = Math.min(roleStart, m.firstToken) - 1; country === null && i >= s.firstToken; i--)
      country = countryOfToken(ctx, i, byToken);
    country ??= salient;
    return country === null ? m : { ...m, country };
  });
}

/** The country the text names most often (names, capitals, nationalities; a nationality alone twice); null on a tie. */
function mostNamedCountry(ctx: Ctx, byToken: readonly (Mention | undefined)[]): string | null {
  const counts = new Map<string, number>();
  const named = new Set<string>();
  for (let i = 0; i < ctx.tokens.length; i++) {
    const m = byToken[i];
    if (m !== undefined && m.firstToken !== i) continue;
    const code = countryOfToken(ctx, i, byToken, false);
    // (a country named as where one goes or what one gives to is no topic: "a request to travel to Germany")
    if (code === null || lower(ctx, i - 1) === "to") continue;
    counts.set(code, (counts.get(code) ?? 0) + 1);
    if (m !== undefined) named.add(code);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  // (a nationality said once is no topic: "Naruto is a Japanese cartoon character" makes no Nevada sheriff
  // Japanese; a country or capital named once is: "Bouteflicka threatened a curfew in Algiers")
  const weak = top !== undefined && top[1] < 2 && !named.has(top[0]);
  return top === undefined || weak || (second !== undefined && second[1] === top[1]) ? null : top[0];
}
