import type { ActorIndex } from "./actors.js";
import { adjacentSubject } from "./adjacent.js";
import { DOCUMENT_NOUNS, FINITE, ISSUING, MODALS } from "./repair-common.js";
import { caseOf, isGerund, isPassive, relativeHead, type Tree } from "./tree.js";

/** Prepositions of a gerund that tells what a verb's object did ("criticised X for sending"). */
export const FOR_OF: ReadonlySet<string> = new Set(["for", "of"]);

/** What crowds voice or do in a protest ("protesters demanding", "marchers calling for", "migrants marching"). */
const VOICING: ReadonlySet<string> = new Set([
  "demand",
  "call",
  "chant",
  "protest",
  "denounce",
  "oppose",
  "accuse",
  "criticize",
  "criticise",
  "urge",
  "seek",
  "reject",
  "support",
  "condemn",
  "march",
  "rally",
  "demonstrate",
]);
const PLURALS: ReadonlySet<string> = new Set(["NNS", "NNPS"]);

/** The subject of a clause, following control and coordination when it has none of its own. */
export function subjectOf(tree: Tree, actors: ActorIndex, v: number, hops = 0): number[] {
  if (v < 0 || hops > 3) return [];
  if (isPassive(tree, v)) {
    const agent = (tree.children[v] ?? []).filter(
      (c) => tree.rel(c) === "obl:agent" || (tree.rel(c).startsWith("obl") && caseOf(tree, c) === "by"),
    );
    return agent;
  }
  // A clausal subject is never an actor ("wrapping up talks that officials called ..." misparsed as csubj).
  const own = tree.kids(v, "nsubj").map((k) => relativeHead(tree, v, k));
  if (own.length) return own.map((k) => (k === own[0] ? loosePronounHead(tree, actors, v, k) : k));
  const rel = tree.rel(v);
  const parent = tree.head(v);
  // A relative clause with no subject or relative word of its own was misread: its noun is the subject.
  if (rel === "acl:relcl" && parent >= 0 && actors.phrase(parent).length) return [parent];
  if (rel === "xcomp") {
    if (isPassive(tree, parent)) {
      const raised = tree.kids(parent, "nsubj:pass");
      if (raised.length) return raised;
    }
    // ("asked Japan to provide": the parser may read the controller as an indirect object)
    const obj = tree.kids(parent, "obj", "iobj").filter((o) => actors.phrase(o).length > 0);
    // ("called on Arabs to unite"; not "failed on Monday to agree": a time controls nothing)
    const oblOn = (tree.children[parent] ?? []).filter(
      (c) => tree.rel(c).startsWith("obl") && caseOf(tree, c) === "on" && !tree.timed(c),
    );
    if (obj.length || oblOn.length) return [...obj, ...oblOn];
    return subjectOf(tree, actors, parent, hops + 1);
  }
  if (rel === "conj" && (breaksModal(tree, v) || objectPronounOfSubject(tree, v))) {
    const speaker = reportingSpeaker(tree, actors, v, parent, hops);
    if (speaker.length) return speaker;
  }
  // "criticised the United States for sending warships", "thanked Denmark for delivering jets": the
  // object of a verb is the subject of its for/of gerund.
  // (a perfect gerund too: "condemned Russia for having attacked civilians")
  if ((rel === "advcl" || rel.startsWith("obl")) && isGerund(tree, v) && FOR_OF.has(caseOf(tree, v) ?? "")) {
    const obj = tree.kids(parent, "obj").filter((o) => actors.phrase(o).length > 0);
    if (obj.length) return obj;
  }
  // "paid Hamas to attack Israel", "armed the Houthis to attack ships", "paid bounties to the Taliban to kill
  // soldiers": the purpose of paying or equipping a party is that party's act
  if (rel === "advcl" && caseOf(tree, v) === "to" && ENABLING.has(tree.lemma(parent))) {
    // (or the to-phrase, on the verb or on it, of money paid: "paid bounties to the Taliban"; not "paid a
    // visit to Israel to press Netanyahu", "paid tribute to Qatar to thank it")
    const objects = tree.kids(parent, "obj", "iobj");
    const money = objects.filter((o) => PAYMENTS.has(tree.lemma(o).toLowerCase()) || tree.kids(o, "nummod").length);
    const to = [parent, ...money]
      .flatMap((h) => tree.children[h] ?? [])
      .filter((c) => /^(obl|nmod)/.test(tree.rel(c)) && caseOf(tree, c) === "to");
    // (a party with a country: "recruited suicide bombers to attack Kabul" stays the recruiter's)
    const agents = [...objects, ...(money.length ? to : [])].filter((o) =>
      actors.phrase(o).some((a) => a.country !== null),
    );
    if (agents.length) return agents;
  }
  // "reported by The Guardian as convicted of assaults", "was described as wounded": a participle that
  // describes what befell someone is nobody's act, least of all the reporter's
  if (rel === "advcl" && tree.xpos(v) === "VBN" && caseOf(tree, v) === "as") return [];
  // "the envoy was summoned by Croatia and later criticized Zagreb", "has been indicted by the court and
  // will resign": an active conjunct of a passive shares its subject, not its agent
  if (rel === "conj" && isPassive(tree, parent) && !isPassive(tree, v)) {
    const finite = tree.kids(v, "aux").length > 0 || FINITE.has(tree.xpos(v));
    // ("the envoy, who was summoned by Croatia and later criticized Zagreb,": the relative's noun)
    const patient = tree.kids(parent, "nsubj:pass").map((k) => relativeHead(tree, parent, k));
    if (finite && patient.length) return patient;
  }
  // "fired tear gas at protesters demanding an end to ...": a gerund of what crowds voice, right after a
  // plural party (no comma), is that party's, however the parser hung it
  if (rel === "advcl" && tree.xpos(v) === "VBG" && VOICING.has(tree.lemma(v)) && PLURALS.has(tree.xpos(v - 1))) {
    if (actors.phrase(v - 1).length && !tree.kids(v, "mark").length) return [v - 1];
  }
  if (rel === "conj" || rel === "advcl" || rel === "parataxis") {
    const inherited = subjectOf(tree, actors, parent, hops + 1);
    // A conjunct whose inherited subject names no actor may have lost its own to a misparse.
    if (inherited.some((t) => actors.phrase(t).length)) return inherited;
    if (rel === "conj") {
      const speaker = reportingSpeaker(tree, actors, v, parent, hops);
      if (speaker.length) return speaker;
      const near = nearSubject(tree, actors, v);
      return near >= 0 ? [near] : inherited;
    }
    if (inherited.length) return inherited;
  }
  if (rel === "acl" && parent >= 0 && actors.phrase(parent).length && misreadAsModifier(tree, v, parent))
    return [parent];
  // "Japan announced plans to send troops", "China expressed readiness to mediate": the to-infinitive of
  // a noun that one has, makes or announces is done by whoever has, makes or announces it (its possessor
  // if it names one); not by whoever rejects or welcomes it
  if (rel === "acl" && parent >= 0 && caseOf(tree, v) === "to" && tree.rel(parent) === "obj") {
    const holder = tree.head(parent);
    if (HOLDING.has(tree.lemma(holder))) {
      const poss = tree.kids(parent, "nmod:poss");
      return poss.length ? poss : subjectOf(tree, actors, holder, hops + 1);
    }
  }
  // "welcomed a UN resolution condemning Peru": what a text says is said by the author it names, else
  // ("the council agreed on a resolution condemning Chile", "Amnesty published a report accusing Peru") by
  // whoever issues or adopts it (not by whoever welcomes it)
  if (rel === "acl" && parent >= 0 && tree.xpos(v) === "VBG" && DOCUMENT_NOUNS.has(tree.lemma(parent))) {
    // (a place before the noun names its topic: "a Gaza resolution", "the Hong Kong bill"; a nationality
    // names its author: "a Chinese statement urging", as does a from- or by-phrase: "a letter from Syria")
    const author = [
      ...tree.kids(parent, "nmod:poss"),
      ...tree.kids(parent, "nmod").filter((k) => ["from", "by"].includes(caseOf(tree, k) ?? "")),
      ...tree.kids(parent, "compound").filter((k) => actors.phrase(k).some((a) => a.kind === "organization")),
    ].filter((k) => actors.phrase(k).length);
    if (author.length) return author;
    const demonym = tree.kids(parent, "amod").some((k) => /^\p{Lu}/u.test(tree.word(k)));
    if (demonym && (actors.byToken[parent] ?? []).length) return [parent];
    const issuer = tree.head(parent);
    if (/^(obj|obl)/.test(tree.rel(parent)) && ISSUING.has(tree.lemma(issuer)))
      return subjectOf(tree, actors, issuer, hops + 1);
  }
  const near = adjacentSubject(tree, actors.byToken, v);
  return near >= 0 ? [near] : [];
}

