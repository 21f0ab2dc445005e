import type { CodedEvent, EventParty } from "../../doc/layers/events.js";
import type { Lexicon } from "./lexicon/schema.js";
import { caseOf, isPassive, type Tree } from "./tree.js";

/** What the coder knows of one coded event when it looks for the event another one answers. */
export interface ReferentDraft {
  readonly event: CodedEvent;
  /** The trigger token. */
  readonly token: number;
  /** The clause that carries the event: the trigger, or the light verb of an event noun. */
  readonly clause: number;
}

const RELATIVE = new Set(["that", "which"]);
/** How far back (in sentences) an event noun may look for the act it names. */
const WINDOW = 4;

/**
 * The nouns a clause acts on: its object ("rejected the sanctions"), its passive subject, the subject of
 * a verdict it reports ("said the order was illegal"), and the
 * noun a participle or relative clause modifies ("a truce brokered by Qatar", "a meeting that China
 * denounced").
 */
export function objectNouns(tree: Tree, clause: number): number[] {
  const out = isPassive(tree, clause) ? tree.kids(clause, "nsubj:pass") : tree.kids(clause, "obj");
  // "said the order was a violation": what a reported verdict judges.
  for (const c of tree.kids(clause, "ccomp")) if (tree.kids(c, "cop").length) out.push(...tree.kids(c, "nsubj"));
  const rel = tree.rel(clause);
  const head = tree.head(clause);
  if (head >= 0 && rel === "acl" && isPassive(tree, clause)) out.push(head);
  if (head >= 0 && rel === "acl:relcl") {
    // "a meeting that China denounced": the relative word is the object (or was read as a marker).
    const word = (k: number) => RELATIVE.has(tree.word(k).toLowerCase());
    const asObject = tree.kids(clause, "obj").some(word);
    const asMarker =
      !tree.kids(clause, "obj").length &&
      tree.kids(clause, "mark").some(word) &&
      tree.kids(clause, "nsubj").some((k) => !word(k));
    if (asObject || asMarker) out.push(head);
  }
  return out.filter((n) => tree.upos(n) === "NOUN" && !RELATIVE.has(tree.word(n).toLowerCase()));
}

/**
 * Parties of the events coded at one trigger: its authors, and for a symmetric act (or for a mediator,
 * who deals with both sides: `both`) every side.
 */
function sidesAt(drafts: readonly ReferentDraft[], token: number, both = false): EventParty[] {
  const out: EventParty[] = [];
  for (const d of drafts) {
    if (d.token !== token) continue;
    for (const p of [d.event.source, d.event.target]) {
      if (!p?.country || out.some((o) => o.country === p.country)) continue;
      // A directed act stands for its author only ("rejected the sanctions" answers whoever imposed them).
      const symmetric = drafts.some(
        (o) =>
          o.token === token &&
          o.event.cameo === d.event.cameo &&
          o.event.source.country === d.event.target?.country &&
          o.event.target?.country === d.event.source.country,
      );
      if (p === d.event.source || symmetric || both) out.push(p);
    }
  }
  return out;
}

/** Determiners of a noun phrase about any act of a kind, not one told ("any effort", "all attempts"). */
const GENERIC_DETERMINERS: ReadonlySet<string> = new Set(["any", "every", "all"]);

/**
 * The parties of the act an event answers when the event names no recipient of its own: the object
 * is an event noun coded itself ("hosted rounds of talks between X and Y", "a deal brokered by China"),
 * the same act named again ("rejected the sanctions" after "imposed sanctions"), or a noun that stands
 * for a decision or statement ("welcomed the decision", "rejected the accusation") -> the latest
 * earlier act of another party. Returns [] when nothing fits.
 */
export function referentParties(
  lex: Lexicon,
  tree: Tree,
  drafts: readonly ReferentDraft[],
  d: ReferentDraft,
  sentenceOf: (token: number) => number,
): EventParty[] {
  // (nor a co-author of the same event: "Germany and France ... They said his detention was unlawful")
  const authors = [d, ...drafts.filter((o) => o.token === d.token)].map((o) => o.event.source.country);
  const abroad = referents(lex, tree, drafts, d, sentenceOf, (p) => !authors.includes(p.country));
  if (abroad.length) return abroad;
  // ("opposition senators criticised that decision": failing another country's act, another side's at
  // home; a bare country acts as its government)
  const side = (p: EventParty) => p.sector ?? "GOV";
  return referents(lex, tree, drafts, d, sentenceOf, (p) => side(p) !== side(d.event.source));
}

