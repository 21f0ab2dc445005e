import { layer } from "../../doc/doc.js";
import type { Mention } from "../../doc/layers/mentions.js";
import { addMention, type Draft, draftOfCountry } from "./builder.js";
import { mediates, type Party, relativeHost } from "./go-betweens.js";
import type { ResolveCtx } from "./resolve.js";

/* Group nominals ("the two sides", "both capitals", "the three ministers") -> the parties named before. */

/** Text between two parties that coordinates them: "and", ",", ", and", "&", "as well as". */
const COORDINATION = /^(,|and|, and|&|as well as|, as well as)$/;

/** Actors named as go-betweens before the group ("talks brokered by China", "Oman, which hosted ..."). */
function goBetweens(r: ResolveCtx, m: Mention): Set<Draft> {
  const out = new Set<Draft>();
  for (const p of partiesBefore(r, m)) if (mediates(r, p, p)) out.add(p.draft);
  const host = relativeHost(r, m);
  if (host !== null) out.add(host);
  return out;
}

/** Noun-phrase extents of the layer's mentions, by "start:end" of the mention. */
function extents(r: ResolveCtx): Map<string, { start: number; end: number }> {
  const out = new Map<string, { start: number; end: number }>();
  for (const m of layer(r.doc, "mentions")) out.set(`${m.start}:${m.end}`, m.extent);
  return out;
}

