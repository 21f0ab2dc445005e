import type { Doc } from "../../doc/doc.js";
import type { EventDate } from "../../doc/layers/events.js";
import type { TimeExpression } from "../../doc/layers/times.js";
import { firstTokenFrom, firstTokenOverlapping } from "../../doc/span.js";
import { DOCUMENT_NOUNS, REPORTING, TOLLS } from "./repair-common.js";
import { CLAUSAL, caseOf, subtree, type Tree } from "./tree.js";

const REFERENCE = /\b(after|before|since|following|until|ahead of)\s*$/i;
const PHRASE_POS = new Set(["ADP", "DET", "PROPN", "NOUN", "ADJ", "NUM"]);
const USABLE = new Set(["year", "month", "week", "day", "time"]);

/** Start and end of a resolved time value: "2021-03-22/2021-03-23", "2020", "2021-03-16T10:00". */
export function parseValue(value: string): { start: string; end: string } | null {
  const parts = value.split("/");
  const ok = (v: string | undefined): v is string => v !== undefined && /^\d{4}(-\d{2}(-\d{2})?)?/.test(v);
  const a = parts[0];
  const b = parts[1] ?? parts[0];
  if (!ok(a) || !ok(b)) return null;
  const cut = (v: string) => (v.length > 10 ? v.slice(0, 10) : v);
  return { start: cut(a), end: cut(b) };
}

/** Times of a Doc indexed for event dating. */
export interface TimeIndex {
  /** The time expressions that anchor on token i or sit in its own (non-clausal) phrase. */
  own(i: number): TimeExpression | null;
  /** A time written right after an event noun's own phrase ("visit to China on March 22"), read linearly. */
  after(i: number): TimeExpression | null;
  /** A time that ends right before token i, a comma between allowed ("in 2013, when ..."), as written (no stretch). */
  before(i: number): TimeExpression | null;
}

/** "over the past three years", "in the last two months": a stretch of time ending at publication. */
const PAST_STRETCH = /^(over|in|during|for|throughout) the (past|last) /i;
/** "since 2016", "since at least 2016", "since early 2016" (the modifier inside the time or before it). */
const SINCE = /\bsince(\s+at\s+least)?\s*$/i;
/** How many characters of an ISO date a stretch counted in each unit keeps ("2021", "2021-03", "2021-03-15"). */
const PRECISION = { Y: 4, M: 7, W: 10, D: 10 } as const;

/**
 * A time the events stage reads as a range ending on the publication day: "since 2016" (2016/that day)
 * and "over the past three years" (three years back/that day); others as they are. Not "the last two
 * weeks of 2019", a stretch of another time.
 */
function asOfPublication(doc: Doc, t: TimeExpression): TimeExpression {
  const day = publicationDate(doc).start;
  if (!day || !t.value) return t;
  if (SINCE.test(doc.text.slice(Math.max(0, t.start - 16), t.start))) {
    const v = parseValue(t.value);
    return v && v.start < day ? { ...t, value: `${v.start}/${day}` } : t;
  }
  const stretch = /^P(\d+)([YMWD])$/.exec(t.value);
  if (!stretch || !PAST_STRETCH.test(doc.text.slice(t.start, t.end))) return t;
  if (/^\s*of\b/i.test(doc.text.slice(t.end, t.end + 4))) return t;
  const n = Number(stretch[1]);
  const unit = stretch[2] as keyof typeof PRECISION;
  const from = new Date(`${day}T00:00:00Z`);
  // (from the first of the month, so that three months before May 31 is February, not March)
  if (unit === "Y" || unit === "M") from.setUTCDate(1);
  if (unit === "Y") from.setUTCFullYear(from.getUTCFullYear() - n);
  else if (unit === "M") from.setUTCMonth(from.getUTCMonth() - n);
  else from.setUTCDate(from.getUTCDate() - n * (unit === "W" ? 7 : 1));
  const start = from.toISOString().slice(0, PRECISION[unit]);
  return { ...t, value: `${start}/${day}`, grain: unit === "Y" ? "year" : unit === "M" ? "month" : "day" };
}

