// Dependency slots of a trigger ("obl:with", "obj>nmod:to", "goal", "cond") and the scene of an event noun.
import { CONDITION_MARKS } from "./repair-common.js";
import { sharedObject } from "./repair-subjects.js";
import {
  bareObliques,
  baseRel,
  CLAUSAL,
  caseOf,
  clauseOfNoun,
  isPassive,
  relativeHead,
  sharedPassiveSubject,
  subtree,
  type Tree,
} from "./tree.js";

/**
 * "Zagreb is failing its refugees, a rights group protested": the clause a trailing report follows, when i
 * is one (a verb hung on that clause as a parataxis, with a subject of its own between them and nothing
 * else of its own but a time), or -1.
 */
export function trailingReport(tree: Tree, i: number): number {
  const h = tree.head(i);
  if (tree.rel(i) !== "parataxis" || h < 0 || h > i || tree.upos(h) !== "VERB") return -1;
  const subject = tree.kids(i, "nsubj").some((k) => k > h && k < i);
  // (nothing of its own but a time: "as thousands protested against the deal" is a clause of its own)
  const own = (tree.children[i] ?? []).some((c) => /^(obj|ccomp|xcomp|obl|advcl)/.test(tree.rel(c)) && !tree.timed(c));
  return subject && !own ? h : -1;
}

export function slotTokens(tree: Tree, i: number, slot: string): number[] {
  if (slot === "goal") {
    const out = (tree.children[i] ?? []).filter((c) => {
      const r = tree.rel(c);
      return r === "xcomp" || r === "ccomp" || (r === "advcl" && caseOf(tree, c) === "to");
    });
    const reported = out.length ? -1 : trailingReport(tree, i);
    return reported >= 0 ? [reported] : out;
  }
  if (slot === "goalsubj") return slotTokens(tree, i, "goal").flatMap((g) => tree.kids(g, "nsubj"));
  if (slot === "cond") {
    return tree
      .kids(i, "advcl")
      .filter((c) => tree.kids(c, "mark").some((k) => CONDITION_MARKS.has(tree.lemma(k).toLowerCase())));
  }
  const cut = slot.lastIndexOf(">");
  const path = cut < 0 ? null : slot.slice(0, cut);
  const via = cut < 0 ? slot : slot.slice(cut + 1);
  const bases = path ? slotTokens(tree, i, path) : [i];
  const out: number[] = [];
  for (const b of bases) {
    if (via === "cond") {
      out.push(...slotTokens(tree, b, "cond"));
      continue;
    }
    if (via === "nsubj" || via === "nmod:poss" || via === "ccomp" || via === "advcl" || via === "compound") {
      out.push(...tree.kids(b, via));
      continue;
    }
    if (via === "obj" || via === "iobj" || via === "nsubj:pass") {
      if (via === "obj" && isPassive(tree, b)) continue;
      // ("the M23, which it calls a terrorist group": a relative pronoun stands for the noun it is on)
      out.push(...tree.kids(b, via).map((k) => relativeHead(tree, b, k)));
      if (via === "nsubj:pass") out.push(...sharedPassiveSubject(tree, b));
      if (via === "obj") out.push(...bareObliques(tree, b));
      // ("arrested and expelled two diplomats": the object the next verb takes is this one's too)
      if (via === "obj" && !tree.kids(b, "obj").length) {
        for (const c of tree.kids(b, "conj")) {
          const o = sharedObject(tree.tags, tree.deps, (k) => tree.children[k] ?? [], b, c);
          if (o >= 0) out.push(o);
        }
      }
      continue;
    }
    // "signed agreements establishing relations with X": a participle or relative clause on the noun.
    if (via === "acl") {
      out.push(...(tree.children[b] ?? []).filter((c) => tree.rel(c).startsWith("acl")));
      continue;
    }
    // ("a response to a provocation by the United States": any phrase of the noun, for a path through it)
    if (via === "nmod") {
      out.push(...tree.kids(b, "nmod"));
      continue;
    }
    const prep = via.split(":")[1];
    for (const c of tree.children[b] ?? []) {
      const r = tree.rel(c);
      if ((r.startsWith("obl") || r.startsWith("nmod")) && caseOf(tree, c) === prep) out.push(c);
    }
  }
  return out;
}

/**
 * Where a visit or trip goes, most likely first: "travel to Hanoi", "arrived in Taipei", "visited
 * Moscow", "a Tokyo visit", "send an envoy to Kyiv" (the to-phrase hung on the envoy), "held talks on a
 * visit to Rome" (a light verb's), "arrived in Hanoi for a visit" (the verb a visit noun is the purpose of).
 */
