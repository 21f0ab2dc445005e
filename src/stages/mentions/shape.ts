import type { Mention } from "../../doc/layers/mentions.js";
import { titleAt } from "./chunks.js";
import type { Ctx } from "./context.js";
import { lower, sentenceStart, upos, word } from "./context.js";
import { openings } from "./prefixes.js";

/** A model designation after a maker's name: "A380", "787", "F-35", not a year or a count. */
export function isModelCode(w: string): boolean {
  if (/^(1[89]|20)\d\d$/.test(w)) return false;
  return /^\p{Lu}{1,3}-?\d{2,}[\p{L}\d-]*$/u.test(w) || /^\d{3,}(-\d+)?s?$/.test(w);
}

/** A market index ("the Dow Jones Industrial Average", "FTSE 100 index"): not an actor. */
export function isFinancialName(ctx: Ctx, from: number, to: number): boolean {
  // an index name opens with the whole first word (see prefixes.ts)
  const first = ctx.words[from];
  const known =
    first === undefined || ctx.names.financialNames.has(first) || openings(ctx.names.financialNames).has(first);
  for (let e = to; known && e > from; e--) {
    if (ctx.names.financialNames.has(ctx.words.slice(from, e).join(" "))) return true;
  }
  let k = to;
  // "Standard & Poor's 500": a possessive name before an index number
  const possessive = word(ctx, k) === "'s" ? 1 : word(ctx, k) === "'" && word(ctx, k + 1) === "s" ? 2 : 0;
  const joined = ctx.words.slice(from, to).includes("&");
  if (possessive > 0 && joined && /^\d+$/.test(word(ctx, k + possessive))) return true;
  if (/^\d+$/.test(word(ctx, k))) k++;
  return ctx.names.financialHeads.has(lower(ctx, k)) && to - from <= 3 && lower(ctx, k) !== "bond";
}