/** Verbs of paying or equipping a party, whose purpose is that party's act ("armed the rebels to attack"). */
const ENABLING = new Set(["pay", "hire", "arm", "train", "equip", "fund", "finance", "bribe", "recruit"]);
/** What one pays a party with ("paid bounties to the Taliban", "paid $5 million to the militia"). */
const PAYMENTS = new Set(["bounty", "money", "cash", "bribe", "ransom", "reward", "salary", "fee", "sum", "$"]);

/** Verbs whose subject holds the plan, offer or readiness that is their object. */
const HOLDING = new Set([
  "have",
  "announce",
  "unveil",
  "make",
  "take",
  "express",
  "reiterate",
  "confirm",
  "outline",
  "adopt",
  "approve",
  "renew",
]);

/**
 * A verb the parser hung on a noun as a reduced relative although the noun is its subject: "Biden and
 * Putin agreed on Wednesday to ...", "the two presidents signed agreements". Holds when the verb is
 * active and takes a direct object, or is a past tense hung on a noun that is no verb's object (an object
 * before a past form with no object of its own, "visited a cemetery ... killed in the war", is its
 * patient), or when the noun stands outside any clause of its own (no verb above it) and the verb takes a
 * to-clause; never for a noun inside a prepositional phrase ("a cemetery of soldiers killed in the war").
 * A passive participle ("a pact signed in 2001", "diplomats ordered to leave" under a verb) keeps its noun
 * as its patient.
 */