export function indexTimes(doc: Doc, tree: Tree): TimeIndex {
  const tokens = doc.tokens ?? [];
  // (the time as written, for a when-clause of a stretched one: "since 2018, when Russia expelled ...")
  const written = new Map<TimeExpression, TimeExpression>();
  const stretched = (t: TimeExpression) => {
    const s = asOfPublication(doc, t);
    if (s !== t) written.set(s, t);
    return s;
  };
  const times = (doc.times ?? [])
    .map(stretched)
    .filter((t) => t.value !== null && USABLE.has(t.grain) && parseValue(t.value));
  const tokenOf = (t: TimeExpression): number => firstTokenOverlapping(tokens, t);
  const located = times.map((t) => ({ t, tok: tokenOf(t) }));
  const inside = (k: number, t: TimeExpression) =>
    (tokens[k]?.start ?? -1) >= t.start && (tokens[k]?.end ?? 0) <= t.end;
  /** The highest of the time's own words ("next" in "next year"), from its first token tok. */
  const topOf = (tok: number, t: TimeExpression): number => {
    let top = tok;
    for (let hops = 0; hops < 6 && inside(tree.head(top), t); hops++) top = tree.head(top);
    return top;
  };
  const inPhrase = (tok: number, i: number, t: TimeExpression): boolean => {
    // "accused Moscow of the March 4 attack", "condemned Sunday's vote": a time in front of another noun
    // describes that noun, not the act (the time's own words, "next year", do not count)
    const top = topOf(tok, t);
    const head = tree.head(top);
    const premodifier = ["compound", "amod", "nmod:poss", "nummod"].includes(tree.rel(top)) && head > top;
    if (premodifier && head !== i && tree.upos(head) === "NOUN") return false;
    for (let n = tok, hops = 0; n >= 0 && hops < 12; n = tree.head(n), hops++) {
      if (n === i) return true;
      if (CLAUSAL.has(tree.rel(n).split(":")[0] ?? "")) return false;
    }
    return false;
  };
  /** Whether the time at token tok hangs, in the repaired tree, below token i. */
  const hangsBelow = (tok: number, i: number, t: TimeExpression): boolean => {
    for (let n = tree.head(topOf(tok, t)), hops = 0; n >= 0 && hops < 12; n = tree.head(n), hops++)
      if (n === i) return true;
    return false;
  };
  // "two days after the meeting": the meeting is the reference point, not the thing dated.
  const isReference = (t: TimeExpression, i: number): boolean =>
    REFERENCE.test(doc.text.slice(t.start, t.end)) && (tokens[i]?.start ?? 0) >= t.end;
  return {
    own: (i) => {
      // (an anchor the times stage set on the raw parse, unless a repair moved the time into another clause:
      // "held one phone call, and Russia was the most visited country in 2020")
      const ownAnchor = located.find((x) => x.t.anchor === i && (x.tok < 0 || hangsBelow(x.tok, i, x.t)))?.t;
      const near = located.filter((x) => x.tok >= 0 && x.tok !== i && inPhrase(x.tok, i, x.t) && !isReference(x.t, i));
      near.sort((a, b) => Math.abs(a.tok - i) - Math.abs(b.tok - i));
      // (a day the clause names outranks one told through another event: "After a long meeting, the two
      // presidents signed a deal on Tuesday" is Tuesday, whatever day the meeting was)
      // (but not the day the anchored time counts from, right after it with no verb or comma between: "two
      // days after March 7", "two days after the election of March 7"; not "after the election, on Tuesday")
      const counted = (x: { t: TimeExpression; tok: number }) => {
        if (ownAnchor === undefined || x.t.start < ownAnchor.end) return false;
        if (!REFERENCE.test(doc.text.slice(ownAnchor.start, ownAnchor.end))) return false;
        for (let k = firstTokenFrom(tokens, ownAnchor.end); k >= 0 && k < x.tok; k++)
          if (tree.upos(k) === "VERB" || tree.word(k) === ",") return false;
        return true;
      };
      const day =
        ownAnchor?.kind === "anchored"
          ? near.find((x) => x.t.kind !== "anchored" && x.t.grain === "day" && !counted(x))?.t
          : undefined;
      return day ?? ownAnchor ?? near[0]?.t ?? null;
    },
    before: (i) => {
      const k = tree.word(i - 1) === "," ? i - 2 : i - 1;
      const end = tokens[k]?.end ?? -1;
      const t = times.find((x) => x.end === end && tokens[k]?.sentence === tokens[i]?.sentence);
      return t ? (written.get(t) ?? t) : null;
    },
    after: (i) => {
      for (let k = i + 1; k < tokens.length && k <= i + 6; k++) {
        const hit = located.find((x) => x.tok === k);
        if (hit) return hit.t;
        if (tokens[k]?.sentence !== tokens[i]?.sentence || !PHRASE_POS.has(tree.upos(k))) return null;
      }
      return null;
    },
  };
}

