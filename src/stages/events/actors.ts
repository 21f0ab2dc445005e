import type { Doc } from "../../doc/doc.js";
import type { Actor } from "../../doc/layers/actors.js";
import { firstTokenEndingAfter, firstTokenFrom } from "../../doc/span.js";
import { type ActorTreeView, namelessSubject, reportedByBody } from "../actors/coref.js";
import { actorLexicon, pronounSex, sexOfPerson } from "../actors/lexicon/index.js";
import { adjacentSubject } from "./adjacent.js";
import { groupActors, nationalityActor } from "./groups.js";
import type { Lexicon } from "./lexicon/schema.js";
import { PRIVATE_SECTORS, placeModifier } from "./parties.js";
import { caseOf, excluded, subtree, type Tree } from "./tree.js";

/** Which actors cover each token, and pronoun fallbacks, for one Doc. */
export interface ActorIndex {
  readonly byToken: readonly (readonly Actor[])[];
  /** Actors of the noun phrase headed at token i (head, modifiers, appositions, conjuncts). */
  phrase(i: number): Actor[];
  /** Tokens of capitals and seats ("Minsk", "Brussels"): places that stand for a state or an organization. */
  readonly seats: ReadonlySet<number>;
  /** Tokens of the names the lexicon knows ("ECOWAS", "the World Health Organization"), not group nouns. */
  readonly named: ReadonlySet<number>;
}

const PERSON_PRONOUNS = new Set(["he", "him", "his", "she", "her", "hers", "himself", "herself"]);
const THING_PRONOUNS = new Set(["it", "its", "itself"]);
const POSSESSIVES = new Set(["his", "her", "its", "their"]);
const PLURAL_PRONOUNS = new Set(["they", "them", "their", "theirs", "themselves"]);
const PLURAL_NOUNS = new Set(["NNS", "NNPS"]);
const MODIFIER_RELS = new Set(["compound", "amod", "nmod:poss", "flat", "nmod"]);
const COMPANION = new Set(["along", "together", "alongside"]);

/** Nouns of one member of an international organization ("an EU country", "a NATO ally"). */
const MEMBER_NOUNS = new Set(["country", "state", "nation", "member", "ally", "government"]);

/**
 * "An EU country expelled ...", "one NATO ally", "an EU member state": an organization's name before
 * a singular noun of a member names one member state it leaves unnamed, not the organization ("EU
 * countries", "EU leaders" acting together stay the EU).
 */
function oneMember(tree: Tree, byToken: readonly (readonly Actor[])[], i: number): boolean {
  if (tree.rel(i) !== "compound" || !(byToken[i] ?? []).some((a) => a.sector === "IGO")) return false;
  let head = tree.head(i);
  // ("an EU member state": through "member" to the noun it modifies)
  if (tree.lemma(head) === "member" && tree.rel(head) === "compound") head = tree.head(head);
  return head >= 0 && MEMBER_NOUNS.has(tree.lemma(head).toLowerCase()) && tree.xpos(head) === "NN";
}

