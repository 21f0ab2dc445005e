import type { EventStatus } from "../../doc/layers/events.js";
import type { Condition, Effect, Lexicon } from "./lexicon/schema.js";
import { CONDITION_MARKS, DOCUMENT_NOUNS, FINITE, ISSUING, MODALS, PAST, TOLLS } from "./repair-common.js";
import type { Frame } from "./roles.js";
import { sceneVerb } from "./slots.js";
import { FOR_OF, speakerConjunct } from "./subjects.js";
import { anyArgument } from "./threats.js";
import { caseOf, DEFINITE_DETERMINERS, isGerund, RELATIVE, subtree, type Tree } from "./tree.js";

/** The status an event gets, or "drop" when it must not be coded (alleged, requested, denied acts). */
export type StatusOrDrop = EventStatus | "drop";

const RANK: Record<StatusOrDrop, number> = { reported: 0, planned: 1, hypothetical: 2, negated: 3, drop: 4 };

function worst(a: StatusOrDrop, b: StatusOrDrop): StatusOrDrop {
  return RANK[b] > RANK[a] ? b : a;
}

function fromEffect(e: Effect): StatusOrDrop | null {
  return e === "light" || e === "reported" ? null : e;
}

/** Adverbs of frequency, which make "would" a past habit. */
const HABITUAL: ReadonlySet<string> = new Set([
  "often",
  "sometimes",
  "usually",
  "frequently",
  "regularly",
  "routinely",
  "occasionally",
  "repeatedly",
]);

/** Whether a past tense outside token i's own chain of heads tells the past in its sentence. */
function pastElsewhere(tree: Tree, i: number): boolean {
  const above = new Set<number>();
  let root = i;
  for (let h = i; h >= 0 && above.size < 50; h = tree.head(h)) {
    above.add(h);
    root = h;
  }
  return subtree(tree, root).some((t) => tree.xpos(t) === "VBD" && !above.has(t));
}

/** Prepositions and nouns of a time frame in the past. */
const PAST_FRAME_CASES: ReadonlySet<string> = new Set(["in", "during", "under", "for"]);
const PAST_FRAMES: ReadonlySet<string> = new Set([
  "war",
  "year",
  "past",
  "decade",
  "era",
  "rule",
  "regime",
  "time",
  "day",
]);

/** Verbs of threatening, whose if-clause is the condition of what they threaten. */
const THREATENING: ReadonlySet<string> = new Set(["threaten", "warn"]);

/** Modal auxiliaries of obligation. */
const DEONTIC: ReadonlySet<string> = new Set(["must", "should", "ought"]);

