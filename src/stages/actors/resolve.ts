import type { Doc } from "../../doc/doc.js";
import { layer } from "../../doc/doc.js";
import type { Actor } from "../../doc/layers/actors.js";
import type { Mention } from "../../doc/layers/mentions.js";
import { addMention, type Draft, Drafts, finish } from "./builder.js";
import { resolveGroup, resolvePronoun, resolveTitle } from "./coref.js";
import type { ActorLexicon } from "./lexicon/index.js";
import { findPerson, personFacts } from "./people.js";

export interface ResolveCtx {
  readonly doc: Doc;
  readonly lex: ActorLexicon;
  readonly date: string | null;
  readonly drafts: Drafts;
  /** Token text with curly apostrophes straightened (undefined past the ends), sliced on first use. */
  readonly word: (i: number) => string | undefined;
  /** `word` over the tokens [from, to). */
  readonly wordsIn: (from: number, to: number) => string[];
}

/** Token texts with curly apostrophes straightened, each sliced from the text once and on demand. */
function tokenWords(doc: Doc): Pick<ResolveCtx, "word" | "wordsIn"> {
  const tokens = layer(doc, "tokens");
  const cache: (string | undefined)[] = new Array(tokens.length);
  const word = (i: number): string | undefined => {
    const t = tokens[i];
    if (t === undefined) return undefined;
    let w = cache[i];
    if (w === undefined) {
      w = doc.text.slice(t.start, t.end);
      if (w.includes("’") || w.includes("‘")) w = w.replace(/[’‘]/g, "'");
      cache[i] = w;
    }
    return w;
  };
  const wordsIn = (from: number, to: number): string[] => {
    const out: string[] = [];
    for (let i = Math.max(0, from); i < Math.min(to, tokens.length); i++) out.push(word(i) ?? "");
    return out;
  };
  return { word, wordsIn };
}

function countryDraft(r: ResolveCtx, code: string, kind: Draft["kind"], fallbackName: string): Draft {
  const key = `country:${code}`;
  return (
    r.drafts.get(key) ??
    r.drafts.create({
      key,
      name: r.lex.countryNames.get(code) ?? fallbackName,
      kind,
      country: code,
      sector: null,
      role: null,
      roleSpan: null,
      roleSource: null,
      nameWords: [],
    })
  );
}

function nameMention(r: ResolveCtx, m: Mention): void {
  const text = r.doc.text.slice(m.start, m.end);
  if (m.type === "PER") {
    const words = text.split(/\s+/);
    const existing = findPerson(r.drafts, words, m.firstToken);
    const fullNew = m.role !== null && existing !== null && existing.name !== text && words.length > 1;
    if (existing !== null && !fullNew) {
      if (existing.role === null && m.role !== null)
        Object.assign(existing, personFacts(r.lex, existing.name, m, r.doc.text, r.date));
      addMention(existing, m);
      return;
    }
    const facts = personFacts(r.lex, text, m, r.doc.text, r.date);
    const d = r.drafts.create({
      key: `person:${text}:${m.start}`,
      name: text,
      kind: "person",
      country: facts.country,
      sector: facts.sector,
      role: facts.role,
      roleSpan: facts.roleSpan,
      roleSource: facts.roleSource,
      nameWords: words,
    });
    addMention(d, m);
    // an earlier bare surname ("Lavrov" in a headline) belongs to the full name given later
    for (const other of r.drafts.list) {
      if (other === d || other.kind !== "person" || other.roleSource === "text" || other.nameWords.length !== 1)
        continue;
      if (!words.includes(other.nameWords[0] ?? "") || other.positions.some((p) => p > m.firstToken)) continue;
      for (const [i, s] of other.mentions.entries()) addMention(d, { ...s, firstToken: other.positions[i] ?? 0 });
      other.mentions = [];
      other.positions = [];
      other.top = -1;
    }
    return;
  }
  if (m.place) return;
  if (r.word(m.endToken) === "'s" && (m.ref?.source === "country" || m.ref?.source === "capital")) return;
  const ref = m.ref;
  // a territory claimed by several states ("Kashmir") is a place, never an actor by itself
  if (ref !== null && ref.source === "region" && ref.code === null) return;
  if (ref !== null && ref.code !== null && ["country", "capital", "region"].includes(ref.source)) {
    // a territory acts for its country ("Gaza" -> PSE); a world region is a group ("the West")
    const kind = ref.source === "region" && !r.lex.countryNames.has(ref.code) ? "group" : "country";
    addMention(countryDraft(r, ref.code, kind, ref.name), m);
    return;
  }
  if (ref !== null && ref.source === "seat" && ref.code !== null && (ref.sector === "GOV" || ref.sector === "IGO")) {
    addMention(countryDraft(r, ref.code, ref.code.length === 3 ? "country" : "organization", ref.name), m);
    return;
  }
  if (m.type === "LOC" && ref === null) return;
  const key = ref !== null ? `org:${ref.source === "igo" ? ref.code : ref.name}` : `org:${text}`;
  const d =
    r.drafts.get(key) ??
    r.drafts.create({
      key,
      name: ref?.source === "org" ? ref.name : text,
      kind: "organization",
      country: m.country ?? ref?.code ?? null,
      sector: m.sector ?? ref?.sector ?? null,
      role: null,
      roleSpan: null,
      roleSource: null,
      nameWords: text.split(/\s+/),
    });
  addMention(d, m);
}