/** The publication day as an event date, or an empty publication date when unknown. */
export function publicationDate(doc: Doc): EventDate {
  const p = doc.article.published;
  const day = p && /^\d{4}-\d{2}-\d{2}/.test(p) ? p.slice(0, 10) : null;
  return { start: day, end: day, basis: "publication" };
}

function fromTime(t: TimeExpression): EventDate | null {
  const v = t.value ? parseValue(t.value) : null;
  return v ? { start: v.start, end: v.end, basis: "text" } : null;
}

const NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
};

/** A cardinal ("20", "twenty") or ordinal ("20th") number word, or null. */
export function numberOf(word: string): number | null {
  const w = word.toLowerCase().replace(/(st|nd|rd|th)$/, "");
  if (/^\d+$/.test(w)) return Number(w);
  return NUMBERS[w] ?? NUMBERS[word.toLowerCase()] ?? null;
}

/**
 * "2021 marks 20 years since the signing of ...", "this year marks the 70th anniversary of ...":
 * the year of the event named after since/of.
 */
function anniversary(tree: Tree, times: TimeIndex, i: number): EventDate | null {
  const h = tree.head(i);
  if (h < 0 || !["since", "of"].includes(caseOf(tree, i) ?? "")) return null;
  const isUnit = (t: number) => tree.lemma(t) === "year" || tree.lemma(t) === "anniversary";
  const span = isUnit(h) ? h : tree.kids(h, "obj").find(isUnit);
  if (span === undefined) return null;
  const verb = span === h ? tree.head(span) : h;
  if (verb < 0 || !["mark", "be", "celebrate", "commemorate"].includes(tree.lemma(verb))) return null;
  const count = [...tree.kids(span, "nummod"), ...tree.kids(span, "amod")]
    .map((k) => numberOf(tree.word(k)))
    .find((n) => n !== null);
  if (count == null) return null;
  const subj = tree.kids(verb, "nsubj")[0];
  const base = subj === undefined ? null : (times.own(subj) ?? null);
  const year =
    base?.value?.slice(0, 4) ?? (subj !== undefined && /^\d{4}$/.test(tree.word(subj)) ? tree.word(subj) : null);
  if (!year) return null;
  const y = String(Number(year) - count);
  return { start: y, end: y, basis: "text" };
}

/** The date written right after an event noun's phrase, when the parse hung it elsewhere. */
export function followingDate(times: TimeIndex, trigger: number): EventDate | null {
  const t = times.after(trigger);
  return t ? fromTime(t) : null;
}

/** Verbs that make a deal or a text ("signed an agreement", "brokered a truce", "passed a law"). */
const MAKING: ReadonlySet<string> = new Set([
  "sign",
  "reach",
  "strike",
  "seal",
  "conclude",
  "broker",
  "mediate",
  "negotiate",
  "pass",
  "adopt",
  "approve",
  "issue",
  "agree",
]);