/** Status cues among token i's own dependents: auxiliaries, negation, if/without, "scheduled". */
function localStatus(lex: Lexicon, tree: Tree, i: number, noun: boolean, backshift = false): StatusOrDrop {
  let s: StatusOrDrop = "reported";
  const get = (role: "aux" | "neg" | "mark" | "amod", lemma: string) => lex.modality.get(role)?.get(lemma);
  // "they were veterans and would sometimes kill the farmers", "in the 1990s Peru would often ...":
  // "would" with an adverb of frequency, in a sentence set in the past, is a past habit (not a reported
  // plan, "said it would routinely strike", nor a described arrangement, "inspectors would regularly visit")
  // ("in the 1990s", "during the war", "in those years", "under Saddam Hussein", "for decades")
  const pastFrame = (o: number) =>
    PAST_FRAME_CASES.has(caseOf(tree, o) ?? "") &&
    (/^(1[89]|20)\d\ds?$/.test(tree.word(o)) || PAST_FRAMES.has(tree.lemma(o)) || tree.upos(o) === "PROPN");
  const habit =
    !backshift &&
    tree.kids(i, "advmod").some((k) => HABITUAL.has(tree.word(k).toLowerCase())) &&
    (pastElsewhere(tree, i) || tree.kids(i, "obl").some(pastFrame));
  // (one that is itself to come rests on the condition: "the US will threaten sanctions if Russia invades")
  const madeThreat =
    THREATENING.has(tree.lemma(i)) && !tree.kids(i, "aux").some((k) => MODALS.has(tree.lemma(k).toLowerCase()));
  for (const c of tree.children[i] ?? []) {
    const rel = tree.rel(c);
    const lemma = tree.lemma(c);
    const word = tree.word(c).toLowerCase();
    let cue = null;
    if (rel === "aux" && habit && word === "would") cue = null;
    else if (rel === "aux" && backshift && word === "would") cue = get("aux", "will");
    else if (rel === "aux") cue = get("aux", lemma) ?? get("aux", word);
    else if (rel === "advmod" || rel === "det" || rel === "cc:preconj") cue = get("neg", word) ?? get("neg", lemma);
    else if (rel === "mark" || (noun && rel === "case")) cue = get("mark", lemma);
    else if (noun && (rel === "amod" || rel === "compound")) cue = get("amod", lemma) ?? get("amod", word);
    // ("threatened military intervention if the junta did not step down": a threat or warning on a
    // condition is made; what it threatens is the conditional act)
    else if (rel === "advcl" && CONDITION_MARKS.has(caseOf(tree, c) ?? "") && !madeThreat)
      cue = get("mark", caseOf(tree, c) ?? "");
    const eff = cue ? fromEffect(cue.effect) : null;
    if (eff) s = worst(s, eff);
    // "Neither China nor Russia condemned", "imposed no sanctions", "No country recognized": a party or
    // object none of which took part (not a circumstance: "continued with no end in sight")
    const none = (k: number) =>
      tree.word(k).toLowerCase() === "neither" || (tree.lemma(k) === "no" && !rel.startsWith("obl"));
    if (!noun && /^(nsubj|obj|obl)/.test(rel) && tree.kids(c, "det", "cc:preconj").some(none)) s = worst(s, "negated");
  }
  // "they must not send weapons", "Russia should not attend": what one must or should not do is
  // prescribed, not said not to have happened
  if (s === "negated" && tree.kids(i, "aux").some((k) => DEONTIC.has(tree.lemma(k)))) s = "hypothetical";
  // "unless Chile withdraws", "if the junta does not step down": a condition, negative or not, says
  // nothing happened or did not
  if (s === "negated" && !noun && tree.kids(i, "mark").some((k) => CONDITION_MARKS.has(tree.lemma(k))))
    s = "hypothetical";
  // "would respond to any attack": an act in answer to whatever may come is conditional
  if (!noun && anyArgument(tree, i)) s = worst(s, "hypothetical");
  // "Theresa May is to step down today", "the president is to visit Japan": "be to" with a bare verb is a plan
  const beTo = (k: number) => tree.lemma(k) === "be" && tree.word(k + 1).toLowerCase() === "to";
  if (!noun && tree.xpos(i) === "VB" && tree.kids(i, "cop", "aux").some(beTo)) s = worst(s, "planned");
  if (!noun && headlineInfinitive(tree, i)) s = worst(s, "planned");
  return s;
}

/**
 * "US and Japan to hold summit", "China to impose sanctions on US firms": a headline's "to" and bare
 * verb after its subject, with no finite verb, announce a plan (read as the root with its subject, or as
 * a clause on the subject's name the parser made the root; not "China's failure to condemn ...").
 */
function headlineInfinitive(tree: Tree, v: number): boolean {
  if (tree.xpos(v) !== "VB" || !tree.kids(v, "mark").some((k) => tree.lemma(k) === "to")) return false;
  const h = tree.head(v);
  const subject =
    (h < 0 && tree.kids(v, "nsubj").length > 0) ||
    (tree.rel(v) === "acl" && h >= 0 && tree.head(h) < 0 && tree.upos(h) === "PROPN" && h < v);
  if (!subject || tree.kids(v, "aux").length) return false;
  // (a headline has no finite verb: "X asked ..., and Biden called on him to demand ..." misread is none)
  let root = v;
  for (let hops = 0; tree.head(root) >= 0 && hops < 50; hops++) root = tree.head(root);
  return !subtree(tree, root).some((k) => FINITE.has(tree.xpos(k)) || tree.xpos(k) === "MD");
}

const CONDITIONS = new Set(["if", "unless", "whether"]);
const PRESENT = new Set(["VBZ", "VBP"]);

/**
 * "Zhao said China would send aid", "she said, adding that the sides would sign": "would" in a clause
 * reported by a past-tense speech verb is the backshifted "will" of the original words (a plan), unless
 * the clause states a condition.
 */
function backshiftedWould(tree: Tree, clause: number, innerAt: (token: number) => Effect | null): boolean {
  const aux = tree.kids(clause, "aux").map((k) => tree.word(k).toLowerCase());
  // (not a counterfactual perfect: "said it would have attacked Peru had the talks failed")
  if (!aux.includes("would") || aux.includes("have")) return false;
  if (tree.kids(clause, "advcl", "mark").some((k) => CONDITIONS.has(caseOf(tree, k) ?? tree.lemma(k)))) return false;
  let c = clause;
  while (tree.rel(c) === "conj" && tree.head(c) >= 0) c = tree.head(c);
  const speech = tree.head(c);
  return tree.rel(c) === "ccomp" && speech >= 0 && innerAt(speech) === "reported" && pastSpeech(tree, speech);
}