const LEADER_BODIES = new Set(["administration", "government", "cabinet"]);

/** "Kyrgyz troops", "Taiwan's defence ministry", "protesters": an actor described by its head noun. */
function description(r: ResolveCtx, m: Mention, head: string): void {
  const text = descriptionName(r, m);
  // "Kurdish rebels": a group named by a people that spans several states is itself, not the last rebels
  const people = m.country === null && r.lex.peoples.has(r.word(m.firstToken) ?? "");
  if (m.country === null && !people) {
    const earlier = r.drafts.latest(m.firstToken, (d) => d.key.startsWith("desc:") && d.key.endsWith(`:${head}`));
    if (earlier !== null) {
      addMention(earlier, m);
      return;
    }
  }
  const key = people ? `desc:-:${text}` : `desc:${m.country ?? "-"}:${head}`;
  const title = r.lex.titles.has(head) && !r.lex.groupHeads.has(head);
  const d =
    r.drafts.get(key) ??
    r.drafts.create({
      key,
      name: text,
      kind: title ? "person" : r.lex.orgHeads.has(head) ? "organization" : "group",
      country: m.country,
      sector: m.country !== null && isIgo(r, m.country) && m.sector === "GOV" ? "IGO" : m.sector,
      role: title ? head : null,
      roleSpan: null,
      roleSource: title ? "text" : null,
      nameWords: [],
    });
  addMention(d, m);
}

/** "Nigeria's foreign minister" and "two Nigerian ministers" are named "Nigerian foreign minister", "Nigerian ministers". */
function descriptionName(r: ResolveCtx, m: Mention): string {
  let from = m.firstToken;
  while (
    from < m.endToken - 1 &&
    /^[\d.,]+$|^(one|two|three|four|five|six|seven|eight|nine|ten|several|some)$/i.test(r.word(from) ?? "")
  )
    from++;
  const words = r.wordsIn(from, m.endToken);
  const owner = words.findIndex((w) => w === "'s" || w === "'");
  if (owner > 0 && m.country !== null) {
    const adjective = r.lex.demonyms.get(m.country);
    if (adjective !== undefined) return [adjective, ...words.slice(owner + 1)].join(" ");
  }
  return words.join(" ").replace(/ 's\b/g, "'s");
}

function isIgo(r: ResolveCtx, code: string): boolean {
  return (r.lex.names.get(code) ?? []).some((e) => e.kind === "igo");
}

function nominal(r: ResolveCtx, m: Mention): void {
  if (m.head !== undefined) {
    description(r, m, m.head);
    return;
  }
  if (m.group !== null) {
    resolveGroup(r, m);
    return;
  }
  if (m.country !== null) {
    addMention(countryDraft(r, m.country, "country", m.country), m);
    return;
  }
  if (m.sector !== null) {
    const sector = m.sector;
    const d = r.drafts.latest(m.firstToken, (x) => x.kind === "organization" && x.sector === sector);
    if (d !== null) addMention(d, m);
  }
}

/**
 * For each token p: the largest end of a description (nominal with a head) whose first token is at
 * or before p, over all descriptions (`any`) and over those headed by a leader's body (`leader`).
 */
function descriptionReach(mentions: readonly Mention[], tokenCount: number): { any: number[]; leader: number[] } {
  let size = tokenCount;
  for (const m of mentions) if (m.firstToken + 1 > size) size = m.firstToken + 1;
  const any: number[] = new Array(size).fill(-1);
  const leader: number[] = new Array(size).fill(-1);
  for (const d of mentions) {
    if (d.kind !== "nominal" || d.head === undefined || d.firstToken < 0) continue;
    any[d.firstToken] = Math.max(any[d.firstToken] ?? -1, d.endToken);
    if (LEADER_BODIES.has(d.head)) leader[d.firstToken] = Math.max(leader[d.firstToken] ?? -1, d.endToken);
  }
  for (let p = 1; p < size; p++) {
    any[p] = Math.max(any[p] ?? -1, any[p - 1] ?? -1);
    leader[p] = Math.max(leader[p] ?? -1, leader[p - 1] ?? -1);
  }
  return { any, leader };
}

/** Mentions -> actors with in-document coreference, roles valid on the publication date. */
export function resolveActors(doc: Doc, lex: ActorLexicon): Actor[] {
  const mentions = layer(doc, "mentions");
  const published = doc.article.published;
  const r: ResolveCtx = {
    doc,
    lex,
    date: published !== null && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null,
    drafts: new Drafts(),
    ...tokenWords(doc),
  };
  // a name inside a longer description is its modifier ("US border agents", "the Bush administration"):
  // by token, the furthest end of a description that starts there or before (of a leader's body, for people)
  const reach = descriptionReach(mentions, layer(doc, "tokens").length);
  const absorbed = (m: Mention) => {
    const reaches = m.type !== "PER" ? reach.any : reach.leader;
    return (reaches[Math.min(m.firstToken, reaches.length - 1)] ?? -1) > m.endToken;
  };
  for (const m of mentions) {
    if (m.kind === "name" && absorbed(m)) continue;
    if (m.kind === "name") nameMention(r, m);
    else if (m.kind === "nominal") nominal(r, m);
    else if (m.kind === "title") resolveTitle(r, m);
    else resolvePronoun(r, m);
  }
  return finish(r.drafts.list);
}