/** Verbs of an event's course or toll, whose subject is the event ("took effect", "began", "ended", "killed"). */
const COURSE: ReadonlySet<string> = new Set([
  "take",
  "begin",
  "start",
  "end",
  "resume",
  "open",
  "close",
  "conclude",
  "collapse",
  "continue",
  "finish",
  "complete",
  "last",
  "proceed",
  "happen",
  "occur",
  // (and of its toll: "Russian airstrikes killed 12 people on Tuesday")
  ...TOLLS,
]);

/** Nouns of settlements that do what their relative clause says ("a deal that restored relations"). */
const DEALS: ReadonlySet<string> = new Set([
  "deal",
  "agreement",
  "accord",
  "pact",
  "treaty",
  "truce",
  "ceasefire",
  "law",
]);

/** Prepositions of a request or invitation an act is done at ("at the request of", "per request of", "upon invitation"). */
export const ANSWERED: ReadonlySet<string> = new Set(["at", "per", "upon"]);

/**
 * The event's own date from the text, climbing to the clause it hangs from, else (for an act reported as
 * done) the day a trailing report of its clause was made; null when the text gives none.
 */
export function textDate(
  tree: Tree,
  times: TimeIndex,
  hosts: readonly number[],
  crossReported: boolean,
): EventDate | null {
  return (
    clauseDate(tree, times, hosts, crossReported) ?? (crossReported ? trailingReportDate(tree, times, hosts) : null)
  );
}

/**
 * "Thailand refused to extradite the dissident, a government spokesman said on Tuesday": the day of a
 * report with a subject of its own after the clause of the act (hung on it, or on a verb the act's clause
 * hangs from), which is the latest the act can have happened, as wire copy dates what it reports.
 */
function trailingReportDate(tree: Tree, times: TimeIndex, hosts: readonly number[]): EventDate | null {
  for (const h of hosts) {
    for (let v = h, hops = 0; v >= 0 && hops < 4; v = tree.head(v), hops++) {
      const report = (tree.children[v] ?? []).find(
        (c) =>
          c > h &&
          REPORTING.has(tree.lemma(c)) &&
          TRAILING_RELS.has(tree.rel(c)) &&
          tree.kids(c, "nsubj").length > 0 &&
          // (no clause of its own: not "a month after the UAE announced its deal on August 13")
          !tree.kids(c, "mark", "ccomp").length &&
          (tree.lemma(c) === "tell" || !tree.kids(c, "obj").length),
      );
      const t = report === undefined ? null : times.own(report);
      if (t) return fromTime(t);
      if (!["xcomp", "conj", "advcl", "ccomp"].includes(tree.rel(v))) break;
    }
  }
  return null;
}

/** "the talks, scheduled for Thursday", "a summit planned for next month": the time an event noun is set for. */
function scheduledTime(tree: Tree, times: TimeIndex, n: number): TimeExpression | null {
  if (tree.upos(n) !== "NOUN") return null;
  const set = tree.kids(n, "acl").find((a) => tree.xpos(a) === "VBN" && SCHEDULING.has(tree.lemma(a)));
  return set === undefined ? null : times.own(set);
}

/** Verbs of setting an event's time ("scheduled for", "planned for", "set for"). */
const SCHEDULING: ReadonlySet<string> = new Set(["schedule", "plan", "set", "slate", "reschedule"]);

/** Relations the parser gives such a report on the reported clause. */
const TRAILING_RELS: ReadonlySet<string> = new Set([
  "parataxis",
  "acl",
  "acl:relcl",
  "advcl",
  "conj",
  "xcomp",
  "ccomp",
]);