/** A past-tense speech verb, or a participle that continues one ("she said, adding that ..."). */
function pastSpeech(tree: Tree, v: number): boolean {
  if (tree.xpos(v) === "VBD") return true;
  const h = tree.head(v);
  return tree.xpos(v) === "VBG" && h >= 0 && ["advcl", "conj", "xcomp"].includes(tree.rel(v)) && tree.xpos(h) === "VBD";
}

/** Verbs whose for-phrase names the act they get ready for ("prepared for an offensive"). */
const PREPARING: ReadonlySet<string> = new Set(["prepare", "plan", "arrange"]);

/** Whether noun n is definite: a definite determiner or a possessor ("the airstrike", "Chile's attack"). */
function definite(tree: Tree, n: number): boolean {
  const det = (k: number) => DEFINITE_DETERMINERS.has(tree.word(k).toLowerCase());
  return tree.kids(n, "det").some(det) || tree.kids(n, "nmod:poss").length > 0;
}

/** Verbs whose for-phrase names the act they answer, done before them ("retaliate for", "blamed for"). */
const REQUITING: ReadonlySet<string> = new Set([
  "retaliate",
  "avenge",
  "punish",
  "sanction",
  "blame",
  "accuse",
  "criticize",
  "criticise",
  "condemn",
  "denounce",
  "rebuke",
  "thank",
  "praise",
  "congratulate",
  "apologize",
  "apologise",
  "compensate",
  "reward",
  "forgive",
  "pardon",
  "arrest",
  "jail",
  "sentence",
  "convict",
  "indict",
  "prosecute",
  "sue",
]);

/** Verbs of planning whose simple past tells the act planned was carried out ("arranged talks in 1993"). */
const ARRANGED: ReadonlySet<string> = new Set(["arrange"]);

/** Verbs of talking about: a plan for what they take as a verb, nothing for an act named by a noun. */
const TOPICS: ReadonlySet<string> = new Set(["discuss"]);

const COMPLEMENT = new Set(["xcomp", "ccomp", "csubj", "obj", "nsubj:pass", "acl", "advcl", "nmod", "obl"]);

/**
 * Status from the trigger's own cues and from the words it hangs from: "will", "did not", "if",
 * "scheduled to", "refused to", "accused ... of", "urged ... to". Returns "drop" for acts that are
 * only alleged, requested or denied, and for what commentators speculate a party might do ("Analysts
 * said Pyongyang might conduct a missile test": nothing is invented from analysts' opinions).
 */
export function statusOf(lex: Lexicon, tree: Tree, f: Frame, innerAt: (token: number) => Effect | null): StatusOrDrop {
  if (standingRule(lex, tree, f.light ?? f.trigger) || embeddedQuestion(tree, f.light ?? f.trigger)) return "drop";
  const cued = cuedStatus(lex, tree, f, innerAt);
  const s = cued === "reported" ? (forInfinitive(tree, f.light ?? f.trigger) ?? cued) : cued;
  if (s === "planned" && butCalledOff(lex, tree, f.light ?? f.trigger)) return "negated";
  return s === "hypothetical" && speculated(lex, tree, f.light ?? f.trigger) ? "drop" : s;
}

/** Words whose if-clause is a question, not a condition ("checking if", "unclear if", "asked if"). */
const QUESTIONING: ReadonlySet<string> = new Set([
  "ask",
  "wonder",
  "check",
  "see",
  "know",
  "determine",
  "decide",
  "answer",
  "question",
  "investigate",
  "inquire",
  "verify",
  "confirm",
  "examine",
  "assess",
  "establish",
  "clear",
  "unclear",
  "sure",
  "unsure",
  "certain",
  "uncertain",
]);

/**
 * "asked whether Chile would expel the ambassador", "are checking if Peru fired a missile", "refused to
 * answer whether they would support sanctions": an act asked about is no event, reported, planned or
 * conditional (not "whether or not": "whether or not Peru agrees, Chile will ..." concedes). The clause
 * itself or one it is coordinated with or controls.
 */