export function destinations(
  tree: Tree,
  f: { readonly trigger: number; readonly noun: boolean; readonly light: number | null },
): number[] {
  const scene = f.noun ? occasionVerb(tree, f.trigger) : -1;
  return [
    ...slotTokens(tree, f.trigger, "obl:to"),
    ...slotTokens(tree, f.trigger, "obl:in"),
    ...(f.noun ? [] : ["obj>nmod:to", "obj>nmod:in"].flatMap((s) => slotTokens(tree, f.trigger, s))),
    // ("the visit of the Iraqi prime minister to Riyadh", "a trip by X to Y": the to-phrase hung on the traveller)
    ...(f.noun ? ["obl:of>nmod:to", "obl:by>nmod:to"].flatMap((s) => slotTokens(tree, f.trigger, s)) : []),
    ...tree.kids(f.trigger, "compound", "obj"),
    ...(f.light !== null ? slotTokens(tree, f.light, "obl:to") : []),
    ...(scene >= 0 ? ["obl:to", "obl:in"].flatMap((s) => slotTokens(tree, scene, s)) : []),
  ];
}

/** "between X and Y" / "among X, Y and Z" anywhere in the noun's own phrase ("the signing of the treaty between ..."). */
export function betweenPhrases(tree: Tree, i: number): number[] {
  // (not into a conjoined clause: "ministers met in Cairo and denounced the deal between X and Y")
  const clause = (c: number) =>
    CLAUSAL.has(baseRel(tree.rel(c))) || (tree.rel(c) === "conj" && tree.upos(c) === "VERB");
  const out: number[] = [];
  for (const t of subtree(tree, i, clause)) {
    if (t === i || !["between", "among"].includes(caseOf(tree, t) ?? "")) continue;
    const r = tree.rel(t);
    if (r.startsWith("nmod") || r.startsWith("obl")) out.push(t);
    // ("the meeting between the Serbian and Kosovar leaders" with the preposition hung on the first
    // modifier: the noun it modifies is the phrase)
    else if ((r === "compound" || r === "amod") && tree.head(t) !== i && !out.includes(tree.head(t)))
      out.push(tree.head(t));
  }
  return out;
}

const TIME_CASES = new Set(["during", "after", "following", "before"]);
/** Verbs of receiving a guest, who takes part in what the visit is for. */
const HOSTING: ReadonlySet<string> = new Set(["host", "receive", "welcome"]);
const SCENE_CASES = new Set(["for", "during", "after", "following", "at", "before", "in"]);

/** "two days of talks", "several rounds of talks": an event noun in the of-phrase of a bare measure noun. */
export function ofMeasure(tree: Tree, n: number): boolean {
  const h = tree.head(n);
  if (h < 0 || !tree.rel(n).startsWith("nmod") || caseOf(tree, n) !== "of" || tree.upos(h) !== "NOUN") return false;
  // A measure noun has no possessor or of-phrase of its own ("the outcome of Kim's talks" is not one).
  return tree.kids(h, "nmod:poss").length === 0;
}

/**
 * The verb an event noun is the occasion or purpose of (`sceneVerb`), not one done before or after it:
 * "arrived in Hanoi for a visit", not "returned to Beijing after a state visit to Serbia".
 */
export function occasionVerb(tree: Tree, i: number): number {
  const n = ofMeasure(tree, i) ? tree.head(i) : i;
  return TIME_CASES.has(caseOf(tree, n) ?? "") ? -1 : sceneVerb(tree, i);
}

/**
 * The verb an event noun is the occasion or purpose of: "arrived in Hanoi for a visit", "pledged aid
 * during a call with", "left after two days of talks". Its subject takes part in the event.
 */
export function sceneVerb(tree: Tree, i: number): number {
  let n = i;
  if (ofMeasure(tree, n)) n = tree.head(n);
  let h = tree.head(n);
  // "signed an accord after talks in Lima", "failed to agree on a deal after talks": a time phrase the parser
  // hung on the verb's object, oblique or passive subject.
  const objectRel = ["obj", "obl", "nsubj:pass"].includes(tree.rel(h));
  // (and a purpose hung on the guest a host receives: "hosted his Lithuanian counterpart in Warsaw for talks";
  // not "recalled its ambassador for consultations", held at home)
  const guest = caseOf(tree, n) === "for" && tree.rel(h) === "obj" && HOSTING.has(tree.lemma(tree.head(h)));
  const hung = TIME_CASES.has(caseOf(tree, n) ?? "") || guest;
  if (h >= 0 && objectRel && baseRel(tree.rel(n)) === "nmod" && hung) h = tree.head(h);
  else if (!baseRel(tree.rel(n)).startsWith("obl")) return -1;
  if (h < 0 || tree.upos(h) !== "VERB") return -1;
  if (!SCENE_CASES.has(caseOf(tree, n) ?? "")) return -1;
  // "restored ties under a deal brokered by Qatar after days of talks": the talks belong to the clause the
  // brokered deal sits in, whose subject held them (the broker only brought them together).
  if (tree.rel(h) === "acl" && isPassive(tree, h)) h = clauseOfNoun(tree, tree.head(h));
  if (h < 0 || tree.rel(h).startsWith("acl") || isPassive(tree, h)) return -1;
  return h;
}
