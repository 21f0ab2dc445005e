import type { Doc } from "../../doc/doc.js";
import { firstTokenEndingAfter } from "../../doc/span.js";
import type { TimesLexicon } from "./lexicon.js";

export type { Tense } from "./tense.js";

/** Token indices `[first, end)` of the tokens overlapping a character span. */
export function tokensIn(doc: Doc, start: number, end: number): [number, number] {
  const tokens = doc.tokens ?? [];
  const lo = firstTokenEndingAfter(tokens, start);
  let last = lo;
  while (last < tokens.length && (tokens[last]?.start ?? end) < end) last++;
  return [lo, last];
}

const word = (doc: Doc, i: number) => {
  const t = doc.tokens?.[i];
  return t ? doc.text.slice(t.start, t.end).toLowerCase() : "";
};
const upos = (doc: Doc, i: number) => doc.tags?.[i]?.upos ?? "";
const isVerb = (doc: Doc, i: number) => upos(doc, i) === "VERB";

/** The token of a span whose head lies outside it (the span's syntactic head), or the last token. */
function spanHead(doc: Doc, first: number, end: number): number {
  const deps = doc.deps;
  if (deps) {
    for (let i = first; i < end; i++) {
      const h = deps[i]?.head ?? -1;
      if (h < first || h >= end) return i;
    }
  }
  return Math.max(first, end - 1);
}

/** What a time expression hangs from: the governing verb (for tense) and the verb or noun it modifies. */
export interface Governor {
  readonly verb: number | null;
  readonly anchor: number | null;
}

export function governorOf(doc: Doc, lex: TimesLexicon, first: number, end: number): Governor {
  if (end <= first) return { verb: null, anchor: null };
  if (doc.deps) return governorByDeps(doc, first, end);
  const verb = nearestVerb(doc, first, end);
  return { verb, anchor: eventNounBefore(doc, lex, first, verb) ?? verb };
}

/** Relations by which a verb-tagged token is a noun phrase (a tagger slip: "opened their stands"). */
const NOMINAL_REL = /^(nsubj|obj|iobj|obl|nmod|compound|appos|flat)/;

/** Dependents of token `i` whose relation matches `rel`. */
function childrenOf(doc: Doc, i: number, rel: RegExp): number[] {
  const deps = doc.deps ?? [];
  const s = doc.sentences?.[doc.tokens?.[i]?.sentence ?? 0];
  const out: number[] = [];
  for (let j = s?.firstToken ?? 0; j < (s?.endToken ?? deps.length); j++) {
    if (deps[j]?.head === i && rel.test(deps[j]?.rel ?? "")) out.push(j);
  }
  return out;
}

/**
 * A verb-tagged token in a noun's place, or a present form right after a determiner ("their
 * stands", "the talks"), is a noun the tagger missed.
 */
function isPredicateVerb(doc: Doc, i: number): boolean {
  if (upos(doc, i) !== "VERB" || NOMINAL_REL.test(doc.deps?.[i]?.rel ?? "")) return false;
  if (!/^(VB|VBZ|VBP|VBG)$/.test(doc.tags?.[i]?.xpos ?? "")) return true;
  return !childrenOf(doc, i, /^(det|nmod:poss)$/).some((j) => j < i && j >= i - 2);
}

/**
 * Walk up from the span: the anchor is the first verb or noun; the tense comes from the first
 * predicate (a verb that is not in a noun's place, or a nominal with a copula), so a reporting verb
 * above a content clause ("..., analysts said") does not lend the clause its tense.
 */
