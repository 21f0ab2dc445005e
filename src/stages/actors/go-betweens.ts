import { layer } from "../../doc/doc.js";
import type { Mention } from "../../doc/layers/mentions.js";
import type { Draft } from "./builder.js";
import type { ResolveCtx } from "./resolve.js";

/* Actors that cannot be members of a group nominal: go-betweens and the subject of the group's relative clause. */

/** An earlier actor mention: its draft and the whole noun phrase it fills. */
export interface Party {
  readonly draft: Draft;
  readonly start: number;
  readonly end: number;
}

/** Words that may stand between go-betweens and the verb or noun that makes them so ("A and B, which had jointly hosted"). */
const BEFORE_MEDIATION = new Set([
  ",",
  "which",
  "who",
  "had",
  "have",
  "has",
  "also",
  "jointly",
  "been",
  "were",
  "was",
  "are",
  "is",
  "the",
  "as",
  "acted",
  "act",
  "acting",
  "served",
  "both",
  "two",
]);

/** The sentence around character `at`, roughly: from the stop before it to the stop after it. */
function sentenceAround(text: string, at: number): string {
  const from = Math.max(text.lastIndexOf(". ", at), text.lastIndexOf("\n", at));
  const stop = text.slice(at).search(/\.(\s|$)|\n/);
  return text.slice(from + 1, stop < 0 ? text.length : at + stop);
}

/**
 * Are the coordinated parties from `first` to `last` go-betweens rather than sides: "A and B, which
 * brokered the talks", "talks mediated by A and B", "mediators A and B"? Hosts only of talks between
 * others ("A and B had hosted talks between ...", "talks hosted by A and B"), not of a visitor ("A
 * hosted B's president").
 */
export function mediates(r: ResolveCtx, first: Party, last: Party): boolean {
  const w = r.lex.words;
  const go = (word: string, verb: boolean) =>
    (verb ? w.mediationVerbs.has(word) : w.mediationNouns.has(word)) ||
    (w.hostWords.has(word) && /\bbetween\b/i.test(sentenceAround(r.doc.text, first.start)));
  const after = r.doc.text
    .slice(last.end, last.end + 80)
    .toLowerCase()
    .replace(/,/g, " , ")
    .split(/\s+/)
    .filter(Boolean);
  let k = 0;
  while (k < 5 && BEFORE_MEDIATION.has(after[k] ?? "")) k++;
  const next = after[k] ?? "";
  // "A and B, hosted by C, ..." are the sides: the passive names the go-between after "by"
  if (after[k + 1] !== "by" && (go(next, true) || go(next, false))) return true;
  const before = r.doc.text
    .slice(Math.max(0, first.start - 40), first.start)
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);
  const last1 = before[before.length - 1] ?? "";
  const last2 = before[before.length - 2] ?? "";
  // "talks hosted by A and B": two hosts host others, while one may host a visitor ("X, hosted by Y")
  const hostedBy = last1 === "by" && first !== last && w.hostWords.has(last2);
  return go(last1, false) || (last1 === "by" && go(last2, true)) || hostedBy;
}

/**
 * "Brazil, which borders both countries, ...": the actor a relative clause holding the group is
 * about is not one of the group; null when the group is not in such a clause.
 */
export function relativeHost(r: ResolveCtx, m: Mention): Draft | null {
  const tokens = layer(r.doc, "tokens");
  const here = tokens[m.firstToken]?.sentence;
  for (let k = m.firstToken - 1; k > 0 && tokens[k]?.sentence === here; k--) {
    const w = r.word(k) ?? "";
    if (w === "," || w === ";") return null;
    if (!/^(which|who)$/i.test(w) || r.word(k - 1) !== ",") continue;
    const near = (d: Draft) => d.positions.some((p) => p < k - 1 && p >= k - 6 && tokens[p]?.sentence === here);
    const host = r.drafts.latest(k - 1, near);
    if (host === null) return null;
    // "both countries' ministers, who ...": a group stands before the clause, not one actor
    const at = Math.max(...host.positions.filter((p) => p < k - 1));
    return r.drafts.list.some((d) => d !== host && d.positions.includes(at)) ? null : host;
  }
  return null;
}
