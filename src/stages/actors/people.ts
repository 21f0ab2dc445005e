import type { Mention } from "../../doc/layers/mentions.js";
import type { Draft, Drafts } from "./builder.js";
import type { ActorLexicon } from "./lexicon/index.js";
import { rolesOn } from "./lexicon/index.js";

const ISO3 = /^[A-Z]{3}$/;

/** Country, sector and role of a person: the article's own role first, then the dictionary on `date`. */
export function personFacts(
  lex: ActorLexicon,
  name: string,
  m: Mention,
  text: string,
  date: string | null,
): Pick<Draft, "country" | "sector" | "role" | "roleSpan" | "roleSource"> {
  const dict = rolesOn(lex, name, date);
  const held = dict[0];
  // a listed person's nationality holds on any date, and before the nearest country the text names
  const nationality = (lex.people.get(name) ?? []).find((r) => ISO3.test(r.country))?.country ?? null;
  if (m.role !== null) {
    return {
      country:
        m.role.country ??
        held?.country ??
        nationality ??
        m.country ??
        knownCountry(lex, name, text.slice(m.role.start, m.role.end)),
      sector: m.role.sector ?? held?.sector ?? null,
      role: roleText(text.slice(m.role.start, m.role.end), lex),
      roleSpan: { start: m.role.start, end: m.role.end },
      roleSource: "text",
    };
  }
  if (held !== undefined) {
    return { country: held.country, sector: held.sector, role: held.role, roleSpan: null, roleSource: "dictionary" };
  }
  // known, but holding no listed office on that date: keep the nationality only (or the text's: "Iran's X")
  return { country: nationality ?? m.country ?? null, sector: null, role: null, roleSpan: null, roleSource: null };
}

/**
 * "President Ramaphosa" with no date or no country in the text: the country of the dictionary's rows
 * for that name with that title, else of all its rows, when they name one country only.
 */
function knownCountry(lex: ActorLexicon, name: string, role: string): string | null {
  const rows = lex.people.get(name) ?? [];
  const title = role.toLowerCase();
  const titled = rows.filter((r) => title.endsWith(r.role.toLowerCase()));
  for (const list of [titled, rows]) {
    const countries = new Set(list.map((r) => r.country));
    if (countries.size === 1) return [...countries][0] ?? null;
  }
  return null;
}

/** "Russian Foreign Minister" -> "Foreign Minister"; "a professor at X" -> "professor at X". */
function roleText(role: string, lex: ActorLexicon): string {
  const words = role.split(/\s+/);
  while (words.length > 1 && (lex.adjectives.has(words[0] ?? "") || /^(a|an|the)$/i.test(words[0] ?? "")))
    words.shift();
  return words.join(" ");
}

/**
 * The person a bare name refers to: the nearest earlier person whose name contains all its words. A
 * lone surname shared by several people goes to the one already called by it ("Donald Trump ... Trump
 * ... Melania Trump said ... Trump said" is still Donald Trump), else to the nearest (`text`: the
 * document's, whose slices are the drafts' mentions).
 */
export function findPerson(drafts: Drafts, words: readonly string[], pos: number, text: string): Draft | null {
  const ok = (d: Draft) => d.kind === "person" && words.every((w) => d.nameWords.includes(w));
  const calledSo = (d: Draft) =>
    ok(d) && d.nameWords.length > 1 && d.mentions.some((s) => text.slice(s.start, s.end) === words[0]);
  const called = words.length === 1 ? drafts.latest(pos, calledSo) : null;
  return called ?? drafts.latest(pos, ok) ?? drafts.list.find(ok) ?? null;
}
