import type { Doc } from "../../doc/doc.js";
import { layer } from "../../doc/doc.js";
import type { Mention } from "../../doc/layers/mentions.js";
import { addMention, type Draft } from "./builder.js";
import { locatedIn, placedCountry } from "./located.js";
import type { ResolveCtx } from "./resolve.js";

/* Actors described by a head noun ("Kyrgyz troops", "the EU ambassador") and international organizations. */

/** "Kyrgyz troops", "Taiwan's defence ministry", "protesters": an actor described by its head noun. */
export function description(r: ResolveCtx, m: Mention, head: string): void {
  if (appointedAs(r, m, head)) return;
  if (ethnicGroup(r, m)) return;
  const text = descriptionName(r, m);
  // "Kurdish rebels": a group named by a people that spans several states is itself, not the last rebels
  const people = m.country === null && r.lex.peoples.has(r.word(m.firstToken) ?? "");
  // "militants in Gaza": placed by the text, a group of its own; "Albanians in south Serbia",
  // "Kurds in Iraq": a people is counted in the state it lives in
  const community = r.lex.peopleNouns.has(r.word(m.endToken - 1) ?? "");
  const located = (m.country === null && !people) || community ? locatedIn(r, m) : null;
  if (m.country === null && !people && located === null) {
    const earlier = r.drafts.latest(m.firstToken, (d) => d.key.startsWith("desc:") && d.key.endsWith(`:${head}`));
    if (earlier !== null) {
      addMention(earlier, m);
      return;
    }
  }
  const placed = located ?? (m.country === null && !people ? placedCountry(r, m, m.sector, false) : null);
  // "Southeast Asian foreign ministers" acting together are their regional organization (ASEAN)
  const bloc = m.country === null ? undefined : r.lex.regionBlocs.get(m.country);
  if (bloc !== undefined && r.lex.words.personGroupNouns.has(head)) {
    addMention(igoDraft(r, bloc), m);
    return;
  }
  const country = (community ? located : null) ?? m.country ?? placed;
  const key = people && country === null ? `desc:-:${text}` : `desc:${country ?? "-"}:${head}`;
  const title = r.lex.titles.has(head) && !r.lex.groupHeads.has(head);
  const d =
    r.drafts.get(key) ??
    r.drafts.create({
      key,
      name: text,
      kind: title ? "person" : r.lex.orgHeads.has(head) ? "organization" : "group",
      country,
      sector: country !== null && isIgo(r, country) && m.sector === "GOV" ? "IGO" : m.sector,
      role: title ? head : null,
      roleSpan: null,
      roleSource: title ? "text" : null,
      nameWords: [],
    });
  addMention(d, m);
}

/**
 * "ethnic Albanians in southern Serbia": a people named as an ethnic group is a community of the state
 * it lives in (the place right after it, else none: the act's place may tell), not its nation's state.
 */
function ethnicGroup(r: ResolveCtx, m: Mention): boolean {
  // (the people's noun alone: "Ethnic Albanian guerrillas" is an armed group named by its nationality)
  if (m.country === null || m.endToken - m.firstToken !== 1 || r.word(m.firstToken - 1)?.toLowerCase() !== "ethnic")
    return false;
  const country = locatedIn(r, m);
  const name = `ethnic ${r.doc.text.slice(m.start, m.end)}`;
  addMention(groupDraft(r, `ethnic:${country ?? "-"}:${name}`, name, country, "CVL"), m);
  return true;
}