function clauseDate(tree: Tree, times: TimeIndex, hosts: readonly number[], crossReported: boolean): EventDate | null {
  for (const h of hosts) {
    const own = times.own(h) ?? whenTime(tree, times, h) ?? scheduledTime(tree, times, h);
    // "arrived on Thursday and were received before the talks": a time told by another event yields
    // to the calendar day of the verb the act is coordinated with
    const first = own?.kind === "anchored" && tree.rel(h) === "conj" ? times.own(tree.head(h)) : null;
    if (first && first.kind !== "anchored") return fromTime(first);
    if (own) return fromTime(own);
    const ann = anniversary(tree, times, h);
    if (ann) return ann;
  }
  // "fired tear gas at supporters marching in Nairobi on Friday": what the party acted on was doing then
  // (a participle on the party, or read as the verb's own right after it)
  for (const h of hosts) {
    const parties = tree.kids(h, "obj", "obl").filter((k) => tree.rel(k) === "obj" || caseOf(tree, k) !== "during");
    const after = tree.kids(h, "advcl").filter((a) => parties.includes(a - 1));
    const doing = [...parties.flatMap((k) => tree.kids(k, "acl")), ...after].filter((a) => tree.xpos(a) === "VBG");
    const t = doing.map((a) => times.own(a)).find((x) => x);
    if (t) return fromTime(t);
  }
  let n = hosts[hosts.length - 1] ?? -1;
  // "A ceasefire took effect at midnight on Tuesday", "the talks ended on Friday": an event noun that is the
  // subject of a verb of its course happens when that verb does
  const course = tree.head(n);
  if (tree.upos(n) === "NOUN" && /^nsubj/.test(tree.rel(n)) && COURSE.has(tree.lemma(course))) {
    const t = times.own(course);
    if (t) return fromTime(t);
  }
  const label = labelledDate(tree, times, n);
  if (label) return label;
  // "pledged aid on Wednesday during a telephone call": an event noun the clause happens during is then
  // (and one a past act is done at: "at the request of Chile, Peru expelled the diplomats on Monday",
  // "signed the deal at the summit on Friday"; not a visit to come "at the invitation of" its host)
  const at = ANSWERED.has(caseOf(tree, n) ?? "") && tree.xpos(tree.head(n)) === "VBD";
  if (/^(obl|nmod)/.test(tree.rel(n)) && (caseOf(tree, n) === "during" || at)) {
    const t = times.own(tree.head(n));
    if (t) return fromTime(t);
  }
  for (let hops = 0; hops < 4 && n >= 0; hops++) {
    const rel = tree.rel(n);
    if (rel === "ccomp" && !crossReported) return null;
    // Not through objects: "announced on Thursday the visit" dates the announcement, not the visit; but a
    // copular clause's time is its predicate noun's act's ("in 2006 it was the target of an attack").
    const predicate = rel.startsWith("nmod") && tree.kids(tree.head(n), "cop").length > 0;
    // "issued a statement on Thursday blaming Russia", "joined on Monday the calls asking the US": what a text
    // says is told when the verb the text hangs on happens, unless the text has a time of its own ("protested
    // a letter sent last month accusing Tehran")
    const text = tree.head(n);
    const own = (k: number) => times.own(k) !== null;
    const said = DOCUMENT_NOUNS.has(tree.lemma(text)) && !subtree(tree, text, (k) => k === n).some(own);
    if (rel === "acl" && tree.xpos(n) === "VBG" && said && /^(obj|obl)/.test(tree.rel(text))) {
      n = tree.head(text);
      const t = n >= 0 ? times.own(n) : null;
      if (t) return fromTime(t);
      continue;
    }
    // "In 2019, Peru mediated a deal that restored relations between Chile and Bolivia": what a deal or a
    // text does in a relative clause in a simple tense (not "had restored", "would have allowed") it does
    // when the deal is dated ("the 2020 agreement that normalized relations"), else when the verb whose
    // object it is makes it ("signed", "brokered"; not one that answers it, "condemned the deal that
    // restored ties", nor a relative clause on a person, "expelled a diplomat who criticized")
    const deal = DOCUMENT_NOUNS.has(tree.lemma(text)) || DEALS.has(tree.lemma(text));
    const simple = rel === "acl:relcl" && deal && !tree.kids(n, "aux").length;
    const dated = simple && subtree(tree, text, (k) => k === n).some(own);
    const dealDate = dated ? times.own(text) : null;
    if (dealDate) return fromTime(dealDate);
    if (simple && !dated && MAKING.has(tree.lemma(tree.head(text))) && tree.rel(text) === "obj") {
      n = tree.head(text);
      const t = n >= 0 ? times.own(n) : null;
      if (t) return fromTime(t);
      continue;
    }
    if (!["xcomp", "ccomp", "conj", "advcl"].includes(rel) && !predicate) return null;
    // "ruled in December 2020 ..., but Venezuela has refused": a present perfect is not the past's time
    if (rel === "conj" && presentPerfect(tree, n) && !presentPerfect(tree, tree.head(n))) return null;
    n = tree.head(n);
    if (n < 0) return null;
    // ("since 2013, when the navy detained a ship and escorted it": the second verb too)
    const t = times.own(n) ?? (rel === "conj" ? whenTime(tree, times, n) : null);
    if (t) return fromTime(t);
  }
  return null;
}