function embeddedQuestion(tree: Tree, v: number): boolean {
  for (let c = v, hops = 0; c >= 0 && hops < 4; c = tree.head(c), hops++) {
    const mark = tree.kids(c, "mark").find((k) => ["whether", "if"].includes(tree.word(k).toLowerCase()));
    if (mark !== undefined) {
      const orNot = tree.word(mark + 1).toLowerCase() === "or" && tree.word(mark + 2).toLowerCase() === "not";
      if (tree.word(mark).toLowerCase() === "whether") return !orNot;
      const h = tree.head(c);
      return h >= 0 && QUESTIONING.has(tree.lemma(h).toLowerCase());
    }
    if (!["conj", "xcomp"].includes(tree.rel(c))) return false;
  }
  return false;
}

/** Words of agreeing on or arranging what is to be done. */
const ARRANGING: ReadonlySet<string> = new Set([
  "agree",
  "agreement",
  "arrange",
  "arrangement",
  "deal",
  "accord",
  "pact",
  "plan",
  "understanding",
]);

/**
 * "an agreement has been reached for the Syrian army to deploy", "it is time for Peru to withdraw": an
 * infinitive with its own for-subject is to be done, not done: planned when an agreement or plan (the
 * clause's head or its subject or object) provides for it, else hypothetical; null for any other clause.
 */
function forInfinitive(tree: Tree, v: number): EventStatus | null {
  // (the first of coordinated infinitives holds the marks: "for the army to enter and deploy")
  let c = v;
  for (let hops = 0; tree.rel(c) === "conj" && tree.head(c) >= 0 && hops < 4; hops++) c = tree.head(c);
  const marks = tree.kids(c, "mark").map((k) => tree.word(k).toLowerCase());
  if (!marks.includes("for") || !marks.includes("to") || !tree.kids(c, "nsubj").length) return null;
  const h = tree.head(c);
  const words = h < 0 ? [] : [h, ...tree.kids(h, "nsubj", "nsubj:pass", "obj")];
  return words.some((k) => ARRANGING.has(tree.lemma(k).toLowerCase())) ? "planned" : "hypothetical";
}

/** Adjectives of a law just made. */
const ENACTED = new Set(["new", "draft", "proposed", "amended", "revised"]);

/** "The UN Charter prohibits the use of force": a standing rule (modality.tsv `standing`) states what it provides. */
function standingRule(lex: Lexicon, tree: Tree, v: number): boolean {
  if (!PRESENT.has(tree.xpos(v)) || tree.kids(v, "aux", "aux:pass").length) return false;
  // (the text itself, "the UN Charter", not a name it begins, "Law and Justice"; and no new one, whose
  // provisions are its enactment: "Russia's new law bans LGBT propaganda")
  const text = (n: number) => tree.upos(n) === "NOUN" || (tree.upos(n) === "PROPN" && !tree.kids(n, "conj").length);
  const fresh = (n: number) => tree.kids(n, "amod").some((a) => ENACTED.has(tree.lemma(a).toLowerCase()));
  const standing = lex.modality.get("standing");
  return tree.kids(v, "nsubj").some((n) => standing?.has(tree.lemma(n).toLowerCase()) && text(n) && !fresh(n));
}

/**
 * Whether token v sits in a clause that commentators report ("analysts said ...", modality.tsv `pundit`):
 * commentators no one places ("a UN expert", "US intelligence analysts", "the Pentagon's top China expert",
 * "Western analysts" speak for a body or a state).
 */
function speculated(lex: Lexicon, tree: Tree, v: number): boolean {
  const pundits = lex.modality.get("pundit");
  const placed = (n: number) =>
    tree.kids(n, "compound", "nmod:poss", "nmod", "appos", "flat").length > 0 ||
    tree.kids(n, "amod").some((a) => /^\p{Lu}/u.test(tree.word(a)));
  for (let k = v, hops = 0; k >= 0 && hops < 6; k = tree.head(k), hops++) {
    const h = tree.head(k);
    if (h < 0 || !["ccomp", "parataxis"].includes(tree.rel(k))) continue;
    if (tree.kids(h, "nsubj").some((n) => pundits?.has(tree.lemma(n).toLowerCase()) && !placed(n))) return true;
  }
  return false;
}

/**
 * "a planned trip to Warsaw, which was cancelled": a passive relative clause on event noun n (or on the
 * place after it, where the parser may hang it) whose verb the lexicon reads as cancelling that noun as
 * its object (an entry with inner=negated whose only conditions are objects, the noun among them).
 */