/** referentParties with the test of who counts as another party than the event's source. */
function referents(
  lex: Lexicon,
  tree: Tree,
  drafts: readonly ReferentDraft[],
  d: ReferentDraft,
  sentenceOf: (token: number) => number,
  another: (p: EventParty) => boolean,
): EventParty[] {
  const own = d.event.source.country;
  const here = sentenceOf(d.token);
  const usable = (ps: EventParty[]) => ps.filter(another);
  // "a truce brokered by Qatar" after "Israel freed prisoners": a mediator deals with both sides.
  const both = lex.modality.get("mediator")?.has(tree.lemma(d.token)) ?? false;
  const partiesAt = (ds: readonly ReferentDraft[], token: number) => sidesAt(ds, token, both);
  // "rejected what it called interference by Washington": what is rejected is the act its label blames.
  for (const n of tree.kids(d.clause, "obj").filter((k) => tree.word(k).toLowerCase() === "what")) {
    const blamed = drafts.filter((o) => tree.head(o.token) === n && tree.rel(o.token) === "acl:relcl");
    const ps = usable(blamed.flatMap((o) => (o.event.target ? [o.event.target] : [])));
    if (ps.length) return ps;
  }
  for (const n of objectNouns(tree, d.clause)) {
    // ("welcomed any effort to end the war": any act of a kind is none told before)
    if (tree.kids(n, "det").some((k) => GENERIC_DETERMINERS.has(tree.lemma(k).toLowerCase()))) continue;
    // The object is itself a coded event ("hosted talks between Iraq and Iran").
    const same = usable(partiesAt(drafts, n));
    if (same.length) return same;
    // "Qatar sent aid": an object coded as the author's own act names no earlier act.
    if (drafts.some((o) => o.token === n && o.event.source.country === own)) continue;
    const lemma = tree.lemma(n);
    const before = drafts
      .filter((o) => o.token < d.token && o.token !== n)
      .filter((o) => o.event.status === "reported" || o.event.status === "planned");
    const earlier = before.filter((o) => here - sentenceOf(o.token) <= WINDOW);
    // "welcomed the outcome": the news the article reports, its lead act by another party.
    if (lex.outcomes.has(lemma)) {
      const lead = before.find((o) => o.event.source.country && another(o.event.source));
      const ps = lead ? usable(partiesAt(drafts, lead.token)) : [];
      if (ps.length) return ps;
    }
    // The same act named again, anywhere before: the same word as an earlier trigger ("the meeting"
    // after "at a meeting"), else as the object of an earlier act ("the agreements" after "signed agreements").
    const asTrigger = (o: ReferentDraft) => tree.lemma(o.token) === lemma;
    const asObject = (o: ReferentDraft) => objectNouns(tree, o.clause).some((x) => tree.lemma(x) === lemma && x !== n);
    // "The statement urged ...", "said in a statement": the statement that made an earlier act.
    const asVoice = (o: ReferentDraft) =>
      (tree.children[o.clause] ?? []).some(
        (x) =>
          x !== n &&
          tree.lemma(x) === lemma &&
          (tree.rel(x) === "nsubj" || (tree.rel(x).startsWith("obl") && caseOf(tree, x) === "in")),
      );
    for (const named of [asTrigger, asObject, asVoice]) {
      for (let k = before.length - 1; k >= 0; k--) {
        const o = before[k] as ReferentDraft;
        if (!named(o)) continue;
        const ps = usable(partiesAt(drafts, o.token));
        if (ps.length) return ps;
      }
    }
    // "the decision", "the findings", "a deal brokered by": the latest earlier act by someone else.
    const word = tree.word(n).toLowerCase();
    if (!lex.owned.has(lemma) && !lex.owned.has(word) && !lex.referents.has(lemma) && !lex.referents.has(word))
      continue;
    const candidate = (o: ReferentDraft) => another(o.event.source) && o.event.source.country !== null;
    // ("The government declined an offer from Australia ... Opposition senators criticised that decision":
    // the act that holds another act of someone else's in its clause is the one decided, not the one inside)
    const inside = (o: ReferentDraft) =>
      earlier.some((p) => p !== o && candidate(p) && dominates(tree, p.token, o.token));
    for (let k = earlier.length - 1; k >= 0; k--) {
      const o = earlier[k] as ReferentDraft;
      if (!candidate(o) || inside(o)) continue;
      const ps = usable(partiesAt(drafts, o.token));
      if (ps.length) return ps;
    }
  }
  return [];
}

/** Whether token `b` is in the clause or phrase of token `a`, not a conjunct of it ("released ... and freed"). */
function dominates(tree: Tree, a: number, b: number): boolean {
  for (let t = b, hops = 0; t >= 0 && hops < 50; t = tree.head(t), hops++) {
    if (tree.head(t) === a) return tree.rel(t) !== "conj";
  }
  return false;
}

/**
 * The two sides an appeal for restraint with no addressee speaks to ("Russia urged restraint" after
 * "Kyrgyzstan and Tajikistan accused each other"): the source and target of the latest earlier act,
 * within the window, between two countries other than the appeal's author. Returns [] when none.
 */
export function disputeSides(
  drafts: readonly ReferentDraft[],
  d: ReferentDraft,
  sentenceOf: (token: number) => number,
): EventParty[] {
  const own = d.event.source.country;
  const here = sentenceOf(d.token);
  for (let k = drafts.length - 1; k >= 0; k--) {
    const o = drafts[k] as ReferentDraft;
    if (o.token >= d.token || here - sentenceOf(o.token) > WINDOW) continue;
    if (o.event.status !== "reported" && o.event.status !== "planned") continue;
    const { source, target } = o.event;
    if (!source.country || !target?.country || source.country === target.country) continue;
    if (source.country === own || target.country === own) continue;
    return [source, target];
  }
  return [];
}
