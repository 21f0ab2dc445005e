import type { Doc } from "../../doc/doc.js";
import { withLayers } from "../../doc/doc.js";
import type { Mention, MentionRole } from "../../doc/layers/mentions.js";
import type { Stage } from "../../pipeline/stage.js";
import { actorLexicon } from "../actors/lexicon/index.js";
import { bracketAcronyms } from "./acronyms.js";
import { findChunks } from "./chunks.js";
import { type Ctx, makeCtx, sentenceStart } from "./context.js";
import { markDatelines } from "./dateline.js";
import { findDescriptions } from "./descriptions.js";
import { decideUntyped, harmonizePlaces, typeCities } from "./harmonize.js";
import { personLike } from "./name-mentions.js";
import { classifyChunk } from "./names.js";
import { findNominals, findPronouns } from "./nominals.js";
import { officialsCountry } from "./officials.js";
import { dropProducts } from "./products.js";
import { appositiveRole, commaRole, precedingRole } from "./roles.js";
import { shapeNames } from "./shape.js";

/** Detect named, nominal, pronoun and title mentions, sorted by position. */
export function detectMentions(doc: Doc): Mention[] {
  const ctx = makeCtx(doc, actorLexicon());
  const found: Mention[] = [];
  for (const chunk of findChunks(ctx)) found.push(...classifyChunk(ctx, chunk));
  const names = dropProducts(ctx, found).filter((m) => !currencyQualifier(ctx, m));
  const withRoles = names.map((m): Mention => {
    if (m.kind !== "name" || m.role !== null) return m;
    if (m.type !== "PER") {
      // an untyped name set off after or before a person's title ("the ambassador, Jane Roe,", "Jane
      // Roe, spokesperson of the ministry,") is that person
      const untyped = m.ref === null && m.sector === null && personLike(ctx, m.firstToken, m.endToken);
      const role =
        untyped && m.endToken - m.firstToken > 1 ? (commaRole(ctx, m, names) ?? lowerAppositive(ctx, m)) : null;
      return role === null ? m : { ...m, type: "PER", place: false, role, country: role.country, sector: role.sector };
    }
    const role = appositiveRole(ctx, m) ?? precedingRole(ctx, m, names) ?? commaRole(ctx, m, names);
    return role === null ? m : { ...m, role, country: role.country, sector: role.sector };
  });
  decideUntyped(ctx, withRoles);
  const surnames = new Set<string>();
  for (const m of withRoles) {
    if (m.kind === "name" && m.type === "PER" && m.endToken - m.firstToken > 1 && !doubtfulOpening(ctx, m)) {
      for (let i = m.firstToken; i < m.endToken; i++)
        surnames.add(doc.text.slice(ctx.tokens[i]?.start, ctx.tokens[i]?.end));
    }
  }
  // "William Clay Ford" does not make "Ford" a person when "Ford Motor Company" is in the text
  for (const m of withRoles) {
    if (m.kind === "name" && m.type === "ORG" && m.sector !== null && m.endToken - m.firstToken > 1)
      surnames.delete(doc.text.slice(ctx.tokens[m.firstToken]?.start, ctx.tokens[m.firstToken]?.end));
  }
  const fullNames = new Set(
    withRoles.filter((m) => m.kind === "name" && m.type === "PER").map((m) => doc.text.slice(m.start, m.end)),
  );
  for (let k = 0; k < withRoles.length; k++) {
    const m = withRoles[k] as Mention;
    if (m.kind !== "name" || m.ref !== null || m.type === "PER" || m.sector !== null) continue;
    const text = doc.text.slice(m.start, m.end);
    const single = m.endToken - m.firstToken === 1;
    if ((single && surnames.has(text)) || (!single && fullNames.has(text))) {
      // ("Friedler, formerly the president of Symplicity Corporation,": a surname takes its apposition's role)
      const role = appositiveRole(ctx, m);
      withRoles[k] = {
        ...m,
        type: "PER",
        place: false,
        role,
        sector: role?.sector ?? null,
        country: role?.country ?? null,
      };
    }
  }
  typeCities(ctx, withRoles);
  harmonizePlaces(ctx, withRoles);
  bracketAcronyms(ctx, withRoles);
  // "Fudan University's Center for American Studies": the possessor's country wins
  for (let k = 1; k < withRoles.length; k++) {
    const m = withRoles[k] as Mention;
    const prev = withRoles[k - 1] as Mention;
    const apostrophe = ctx.words[m.firstToken - 1] === "'s" && prev.endToken === m.firstToken - 1;
    const countryOwner = prev.ref?.source === "country" || prev.ref?.source === "capital";
    // "The Ivory Coast's Supreme Court": a country named as the possessor gives its country too
    const owner = prev.country ?? (countryOwner ? (prev.ref?.code ?? null) : null);
    if (apostrophe && m.type === "ORG" && prev.type !== "PER" && owner !== null && !m.ref?.code) {
      withRoles[k] = { ...m, country: owner };
    }
    // "North Korea's Kim Yo Jong": a country's possessive gives a person named right after it that country
    if (apostrophe && m.type === "PER" && m.country === null && countryOwner && prev.ref?.code)
      withRoles[k] = { ...m, country: prev.ref.code };
  }
  // "President Muhammadu Buhari of Nigeria", "... of the Slovak Republic": a country after "of" is the person's
  for (let k = 0; k + 1 < withRoles.length; k++) {
    const m = withRoles[k] as Mention;
    const next = withRoles[k + 1] as Mention;
    const the = ctx.lowers[m.endToken + 1] === "the" ? 1 : 0;
    const of = ctx.lowers[m.endToken] === "of" && next.firstToken === m.endToken + 1 + the;
    if (of && m.type === "PER" && m.country === null && next.ref?.source === "country" && next.ref.code)
      withRoles[k] = { ...m, country: next.ref.code };
  }
  const shaped = markDatelines(doc.text, officialsCountry(ctx, shapeNames(ctx, withRoles)));
  const descriptions = findDescriptions(ctx, shaped);
  const covered: boolean[] = new Array(ctx.tokens.length).fill(false);
  for (const list of [shaped, descriptions])
    for (const m of list) for (let i = m.firstToken; i < m.endToken; i++) covered[i] = true;
  const out = [...shaped, ...descriptions, ...findPronouns(ctx), ...findNominals(ctx, (i) => covered[i] === true)];
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

const CURRENCY = new Set(["$", "dollar", "dollars"]);

/**
 * "US $50 million", "Hong Kong dollars": a country naming a currency is no place and no actor ("$" only
 * after a state whose currency is a dollar: "gave Israel $3 billion" names Israel).
 */
function currencyQualifier(ctx: Ctx, m: Mention): boolean {
  const next = ctx.lowers[m.endToken] ?? "";
  if (m.ref?.source !== "country" || !CURRENCY.has(next)) return false;
  return next !== "$" || ctx.names.dollarStates.has(m.ref.code ?? "");
}

/**
 * "Jane Roe, spokesperson of the ministry,": an apposition opening in lower case or with a possessor after a name no
 * place preposition introduces ("in San Francisco, Apple CEO Steve Jobs" is a place and a person).
 */
function lowerAppositive(ctx: Ctx, m: Mention): MentionRole | null {
  const first = ctx.words[m.endToken + 1] ?? "";
  // (or by a possessor: "Jane Roe, Algeria's leading rights activist,", "South Africa's")
  let at = m.endToken + 1;
  while (at < m.endToken + 4 && /^\p{Lu}/u.test(ctx.words[at] ?? "")) at++;
  const possessor = at > m.endToken + 1 && ctx.words[at] === "'s";
  if (
    ctx.lex.words.placePrepositions.has(ctx.lowers[m.firstToken - 1] ?? "") ||
    (first !== first.toLowerCase() && !possessor)
  )
    return null;
  return appositiveRole(ctx, m);
}

/**
 * "Actual Airbus employee reduction ...": a person's name only by default, whose first word opens the
 * sentence as an adjective and is no given name, does not make its words surnames elsewhere.
 */
function doubtfulOpening(ctx: Ctx, m: Mention): boolean {
  const first = ctx.words[m.firstToken] ?? "";
  return (
    m.role === null &&
    sentenceStart(ctx, m.firstToken) &&
    ctx.tags[m.firstToken]?.upos === "ADJ" &&
    !ctx.names.givenNames.has(first)
  );
}

export const mentionsStage: Stage = {
  name: "mentions",
  requires: ["sentences", "tokens", "tags"],
  assigns: ["mentions"],
  run(doc: Doc): Doc {
    return withLayers(doc, { mentions: detectMentions(doc) });
  },
};