function calledOff(lex: Lexicon, tree: Tree, n: number): boolean {
  const lemma = tree.lemma(n).toLowerCase();
  // (the place after it: "a trip to Warsaw, which was cancelled"; not another event's noun, "talks on the
  // swap, which was cancelled")
  const phrase = [n, ...tree.kids(n, "nmod").filter((k) => tree.upos(k) === "PROPN")];
  const relatives = phrase.flatMap((k) => tree.kids(k, "acl:relcl"));
  return relatives.some((r) => tree.kids(r, "aux:pass").length > 0 && cancels(lex, tree, r, lemma));
}

/**
 * Whether verb r cancels an event named by noun `lemma` as its object (an entry with inner=negated whose
 * only conditions are objects, the noun among them). An event postponed may still take place ("which was
 * postponed in February, began on Sunday"); so may one the clause says more of ("which was called off
 * and then held").
 */
function cancels(lex: Lexicon, tree: Tree, r: number, lemma: string): boolean {
  // ("called off": a particle the entry asks for is the verb's own)
  const particles = tree.kids(r, "compound:prt").map((p) => tree.lemma(p));
  const own = (c: Condition) => {
    const values = c.kind === "prt" ? c.values : "*";
    return values !== "*" && particles.some((p) => values.has(p));
  };
  return (
    !DELAYS.has(tree.lemma(r)) &&
    !tree.kids(r, "conj").length &&
    (lex.triggers.get(tree.lemma(r)) ?? []).some(
      (e) =>
        e.inner === "negated" &&
        e.when.every((c) => c.kind === "obj" || own(c)) &&
        e.when.some((c) => c.kind === "obj" && c.values !== "*" && c.values.has(lemma)),
    )
  );
}

/**
 * "was due to visit Chile on Monday, but the trip was cancelled", "had planned to meet ..., but he
 * cancelled the meeting": a plan whose clause a but-clause cancelling an event noun follows did not
 * come about.
 */
function butCalledOff(lex: Lexicon, tree: Tree, v: number): boolean {
  // (up from the planned act to the clause of the plan: "was due to visit", "had planned to meet")
  let k = v;
  const planned = (c: number) =>
    tree.rel(c) === "xcomp" || (tree.rel(c) === "advcl" && tree.kids(c, "mark").some((m) => tree.lemma(m) === "to"));
  while (planned(k) && tree.head(k) >= 0) k = tree.head(k);
  return tree
    .kids(k, "conj")
    .filter((c) => tree.kids(c, "cc").some((b) => tree.lemma(b) === "but"))
    .some((c) => tree.kids(c, "nsubj:pass", "obj").some((n) => cancels(lex, tree, c, tree.lemma(n).toLowerCase())));
}

/** Verbs that put an event off to a later time, after which it may still take place. */
const DELAYS: ReadonlySet<string> = new Set(["postpone", "delay", "defer", "reschedule"]);

