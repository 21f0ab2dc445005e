import { layer } from "../../doc/doc.js";
import type { Mention } from "../../doc/layers/mentions.js";
import { addMention, type Draft, draftOfCountry } from "./builder.js";
import { igoDraft } from "./described.js";
import { locatedIn } from "./located.js";
import type { ResolveCtx } from "./resolve.js";

/* Definite nominals that refer back to an actor named before ("the council", "the bloc", "the government"). */

/**
 * "the government", "the regime" with a state's official or the state itself named before it in its
 * sentence ("Foreign Minister X said the government would not yield"): that state, as the
 * government described before if there is one ("the Chilean government"), else the country.
 */
function governmentOf(r: ResolveCtx, m: Mention): Draft | null {
  const { d, owner } = stateBefore(r, m);
  if (d === null || d.country === null) return null;
  const head = r.doc.text.slice(m.start, m.end).toLowerCase();
  const code = d.country;
  // "the UK Government" named before: that organization
  const named = r.drafts.latest(
    m.firstToken,
    (x) => x.kind === "organization" && x.country === code && x.name.toLowerCase().endsWith(head),
  );
  // (one's own government, or the opposition's, is that state's government body, not the country: its
  // people may criticize it)
  return (
    named ??
    r.drafts.get(`desc:${code}:${head}`) ??
    (owner || d.sector === "OPP"
      ? stateBody(r, code, head, m.sector ?? "GOV")
      : draftOfCountry(r.drafts, r.lex.countryNames, code, "country", code))
  );
}

/**
 * The state party a definite nominal belongs to: after a possessive pronoun ("Chinese citizens criticized
 * their government"), the state actor that is the subject of its clause (`owner`); else the latest
 * country, government official or opposition named before it in its sentence ("Ugandan
 * opposition candidate Bobi Wine accused the government": the opposition's is its own state's).
 */
function stateBefore(r: ResolveCtx, m: Mention): { d: Draft | null; owner: boolean } {
  const tokens = layer(r.doc, "tokens");
  const here = tokens[m.firstToken]?.sentence ?? -1;
  const before = (d: Draft) => d.positions.some((p) => p < m.firstToken && tokens[p]?.sentence === here);
  const ofState = (d: Draft) => d.country !== null && r.lex.countryNames.has(d.country);
  const state = (d: Draft) =>
    (d.kind === "country" || (d.kind === "person" && d.sector === "GOV") || d.sector === "OPP") &&
    ofState(d) &&
    before(d);
  // ("Rwanda denies supporting the M23, and its government ...")
  const owned = COLLECTIVE_POSSESSIVES.has(r.word(m.firstToken - 1)?.toLowerCase() ?? "");
  const subject = owned ? subjectPhrase(r, m) : new Set<number>();
  const owner = r.drafts.list.find((x) => ofState(x) && x.positions.some((p) => subject.has(p)));
  return { d: owner ?? r.drafts.latest(m.firstToken, state), owner: owner !== undefined };
}

/** The body of a state described by a head noun ("the army" of Armenia), made once per state and head. */
function stateBody(r: ResolveCtx, code: string, head: string, sector: string | null): Draft {
  const key = `desc:${code}:${head}`;
  return (
    r.drafts.get(key) ??
    r.drafts.create({
      key,
      name: head,
      kind: "organization",
      country: code,
      sector,
      role: null,
      roleSpan: null,
      roleSource: null,
      nameWords: [],
    })
  );
}

/**
 * The tokens of the subject of the clause a mention stands in ("Chinese citizens" in "Chinese citizens
 * criticized their government's response"), through conjuncts to the first one's subject ("Rwanda denies
 * X, and its government welcomed ..."), or the noun a conjoined mention is joined to ("Kenya and its
 * government"); empty when the parse gives none.
 */