function governorByDeps(doc: Doc, first: number, end: number): Governor {
  const deps = doc.deps ?? [];
  let anchor: number | null = null;
  let verb: number | null = null;
  let cur = deps[spanHead(doc, first, end)]?.head ?? -1;
  for (let hops = 0; cur >= 0 && hops < 12 && verb === null; hops++) {
    const u = upos(doc, cur);
    if (anchor === null && (u === "VERB" || u === "NOUN")) anchor = cur;
    if (isPredicateVerb(doc, cur)) verb = cur;
    else if (u !== "VERB" && childrenOf(doc, cur, /^cop$/).length > 0) verb = cur;
    cur = deps[cur]?.head ?? -1;
  }
  if (verb === null && anchor === null) {
    // A copular clause ("the summit is on Monday"): the span head is the predicate.
    const head = spanHead(doc, first, end);
    if ((deps[head]?.head ?? 0) < 0) return { verb: head, anchor: head };
  }
  // "On March 3, Chinese and Russian warships began drills": a time fronted before a comma, which the parser
  // may hang on the subject, dates the clause's verb
  if (verb !== null && fronted(doc, first, end)) return { verb, anchor: verb };
  // "The Dutch government on Wednesday accused ...": a time between a subject and its verb, which the parser
  // may hang on the subject, dates the verb
  if (verb !== null && anchor !== null && anchor !== verb && beforeVerb(doc, anchor, end, verb)) {
    return { verb, anchor: verb };
  }
  return { verb, anchor };
}

/** Whether `subject` is the subject of `verb` and the span ending at `end` is followed by it (over adverbs and auxiliaries). */
function beforeVerb(doc: Doc, subject: number, end: number, verb: number): boolean {
  const d = doc.deps?.[subject];
  if (d?.head !== verb || !d.rel.startsWith("nsubj") || subject >= end || verb < end) return false;
  for (let i = end; i < verb; i++) if (!["ADV", "AUX", "PART"].includes(upos(doc, i))) return false;
  return true;
}

/** Whether the span opens its sentence (after at most a preposition) and a comma follows it. */
function fronted(doc: Doc, first: number, end: number): boolean {
  const lo = doc.sentences?.[doc.tokens?.[first]?.sentence ?? 0]?.firstToken ?? 0;
  const opening = first === lo || (first === lo + 1 && upos(doc, lo) === "ADP");
  return opening && word(doc, end) === ",";
}

/** The nearest verb of the sentence: left within the clause, else right, else across a comma. */
function nearestVerb(doc: Doc, first: number, end: number): number | null {
  const sentence = doc.sentences?.[doc.tokens?.[first]?.sentence ?? 0];
  const lo = sentence?.firstToken ?? 0;
  const hi = sentence?.endToken ?? doc.tokens?.length ?? 0;
  const barrier = (i: number) => /^[,;:()"“”—–]$|^(that|which|who)$/.test(word(doc, i));
  const scan = (from: number, step: number, crossing: boolean): number | null => {
    for (let i = from; i >= lo && i < hi; i += step) {
      if (isVerb(doc, i)) return i;
      if (!crossing && barrier(i)) return null;
    }
    return null;
  };
  const verb = scan(first - 1, -1, false) ?? scan(end, 1, false) ?? scan(first - 1, -1, true) ?? scan(end, 1, true);
  if (verb !== null) return verb;
  for (let d = 1; d < hi - lo; d++) {
    if (first - d >= lo && upos(doc, first - d) === "AUX") return first - d;
    if (end - 1 + d < hi && upos(doc, end - 1 + d) === "AUX") return end - 1 + d;
  }
  return null;
}

/** An event noun shortly before the span with no verb between ("visit to China on March 22"). */
function eventNounBefore(doc: Doc, lex: TimesLexicon, first: number, verb: number | null): number | null {
  const lo = doc.sentences?.[doc.tokens?.[first]?.sentence ?? 0]?.firstToken ?? 0;
  for (let i = first - 1; i >= Math.max(lo, first - 7); i--) {
    if (i === verb || isVerb(doc, i) || /^[,;:]$/.test(word(doc, i))) return null;
    if (upos(doc, i) === "NOUN" && lex.eventNouns.has(word(doc, i))) return i;
  }
  return null;
}