function cuedStatus(lex: Lexicon, tree: Tree, f: Frame, innerAt: (token: number) => Effect | null): StatusOrDrop {
  const own = f.light ?? f.trigger;
  // "the Commission, which negotiates trade agreements for the member states": a relative clause in the
  // simple present describes what its noun habitually does, not an act; what a text says is said in the
  // present, though ("the resolution, which deplores Russia's aggression": the text's act)
  const noun = lex.owned.get(tree.lemma(tree.head(own)).toLowerCase());
  const text = noun === "communication" || noun === "proposal";
  // (but what another party says or does to the noun is: "the M23, which it calls a terrorist group",
  // "Bolivia, which Peru accuses of arming the rebels")
  const label = tree.kids(own, "obj").some((o) => RELATIVE.has(tree.word(o).toLowerCase()));
  if (
    tree.rel(own).endsWith(":relcl") &&
    PRESENT.has(tree.xpos(own)) &&
    !tree.kids(own, "aux", "aux:pass").length &&
    !text &&
    !label
  )
    return "drop";
  const shifted = backshiftedWould(tree, own, innerAt);
  /** The cues of another clause's verb, its backshifted "would" read as a plan. */
  const clauseStatus = (v: number) => localStatus(lex, tree, v, false, backshiftedWould(tree, v, innerAt));
  let s = localStatus(lex, tree, f.trigger, f.noun, shifted && own === f.trigger);
  if (f.noun && calledOff(lex, tree, f.trigger)) s = worst(s, "negated");
  // "is expected in Rabat next month": a predicate word that is itself a cue of a plan ("expected", "due").
  if (!f.noun && tree.kids(f.trigger, "cop", "aux:pass").length) {
    // (only a plan: "a truce was proposed by Egypt" and "abuses were alleged by rights groups" happened)
    if (lex.modality.get("amod")?.get(tree.word(f.trigger).toLowerCase())?.effect === "planned")
      s = worst(s, "planned");
  }
  let clause = f.trigger;
  if (f.light !== null) {
    s = worst(s, localStatus(lex, tree, f.light, false, shifted));
    // "threatened sanctions", "proposed talks": a verb that makes its complement hypothetical makes its noun so.
    const carrier = innerAt(f.light);
    const eff = carrier ? fromEffect(carrier) : null;
    if (eff) s = worst(s, eff);
    clause = f.light;
  } else if (f.noun && caseOf(tree, f.trigger) === "for") {
    // "will travel to Hanoi for talks", "would host officials for talks": a purpose shares its verb's time.
    const scene = sceneVerb(tree, f.trigger);
    // (not a verb whose for-phrase is its goal: "prepared for a ground offensive" is a plan, read below;
    // "went to Cairo for talks" is a purpose)
    // (nor a verb whose for-phrase is the cause it answers: "will retaliate for the airstrike" took place)
    // (a definite one: "would sanction Russia for an invasion" is as hypothetical as the sanction)
    const answered = REQUITING.has(tree.lemma(scene)) && definite(tree, f.trigger);
    if (scene >= 0 && !PREPARING.has(tree.lemma(scene)) && !answered) {
      s = worst(s, clauseStatus(scene));
      clause = scene;
    }
  }
  let spokenOf = false;
  for (let hops = 0; hops < 5; hops++) {
    let rel = tree.rel(clause);
    let parent = tree.head(clause);
    if (parent < 0) break;
    // "accused Britain of helping Ukraine attack": a gerund the parser hung on the verb's object with "of"
    // or "for" is the verb's own complement (not what a text or proposal so objected to says: see below)
    const text = ["communication", "proposal"].includes(lex.owned.get(tree.lemma(parent)) ?? "");
    // (a perfect gerund too: "accused Iran of having supplied drones")
    const gerund = rel === "acl" && isGerund(tree, clause) && FOR_OF.has(caseOf(tree, clause) ?? "");
    if (gerund && tree.rel(parent) === "obj" && !text) {
      rel = "advcl";
      parent = tree.head(parent);
    }
    const lemma = tree.lemma(parent);
    if (rel === "conj") {
      // "said the plan would fail and accused X": the conjunct is the speaker's own act, not under "would".
      const speech = speakerConjunct(tree, clause);
      if (speech >= 0) {
        s = worst(s, localStatus(lex, tree, speech, false));
        clause = speech;
        continue;
      }
      // ("Russia did not attend the talks and accused Ukraine": a tensed conjunct of a bare verb under
      // "did not" or "would" is a clause of its own, outside that auxiliary and its negation, and so is one
      // with a subject of its own: "the minister would have faced a vote, but he resigned")
      const finite = ["VBD", "VBZ", "VBP"].includes(tree.xpos(clause));
      const ownSubject = tree.kids(clause, "nsubj", "nsubj:pass").length > 0;
      const tensed = finite && (tree.xpos(parent) === "VB" || ownSubject);
      if (!tree.kids(clause, "aux").length && !tensed && !contrasted(tree, clause, parent))
        s = worst(s, localStatus(lex, tree, parent, false));
      clause = parent;
      continue;
    }
    if (!COMPLEMENT.has(rel)) break;
    // "vetoed a resolution demanding a ceasefire": what a rejected text says was never said.
    // ("declined an offer from Australia to send engineers", "turned down an invitation to visit": an act
    // offered to the one who refuses it will not happen, as a refused act of one's own does not)
    // (also a noun's content read as its complement: "denied reports that it had sent weapons")
    const ofNoun = rel === "acl" || (rel === "ccomp" && tree.upos(parent) === "NOUN");
    if (ofNoun && tree.rel(parent) === "obj" && rejecting(lex, tree, tree.head(parent)))
      return OFFERS.has(tree.lemma(parent)) ? "negated" : "drop";
    // "failed to adopt a resolution condemning the coup", "will issue a statement urging calm": what a text
    // says holds as the verb that puts the text out does (not one that answers it: "will study the UN report
    // accusing Beijing" leaves the accusation made; nor what a plan is for: "plans on leaving")
    const issuer = tree.head(parent);
    const says = rel === "acl" && DOCUMENT_NOUNS.has(tree.lemma(parent)) && tree.xpos(clause) === "VBG";
    if (says && ["obj", "nsubj:pass", "obl"].includes(tree.rel(parent)) && ISSUING.has(tree.lemma(issuer))) {
      s = worst(s, clauseStatus(issuer));
      clause = issuer;
      continue;
    }
    // ("is arranging a meeting": a plan; "arranged talks between Israel and the PLO in 1993": held since)
    const done = ARRANGED.has(lemma) && PAST.has(tree.xpos(parent)) && !tree.kids(parent, "aux").length;
    // ("met to discuss establishing ties": what one discusses doing is a topic; not "discussed the invasion",
    // an act told as it happened)
    const topic = TOPICS.has(lemma) && tree.upos(clause) !== "VERB";
    const control = done || topic ? undefined : lex.modality.get("control")?.get(lemma);
    const inner = openDenial(lex, tree, parent, innerAt(parent)) ? "drop" : innerAt(parent);
    // "opened the way to talks", "paved the way for a truce": the verb's object says the act is only a prospect.
    const path =
      rel === "obl"
        ? tree
            .kids(parent, "obj")
            .map((o) => lex.modality.get("control")?.get(tree.lemma(o))?.effect)
            .find((e) => e !== undefined)
        : undefined;
    // "China has yet to condemn the invasion": what one has yet to do is not done; what one has to do
    // is an obligation, as with "must"
    // (not "have the data to support": a "have" with an object of its own)
    const obliged =
      rel === "xcomp" && lemma === "have" && caseOf(tree, clause) === "to" && !tree.kids(parent, "obj").length;
    const yet = obliged && tree.kids(parent, "advmod").some((k) => tree.lemma(k) === "yet");
    const effect = control?.effect ?? (yet ? "negated" : obliged ? "hypothetical" : undefined) ?? inner ?? path;
    // "dismissed US accusations", "denied the allegation", "rejected Serbia's demand": a statement or
    // proposal rejected or denied was still made; only its content is answered; so is one agreed to
    // ("agreed to Peru's request": the request is no plan of the one who agrees)
    if (clause === f.trigger && said(lex, tree, f) && (rel === "obj" || rel === "nsubj:pass" || rel === "obl")) {
      if (effect === "negated" || effect === "drop" || effect === "planned") break;
    }
    // "failed to mention his own request", "did not announce Lavrov's visit": a possessed act a verb of
    // saying only speaks of is its owner's, whether or not the saying happened; a plan or threat to say
    // it still holds for it ("will announce its withdrawal"; not "could conclude its talks", no saying)
    const owned = tree.kids(f.trigger, "nmod:poss").length > 0;
    if (clause === f.trigger && f.noun && f.light === null && rel === "obj" && owned && effect === "reported")
      spokenOf = true;
    // "questioned whether West was running to help Trump": a purpose is as real as the act it serves
    // (and its "would" is as backshifted: "said she would travel to Washington to brief the OAS"), and
    // so is a means ("accused Pristina of trying to create facts by banning Serbian plates": alleged)
    // (and so is a participle that tells an act's toll, "accused India of violating the ceasefire, killing
    // two civilians": alleged with it)
    const toll =
      TOLLS.has(tree.lemma(clause)) &&
      tree.xpos(clause) === "VBG" &&
      caseOf(tree, clause) === null &&
      !tree.kids(clause, "nsubj", "mark").length;
    const serving = ["to", "by"].includes(caseOf(tree, clause) ?? "") || toll;
    if (rel === "advcl" && !effect && serving && tree.upos(parent) === "VERB") {
      s = worst(s, clauseStatus(parent));
      clause = parent;
      continue;
    }
    if (rel === "advcl" || rel === "obl" || rel === "nmod") {
      // ("plans on leaving the EU", "decided on sending troops": a clause; not "his views on the occupation")
      const prep = caseOf(tree, clause) ?? "";
      const goalLike = ["to", "of", "against", "for", "from"].includes(prep) || (prep === "on" && rel === "advcl");
      if (!effect || !goalLike) break;
    }
    // "did not rule out sending troops", "refused to rule out talks": what one does not exclude stays possible
    const excluded = effect === "negated" && inner === "negated" && rejecting(lex, tree, parent);
    const kept = () => localStatus(lex, tree, parent, false) === "negated" || innerAt(tree.head(parent)) === "negated";
    if (excluded && tree.rel(parent) !== "conj" && kept()) return worst(s, "hypothetical");
    if (effect) {
      const eff = spokenOf && (effect === "negated" || effect === "drop") ? null : fromEffect(effect);
      // "Russia agreed not to attack the ports": a promise to refrain is the promise only, no act of its own.
      if (eff === "planned" && hops === 0 && s === "negated" && rel === "xcomp") return "drop";
      if (eff) s = worst(s, eff);
      if (eff === "drop") return "drop";
    }
    // Control ("is scheduled to visit", "did not agree to meet") passes the governor's own cues down, and
    // so does a verb to its event-noun object ("offered to host talks": the talks are as planned as the
    // hosting), but not its negation ("would not drop its call for an inquiry": the call stands).
    // (not to an act judged: "will investigate the Israeli airstrike", "would condemn the attack" happened)
    const carried =
      rel === "obj" &&
      f.noun &&
      clause === f.trigger &&
      tree.upos(parent) === "VERB" &&
      !codesAs(lex, tree, parent, "ACCUSE");
    if (rel === "xcomp") s = worst(s, clauseStatus(parent));
    // ("has no plans to send troops": a controlling noun's own negation or modal holds for what it governs)
    if (rel === "acl" && control && tree.upos(parent) === "NOUN") s = worst(s, localStatus(lex, tree, parent, true));
    if (carried) {
      const verb = localStatus(lex, tree, parent, false);
      if (verb !== "negated") s = worst(s, verb);
    }
    if (!effect && rel !== "xcomp" && !carried) break;
    clause = parent;
  }
  return s;
}