function subjectPhrase(r: ResolveCtx, m: Mention): Set<number> {
  const deps = r.doc.deps ?? [];
  const tags = r.doc.tags ?? [];
  // ("praised Kenya and its government": a conjunct's possessive is its first conjunct's)
  const head = m.endToken - 1;
  if (deps[head]?.rel === "conj") return new Set([deps[head]?.head ?? -1]);
  let v = head;
  for (let hops = 0; hops < 6 && v >= 0 && tags[v]?.upos !== "VERB"; hops++) v = deps[v]?.head ?? -1;
  const subjectOf = (x: number) => deps.findIndex((d, k) => d.head === x && k < x && d.rel.startsWith("nsubj"));
  let s = v >= 0 ? subjectOf(v) : -1;
  // ("its government welcomed": the possessive is in the subject itself, so look at the clause before)
  if (s >= 0 && s <= m.endToken - 1 && s >= m.firstToken - 1 && deps[v]?.rel === "conj")
    s = subjectOf(deps[v]?.head ?? -1);
  else if (s >= m.firstToken - 1 && s < m.endToken) s = -1;
  const out = new Set<number>();
  if (s < 0) return out;
  for (let k = 0; k < deps.length; k++) {
    let h = k;
    for (let hops = 0; hops < 6 && h >= 0 && h !== s; hops++) h = deps[h]?.head ?? -1;
    if (h === s) out.add(k);
  }
  return out;
}

/** Heads of a state's armed forces, which a bare "the army" names at home when no army was named before. */
const ARMIES: ReadonlySet<string> = new Set(["army", "military"]);

/**
 * Sectors of the bodies a state has only at home: police and legislatures (not an army, which may be
 * abroad, "the military in the West Bank"; nor a court, "the court in The Hague"; nor "the embassy in
 * London"); of the military, only a junta, which rules at home.
 */
const HOME_SECTORS = new Set(["COP", "LEG"]);
const homeBody = (m: Mention, head: string) => HOME_SECTORS.has(m.sector ?? "") || head === "junta";

/**
 * A ministry or presidency sits in its own capital: "the foreign ministry in Beijing" is China's even
 * after another state's ministry was named (which "in" sets it apart from).
 */
const seatedBody = (m: Mention, head: string) => m.sector === "GOV" && /(^|\s)(ministry|presidency)$/.test(head);

/** Possessive pronouns of a people or a body ("their government", "its regime"). */
const COLLECTIVE_POSSESSIVES = new Set(["their", "its", "our"]);

/** Does a mention of the draft end with the head ("the AU Peace and Security Council" ... "the council")? */
function mentionedWithHead(r: ResolveCtx, d: Draft, head: string): boolean {
  return d.mentions.some((s) => {
    const words = r.doc.text.slice(s.start, s.end).toLowerCase().split(/\s+/);
    return words.length > 1 && words[words.length - 1] === head;
  });
}

