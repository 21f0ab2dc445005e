import { layer } from "../../doc/doc.js";
import type { Mention } from "../../doc/layers/mentions.js";
import { PRIVATE_BODIES } from "../mentions/roles.js";
import { addMention, type Draft } from "./builder.js";
import { type Gender, pronounSex, rolesOn, sexOfPerson } from "./lexicon/index.js";
import { oneOfGroup } from "./partitive.js";
import type { ResolveCtx } from "./resolve.js";

/** Relative pronouns that open a relative clause ("what it called", "which it calls"). */
const RELATIVES = new Set(["which", "what", "whom"]);

function sentenceOf(r: ResolveCtx, token: number): number {
  return layer(r.doc, "tokens")[token]?.sentence ?? -1;
}

/** Sentence of a draft's latest mention before `pos`, or -1. */
function lastSentence(r: ResolveCtx, d: Draft, pos: number): number {
  const before = d.positions.filter((p) => p < pos);
  return before.length === 0 ? -1 : sentenceOf(r, Math.max(...before));
}

/** Collective nouns English takes in the plural, with no -s ("the police ... they"). */
const PLURAL_COLLECTIVES: ReadonlySet<string> = new Set(["police", "personnel", "people"]);

/**
 * they/them -> the organization that reports the clause they are the subject of ("UNICEF said they had
 * ..."), else the nearest plural antecedent: a pair of countries just coordinated ("China and Russia said
 * they ...") in the pronoun's sentence or leading the one before, or a plural group or an organization
 * named in the plural ("the Houthis") that leads its sentence.
 */