/**
 * "expelled a diplomat on March 10 over what it called espionage", "rejected on Tuesday an appeal to end
 * what it called a witch hunt": a label given in a free relative ("what X called ...") is given when the
 * act it is part of happens: the first verb above it with a time of its own.
 */
function labelledDate(tree: Tree, times: TimeIndex, v: number): EventDate | null {
  if (tree.rel(v) !== "acl:relcl" || tree.word(tree.head(v)).toLowerCase() !== "what") return null;
  let n = tree.head(v);
  for (let hops = 0; hops < 6 && n >= 0; hops++) {
    n = tree.head(n);
    const t = n >= 0 && tree.upos(n) === "VERB" ? times.own(n) : null;
    if (t) return fromTime(t);
  }
  return null;
}

/**
 * "Last month the ambassador suggested that China could boycott Australian wine": the day the words
 * reporting clause v were said, when the text gives one; null otherwise.
 */
export function reportDate(tree: Tree, times: TimeIndex, v: number): EventDate | null {
  let n = v;
  for (let hops = 0; hops < 4 && tree.rel(n) === "conj"; hops++) n = tree.head(n);
  if (tree.rel(n) !== "ccomp" || tree.head(n) < 0) return null;
  const t = times.own(tree.head(n));
  return t ? fromTime(t) : null;
}

/** Whether verb v is in the present perfect ("has refused", "have agreed"). */
function presentPerfect(tree: Tree, v: number): boolean {
  return tree.kids(v, "aux").some((a) => tree.lemma(a) === "have" && ["VBZ", "VBP"].includes(tree.xpos(a)));
}

/** "since 2013, when Venezuela's navy detained a ship": a when-clause right after a time happened then. */
function whenTime(tree: Tree, times: TimeIndex, v: number): TimeExpression | null {
  const when = tree.kids(v, "advmod", "mark").find((k) => k < v && tree.word(k).toLowerCase() === "when");
  return when === undefined ? null : times.before(when);
}

/** Prepositions of a verb's non-finite complement ("agreed to ...", "accused X of ...", "criticized X for ..."). */
const COMPLEMENT_CASES: ReadonlySet<string> = new Set(["to", "of", "for"]);

/**
 * "Bahrain agreed to establish ties with Israel only last Friday": a past time in the complement of a
 * commitment cannot date the act committed to, which lies ahead of the commitment; it dates the
 * commitment. So it does a refusal or an accusation that names no time of its own ("refused to meet
 * the envoy on Wednesday", "accused the US of interfering in its affairs on Wednesday"). Null unless
 * the complement's own time ends before publication.
 */
export function pastComplementDate(tree: Tree, times: TimeIndex, v: number, published: EventDate): EventDate | null {
  // (the complement may hang on the object: "accused the United States of interfering ...")
  const heads = [v, ...tree.kids(v, "obj")];
  for (const c of heads.flatMap((h) => tree.children[h] ?? [])) {
    const rel = tree.rel(c);
    if (rel !== "xcomp" && !(rel === "advcl" && COMPLEMENT_CASES.has(caseOf(tree, c) ?? ""))) continue;
    const t = times.own(c);
    const d = t ? fromTime(t) : null;
    const end = d?.end ?? d?.start;
    if (d && end && published.start && end.slice(0, 10) < published.start.slice(0, 10)) return d;
  }
  return null;
}