/**
 * "would have faced impeachment but resigned", "has not attacked but threatened": what "but" sets against
 * a perfect (counterfactual or negated) happened, outside the first verb's auxiliaries.
 */
function contrasted(tree: Tree, clause: number, parent: number): boolean {
  const but = tree.kids(clause, "cc").some((k) => tree.lemma(k) === "but");
  return but && tree.kids(parent, "aux").some((k) => tree.lemma(k) === "have");
}

/** Nouns for an act put at someone's disposal, which that one may refuse. */
const OFFERS = new Set(["offer", "invitation"]);

/** Verbs of confirming, which a denial offered as an alternative to them leaves open. */
const CONFIRMING = new Set(["confirm", "admit", "acknowledge"]);

/**
 * "declined to confirm or deny that ...", "would neither confirm nor deny", "it is hard to deny that":
 * a denial (a verb negating what it reports, no rejection) that is no one's assertion leaves what it
 * reports open, so it is not listed.
 */
function openDenial(lex: Lexicon, tree: Tree, v: number, inner: Effect | null): boolean {
  if (inner !== "negated") return false;
  // (a denial: an entry of the verb that negates what it reports and is no event itself, deny#1 016)
  const denial = (lex.triggers.get(tree.lemma(v)) ?? []).some(
    (e) => e.inner === "negated" && !lex.cameo.get(e.cameo)?.plover,
  );
  if (!denial) return false;
  const confirming = (k: number) => CONFIRMING.has(tree.lemma(k));
  const alternative = tree.kids(v, "conj").some(confirming) || (tree.rel(v) === "conj" && confirming(tree.head(v)));
  return alternative || ["xcomp", "csubj"].includes(tree.rel(v));
}

/** Whether token v is a verb of rejection ("vetoed", "rejected", "blocked"): a trigger of it codes REJECT. */
function rejecting(lex: Lexicon, tree: Tree, v: number): boolean {
  return codesAs(lex, tree, v, "REJECT");
}

/** Whether token v is a verb a trigger of which codes that PLOVER type ("investigate", "condemn": ACCUSE). */
function codesAs(lex: Lexicon, tree: Tree, v: number, type: string): boolean {
  if (v < 0 || tree.upos(v) !== "VERB") return false;
  return (lex.triggers.get(tree.lemma(v)) ?? []).some((e) => e.pos === "V" && lex.cameo.get(e.cameo)?.plover === type);
}

/** An event noun standing for something said or put forward (owned.tsv communication or proposal), with no light verb. */
function said(lex: Lexicon, tree: Tree, f: Frame): boolean {
  if (!f.noun || f.light !== null) return false;
  const kind = lex.owned.get(tree.lemma(f.trigger)) ?? lex.owned.get(tree.word(f.trigger).toLowerCase());
  return kind === "communication" || kind === "proposal";
}
