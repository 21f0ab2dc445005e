import type { Doc } from "../../doc/doc.js";
import type { TimesLexicon } from "./lexicon.js";

export type Tense = "past" | "present" | "future" | "unknown";

const FUTURE_AUX = new Set(["will", "'ll", "shall", "wo", "would"]);
const PAST_AUX = new Set(["was", "were", "had", "did", "'d"]);
const PERFECT_AUX = new Set(["has", "have", "'ve", "'s"]);
const PRESENT_AUX = new Set(["is", "are", "am", "'re", "'m", "does", "do"]);
/** Modals that with "have" guess at what happened ("may have", "might have", "must have", "could have"). */
const GUESSING_MODALS = new Set(["may", "might", "must", "could"]);
const PTB_VERB = /^(VB|VBD|VBN|VBZ|VBP|VBG|MD)$/;
/** Relations by which a non-finite verb takes its time from the verb it hangs from. */
const INHERITS = /^(xcomp|advcl|conj|acl|ccomp)/;

const word = (doc: Doc, i: number) => {
  const t = doc.tokens?.[i];
  return t ? doc.text.slice(t.start, t.end).toLowerCase() : "";
};

/** Dependents of token `v` (within its sentence) whose relation matches `rel`. */
function children(doc: Doc, v: number, rel: RegExp): number[] {
  const deps = doc.deps ?? [];
  const s = doc.sentences?.[doc.tokens?.[v]?.sentence ?? 0];
  const out: number[] = [];
  for (let i = s?.firstToken ?? 0; i < (s?.endToken ?? deps.length); i++) {
    const d = deps[i];
    if (d && d.head === v && rel.test(d.rel)) out.push(i);
  }
  return out;
}

/**
 * The tense of the clause a time expression hangs from. `verb` is the clause's predicate (a verb,
 * or a nominal with a copula); `anchor` the verb or event noun the expression modifies. A scheduled
 * event noun ("the scheduled visit") reads forward unless its clause is past; a source cited with
 * "according to" reads back.
 */
export function tenseOf(doc: Doc, lex: TimesLexicon, verb: number | null, anchor: number | null = null): Tense {
  // "according to a tweet on Monday": a source the text cites was published before it
  if (anchor !== null && children(doc, anchor, /^case$/).some((i) => word(doc, i) === "according")) return "past";
  if (verb === null) return "unknown";
  const tense = doc.deps ? tenseByDeps(doc, lex, verb, 0) : tenseBySurface(doc, lex, verb);
  if (anchor !== null && anchor !== verb && doc.deps && tense !== "past" && tense !== "future") {
    const mods = children(doc, anchor, /^(amod|acl)/).map((i) => word(doc, i));
    if (mods.some((w) => lex.scheduleModifiers.has(w))) return "future";
  }
  return tense;
}

function tenseByDeps(doc: Doc, lex: TimesLexicon, v: number, depth: number): Tense {
  const deps = doc.deps ?? [];
  const aux = children(doc, v, /^(aux|cop)/).map((i) => word(doc, i));
  const w = word(doc, v);
  const xpos = doc.tags?.[v]?.xpos ?? "";
  const rel = deps[v]?.rel ?? "";
  const head = deps[v]?.head ?? -1;
  const finite = aux.filter((a) => a !== "to");
  // "would have faced impeachment on Monday": a counterfactual perfect speaks of the past ("will have" stays future)
  // (not in a reported clause, where it may be a future perfect: "said the delegation would have arrived by Friday")
  const counterfactual = finite.includes("have") && finite.some((a) => a === "would" || a === "'d");
  if (xpos === "VBN" && counterfactual && !rel.startsWith("ccomp")) return "past";
  // "might have encouraged him in July", "may have left on Friday": a guess about the past
  if (xpos === "VBN" && finite.includes("have") && finite.some((a) => GUESSING_MODALS.has(a))) return "past";
  if (finite.some((a) => FUTURE_AUX.has(a))) return "future";
  if (finite.some((a) => lex.futureCues.has(a))) return "future";
  if (finite.some((a) => PAST_AUX.has(a))) return "past";
  const infinitive = aux.includes("to") || children(doc, v, /^mark/).some((i) => word(doc, i) === "to");
  if (finite.length === 0 && (infinitive || xpos === "VB")) {
    // An infinitive looks forward from its governor: future from now, undetermined from the past.
    if (head < 0 || !INHERITS.test(rel) || depth > 4) return infinitive ? "future" : "unknown";
    const up = tenseByDeps(doc, lex, head, depth + 1);
    if (!infinitive && rel.startsWith("conj")) return up;
    if (up === "past") return "unknown";
    return up === "present" || up === "future" || lex.futureCues.has(word(doc, head)) ? "future" : "unknown";
  }
  if (finite.length === 0 && xpos === "VBG" && head >= 0 && INHERITS.test(rel) && depth <= 4) {
    return tenseByDeps(doc, lex, head, depth + 1);
  }
  // ("is set to visit", "talks scheduled for Friday"; not a cue used as a verb with an object of its own:
  // "protesters set fire to the building on Tuesday")
  if (lex.futureCues.has(w) && (xpos === "VBN" || xpos === "JJ") && !children(doc, v, /^obj$/).length) return "future";
  if (finite.some((a) => PERFECT_AUX.has(a))) return "past";
  if (finite.length === 0 && xpos === "VBN" && rel.startsWith("conj") && head >= 0 && depth <= 4) {
    return tenseByDeps(doc, lex, head, depth + 1);
  }
  if (xpos === "VBD" || xpos === "VBN") return "past";
  if (finite.some((a) => PRESENT_AUX.has(a))) return "present";
  if (xpos === "VBZ" || xpos === "VBP") return lex.invariantPast.has(w) ? "unknown" : "present";
  return "unknown";
}

/** Without a parse: the auxiliaries and cues just left of the verb, and the verb's form. */
function tenseBySurface(doc: Doc, lex: TimesLexicon, verb: number): Tense {
  const group: string[] = [];
  const lo = doc.sentences?.[doc.tokens?.[verb]?.sentence ?? 0]?.firstToken ?? 0;
  for (let i = verb - 1; i >= Math.max(lo, verb - 6); i--) {
    const w = word(doc, i);
    const u = doc.tags?.[i]?.upos ?? "";
    if (u === "AUX" || u === "PART" || u === "ADV" || lex.futureCues.has(w) || lex.pastAuxiliaries.has(w)) {
      group.push(w);
      continue;
    }
    break;
  }
  if (group.some((w) => FUTURE_AUX.has(w) || lex.futureCues.has(w))) return "future";
  if (group.some((w) => PAST_AUX.has(w))) return "past";
  const xpos = doc.tags?.[verb]?.xpos ?? "";
  const w = word(doc, verb);
  const form = PTB_VERB.test(xpos)
    ? xpos
    : lex.irregularPast.has(w) || /ed$/.test(w)
      ? "VBD"
      : /s$/.test(w)
        ? "VBZ"
        : "";
  if (form === "VBD" || form === "VBN") return "past";
  if (form === "VBZ" || form === "VBP" || group.some((x) => PRESENT_AUX.has(x))) return "present";
  if (form === "VBG" && group.length > 0) return "present";
  return "unknown";
}