function resolvePlural(r: ResolveCtx, m: Mention): void {
  const here = sentenceOf(r, m.firstToken);
  // "UNICEF reported they had delivered ...": an organization reporting a clause whose subject is "they"
  const pair = coordinatedPair(r, m, "country");
  const said = pair === null ? speaker(r, m.firstToken, ["organization"]) : null;
  if (said !== null) {
    addMention(said, m);
    return;
  }
  const latestBefore = (d: Draft) => Math.max(-1, ...d.positions.filter((p) => p < m.firstToken));
  const near = (d: Draft) => lastSentence(r, d, m.firstToken) >= here - 1;
  const pairOk =
    pair?.every(near) === true &&
    pair.some((d) => lastSentence(r, d, m.firstToken) === here || leadsItsSentence(r, d, m.firstToken));
  const last = (d: Draft) => d.name.split(" ").pop() ?? "";
  // ("Police said protesters blocked the road. They ...": police who only report what others did are not
  // whom "they" stands for)
  const deps = r.doc.deps ?? [];
  const tags = r.doc.tags ?? [];
  const reports = (d: Draft) => {
    const at = Math.max(-1, ...d.positions.filter((p) => p < m.firstToken));
    for (let k = at; k >= 0 && k < at + 3; k++) {
      const dep = deps[k];
      if (dep?.rel === "nsubj" && reportingVerb(r, tags[dep.head]?.lemma ?? "")) return true;
    }
    return false;
  };
  const collective = (d: Draft) => PLURAL_COLLECTIVES.has(last(d).toLowerCase()) && !reports(d);
  const plural = (d: Draft) =>
    d.kind === "group" || (d.kind === "organization" && (/[^s'’]s$/.test(last(d)) || collective(d)));
  const group = r.drafts.latest(m.firstToken, (d) => plural(d) && near(d) && leadsItsSentence(r, d, m.firstToken));
  const pairAt = pairOk && pair !== null ? Math.max(...pair.map(latestBefore)) : -1;
  const groupAt = group === null ? -1 : latestBefore(group);
  const shared = sharedBefore(r, m, here, group === null);
  if (shared !== null && shared.at >= pairAt && shared.at >= groupAt) {
    for (const d of shared.members) addMention(d, m);
    return;
  }
  if (pairAt < 0 && groupAt < 0) return;
  for (const d of pairAt > groupAt && pair !== null ? pair : group === null ? [] : [group]) addMention(d, m);
}

/**
 * The latest mention that several actors share, a group nominal resolved to its members ("the three
 * countries") or a plural pronoun already resolved to them: in the pronoun's sentence, or in the
 * sentence before when it leads it ("The two sides met. They ...") or no plural group leads it
 * ("Voters distrust the two parties. They ..." are the voters).
 */
function sharedBefore(
  r: ResolveCtx,
  m: Mention,
  here: number,
  noLeadingGroup: boolean,
): { at: number; members: Draft[] } | null {
  const byPos = new Map<number, Draft[]>();
  let firstBefore = Number.POSITIVE_INFINITY;
  for (const d of r.drafts.list)
    for (const p of d.positions) {
      const s = sentenceOf(r, p);
      if (p < m.firstToken && s >= here - 1) byPos.set(p, [...(byPos.get(p) ?? []), d]);
      if (s === here - 1 && p < firstBefore) firstBefore = p;
    }
  let best: { at: number; members: Draft[] } | null = null;
  for (const [at, members] of byPos) {
    const near = sentenceOf(r, at) === here || at === firstBefore || noLeadingGroup;
    if (members.length > 1 && near && (best === null || at > best.at)) best = { at, members };
  }
  return best;
}

/** he/she/him/her -> nearest person; it -> nearest organization or country; they/them -> see resolvePlural. */
export function resolvePronoun(r: ResolveCtx, m: Mention): void {
  const low = r.word(m.firstToken)?.toLowerCase() ?? "";
  const here = sentenceOf(r, m.firstToken);
  const w = r.lex.words;
  let kinds: Draft["kind"][];
  if (w.pluralPronouns.has(low)) {
    resolvePlural(r, m);
    return;
  }
  if (w.speakerPronouns.has(low)) {
    resolveFirstPerson(r, m);
    return;
  }
  if (w.personPronouns.has(low)) kinds = ["person"];
  else if (w.thingPronouns.has(low)) kinds = ["organization", "country"];
  else return;
  if (!kinds.includes("person") && unnamedSubject(r, m.firstToken)) return;
  const whole = kinds.includes("person") ? null : oneOfGroup(r, m.firstToken);
  if (whole !== null) {
    for (const d of whole) addMention(d, m);
    return;
  }
  // "the border service ... It said": a body described in the singular is an "it" too
  const collective = (d: Draft) =>
    d.kind === "group" && !kinds.includes("person") && /([^s]|ss)$/.test(d.name.split(" ").pop() ?? "");
  // ("Emily Spanton ... she": never a man, nor "he" a woman, when the text tells their sex)
  const sex = pronounSex(low);
  const fits = (d: Draft) => sex === undefined || d.kind !== "person" || [undefined, sex].includes(sexOf(r, d));
  const ok = (d: Draft) =>
    fits(d) &&
    (kinds.includes(d.kind) || collective(d)) &&
    lastSentence(r, d, m.firstToken) >= here - (kinds.includes("person") ? 2 : 1) &&
    (kinds.includes("person") || leadsItsSentence(r, d, m.firstToken));
  const labelled = labeller(r, m.firstToken);
  const said = (labelled && kinds.includes(labelled.kind) ? labelled : null) ?? speaker(r, m.firstToken, kinds);
  let d =
    (said !== null && fits(said) ? said : null) ??
    (kinds.includes("person")
      ? continued(r, m, ok)
      : (governing(r, m.firstToken, kinds) ?? reporter(r, m.firstToken, kinds))) ??
    r.drafts.latest(m.firstToken, ok);
  // an object pronoun does not refer to the subject of its own clause ("X will meet him")
  if (d !== null && (low === "him" || low === "her") && lastSentence(r, d, m.firstToken) === here) {
    const p = Math.max(...d.positions.filter((x) => x < m.firstToken));
    const prevTag = layer(r.doc, "tags")[phraseStart(r, p) - 1]?.upos ?? "";
    if (!/^(VERB|ADP|CCONJ)$/.test(prevTag)) d = r.drafts.latest(m.firstToken, ok, new Set([d])) ?? d;
  }
  if (d !== null) addMention(d, m);
}

/** Verbs that put a label on what they take ("what it called", "what it described as"). */
const LABELLING = new Set(["call", "describe", "term", "dub", "label", "brand", "characterize", "characterise"]);

/**
 * "It warned that steps would follow if Britain took what it called unfriendly actions": the subject of
 * "what ... called" is the sentence's speaker, the subject of its main verb, not the party named nearest.
 */
function labeller(r: ResolveCtx, pos: number): Draft | null {
  const deps = r.doc.deps ?? [];
  const tags = layer(r.doc, "tags");
  if (!/^nsubj/.test(deps[pos]?.rel ?? "")) return null;
  const v = deps[pos]?.head ?? -1;
  if (!LABELLING.has(tags[v]?.lemma ?? "")) return null;
  const dependent = dependentIn(r, pos);
  const what = (i: number) => r.word(i)?.toLowerCase() === "what";
  const h = deps[v]?.head ?? -1;
  if (!(deps[v]?.rel === "acl:relcl" && what(h)) && dependent(v, (i) => deps[i]?.rel === "obj" && what(i)) < 0)
    return null;
  let root = v;
  for (let hops = 0; (deps[root]?.head ?? -1) >= 0 && hops < 50; hops++) root = deps[root]?.head ?? -1;
  const subject = dependent(root, (i) => i < pos && /^nsubj/.test(deps[i]?.rel ?? ""));
  return subject < 0 ? null : (draftAt(r, subject) ?? null);
}

/**
 * "The consortium said it had suspended drilling while it consulted the government": a subject "it" whose
 * clause, or one it hangs from, is reported by a private body named by a singular common noun and no actor
 * (a company, a consortium, a committee) stands for that body, no actor named elsewhere.
 */
function unnamedSubject(r: ResolveCtx, pos: number): boolean {
  // (the subject of a verb of saying, "The question is whether it chooses" names no speaker; and a
  // private body: "the ministry said it" may still be the state named before)
  const view = treeView(r, pos);
  if (!/^nsubj/.test(view.rel(pos))) return false;
  const body = (lemma: string) => PRIVATE_BODIES.has(r.lex.orgHeads.get(lemma.toLowerCase()) ?? "");
  return reportedByBody(view, pos, view.head(pos), (lemma) => reportingVerb(r, lemma), body);
}

/**
 * "Duterte met Ambassador Huang on Monday. He asked China to ...": a person pronoun opening its sentence
 * continues the person who leads the sentence before (named before any other actor there), rather than
 * the last person named; null when no person leads it.
 */
function continued(r: ResolveCtx, m: Mention, ok: (d: Draft) => boolean): Draft | null {
  const here = sentenceOf(r, m.firstToken);
  if (here < 1 || sentenceOf(r, m.firstToken - 1) === here) return null;
  const firstIn = (d: Draft) => Math.min(...d.positions.filter((p) => sentenceOf(r, p) === here - 1));
  const inBefore = r.drafts.list.filter((d) => Number.isFinite(firstIn(d)));
  if (!inBefore.length) return null;
  const lead = inBefore.reduce((a, b) => (firstIn(b) < firstIn(a) ? b : a));
  if (lead.kind !== "person" || !ok(lead)) return null;
  const at = firstIn(lead);
  // ("Erdogan said Aliyev would visit Ankara. He will sign ...": a speaker announcing what another will do
  // leaves the next sentence to that other; not one telling what another did: "Peskov said Putin had not
  // spoken with Biden. He also criticized ...")
  const deps = r.doc.deps ?? [];
  const tags = layer(r.doc, "tags");
  const kids = (v: number, rel: string) => deps.flatMap((d, k) => (d.head === v && d.rel === rel ? [k] : []));
  for (let k = at; k < at + 6 && sentenceOf(r, k) === here - 1; k++) {
    if (!deps[k]?.rel.startsWith("nsubj")) continue;
    const v = deps[k]?.head ?? -1;
    if (v < 0 || !reportingVerb(r, tags[v]?.lemma ?? "")) return lead;
    for (const c of kids(v, "ccomp")) {
      if (!kids(c, "aux").some((a) => FUTURE.has(tags[a]?.lemma.toLowerCase() ?? ""))) continue;
      // (the subject's own words, or a name apposed to them: "Azerbaijani President Ilham Aliyev")
      const other = kids(c, "nsubj")
        .flatMap((t) => [t, ...kids(t, "appos"), ...kids(t, "flat")])
        .map((t) => draftAt(r, t))
        .find((d) => d !== undefined && d !== lead && d.kind === "person");
      if (other && ok(other)) return other;
    }
    return lead;
  }
  return lead;
}

/** Auxiliaries of a plan ("would visit", "will sign"). */
const FUTURE: ReadonlySet<string> = new Set(["will", "would", "shall"]);

/**
 * A person's sex as the text tells it: a word of the role ("spokeswoman", "wife of ..."), an honorific
 * before a mention ("Mrs", "Mr"), else the given name ("Emily Spanton"); undefined when none tells it.
 */
function sexOf(r: ResolveCtx, d: Draft): Gender | undefined {
  const words = r.lex.words.gender;
  const told = sexOfPerson(words, d.role, []);
  if (told) return told;
  for (const p of d.positions) {
    const before =
      r
        .word(p - 1)
        ?.toLowerCase()
        .replace(/\.$/, "") ?? "";
    if (r.lex.words.honorifics.has(before) && words.has(before)) return words.get(before);
  }
  return sexOfPerson(words, null, d.nameWords);
}

/**
 * The first dependent of `head` that passes `test`, looked up within the sentence of token `pos` only
 * (a document may be long), or -1.
 */
function dependentIn(r: ResolveCtx, pos: number): (head: number, test: (i: number) => boolean) => number {
  const deps = r.doc.deps ?? [];
  const sent = r.doc.sentences?.[sentenceOf(r, pos)];
  const from = sent?.firstToken ?? 0;
  const to = sent?.endToken ?? deps.length;
  return (head, test) => {
    for (let i = from; i < to; i++) if (deps[i]?.head === head && test(i)) return i;
    return -1;
  };
}

/** The draft one of whose mentions covers token t. */
function draftAt(r: ResolveCtx, t: number): Draft | undefined {
  const at = layer(r.doc, "tokens")[t];
  return at && r.drafts.list.find((x) => x.mentions.some((s) => s.start <= at.start && at.end <= s.end));
}

/** Whether a verb of this lemma reports what its complement says (words.json `reportingVerbs`, or "tell"). */
function reportingVerb(r: ResolveCtx, lemma: string): boolean {
  const low = lemma.toLowerCase();
  return low === "tell" || r.lex.words.reportingVerbs.has(low);
}

/**
 * "Biden told reporters that he had given Putin a list ... and that he had warned him": the subject
 * pronoun of a clause reported by a speaker named before it (the clause, or a clause conjoined to it,
 * is the complement of a reporting verb or "tell") is that speaker, when of the right kind; null
 * otherwise, and without the dependency layer (the stage runs on tags alone too).
 */
function speaker(r: ResolveCtx, pos: number, kinds: readonly Draft["kind"][]): Draft | null {
  const deps = r.doc.deps ?? [];
  if (!/^nsubj/.test(deps[pos]?.rel ?? "")) return null;
  const tags = layer(r.doc, "tags");
  const dependent = dependentIn(r, pos);
  const reporting = (v: number) => reportingVerb(r, tags[v]?.lemma ?? "");
  let clause = deps[pos]?.head ?? -1;
  let verb = -1;
  // "... and that he had warned him", hung on the reporting verb itself, is reported all the same
  const marked = dependent(clause, (i) => deps[i]?.rel === "mark" && r.word(i)?.toLowerCase() === "that") >= 0;
  if (marked && deps[clause]?.rel === "conj" && reporting(deps[clause]?.head ?? -1)) verb = deps[clause]?.head ?? -1;
  else {
    // up through conjoined clauses that speak of the same pronoun subject ("that he had given ... and he
    // had warned"), not past one with another subject ("said Putin had lied and he could not be trusted")
    for (let hops = 0; deps[clause]?.rel === "conj" && hops < 4; hops++) {
      const first = deps[clause]?.head ?? -1;
      const subject = dependent(first, (i) => /^nsubj/.test(deps[i]?.rel ?? ""));
      if (subject >= 0 && tags[subject]?.upos !== "PRON") return null;
      clause = first;
    }
    if (deps[clause]?.rel === "ccomp") verb = deps[clause]?.head ?? -1;
  }
  if (!reporting(verb)) return null;
  const subjectOf = (v: number) => dependent(v, (i) => i < pos && /^nsubj/.test(deps[i]?.rel ?? ""));
  // "Yemen's Houthi movement said it had ...", "Houthi military spokesperson Yahya Sarea said it had ...":
  // an "it" reported by a body named only as a modifier of the subject, or by its spokesperson, is that body
  const bodyOf = (v: number): Draft | undefined => {
    const subject = subjectOf(v);
    if (kinds.includes("person") || subject < 0) return undefined;
    // (the subject's words before its head: those the parser hung on it, or a run of nouns and adjectives)
    const phrase: number[] = [];
    const modifier = (k: number) => under(deps, k, subject) || /^(NOUN|PROPN|ADJ)$/.test(tags[k]?.upos ?? "");
    for (let k = subject - 1; k >= 0 && modifier(k); k--) phrase.push(k);
    if (draftAt(r, subject) !== undefined && !phrase.some((k) => SPOKES.has(tags[k]?.lemma.toLowerCase() ?? "")))
      return undefined;
    return phrase.map((k) => draftAt(r, k)).find((b) => b !== undefined && kinds.includes(b.kind));
  };
  // "China demanded ... and said it had lodged protests": a conjoined verb (which the parser may have
  // read as a complement, "and" its coordinator) shares its first conjunct's subject.
  const conjoined = deps[verb]?.rel === "conj" || dependent(verb, (i) => deps[i]?.rel === "cc" && i < verb) >= 0;
  const first = conjoined ? (deps[verb]?.head ?? -1) : -1;
  let d = draftAt(r, subjectOf(verb)) ?? (first >= 0 ? draftAt(r, subjectOf(first)) : undefined);
  if (d === undefined || !kinds.includes(d.kind)) d = bodyOf(verb) ?? (first >= 0 ? bodyOf(first) : undefined) ?? d;
  return d !== undefined && kinds.includes(d.kind) ? d : null;
}

/**
 * A first-person pronoun ("we", "I") is its speaker's mention; run again once every name is read, for a
 * quote before its speaker ('"We will not negotiate," the president said').
 */
export function resolveFirstPerson(r: ResolveCtx, m: Mention): void {
  if (!r.lex.words.speakerPronouns.has(r.word(m.firstToken)?.toLowerCase() ?? "")) return;
  const d = quoteSpeaker(r, m.firstToken);
  if (d !== null) addMention(d, m);
}

/**
 * '"We will not negotiate with Chile," the Peruvian president said': the speaker a first-person pronoun
 * stands for, the subject of the reporting verb (or "tell") whose complement the pronoun's clause is or
 * lies in, before or after it; null outside reported words (the writer's own "we", a quote's later
 * sentences) and without the dependency layer.
 */
function quoteSpeaker(r: ResolveCtx, pos: number): Draft | null {
  const deps = r.doc.deps ?? [];
  const tags = layer(r.doc, "tags");
  const dependent = dependentIn(r, pos);
  const reporting = (v: number) => reportingVerb(r, tags[v]?.lemma ?? "");
  // (the outermost such verb: '"Kyiv says we shelled the dam," the Kremlin spokesman said' is the Kremlin's "we")
  let outer = -1;
  for (
    let clause = deps[pos]?.head ?? -1, hops = 0;
    clause >= 0 && hops < 6;
    clause = deps[clause]?.head ?? -1, hops++
  ) {
    const rel = deps[clause]?.rel ?? "";
    const verb = deps[clause]?.head ?? -1;
    if ((rel === "ccomp" || rel === "parataxis") && reporting(verb)) outer = verb;
  }
  if (outer < 0) return null;
  const subject = dependent(outer, (i) => deps[i]?.rel === "nsubj" && i !== pos);
  // (speakers named together are no one of them: '"We agreed," Chile and Peru said')
  if (subject < 0 || dependent(subject, (i) => deps[i]?.rel === "conj") >= 0) return null;
  return draftAt(r, subject) ?? null;
}

/** Titles of those who speak for a body ("a ministry spokesman said it ..."). */
const SPOKES = new Set(["spokesman", "spokeswoman", "spokesperson"]);

/** Whether token k's head chain reaches `top` within four steps. */
function under(deps: readonly { readonly head: number }[], k: number, top: number): boolean {
  let h = k;
  for (let hops = 0; h >= 0 && hops < 4; hops++, h = deps[h]?.head ?? -1) if (h === top) return true;
  return false;
}

/**
 * "Latvia expelled a diplomat over what it called spying", "refused talks with the M23, which it calls
 * a terrorist group": the subject pronoun of a relative clause speaks of the subject of the clause the
 * relative's noun belongs to (up through objects, obliques and infinitives), when of the right kind.
 */
function governing(r: ResolveCtx, pos: number, kinds: readonly Draft["kind"][]): Draft | null {
  const deps = r.doc.deps ?? [];
  if (deps[pos]?.rel !== "nsubj") return null;
  const clause = deps[pos]?.head ?? -1;
  const dependent = dependentIn(r, pos);
  // (a relative the parser hung on a verb as an adverbial clause still has its relative pronoun)
  const relative =
    deps[clause]?.rel === "acl:relcl" ||
    (deps[clause]?.rel === "advcl" && dependent(clause, (i) => RELATIVES.has(r.word(i)?.toLowerCase() ?? "")) >= 0);
  if (!relative) return null;
  let v = deps[clause]?.head ?? -1;
  for (let hops = 0; v >= 0 && hops < 4; hops++) {
    const subject = dependent(v, (i) => i !== pos && deps[i]?.rel === "nsubj");
    if (subject >= 0) {
      const d = draftAt(r, subject);
      return d !== undefined && kinds.includes(d.kind) ? d : null;
    }
    if (!["obj", "obl", "nmod", "xcomp"].includes((deps[v]?.rel ?? "").split(":")[0] ?? "")) return null;
    v = deps[v]?.head ?? -1;
  }
  return null;
}

/**
 * "In a letter to the UN, Iraq said it would ...": an "it" right after a reporting verb (or its
 * "that") speaks of the verb's subject, the last actor of the right kind named before the verb in
 * its sentence; null when there is none.
 */
function reporter(r: ResolveCtx, pos: number, kinds: readonly Draft["kind"][]): Draft | null {
  const tags = layer(r.doc, "tags");
  let v = pos - 1;
  if (r.word(v)?.toLowerCase() === "that") v--;
  const verb = tags[v];
  if (verb?.upos !== "VERB" || !r.lex.words.reportingVerbs.has(verb.lemma.toLowerCase())) return null;
  const here = sentenceOf(r, pos);
  // "Brazil, which borders both countries, said it": the subject stands before the insertion
  let limit = v;
  if (r.word(v - 1) === ",") {
    limit = v - 2;
    while (limit > 0 && r.word(limit) !== "," && sentenceOf(r, limit) === here) limit--;
  }
  let best: Draft | null = null;
  let at = -1;
  for (const d of r.drafts.list) {
    for (const p of d.positions)
      if (p < limit && p > at && sentenceOf(r, p) === here) {
        at = p;
        best = d;
      }
  }
  return best !== null && kinds.includes(best.kind) ? best : null;
}

/** First token of the noun phrase of the mention at token `p`: "summoned [US Ambassador Tom Hale]". */
function phraseStart(r: ResolveCtx, p: number): number {
  const m = layer(r.doc, "mentions").find((x) => x.firstToken === p);
  if (m === undefined) return p;
  const tokens = layer(r.doc, "tokens");
  let k = p;
  while (k > 0 && (tokens[k - 1]?.start ?? -1) >= m.extent.start) k--;
  return k;
}

/** "the foreign minister", "the Russian Foreign Minister" -> the person holding that role. */
export function resolveTitle(r: ResolveCtx, m: Mention): void {
  const title = r.doc.text.slice(m.start, m.end).toLowerCase();
  const words = title.split(/\s+/).filter((x) => !r.lex.adjectives.has(x) && x !== "the");
  const wanted = words.join(" ");
  // the person whose role holds the title ("the prime minister": "Prime Minister X"; "the minister":
  // "Foreign Minister X"), not a deputy's ("Deputy Prime Minister X")
  const holds = (role: string) => {
    const k = role.indexOf(wanted);
    return k >= 0 && !/\b(deputy|vice)[ -]$/.test(role.slice(0, k));
  };
  const ok = (d: Draft) =>
    d.kind === "person" && (m.country === null || d.country === m.country) && holds(d.role?.toLowerCase() ?? "");
  const d = r.drafts.latest(m.firstToken, ok);
  if (d !== null) {
    addMention(d, m);
    return;
  }
  if (m.country === null) return;
  // a capitalized title of a known country: who held it on the publication date?
  for (const [name, rows] of r.lex.people) {
    const held = rolesOn(r.lex, name, r.date).find(
      (row) => row.country === m.country && row.role.toLowerCase() === wanted,
    );
    if (held !== undefined && held.name === name) {
      const known = r.drafts.list.find((x) => x.kind === "person" && x.name === name);
      if (known !== undefined) addMention(known, m);
      void rows;
      return;
    }
  }
}

function coordinatedPair(r: ResolveCtx, m: Mention, of: Draft["kind"]): Draft[] | null {
  // the latest "A and B" of two actors of the wanted kind, within two sentences
  const here = sentenceOf(r, m.firstToken);
  const byPos = new Map<number, Draft>();
  for (const d of r.drafts.list) if (d.kind === of) for (const p of d.positions) byPos.set(p, d);
  const positions = [...byPos.keys()]
    .filter((p) => p < m.firstToken && sentenceOf(r, p) >= here - 2)
    .sort((a, b) => b - a);
  for (const p of positions) {
    const b = byPos.get(p) as Draft;
    for (const q of positions) {
      if (q >= p) continue;
      const a = byPos.get(q) as Draft;
      const between = r.wordsIn(q + 1, p).join(" ");
      if (a !== b && /^(\S+ )?(and|,)$/.test(between) && between.split(" ").length <= 3) return [a, b];
    }
  }
  return null;
}

/**
 * Is the draft's latest mention before `pos` the first mention of its sentence (a likely subject)? Not
 * when a name that is no actor is the subject before it ("Phanfone hit resorts such as Boracay. It
 * also blocked roads": the storm leads, not the island).
 */
function leadsItsSentence(r: ResolveCtx, d: Draft, pos: number): boolean {
  const before = d.positions.filter((p) => p < pos);
  if (before.length === 0) return false;
  const p = Math.max(...before);
  const s = sentenceOf(r, p);
  if (r.drafts.list.some((o) => o !== d && o.positions.some((q) => q < p && sentenceOf(r, q) === s))) return false;
  const from = r.doc.sentences?.[s]?.firstToken ?? p;
  return !namelessSubject(treeView(r, p), from, p);
}

/** A token view of one tree and the actors on it, for rules both the actors and events stages apply. */
export interface ActorTreeView {
  head(k: number): number;
  rel(k: number): string;
  upos(k: number): string;
  xpos(k: number): string;
  lemma(k: number): string;
  actor(k: number): boolean;
  /** The first subject of verb v other than token `except`, or -1. */
  subject(v: number, except: number): number;
}

/** The raw parse and the drafts as a tree view, subjects looked up in token pos's sentence. */
function treeView(r: ResolveCtx, pos: number): ActorTreeView {
  const deps = r.doc.deps ?? [];
  const tags = layer(r.doc, "tags");
  const dependent = dependentIn(r, pos);
  return {
    head: (k) => deps[k]?.head ?? -1,
    rel: (k) => deps[k]?.rel ?? "",
    upos: (k) => tags[k]?.upos ?? "",
    xpos: (k) => tags[k]?.xpos ?? "",
    lemma: (k) => tags[k]?.lemma ?? "",
    actor: (k) => draftAt(r, k) !== undefined,
    subject: (v, except) => dependent(v, (i) => i !== except && /^nsubj/.test(deps[i]?.rel ?? "")),
  };
}

/**
 * Whether the subject pronoun at pos, of verb `verb`, stands for a body no actor names: its clause, or one
 * it hangs from (through adverbial, conjoined and complement clauses), is reported (`says`) by a singular
 * common noun of no actor that names a private body (`body`: "The consortium said it had suspended drilling").
 */
export function reportedByBody(
  v: ActorTreeView,
  pos: number,
  verb: number,
  says: (lemma: string) => boolean,
  body: (lemma: string) => boolean,
): boolean {
  for (let h = verb, hops = 0; h >= 0 && hops < 5; h = v.head(h), hops++) {
    const other = v.subject(h, pos);
    if (other >= 0 && v.upos(other) !== "PRON")
      return says(v.lemma(h)) && body(v.lemma(other)) && v.xpos(other) === "NN" && !v.actor(other);
    if (!["advcl", "conj", "ccomp", "xcomp"].includes(v.rel(h))) return false;
  }
  return false;
}

/** Whether a proper name that is no actor is the main clause's subject among tokens from..to-1. */
export function namelessSubject(v: ActorTreeView, from: number, to: number): boolean {
  for (let q = from; q < to; q++)
    if (v.rel(q) === "nsubj" && v.head(v.head(q)) === -1 && v.upos(q) === "PROPN" && !v.actor(q)) return true;
  return false;
}

/**
 * "the ministry said. X, spokesperson of the Indonesian Foreign Ministry, ...": a definite head
 * noun that nothing before resolves names the organization with that head named in the next two
 * sentences.
 */
export function resolveAhead(r: ResolveCtx, m: Mention): void {
  const head = r.doc.text.slice(m.start, m.end).toLowerCase().split(/\s+/).pop() ?? "";
  if (r.word(m.firstToken - 1)?.toLowerCase() !== "the") return;
  const here = sentenceOf(r, m.firstToken);
  let best: { d: Draft; at: number } | null = null;
  for (const d of r.drafts.list) {
    if (d.kind !== "organization" || d.nameWords.length < 2) continue;
    if (d.nameWords[d.nameWords.length - 1]?.toLowerCase() !== head) continue;
    for (const p of d.positions)
      if (p > m.firstToken && sentenceOf(r, p) <= here + 2 && (best === null || p < best.at)) best = { d, at: p };
  }
  if (best !== null) addMention(best.d, m);
}