export function indexActors(doc: Doc, tree: Tree, lex: Lexicon | null = null): ActorIndex {
  const tokens = doc.tokens ?? [];
  const actors = doc.actors ?? [];
  const byToken: Actor[][] = tokens.map(() => []);
  const starts: { start: number; actor: Actor }[] = [];
  for (const actor of actors) {
    for (const m of actor.mentions) {
      starts.push({ start: m.start, actor });
      for (let i = firstTokenEndingAfter(tokens, m.start); i < tokens.length && (tokens[i]?.start ?? 0) < m.end; i++) {
        if (!byToken[i]?.includes(actor)) byToken[i]?.push(actor);
      }
    }
  }
  const seats = new Set<number>();
  // Tokens of names the lexicon knows, though not as actors here ("near the European Commission").
  const named = new Set<number>();
  for (const m of doc.mentions ?? []) {
    if (m.kind !== "name" || m.ref === null) continue;
    const seat = m.ref.source === "capital" || m.ref.source === "seat";
    for (let i = m.firstToken; i < m.endToken; i++) {
      named.add(i);
      if (seat) seats.add(i);
    }
  }
  if (lex) {
    // "the Minsk agreements", "the Doha deal": a capital or seat before an agreement (venues.tsv) is
    // where it was made, no party to it
    for (const i of seats) {
      if (tree.rel(i) === "compound" && lex.venues.has(tree.lemma(tree.head(i)).toLowerCase())) byToken[i] = [];
    }
    for (let i = 0; i < byToken.length; i++) {
      if (oneMember(tree, byToken, i)) byToken[i] = [];
    }
    for (const [i, group] of groupActors(lex, tree, byToken, named)) {
      byToken[i] = group;
      const at = tokens[i]?.start ?? 0;
      for (const actor of group) starts.push({ start: at, actor });
    }
  }
  starts.sort((a, b) => a.start - b.start);

  const subjectOfClause = (v: number): number => {
    const own = tree.kids(v, "nsubj", "nsubj:pass")[0];
    return own ?? adjacentSubject(tree, byToken, v);
  };
  /** The predicate whose clause holds token i (its own for a subject; else climbing to a verb), or -1. */
  const governingVerb = (i: number): number => {
    // A subject belongs to its own predicate even when that is an adjective ("it is willing to").
    if (tree.rel(i).startsWith("nsubj") && tree.head(i) >= 0) return tree.head(i);
    for (let h = tree.head(i), hops = 0; h >= 0 && hops < 8; h = tree.head(h), hops++) {
      if (tree.upos(h) === "VERB") return h;
    }
    return -1;
  };

  /** The actors of the coordination ("A and B") that the mention of `actor` starting at `start` belongs to. */
  const coordinationOf = (start: number, actor: Actor): Actor[] => {
    for (let t = firstTokenFrom(tokens, start); t >= 0 && t < tokens.length; t++) {
      if (!byToken[t]?.includes(actor)) break;
      const rel = tree.rel(t);
      const top = rel === "conj" || rel === "list" ? tree.head(t) : tree.kids(t, "conj", "list").length ? t : -1;
      if (top < 0) continue;
      const all = phrase(top);
      if (all.includes(actor)) return all;
    }
    return [];
  };

  const resolving = new Set<number>();
  /** A pronoun's antecedents; a pronoun met again while it is being resolved ("their ministers" as its own subject) has none. */
  const resolvePronoun = (i: number): Actor[] => {
    if (resolving.has(i)) return [];
    resolving.add(i);
    try {
      return resolvePronounOnce(i);
    } finally {
      resolving.delete(i);
    }
  };

  const resolvePronounOnce = (i: number): Actor[] => {
    const w = tree.word(i).toLowerCase();
    // ("her campaign" is no man's, "his associates" no woman's, when a role or given name tells)
    const sex = pronounSex(w);
    const ofSex = (a: Actor) => {
      const told = sexOfPerson(actorLexicon().words.gender, a.role, a.name.split(/\s+/));
      return told === undefined || told === sex;
    };
    const fits = (a: Actor) =>
      PERSON_PRONOUNS.has(w) ? a.kind === "person" && ofSex(a) : THING_PRONOUNS.has(w) ? a.kind !== "person" : true;
    const tok = tokens[i];
    if (!tok) return [];
    const sent = doc.sentences?.[tok.sentence];
    const fromSentence = sent ? sent.firstToken : 0;
    const verb = governingVerb(i);
    const subj = verb >= 0 ? subjectOfClause(verb) : -1;
    // ("protesters stormed its embassy": "its" is no plural noun)
    const agrees = (k: number) => w !== "its" || !["NNS", "NNPS"].includes(tree.xpos(k));
    const subjActors = subj >= 0 && subj !== i && agrees(subj) ? (byToken[subj] ?? []).filter(fits) : [];
    // "Riyadh cut ties after protesters stormed its embassy": else the subject of the clause it depends on
    const outer = verb >= 0 && tree.rel(verb) === "advcl" && !subjActors.length ? subjectOfClause(tree.head(verb)) : -1;
    const outerActors = outer >= 0 && agrees(outer) ? (byToken[outer] ?? []).filter(fits) : [];
    if (POSSESSIVES.has(w) && !subjActors.length && outerActors.length) return outerActors.slice(0, 1);
    if (POSSESSIVES.has(w) && subjActors.length) {
      // "Chile and Peru announced their deal": a plural possessive bound to a coordinated subject is all of it.
      const all = PLURAL_PRONOUNS.has(w) ? phrase(subj).filter(fits) : [];
      if (all.length >= 2) return all;
      // "the US consulted its allies" (bound) and "During his visit, Blinken warned" (cataphora).
      return subjActors.slice(0, 1);
    }
    const earlier = (k: number) => k >= fromSentence && k < i && (byToken[k] ?? []).some(fits);
    const anyEarlier = Array.from({ length: Math.max(0, i - fromSentence) }, (_, k) => fromSentence + k).some(earlier);
    if (sent && !anyEarlier) {
      // Cataphora: "When he landed, the minister said ..." -> the main clause subject.
      for (let r = sent.firstToken; r < sent.endToken; r++) {
        if (tree.head(r) !== -1) continue;
        const s = subjectOfClause(r);
        if (s > i) {
          const own = (byToken[s] ?? []).filter(fits);
          if (own.length) return own.slice(0, 1);
        }
      }
    }
    // "The consortium said it had suspended drilling while it consulted the government": a subject "it" whose
    // clause, or one it hangs from, is reported by a private body named by a singular common noun of no party
    // stands for that body, no party named elsewhere (the actors stage's rule, coref.ts reportedByBody, over the
    // repaired tree)
    if (subj === i && w === "it") {
      const alex = actorLexicon();
      const says = (lemma: string) => alex.words.reportingVerbs.has(lemma.toLowerCase());
      const body = (lemma: string) => PRIVATE_SECTORS.has(alex.orgHeads.get(lemma.toLowerCase()) ?? "");
      if (reportedByBody(view, i, verb, says, body)) return [];
    }
    // "China demanded ... and said it had lodged protests": the subject of reported speech is the speaker when
    // the speaker can be it, whatever actors were named in between.
    if (subj === i && verb >= 0 && tree.rel(verb) === "ccomp" && tree.head(verb) >= 0) {
      const says = tree.head(verb);
      // "China demanded ... and said it ...": a second verb shares the first one's subject.
      const first = subjectOfClause(says) < 0 && tree.rel(says) === "conj" ? tree.head(says) : says;
      const speaker = subjectOfClause(first);
      const own = speaker >= 0 && speaker !== i ? (byToken[speaker] ?? []).filter(fits) : [];
      if (own.length === 1) return own;
    }
    // An object pronoun is not its own clause's subject ("Wang will meet him").
    const excluded = POSSESSIVES.has(w) || subj === i ? [] : subjActors;
    const plural = PLURAL_PRONOUNS.has(w);
    const minStart = doc.sentences?.[Math.max(0, tok.sentence - 1)]?.start ?? 0;
    for (let k = starts.length - 1; k >= 0; k--) {
      const s = starts[k];
      if (!s || s.start >= tok.start) continue;
      if (s.start < minStart) break;
      if (!fits(s.actor) || excluded.includes(s.actor)) continue;
      if (!plural) return THING_PRONOUNS.has(w) && namelessLead(s.start) ? [] : [s.actor];
      const keep = (a: Actor) => fits(a) && !excluded.includes(a);
      // "The crown prince received the prime minister. They discussed ...": one person is no "they"; the
      // last two people named are.
      if (s.actor.kind === "person") {
        const people: Actor[] = [];
        for (let j = k; j >= 0 && people.length < 2; j--) {
          const o = starts[j];
          if (!o || o.start < minStart) break;
          if (o.actor.kind === "person" && keep(o.actor) && !people.includes(o.actor)) people.push(o.actor);
        }
        if (people.length === 2) return people.reverse();
        // ("Mugabe seized farms. Some of those seizing the land were veterans, and they would kill the
        // farmers": a plural noun of people of no actor that a clause after the one person is about, as
        // its subject or predicate, is what "they" stands for; not the person's company: "met the
        // governors. They ...", nor things: "said the talks were long and they would impose sanctions")
        const topic = (t: number) =>
          ["nsubj", "nsubj:pass", "root"].includes(tree.rel(t)) || tree.kids(t, "cop").length > 0;
        const persons = (t: number) =>
          PLURAL_NOUNS.has(tree.xpos(t)) &&
          (lex?.groups.has(tree.lemma(t).toLowerCase()) || actorLexicon().groupHeads.has(tree.word(t).toLowerCase()));
        for (let t = i - 1; t >= 0 && (tokens[t]?.start ?? 0) > s.start; t--)
          if (persons(t) && tree.upos(t) === "NOUN" && !byToken[t]?.length && topic(t)) return [];
      }
      // "the two sides ... Their ministers will meet": a group mention standing for several actors is all of them.
      const together = new Set(starts.filter((o) => o.start === s.start && keep(o.actor)).map((o) => o.actor));
      if (together.size >= 2) return [...together];
      // "Kenya and Uganda ended the dispute. Their ministers will meet": the whole coordination of the antecedent.
      const all = coordinationOf(s.start, s.actor).filter(keep);
      // ("... between Turkey and Libya. They called on Turkey to halt ...": a party the clause itself names
      // is not among its subject "they", so that coordination is not what "they" stands for)
      const named =
        subj === i && verb >= 0 ? subtree(tree, verb).flatMap((t) => (t === i ? [] : (byToken[t] ?? []))) : [];
      if ([s.actor, ...all].some((a) => named.includes(a))) return [];
      if (all.length >= 2) return all;
      // ("Congress voted to censure two ministers, citing their refusal": a plural object of no actor
      // between a single body and "their", in its sentence, is what it stands for; not when "their" opens
      // a new clause's subject: "attacked ships, and their leader threatened Israel")
      const opensClause = tree.rel(tree.head(i)).startsWith("nsubj");
      for (let t = i - 1; w === "their" && !opensClause && t >= fromSentence && (tokens[t]?.start ?? 0) > s.start; t--)
        if (PLURAL_NOUNS.has(tree.xpos(t)) && tree.rel(t) === "obj" && !byToken[t]?.length) return [];
      return [s.actor];
    }
    return [];
  };

  // ("Phanfone hit resorts such as Boracay. It also blocked roads": a name of no actor, the subject before
  // the candidate in its sentence, is what "it" stands for; as in the actors stage, coref.ts)
  const view: ActorTreeView = {
    ...tree,
    actor: (k) => !!byToken[k]?.length,
    subject: (v, except) => tree.kids(v, "nsubj", "nsubj:pass").find((k) => k !== except) ?? -1,
  };
  const namelessLead = (start: number): boolean => {
    const at = firstTokenFrom(tokens, start);
    const from = doc.sentences?.[tokens[at]?.sentence ?? -1]?.firstToken ?? at;
    return at >= 0 && namelessSubject(view, from, at);
  };

  const isPronoun = (i: number) => {
    const w = tree.word(i).toLowerCase();
    return tree.upos(i) === "PRON" && (PERSON_PRONOUNS.has(w) || THING_PRONOUNS.has(w) || PLURAL_PRONOUNS.has(w));
  };

  /**
   * "U.S. and Russian negotiators", "French and Egyptian warships": a modifier coordinated with the words
   * of the head's own actor names a second party of the same kind (its actor, or its nationality).
   */
  const coordinatedModifiers = (i: number, own: readonly Actor[]): Actor[] => {
    const out: Actor[] = [];
    // ("Indian and Chinese troops", "Kenyan and Ugandan police": the nationality's party is troops too)
    const sector = own.find((a) => a.kind !== "country" && a.country !== null && a.sector !== "IGO")?.sector ?? null;
    for (const c of tree.kids(i, "compound", "amod")) {
      if ((byToken[c] ?? []).some((a) => own.includes(a))) continue;
      if (!tree.kids(c, "conj").some((p) => (byToken[p] ?? []).some((a) => own.includes(a)))) continue;
      const named = (byToken[c] ?? []).filter((a) => a.country !== null);
      const nationality = named.length ? null : nationalityActor(tree, c);
      const kin = (a: Actor): Actor =>
        sector && a.kind === "country" && a.sector === null ? { ...a, sector, code: `${a.country}${sector}` } : a;
      for (const a of (nationality ? [nationality] : named).map(kin)) if (!out.includes(a)) out.push(a);
    }
    return out;
  };

  /**
   * The actors a noun's by-phrase (also on a participle modifying it: "a lawsuit filed by Texas"), and with
   * `premodified` its possessive or premodifiers, name.
   */
  const authorsOf = (i: number, premodified: boolean): Actor[] => {
    const out: Actor[] = [];
    // (a verb of making or putting out: not a go-between, "a pact mediated by Norway", nor one who answers
    // it, "a resolution rejected by Ukraine")
    const participles = tree
      .kids(i, "acl")
      .filter((v) => tree.xpos(v) === "VBN" && (lex?.authoring.has(tree.lemma(v)) ?? false));
    for (const c of [...(tree.children[i] ?? []), ...participles.flatMap((v) => tree.kids(v, "obl:agent"))]) {
      const rel = tree.rel(c);
      const by = (rel === "nmod" || rel === "obl:agent") && caseOf(tree, c) === "by";
      if (!by && !(premodified && ["nmod:poss", "amod", "compound"].includes(rel))) continue;
      // (not where the act is done: "condemned the Ukraine invasion" is aimed at the invader)
      if (lex && placeModifier(lex, tree, byToken, i, c)) continue;
      for (const a of phrase(c, 1)) if (!out.includes(a)) out.push(a);
    }
    return out;
  };

  const headActors = (i: number, depth: number): Actor[] => {
    const own = byToken[i] ?? [];
    // "Foreign Ministry spokeswoman Yang Li": a body with no country named with a person of one; "Russian
    // President Vladimir Putin" read with the name as the title's apposition: the person of the title's
    // nationality (a group the title names, no actor of the text).
    const person = (a: Actor) => a.kind === "person" && a.country !== null && !own.includes(a);
    const named = own.every((a) => a.country === null || !actors.includes(a))
      ? tree
          .kids(i, "flat", "appos")
          // ("Presidents Ana Diaz of Chile and Luis Rojas of Peru": the title's names and their conjuncts)
          .flatMap((c) => [c, ...tree.kids(c, "conj")])
          .flatMap((c) => byToken[c] ?? [])
          .filter((a) => person(a) && own.every((o) => o.country === null || o.country === a.country))
      : [];
    if (named.length) return [...new Set(named)];
    if (own.length) return [...own, ...coordinatedModifiers(i, own)];
    if (isPronoun(i)) return resolvePronoun(i);
    if (tree.word(i).toLowerCase() === "whose") return whoseAntecedent(i);
    if (depth > 1) return [];
    const out: Actor[] = [];
    // "the recognition of Kosovo by Germany", "Israel's annexation of the Golan Heights": an act named
    // with its author (a by-phrase; for an act, policy or statement of owned.tsv also a possessive or
    // premodifier) stands for the author, not for what it is done to
    // (the phrase's own head only: "on the eve of a visit by Arafat" names no party)
    const authors = depth === 0 ? authorsOf(i, lex?.owned.has(tree.lemma(i).toLowerCase()) ?? false) : [];
    if (authors.length) return authors;
    for (const c of tree.children[i] ?? []) {
      const rel = tree.rel(c);
      if (!MODIFIER_RELS.has(rel) && rel !== "appos") continue;
      const prep = tree.lemma(tree.kids(c, "case")[0] ?? -1);
      // "a spokesman for the General Staff": a proxy noun acts for its for-phrase (proxies.tsv).
      const proxy = prep === "for" && (lex?.proxies.has(tree.lemma(i).toLowerCase()) ?? false);
      // "Human rights watchdog Amnesty International": a bare nmod (no preposition) is a misread compound.
      // ("allies such as Germany", "donors including Japan": the members named are the phrase's actors)
      if (rel === "nmod" && !["of", "from", "", "such", "include", "including"].includes(prep) && !proxy) continue;
      for (const a of phrase(c, depth + 1)) if (!out.includes(a)) out.push(a);
    }
    return out;
  };

  /**
   * "the OAS, whose secretary-general has called ...": the noun the relative clause of `whose` modifies;
   * also when the parser hung that clause on the main verb, the noun just before the comma.
   */
  const whoseAntecedent = (i: number): Actor[] => {
    const v = governingVerb(i);
    if (v >= 0 && tree.rel(v) === "acl:relcl" && tree.head(v) >= 0) return phrase(tree.head(v), 1);
    const before = tree.word(i - 1) === "," ? i - 2 : i - 1;
    return before >= 0 && ["NOUN", "PROPN"].includes(tree.upos(before)) ? (byToken[before] ?? []) : [];
  };

  const phrase = (i: number, depth = 0): Actor[] => {
    // "signed an agreement with Turkey and the UN, not with Russia": a negated phrase names no party
    if (tree.kids(i, "advmod").some((k) => ["not", "never"].includes(tree.word(k).toLowerCase()))) return [];
    // "invited the countries to open dialogue, with the exception of Cyprus", "all members except Hungary"
    if (excluded(tree, i)) return [];
    const out = headActors(i, depth);
    // "list" is how the parser sometimes joins names coordinated without a conjunction it saw.
    const conjuncts = tree.kids(i, "conj", "list");
    // ("nine Peruvian officials, including two ministers and the head of the police": conjuncts from one
    // "including" on name members of the item before it, when that names parties itself; not "Japan and
    // its allies, including Australia")
    const k = conjuncts.findIndex((c) => tree.kids(c, "case").some((x) => tree.lemma(x).startsWith("includ")));
    const members = k >= 0 && (byToken[conjuncts[k - 1] ?? i] ?? []).length > 0 ? conjuncts[k] : undefined;
    for (const c of conjuncts) {
      if (members !== undefined && c >= members && out.length > 0) break;
      // "US and Chinese defense chiefs": a demonym coordinated with a name that modifies the noun
      const found = phrase(c, depth);
      const nationality = found.length ? null : nationalityActor(tree, c);
      for (const a of nationality ? [nationality] : found) if (!out.includes(a)) out.push(a);
    }
    // "Secretary of State Michael Grant and Foreign Minister Claire Whitford" read with the second name
    // conjoined to the first inside the title's of-phrase: a conjunct of a word of the head's own name.
    const own = byToken[i] ?? [];
    for (const w of tree.children[i] ?? []) {
      // (a capitalised title's of-phrase: "Secretary of State X", not "envoys of Putin and Xi")
      const title = tree.rel(w) === "nmod" && tree.upos(i) === "PROPN";
      const named = (byToken[w] ?? []).some((a) => own.includes(a) || (a.kind === "person" && title));
      if (!named) continue;
      for (const c of tree.kids(w, "conj")) for (const a of phrase(c, depth)) if (!out.includes(a)) out.push(a);
    }
    // "the United States, along with Britain and France, ...": companions act together with the head.
    const companions = tree
      .kids(i, "nmod")
      .filter((c) => tree.kids(c, "case").some((k) => COMPANION.has(tree.lemma(k))));
    for (const c of companions) for (const a of phrase(c, depth)) if (!out.includes(a)) out.push(a);
    return out;
  };

  return { byToken, phrase: (i) => phrase(i), seats, named };
}