/** Actor mentions before `m` (not groups, not nested in a longer one), in text order. */
function partiesBefore(r: ResolveCtx, m: Mention): Party[] {
  const ext = extents(r);
  const all: Party[] = [];
  for (const d of r.drafts.list) {
    for (const s of d.mentions) {
      if (s.start >= m.start) continue;
      const e = ext.get(`${s.start}:${s.end}`) ?? s;
      all.push({ draft: d, start: Math.min(e.start, s.start), end: Math.max(e.end, s.end) });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Party[] = [];
  for (const p of all) {
    const last = out[out.length - 1];
    // a group nominal resolved before is shared by its members: keep one party per span
    if (last !== undefined && p.start < last.end) continue;
    out.push(p);
  }
  return out;
}

/**
 * The actor a coordinated party stands for in a group of `of`: for a group of countries ("both
 * sides", "the two governments") a person stands for their country or organization; for a group
 * of people ("the two leaders") a country stands for its latest person named before `pos`.
 */
function asMember(r: ResolveCtx, d: Draft, of: "country" | "person", pos: number, ahead = false): Draft | null {
  if (of === "person") {
    if (d.kind === "person") return d;
    if (d.kind !== "country" || d.country === null) return null;
    const code = d.country;
    const before = r.drafts.latest(pos, (x) => x.kind === "person" && x.country === code);
    return before ?? (ahead ? personAhead(r, code, pos) : null);
  }
  if (d.kind !== "person") return d;
  if (d.country === null) return null;
  const code = d.country;
  const known = r.drafts.get(`country:${code}`) ?? r.drafts.get(`org:${code}`);
  if (known !== undefined) return known;
  const kind = /^[A-Z]{3}$/.test(code) && r.lex.countryNames.has(code) ? "country" : "organization";
  return draftOfCountry(r.drafts, r.lex.countryNames, code, kind, code);
}

/**
 * The nearest earlier coordination ("A and B", "A, B and C", "between A and B") whose parties
 * give exactly `count` distinct members of the group's kind, or null.
 */
function coordinated(
  r: ResolveCtx,
  m: Mention,
  count: number,
  of: "country" | "person",
  ahead = false,
): Draft[] | null {
  const parties = partiesBefore(r, m);
  for (let i = parties.length - 1; i > 0; i--) {
    let j = i;
    while (j > 0) {
      const a = parties[j - 1] as Party;
      const b = parties[j] as Party;
      const between = r.doc.text.slice(a.end, b.start).trim().replace(/\s+/g, " ").toLowerCase();
      if (!COORDINATION.test(between)) break;
      j--;
    }
    if (j === i) continue;
    if (mediates(r, parties[j] as Party, parties[i] as Party)) {
      i = j;
      continue;
    }
    const members: Draft[] = [];
    let ok = true;
    for (const p of parties.slice(j, i + 1)) {
      const d = asMember(r, p.draft, of, m.firstToken, ahead);
      if (d === null) {
        ok = false;
        break;
      }
      if (!members.includes(d)) members.push(d);
    }
    if (ok && members.length === count) return members;
    i = j;
  }
  return null;
}

/** "the two sides", "both countries", "the two diplomats": every actor of the pair (or triple) in context. */
export function resolveGroup(r: ResolveCtx, m: Mention): void {
  if (m.group === null) return;
  const of = m.group.of;
  const go = goBetweens(r, m);
  let members =
    coordinated(r, m, m.group.count, of) ?? (of === "country" ? sentenceStates(r, m, m.group.count, go) : null);
  if (members === null) {
    // no coordination before: the latest parties, people standing for their countries ("X will visit
    // China, where Premier Y will meet him ... the two sides") and countries for their people
    members = [];
    const seen = new Set<Draft>(go);
    while (members.length < m.group.count) {
      const d = r.drafts.latest(
        m.firstToken,
        (x) => x.kind === of || x.kind === "person" || x.kind === "country",
        seen,
      );
      if (d === null) break;
      seen.add(d);
      const member = asMember(r, d, of, m.firstToken);
      const ok = member !== null && !go.has(member) && (member.kind === of || of === "country");
      if (ok && member !== null && !members.includes(member)) members.push(member);
    }
    if (members.length < m.group.count) return;
  }
  for (const d of members) addMention(d, m);
}

/** Sectors of a state's own people and bodies: they stand for their state in a group of countries. */
const STATE_SECTORS = new Set(["GOV", "MIL"]);

/**
 * "Venezuela's navy detained a ship working for Guyana. 'Both governments ...'": with no coordination,
 * the nearest sentence (the group's own, before it, or one of the three before) whose actors stand for
 * exactly `count` states or organizations; a state's officials and forces stand for the state.
 */
function sentenceStates(r: ResolveCtx, m: Mention, count: number, go: ReadonlySet<Draft>): Draft[] | null {
  const tokens = layer(r.doc, "tokens");
  const here = tokens[m.firstToken]?.sentence ?? -1;
  const stands = (d: Draft): Draft | null => {
    if (d.kind === "country") return d;
    if (d.kind === "group" || d.country === null || !r.lex.countryNames.has(d.country)) return null;
    if (d.kind === "person" || (d.sector !== null && STATE_SECTORS.has(d.sector)))
      return draftOfCountry(r.drafts, r.lex.countryNames, d.country, "country", d.country);
    return null;
  };
  for (let s = here; s >= Math.max(0, here - 3); s--) {
    const found: Draft[] = [];
    for (const d of r.drafts.list) {
      if (!d.positions.some((p) => p < m.firstToken && tokens[p]?.sentence === s)) continue;
      const member = go.has(d) ? null : stands(d);
      if (member !== null && !go.has(member) && !found.includes(member)) found.push(member);
    }
    if (found.length === count) return found;
  }
  return null;
}

/** The first person of the country named after token `pos`, in the same or the next sentence. */
function personAhead(r: ResolveCtx, code: string, pos: number): Draft | null {
  const tokens = layer(r.doc, "tokens");
  const limit = (tokens[pos]?.sentence ?? 0) + 1;
  let best: { d: Draft; at: number } | null = null;
  for (const d of r.drafts.list) {
    if (d.kind !== "person" || d.country !== code) continue;
    for (const p of d.positions)
      if (p > pos && (tokens[p]?.sentence ?? Number.POSITIVE_INFINITY) <= limit && (best === null || p < best.at))
        best = { d, at: p };
  }
  return best?.d ?? null;
}

/**
 * "The ministers of A, B and C met ... the first gathering of the three ministers. [Minister of A] X,
 * [minister of B] Y ...": once every name is read, a group of people left unresolved takes the
 * coordinated countries' people named just after it.
 */
export function resolveGroupAhead(r: ResolveCtx, m: Mention): void {
  if (m.group === null || m.group.of !== "person") return;
  const members = coordinated(r, m, m.group.count, "person", true);
  if (members !== null) for (const d of members) addMention(d, m);
}