function misreadAsModifier(tree: Tree, v: number, noun: number): boolean {
  if (isPassive(tree, v) || tree.xpos(v) === "VBG") return false;
  if (tree.kids(noun, "case").length) return false;
  if (tree.kids(v, "obj").length) return true;
  if (tree.xpos(v) === "VBD") return !/^i?obj$/.test(tree.rel(noun));
  let h = noun;
  for (let hops = 0; h >= 0 && hops < 8; hops++, h = tree.head(h)) if (tree.upos(h) === "VERB") return false;
  return (tree.children[v] ?? []).some(
    (c) => tree.rel(c) === "xcomp" || (tree.rel(c) === "advcl" && caseOf(tree, c) === "to"),
  );
}

/**
 * A relative word the parser did not attach as a relative clause ("... with Turkey and the United
 * Nations, which brokered the talks" read as a parataxis): its antecedent is the actor phrase that
 * ends right before the comma in front of it, with the whole coordination that phrase closes.
 */
function loosePronounHead(tree: Tree, actors: ActorIndex, v: number, subj: number): number {
  const word = tree.word(subj).toLowerCase();
  if ((word !== "which" && word !== "who") || tree.rel(v).startsWith("acl")) return subj;
  // Only a phrase whose actors all have a country: an unresolved name is no antecedent to lean on.
  const known = (t: number) => {
    const found = actors.phrase(t);
    return found.length > 0 && found.every((a) => a.country !== null);
  };
  if (subj < 2 || tree.word(subj - 1) !== "," || !known(subj - 2)) return subj;
  let near = subj - 2;
  while (near >= 0 && tree.rel(near) === "conj" && tree.head(near) >= 0 && known(tree.head(near)))
    near = tree.head(near);
  return near;
}

/** The actor right before a subjectless conjunct verb, with the whole coordination it belongs to ("the US and the EU rejected"). */
function nearSubject(tree: Tree, actors: ActorIndex, v: number): number {
  let near = adjacentSubject(tree, actors.byToken, v);
  while (near >= 0 && tree.rel(near) === "conj" && tree.head(near) >= 0 && actors.phrase(tree.head(near)).length) {
    near = tree.head(near);
  }
  return near;
}

/**
 * "The ministry said the missiles had landed off the coast and condemned the drills": a past-tense
 * conjunct the parser hung on the reported clause, whose subject names no actor, belongs to the
 * speaker. Holds only when the conjunct's form breaks from the reported verb's ("had landed" /
 * "would fail" against "condemned"), which marks it as a second act of the speaker.
 */
function reportingSpeaker(tree: Tree, actors: ActorIndex, v: number, parent: number, hops: number): number[] {
  const speech = speakerConjunct(tree, v);
  if (speech < 0 || tree.head(v) !== parent) return [];
  const subj = subjectOf(tree, actors, speech, hops + 1);
  return subj.some((t) => actors.phrase(t).length) ? subj : [];
}

/** The speech verb a conjunct of its reported clause really belongs to (see reportingSpeaker), or -1. */
export function speakerConjunct(tree: Tree, v: number): number {
  const parent = tree.head(v);
  if (tree.rel(v) !== "conj" || parent < 0 || tree.rel(parent) !== "ccomp" || tree.kids(v, "aux").length) return -1;
  const auxes = tree.kids(parent, "aux").map((a) => tree.lemma(a).toLowerCase());
  // "would fail and accused": a bare participle cannot continue a modal, so it is a past tense too.
  const past = tree.xpos(v) === "VBD" || (tree.xpos(v) === "VBN" && !isPassive(tree, v) && !auxes.includes("have"));
  if (!past || (tree.xpos(parent) === "VBD" && !auxes.length)) return -1;
  const speech = tree.head(parent);
  return speech >= 0 && tree.upos(speech) === "VERB" ? speech : -1;
}

/** "said Chile would sign and rejected the offer": a modal the past-tense conjunct cannot share. */
function breaksModal(tree: Tree, v: number): boolean {
  const parent = tree.head(v);
  return speakerConjunct(tree, v) >= 0 && tree.kids(parent, "aux").some((a) => MODALS.has(tree.word(a).toLowerCase()));
}

const OBJECT_PRONOUNS = new Set(["them", "him", "her"]);

/**
 * "said the three countries were stoking tension and warned them against ...": a conjunct of the
 * reported clause whose object is a personal pronoun cannot share that clause's subject, which the
 * pronoun stands for; it is the speaker's own act (see speakerConjunct).
 */
function objectPronounOfSubject(tree: Tree, v: number): boolean {
  if (speakerConjunct(tree, v) < 0) return false;
  return tree.kids(v, "obj").some((o) => OBJECT_PRONOUNS.has(tree.word(o).toLowerCase()));
}
