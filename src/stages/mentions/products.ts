import type { Mention } from "../../doc/layers/mentions.js";
import type { Ctx } from "./context.js";
import { lower, phrase, upos, word } from "./context.js";
import { personEvidence } from "./name-mentions.js";

/** Words that may stand between a product verb and its object ("unveiled its new Falcon"). */
const OBJECT_OPENERS = new Set([
  "the",
  "a",
  "an",
  "its",
  "their",
  "his",
  "her",
  "new",
  "latest",
  "upcoming",
  "redesigned",
  "next",
  "first",
  "long-awaited",
  '"',
  "``",
  "'",
  "“",
]);

/** Words after a company's first word that keep it a company ("Motor Company", "Australia", "Inc."). */
function corporateTail(ctx: Ctx, from: number, to: number): boolean {
  if (from >= to) return false;
  const tail = ctx.words.slice(from, to).map((w) => w.toLowerCase());
  if (ctx.lex.orgHeads.has(tail.join(" "))) return true;
  return ctx.words.slice(from, to).every((w, k) => {
    const low = tail[k] ?? "";
    const kind = ctx.lex.names.get(w)?.[0]?.kind;
    return (
      ctx.lex.orgHeads.has(low) ||
      ctx.lex.orgHeads.has(`${low} ${tail[k + 1] ?? ""}`) ||
      ctx.lex.orgHeads.has(`${tail[k - 1] ?? ""} ${low}`) ||
      kind === "country" ||
      kind === "region" ||
      ctx.names.regions.has(w) ||
      ctx.names.directionWords.has(low)
    );
  });
}

/**
 * First words of the article's companies: an organization named with a corporate tail ("Ford Motor
 * Company", "Ford Australia") and by its first word alone, or set after a company description
 * ("the automaker Chrysler").
 */
function brandsOf(ctx: Ctx, names: readonly Mention[]): Set<string> {
  const out = new Set<string>();
  // the first word counts only when the article also names the company by it alone ("Ford said")
  const alone = new Set(
    names.filter((m) => m.kind === "name" && m.endToken - m.firstToken === 1).map((m) => word(ctx, m.firstToken)),
  );
  for (const m of names) {
    if (m.kind !== "name" || m.type !== "ORG") continue;
    const n = m.endToken - m.firstToken;
    const first = word(ctx, m.firstToken);
    if (
      n === 1 &&
      ctx.names.descriptorNouns.has(lower(ctx, m.firstToken - 1)) &&
      upos(ctx, m.firstToken - 1) !== "VERB"
    )
      out.add(first);
    else if (n > 1 && alone.has(first) && corporateTail(ctx, m.firstToken + 1, m.endToken)) out.add(first);
  }
  return out;
}

/** The verb whose object the name is ("Apple unveiled Lion", "launched its new Falcon"), by lemma. */
function productVerbBefore(ctx: Ctx, m: Mention): boolean {
  let k = m.firstToken - 1;
  while (k >= 0 && OBJECT_OPENERS.has(lower(ctx, k))) k--;
  if (upos(ctx, k) !== "VERB") return false;
  const lemma = (ctx.tags[k]?.lemma ?? "").toLowerCase();
  const low = lower(ctx, k);
  // the lemma, or the written form without a regular ending when the tagger gave none
  const forms = [lemma, low, low.replace(/d$/, ""), low.replace(/ed$/, ""), low.replace(/e?s$/, "")];
  return forms.some((f) => ctx.names.productVerbs.has(f));
}

/** "the operating system Tiger", "the sedan Falcon": a lower-case product noun right before the name. */
function productHeadBefore(ctx: Ctx, m: Mention): boolean {
  // "the new version Apple has been working on": the name opens a clause, it is its subject
  if (/^(VERB|AUX|ADV)$/.test(upos(ctx, m.endToken))) return false;
  const prev = word(ctx, m.firstToken - 1);
  return prev === prev.toLowerCase() && ctx.names.productHeads.has(prev) && upos(ctx, m.firstToken - 1) === "NOUN";
}

/** "the iPhone and Apple TV", "the Aspen, PT Cruiser, and Durango": `m` goes on a list after `last`. */
function listedAfter(ctx: Ctx, last: Mention, m: Mention): boolean {
  const between = ctx.words.slice(last.endToken, m.firstToken).map((w) => w.toLowerCase());
  const joins = new Set([",", "and", "or", "the"]);
  return (
    between.length > 0 && between.length <= 3 && between.every((w) => joins.has(w)) && between.some((w) => w !== "the")
  );
}

function candidate(ctx: Ctx, m: Mention): boolean {
  if (m.kind !== "name" || m.ref !== null || m.sector !== null || m.role !== null) return false;
  return !personEvidence(ctx, m.firstToken, m.endToken);
}

/**
 * Names of products and models, not actors: a company's first word and a model name ("Ford
 * Falcon", "Chrysler Aspen"), a name after a product noun ("the web browser Safari"), the object of
 * a product verb ("Apple unveiled Lion"), and names listed with one of these ("the Aspen, PT
 * Cruiser and Durango"). Returns the texts of these names and of their model words, so that later
 * bare mentions ("the Falcon") are products too.
 */
export function productTexts(ctx: Ctx, names: readonly Mention[]): Set<string> {
  const brands = brandsOf(ctx, names);
  const out = new Set<string>();
  // twice: a list member found in the second pass may open the list ("the Macbook and Macbook Pro")
  for (let pass = 0; pass < 2; pass++) {
    let last: Mention | null = null;
    for (const m of names) {
      if (!candidate(ctx, m)) {
        last = null;
        continue;
      }
      const text = phrase(ctx, m.firstToken, m.endToken);
      const first = word(ctx, m.firstToken);
      const n = m.endToken - m.firstToken;
      // "Apple Inc. Steve Jobs": a company and a person's name, not a model
      const branded =
        n > 1 &&
        brands.has(first) &&
        !corporateTail(ctx, m.firstToken + 1, m.endToken) &&
        !ctx.lex.orgHeads.has(lower(ctx, m.firstToken + 1)) &&
        !personEvidence(ctx, m.firstToken + 1, m.endToken);
      const product =
        !brands.has(text) &&
        (out.has(text) ||
          branded ||
          productHeadBefore(ctx, m) ||
          productVerbBefore(ctx, m) ||
          (last !== null && listedAfter(ctx, last, m)));
      if (!product) {
        last = null;
        continue;
      }
      out.add(text);
      if (branded) out.add(phrase(ctx, m.firstToken + 1, m.endToken));
      last = m;
    }
  }
  for (const b of brands) out.delete(b);
  return out;
}

/** Name mentions that are products of the article (see `productTexts`) are dropped. */
export function dropProducts(ctx: Ctx, names: readonly Mention[]): Mention[] {
  const products = productTexts(ctx, names);
  if (products.size === 0) return [...names];
  return names.filter(
    (m) =>
      m.kind !== "name" ||
      m.ref !== null ||
      m.sector !== null ||
      m.role !== null ||
      !products.has(phrase(ctx, m.firstToken, m.endToken)),
  );
}