/** A definite nominal with a sector and no country ("the council", "the embassy", "the government"). */
export function resolveReferred(r: ResolveCtx, m: Mention): void {
  const head = r.doc.text.slice(m.start, m.end).toLowerCase();
  if (r.lex.words.governmentNouns.has(head)) {
    // "protested against the government in Havana": the state of the capital or country named with "in"
    const located = locatedIn(r, m);
    const government =
      located !== null
        ? (r.drafts.get(`desc:${located}:${head}`) ??
          draftOfCountry(r.drafts, r.lex.countryNames, located, "country", located))
        : governmentOf(r, m);
    if (government !== null) {
      addMention(government, m);
      return;
    }
  }
  // "the junta in Mali", "the police in Lima": a body a state has at home, singular, with the state named
  // with "in", when no body of its sector was named before (which it would refer back to); a ministry
  // in its capital whatever was named before
  const atHome =
    seatedBody(m, head) ||
    (homeBody(m, head) &&
      r.doc.tags?.[m.endToken - 1]?.xpos === "NN" &&
      r.drafts.latest(m.firstToken, (x) => x.sector === m.sector && x.country !== null) === null);
  const located = atHome ? locatedIn(r, m) : null;
  if (located !== null) {
    addMention(stateBody(r, located, head, m.sector), m);
    return;
  }
  // "the council" after "the UN Human Rights Council", "the assembly" after "the General Assembly":
  // the latest organization named with that head; else the latest one of the head's sector
  // ... or described with that head ("the Russian embassy" ... "the embassy")
  const named = (x: Draft) =>
    x.kind === "organization" &&
    ((x.nameWords.length > 1 && x.nameWords.join(" ").toLowerCase().endsWith(` ${head}`)) ||
      (x.key.startsWith("desc:") && x.key.endsWith(`:${head}`)) ||
      mentionedWithHead(r, x, head));
  // "the alliance" after NATO, "the bloc" after ASEAN: the latest organization that head refers back to
  const codes = r.lex.igoHeads.get(head);
  const igo = codes && r.drafts.latest(m.firstToken, (x) => x.country !== null && codes.includes(x.country));
  if (igo?.country && r.drafts.latest(m.firstToken, named) === null) {
    addMention(igoDraft(r, igo.country), m);
    return;
  }
  // "the port authority", "the oil consortium": a head with a modifier of its own is a body named with
  // that head, never the latest body of the head's sector ("the Iranian Foreign Ministry ... The port
  // authority said"); "the central government" is the state's, as above
  const before = r.doc.tokens?.[m.firstToken - 1]?.start ?? m.start;
  if (m.extent.start < before && !r.lex.words.governmentNouns.has(head)) {
    const own = r.drafts.latest(m.firstToken, named);
    if (own !== null) addMention(own, m);
    return;
  }
  const sector = m.sector;
  // "DHAKA — ... rights groups urged the government": with no government named, the story's country's
  // (its dateline's, else the one country its opening names)
  const story = r.datelineCountry ?? r.leadCountry;
  const home =
    r.lex.words.governmentNouns.has(head) && story !== null
      ? draftOfCountry(r.drafts, r.lex.countryNames, story, "country", story)
      : null;
  const d =
    r.drafts.latest(m.firstToken, named) ??
    home ??
    r.drafts.latest(m.firstToken, (x) => x.kind === "organization" && x.sector === sector);
  if (d !== null) {
    addMention(d, m);
    return;
  }
  // "Armenian Prime Minister Pashinyan accused the army of a coup": with no army named before, the army
  // of the one country its sentence names or has parties of (not "The US envoy criticized the army after
  // the coup in Myanmar", which names two, nor the story's country: "Israeli Prime Minister Netanyahu said
  // the military had struck targets in Syria"); not "the military non-alignment"
  const tags = r.doc.tags ?? [];
  const army =
    ARMIES.has(head) && tags[m.endToken - 1]?.xpos === "NN" && !/^(NOUN|PROPN|ADJ)$/.test(tags[m.endToken]?.upos ?? "");
  const code = army ? onlyCountryOf(r, m) : null;
  if (code !== null) addMention(stateBody(r, code, head, sector), m);
}

/** The one country the mentions of m's sentence name or give their parties (names, nationalities), or null. */
function onlyCountryOf(r: ResolveCtx, m: Mention): string | null {
  const tokens = layer(r.doc, "tokens");
  const here = tokens[m.firstToken]?.sentence ?? -1;
  const codes = new Set<string>();
  for (const x of layer(r.doc, "mentions")) {
    if (tokens[x.firstToken]?.sentence !== here) continue;
    const code = x.country ?? x.ref?.code ?? null;
    if (code !== null && r.lex.countryNames.has(code)) codes.add(code);
  }
  return codes.size === 1 ? ([...codes][0] ?? null) : null;
}

/**
 * "North Korea ... the North", "Seoul ... the North": a bare compass word after "the" names that half
 * of a divided country named before (its own name, or the other half's with the word swapped), or null.
 */
export function halfOfCountry(r: ResolveCtx, m: Mention, text: string): Draft | null {
  const halves = r.lex.words.halfWords;
  if (!halves.has(text) || r.word(m.firstToken - 1)?.toLowerCase() !== "the") return null;
  // a person or body of the country counts too ("North Korean leader Kim ... the North")
  const split = (d: Draft): string[] => (r.lex.countryNames.get(d.country ?? "") ?? "").split(" ");
  const divided = (d: Draft) => d.kind !== "group" && split(d).length > 1 && halves.has(split(d)[0] ?? "");
  const d = r.drafts.latest(m.firstToken, divided);
  if (d === null) return null;
  const [first, ...rest] = split(d);
  const code =
    first === text
      ? d.country
      : (r.lex.names.get(`${text} ${rest.join(" ")}`) ?? []).find((e) => e.kind === "country")?.code;
  if (code == null) return null;
  return draftOfCountry(r.drafts, r.lex.countryNames, code, "country", code);
}