/** A product: a name right after a model number ("787 Dreamliner"). */
export function isProductName(ctx: Ctx, from: number): boolean {
  if (isModelCode(word(ctx, from - 1))) return true;
  // the 787 "Dreamliner": a quoted name right after a model number
  let k = from - 1;
  while (k > 0 && /^[`'"“‘]+$/.test(word(ctx, k))) k--;
  return k < from - 1 && isModelCode(word(ctx, k));
}

function isModifier(ctx: Ctx, m: Mention): boolean {
  const next = word(ctx, m.endToken);
  if (isModelCode(next)) return true;
  // "Airbus jets", "evaluating Kestrel planes": the maker or brand of a product
  if (m.ref === null && ctx.names.productFollowers.has(next) && upos(ctx, m.endToken) !== "VERB") return true;
  // "an all-Airbus fleet", "Intel-based": a name inside a hyphenated modifier
  if (
    word(ctx, m.firstToken - 1) === "-" &&
    /^\p{Ll}+$/u.test(word(ctx, m.firstToken - 2)) &&
    glued(ctx, m.firstToken - 1)
  )
    return true;
  // "a London-based group": the place where something is based
  if (next === "-" && lower(ctx, m.endToken + 1) === "based") return true;
  // "its Cupertino headquarters", "the Airbus chief executive": the site of a place, the employer of a post
  if (
    ctx.names.placeFollowers.has(next) ||
    (next === lower(ctx, m.endToken) && titleAt(ctx, m.endToken, m.endToken + 4) > 0)
  )
    return true;
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(next)) return false;
  // "the Kestrel company" (not "Kestrel parent Orvane": the parent's name is a name of its own)
  if (ctx.names.descriptorNouns.has(next) && !RELATIONS.has(next)) return true;
  // "the Apple logo", "the US economy": a determiner before the name and a noun after it
  const det = lower(ctx, m.firstToken - 1) === "the" && m.type !== "PER";
  return det && upos(ctx, m.endToken) === "NOUN" && !/ed$/.test(next);
}

/** "Heathrow airport", "the Yangtze river": a lower-case place noun completing a place's name. */
function placeHeadAfter(ctx: Ctx, m: Mention): boolean {
  const next = word(ctx, m.endToken);
  return next === lower(ctx, m.endToken) && ctx.names.locationHeads.has(next) && upos(ctx, m.endToken + 1) !== "NOUN";
}

const RELATIONS = new Set(["parent", "subsidiary", "unit", "division", "affiliate"]);

/** Is token i written against both neighbours ("all-Airbus")? */
function glued(ctx: Ctx, i: number): boolean {
  const [a, b, c] = [ctx.tokens[i - 1], ctx.tokens[i], ctx.tokens[i + 1]];
  return a !== undefined && b !== undefined && c !== undefined && a.end === b.start && b.end === c.start;
}

/** Names of events, plans, documents and diseases ("the Paris Air Show", "Black Monday", "COVID"). */
function isEventName(ctx: Ctx, m: Mention): boolean {
  if (m.ref !== null || m.sector !== null) return false;
  const text = ctx.words.slice(m.firstToken, m.endToken).join(" ");
  if (ctx.names.diseaseNames.has(text) || ctx.names.deityNames.has(text)) return true;
  if (m.endToken - m.firstToken < 2) return false;
  if (ctx.names.eventOpeners.has(lower(ctx, m.firstToken))) return true;
  const last = lower(ctx, m.endToken - 1);
  const two = `${lower(ctx, m.endToken - 2)} ${last}`;
  // "the Treaty of Good-Neighbourliness ...", "the Convention on ...": a document named by its head
  const opening =
    ctx.names.eventHeads.has(lower(ctx, m.firstToken)) && ["of", "on"].includes(lower(ctx, m.firstToken + 1));
  return opening || ctx.names.eventHeads.has(last) || ctx.names.eventHeads.has(two);
}

/** "Chapter 11", "Flight 447", "Resolution 2231": a word numbered like an item, not a name. */
function isNumberedItem(ctx: Ctx, m: Mention): boolean {
  return (
    m.ref === null && m.sector === null && /^\d+$/.test(word(ctx, m.endToken)) && !isModelCode(word(ctx, m.endToken))
  );
}

/** Texts of dropped names and of the acronyms given for them in brackets ("(WWDC)"). */
function droppedTexts(ctx: Ctx, mentions: readonly Mention[], drop: (m: Mention) => boolean): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== "name" || !drop(m)) continue;
    out.add(ctx.words.slice(m.firstToken, m.endToken).join(" "));
    if (word(ctx, m.endToken) === "(" && word(ctx, m.endToken + 2) === ")") out.add(word(ctx, m.endToken + 1));
  }
  return out;
}

function descriptorWord(ctx: Ctx, i: number): boolean {
  const w = word(ctx, i);
  const low = w.toLowerCase();
  // "Aircraft manufacturer Boeing" opening a sentence
  const opening = sentenceStart(ctx, i) && /^(NOUN|ADJ)$/.test(upos(ctx, i)) && /^\p{Lu}\p{Ll}+$/u.test(w);
  if (opening) return true;
  if (w !== low) return ctx.lex.adjectives.has(w);
  if (ctx.names.descriptorNouns.has(low) || ctx.names.descriptorModifiers.has(low)) return true;
  return /^\p{Ll}+(-\p{Ll}+)?$/u.test(w) && /^(NOUN|ADJ)$/.test(upos(ctx, i)) && !/(ed|ly)$/.test(low);
}

/**
 * Start token of a description in front of an organization's name ("European airframer",
 * "the US car manufacturer", "large insurance firm"), or -1. A name inside the description
 * ("United States") is taken along when it ends right before it.
 */
function descriptorStart(ctx: Ctx, m: Mention, before: readonly Mention[]): number {
  let j = m.firstToken - 1;
  if (!ctx.names.descriptorNouns.has(lower(ctx, j)) || word(ctx, j) !== lower(ctx, j)) return -1;
  // "did not exchange GM's debt": a verb, not a description
  if (/^(VERB|AUX)$/.test(upos(ctx, j))) return -1;
  const floor = ctx.sentences[ctx.tokens[m.firstToken]?.sentence ?? 0]?.firstToken ?? 0;
  while (j - 1 >= floor) {
    if (descriptorWord(ctx, j - 1)) {
      j--;
      continue;
    }
    const name = before.find((b) => b.endToken === j && b.kind === "name" && b.type !== "PER");
    if (name !== undefined) {
      j = name.firstToken;
      continue;
    }
    if (word(ctx, j - 1) === "'s" && before.some((b) => b.endToken === j - 1 && b.kind === "name")) {
      j = (before.find((b) => b.endToken === j - 1) as Mention).firstToken;
      continue;
    }
    break;
  }
  if (["the", "a", "an"].includes(lower(ctx, j - 1))) j--;
  return j;
}

/**
 * Final shape of name mentions: drop market indexes and products, flag names that modify a
 * following noun, and widen extents over attached descriptions and titles.
 */
export function shapeNames(ctx: Ctx, mentions: readonly Mention[]): Mention[] {
  const notActorOf = new Map<Mention, boolean>();
  const notActor = (m: Mention) => {
    let v = notActorOf.get(m);
    if (v === undefined) {
      v =
        m.ref === null &&
        (isFinancialName(ctx, m.firstToken, m.endToken) ||
          isProductName(ctx, m.firstToken) ||
          isEventName(ctx, m) ||
          isNumberedItem(ctx, m));
      notActorOf.set(m, v);
    }
    return v;
  };
  const dropped = droppedTexts(ctx, mentions, notActor);
  // a name dropped once as a product is still an actor where it heads a clause ("Chrysler will receive")
  const acts = (m: Mention) =>
    /^(VERB|AUX)$/.test(upos(ctx, m.endToken)) || ["'s", "'"].includes(word(ctx, m.endToken));
  // "iPod Nano", "iTunes Music Store": a name continuing a brand written in camel case
  const brandTail = (m: Mention) => m.ref === null && /^\p{Ll}+\p{Lu}\p{L}*$/u.test(word(ctx, m.firstToken - 1));
  const kept = mentions.filter(
    (m) =>
      m.kind !== "name" ||
      !(
        notActor(m) ||
        brandTail(m) ||
        (m.ref === null && !acts(m) && dropped.has(ctx.words.slice(m.firstToken, m.endToken).join(" ")))
      ),
  );
  const out: Mention[] = [];
  for (const m of kept) {
    if (m.kind !== "name") {
      out.push(m);
      continue;
    }
    let shaped = m;
    if (isModifier(ctx, m)) shaped = { ...shaped, modifier: true };
    else if (m.type === "LOC" && placeHeadAfter(ctx, m))
      shaped = { ...shaped, extent: { start: m.extent.start, end: ctx.tokens[m.endToken]?.end ?? m.extent.end } };
    // "the UK's index": the article belongs to the possessed noun, not to the possessor's name
    const possessive =
      word(ctx, m.endToken) === "'s" || (word(ctx, m.endToken) === "'" && word(ctx, m.endToken + 1) === "s");
    if (m.type !== "PER" && possessive && m.extent.start < m.start)
      shaped = { ...shaped, extent: { start: m.start, end: m.extent.end } };
    const commaBefore = word(ctx, m.firstToken - 1) === ",";
    if (m.type === "PER" && m.role !== null && m.role.end <= m.start && m.role.start < m.extent.start && !commaBefore) {
      shaped = { ...shaped, extent: { start: m.role.start, end: m.extent.end } };
    } else if (m.type === "ORG") {
      const d = descriptorStart(ctx, m, out);
      if (d >= 0) {
        shaped = { ...shaped, extent: { start: ctx.tokens[d]?.start ?? m.start, end: m.extent.end } };
      }
    }
    out.push(shaped);
  }
  return withStates(ctx, out);
}

/** "Toulouse, France", "Long Beach, California": a place and the state or country after it. */
function withStates(ctx: Ctx, mentions: Mention[]): Mention[] {
  const out = [...mentions];
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k] as Mention;
    const b = out[k + 1] as Mention;
    if (a.kind !== "name" || b.kind !== "name" || b.type !== "LOC") continue;
    if (word(ctx, a.endToken) !== "," || b.firstToken !== a.endToken + 1) continue;
    const bIsState =
      b.ref?.source === "country" || ctx.names.regions.has(ctx.words.slice(b.firstToken, b.endToken).join(" "));
    if (!bIsState || a.type === "PER" || (a.ref !== null && a.ref.source !== "capital")) continue;
    if (a.type !== "LOC" && a.sector !== null) continue;
    out[k] = { ...a, type: "LOC", place: true, extent: { start: a.extent.start, end: b.extent.end } };
  }
  return out;
}
