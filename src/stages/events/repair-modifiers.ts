import type { TokenTag } from "../../doc/layers/segment.js";
import type { Dependency } from "../../doc/layers/syntax.js";
import { actorLexicon } from "../actors/lexicon/index.js";
import { childrenOf, lemma } from "./repair-common.js";

const PREMODIFIERS = new Set(["amod", "compound"]);

let lowered: ReadonlySet<string> | null = null;
/** Nationality adjectives of the actor lexicon, lower case as lemmas are ("french", "korean"). */
const demonyms = (): ReadonlySet<string> =>
  (lowered ??= new Set([...actorLexicon().adjectives.keys()].map((a) => a.toLowerCase())));
const isDemonym = (tags: readonly TokenTag[], x: number) =>
  ["ADJ", "PROPN"].includes(tags[x]?.upos ?? "") && demonyms().has(lemma(tags, x));

/**
 * "The French and German leaders met", "the Chilean and Peruvian presidents signed" read with the first
 * nationality as the head of the phrase and the noun as its conjunct: two nationality adjectives joined
 * before one noun modify that noun, so the noun takes the first adjective's place and the adjective
 * after "and" is its conjunct. Only for a nationality the actor lexicon knows ("Germany and French
 * leaders" joins a country to a group, as parsed) and a noun whose own modifier follows the "and".
 */
export function coordinatedDemonyms(tags: readonly TokenTag[], out: Dependency[]): void {
  out.forEach((d, n) => {
    const x = d.head;
    if (d.rel !== "conj" || x < 0 || x >= n || tags[n]?.upos !== "NOUN") return;
    if (!isDemonym(tags, x)) return;
    const kids = childrenOf(out);
    const cc = (kids[n] ?? []).find((c) => out[c]?.rel === "cc" && c > x && c < n);
    if (cc === undefined) return;
    // the phrase's modifier right after "and" ("German", "South Korean": the head of its own modifiers)
    const y = (kids[n] ?? []).find((c) => c > cc && c < n && PREMODIFIERS.has(out[c]?.rel ?? ""));
    if (y === undefined) return;
    for (let k = x + 1; k < n; k++) if (k !== cc && k !== y && out[k]?.head !== y && out[k]?.head !== n) return;
    const own = (kids[x] ?? []).filter((c) => c !== n);
    out[n] = { head: out[x]?.head ?? -1, rel: out[x]?.rel ?? "root" };
    for (const c of own) out[c] = { head: n, rel: out[c]?.rel ?? "dep" };
    out[x] = { head: n, rel: "amod" };
    out[y] = { head: x, rel: "conj" };
    out[cc] = { head: y, rel: "cc" };
  });
  // "Japanese and South Korean officials" read with both nationalities on the noun and no conjunct: the
  // one after "and" is the first one's conjunct.
  out.forEach((d, cc) => {
    const y = d.head;
    if (d.rel !== "cc" || y <= cc || !PREMODIFIERS.has(out[y]?.rel ?? "")) return;
    const x = cc - 1;
    const n = out[y]?.head ?? -1;
    if (out[x]?.head !== n || !PREMODIFIERS.has(out[x]?.rel ?? "") || !isDemonym(tags, x)) return;
    out[y] = { head: x, rel: "conj" };
  });
}