/** The group draft under `key`, created when new. */
function groupDraft(r: ResolveCtx, key: string, name: string, country: string | null, sector: string | null): Draft {
  return (
    r.drafts.get(key) ??
    r.drafts.create({
      key,
      name,
      kind: "group",
      country,
      sector,
      role: null,
      roleSpan: null,
      roleSource: null,
      nameWords: [],
    })
  );
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

/** The actor of an international organization by its code, shared with its name in the text ("EU", "ASEAN"). */
export function igoDraft(r: ResolveCtx, code: string): Draft {
  const name = (r.lex.names.get(code) ?? []).find((e) => e.kind === "igo")?.name ?? code;
  return (
    r.drafts.get(`org:${code}`) ??
    r.drafts.create({
      key: `org:${code}`,
      name: code,
      kind: "organization",
      country: code,
      sector: "IGO",
      role: null,
      roleSpan: null,
      roleSource: null,
      nameWords: name.split(/\s+/),
    })
  );
}

export function isIgo(r: ResolveCtx, code: string): boolean {
  return (r.lex.names.get(code) ?? []).some((e) => e.kind === "igo");
}

/**
 * "appointed X as Ukraine's ambassador", "named X as defence minister": a title after a person's
 * name and "as" is that person's post. The person takes it when the text gave them none.
 */
function appointedAs(r: ResolveCtx, m: Mention, head: string): boolean {
  if (!r.lex.titles.has(head) || r.lex.groupHeads.has(head) || r.word(m.firstToken - 1)?.toLowerCase() !== "as")
    return false;
  const name = layer(r.doc, "mentions").find(
    (x) => x.kind === "name" && x.type === "PER" && x.endToken === m.firstToken - 1,
  );
  const d = name && r.drafts.list.find((x) => x.kind === "person" && x.mentions.some((s) => s.start === name.start));
  if (d === undefined || d.roleSource === "text") return false;
  if (d.roleSource === null) {
    d.country = m.country ?? d.country;
    d.sector = m.sector;
    d.role = head;
    d.roleSource = "text";
  }
  addMention(d, m);
  return true;
}

/**
 * "Republican senators", "Labour leaders": a party's adjective name before a plural group noun names
 * members of that party, a group of the party's country; legislators are LEG, voters CVL, others
 * take the party's sector. True when the mention was taken so.
 */
export function partyMembers(r: ResolveCtx, m: Mention, text: string): boolean {
  const head = r.word(m.endToken) ?? "";
  const headSector = r.lex.groupHeads.get(head);
  if (headSector === undefined || !/^\p{Ll}+s$/u.test(head)) return false;
  const party = [...(r.lex.names.get(`${text}s`) ?? []), ...(r.lex.names.get(`${text} Party`) ?? [])].find(
    (e) => e.kind === "org" && e.code !== null && (e.sector === "OPP" || e.sector === "GOV"),
  );
  if (party === undefined || party.code === null) return false;
  const name = `${text} ${head}`;
  const sector = headSector === "LEG" || headSector === "CVL" ? headSector : party.sector;
  addMention(groupDraft(r, `desc:${party.code}:${name.toLowerCase()}`, name, party.code, sector), m);
  return true;
}

/**
 * "the European Commission ... a Commission spokesman": a one-word name that ends the name of an
 * international organization or organ named before is that organization's code, or null.
 */
export function organNamedBefore(r: ResolveCtx, m: Mention, text: string): string | null {
  if (/\s/.test(text)) return null;
  const earlier = igoNames(r.doc).find((x) => x.start < m.start && x.text.endsWith(` ${text}`));
  return earlier?.code ?? null;
}

/** The names of international organizations with a code, in mention order; listed once per document. */
const igoNamesOf = new WeakMap<readonly Mention[], { start: number; text: string; code: string }[]>();

function igoNames(doc: Doc): { start: number; text: string; code: string }[] {
  const mentions = layer(doc, "mentions");
  let list = igoNamesOf.get(mentions);
  if (list === undefined) {
    list = [];
    for (const x of mentions) {
      if (x.kind === "name" && x.ref?.source === "igo" && x.ref.code !== null)
        list.push({ start: x.start, text: doc.text.slice(x.start, x.end), code: x.ref.code });
    }
    igoNamesOf.set(mentions, list);
  }
  return list;
}
