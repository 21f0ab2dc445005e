import {
  headedRunAfterAnd,
  newNameAfterAnd,
  onHead,
  personBeforeOf,
  surnameInText,
  titleModifier,
} from "./chunk-bounds.js";
import type { Ctx } from "./context.js";
import { isAcronym, isCapitalized, lower, phrase, sentenceStart, upos, word } from "./context.js";

/** Arabic particles written before a hyphenated name ("al-Qaeda", "Al-Shabaab"). */
const PARTICLE = /^(al|el|ad|as|ash|an|ar|bin|ben|abu|Al|El)$/;

/** A run of capitalized tokens (with inner connectors) that may hold a name: [start, end). */
export interface Chunk {
  readonly start: number;
  readonly end: number;
}

function knownForm(ctx: Ctx, i: number): boolean {
  const w = word(ctx, i);
  return ctx.lex.names.has(w) || ctx.lex.people.has(w) || ctx.lex.adjectives.has(w);
}

/** May token i belong to a name? */
export function nameish(ctx: Ctx, i: number): boolean {
  const w = word(ctx, i);
  if (!isCapitalized(w)) return false;
  const low = lower(ctx, i);
  if (shoutedLine(ctx, i)) return false;
  if (
    w.includes("-") &&
    !ctx.lex.names.has(w) &&
    w.split("-").some((part) => ctx.lex.names.has(part) || ctx.lex.adjectives.has(part))
  ) {
    return false;
  }
  if (/\d/.test(w) && !ctx.lex.names.has(w)) return false;
  if (w.endsWith("$") || (ctx.names.currencyCodes.has(w) && /^[\d$#£€¥]/.test(word(ctx, i + 1)))) return false;
  if (isAcronym(w) && w.length >= 2) return !/^\d+$/.test(w) && !ctx.lex.words.months.has(low);
  // "Theresa May" is a name, "in May" a month and "in Asia Monday" a day; "May said" after
  // "Theresa May" is her surname
  if (ctx.lex.words.months.has(low.replace(/\.$/, "")))
    return (
      (i > 0 &&
        /^\p{Lu}\p{Ll}/u.test(word(ctx, i - 1)) &&
        !ctx.lex.names.has(word(ctx, i - 1)) &&
        nameish(ctx, i - 1) &&
        !ctx.lex.words.months.has(lower(ctx, i - 1))) ||
      (/^(VERB|AUX)$/.test(upos(ctx, i + 1)) && surnameInText(ctx, w))
    );
  // "the No. 2 retailer": the abbreviation of "number"
  if ((low === "no." || low === "nos.") && /^\d/.test(word(ctx, i + 1))) return false;
  // "Mr Howard", "Dr. Roe": an honorific opens the name that follows it
  if (ctx.lex.words.honorifics.has(low.replace(/\.$/, ""))) return /^\p{Lu}/u.test(word(ctx, i + 1));
  if (ctx.lex.words.functionWords.has(low) && !knownForm(ctx, i)) {
    // "New York", "North Carolina": a place prefix before a capitalized word
    const next = word(ctx, i + 1);
    return (
      ctx.names.directionWords.has(low) &&
      /^\p{Lu}\p{Ll}/u.test(next) &&
      !ctx.lex.adjectives.has(next) &&
      // "South Korean troops" opens no name, "New Zealand" (a name and an adjective) does
      !(ctx.lex.adjectives.has(`${w} ${next}`) && !ctx.lex.names.has(`${w} ${next}`))
    );
  }
  if (/^\d/.test(w)) return false;
  if (sentenceStart(ctx, i)) {
    if (upos(ctx, i) === "PROPN" || knownForm(ctx, i)) return true;
    const nextJoins = isCapitalized(word(ctx, i + 1)) && !ctx.lex.words.functionWords.has(lower(ctx, i + 1));
    // "Central banks ...", "World stocks ...": a common word opening a sentence is a name only if
    // the text writes it capitalized on its own elsewhere (not only inside "European Central Bank")
    if (nextJoins) return true;
    // "Foreign ministers of the G7 ...": the first word of a title opening the sentence
    const next = lower(ctx, i + 1).replace(/s$/, "");
    if (ctx.lex.titles.has(`${low} ${next}`)) return false;
    return ctx.capitalizedAlone.has(low);
  }
  return true;
}

/** Capitalized runs of one sentence, joined over connectors ("Ministry of Foreign Affairs"). */
export function findChunks(ctx: Ctx): Chunk[] {
  const out: Chunk[] = [];
  for (const s of ctx.sentences) {
    let i = s.firstToken;
    while (i < s.endToken) {
      if (!nameish(ctx, i)) {
        i++;
        continue;
      }
      let start = i;
      // "The Hague", "the Netherlands": a determiner that is part of the gazetteer name
      if (i > s.firstToken && lower(ctx, i - 1) === "the" && ctx.lex.names.has(`The ${word(ctx, i)}`)) start = i - 1;
      // "al-Qaeda", "el-Sisi": a lower-case particle glued to the name opens it
      if (i - 2 >= s.firstToken && PARTICLE.test(word(ctx, i - 2)) && word(ctx, i - 1) === "-") {
        if (touching(ctx, i - 2, i - 1) && touching(ctx, i - 1, i)) start = i - 2;
      }
      let end = i + 1;
      let sawOf = false;
      while (end < s.endToken) {
        if (nameish(ctx, end) && !sentenceBreakBetween(ctx, end)) {
          end++;
          continue;
        }
        // "Jean-Pierre", "Ing-wen", "al-Zayani": a hyphen written inside the name
        const glued = hyphenPiece(ctx, end, start);
        if (glued > 0) {
          end = glued;
          continue;
        }
        const c = lower(ctx, end);
        const joinable =
          (ctx.lex.words.nameConnectors.has(c) && c !== "the" && word(ctx, end) === c) ||
          (c === "and" && (sawOf || endsWithTitle(ctx, end)) && !personTitleAfter(ctx, end, s.endToken)) ||
          (c === "the" && sawOf);
        if (joinable) {
          let k = end + 1;
          while (k < s.endToken && (lower(ctx, k) === "the" || lower(ctx, k) === "of")) k++;
          const stops =
            ((c === "of" || c === "for") &&
              longestName(ctx, start, s.endToken) <= end &&
              personBeforeOf(ctx, start, end, k)) ||
            (c === "and" && newNameAfterAnd(ctx, k)) ||
            ((c === "on" || c === "for") && !onHead(ctx, end - 1));
          if (k < s.endToken && nameish(ctx, k) && k - end <= 2 && !stops) {
            if (c === "of" || c === "for") sawOf = true;
            end = k + 1;
            continue;
          }
        }
        if (c === "and" && !sawOf) {
          const joined = headedRunAfterAnd(ctx, start, end, s.endToken, longestName(ctx, start, end) === end);
          if (joined > 0) {
            end = joined;
            continue;
          }
        }
        // "Korean People's Army", "AU Peace and Security Council", "Group of 77": a gazetteer name runs on
        const known = knownRunOn(ctx, start, end, s.endToken);
        if (known > end) {
          end = known;
          continue;
        }
        break;
      }
      // "Former United States ...": the word dating a title is not part of the name
      if (end - start > 1 && titleModifier(ctx, start)) start++;
      out.push({ start, end });
      i = end;
    }
  }
  return out;
}

/**
 * "US Secretary of State Jane Roe and Australian Foreign Minister ...": after a name that does not end
 * in a title, "and" followed by a title (after up to two nationality words) opens a second person.
 */
function personTitleAfter(ctx: Ctx, and: number, limit: number): boolean {
  if (endsWithTitle(ctx, and)) return false;
  let k = and + 1;
  if (k + 1 < limit && ctx.lex.adjectives.has(`${word(ctx, k)} ${word(ctx, k + 1)}`)) k += 2;
  else if (ctx.lex.adjectives.has(word(ctx, k))) k++;
  return titleAt(ctx, k, limit) > k;
}

/** Furthest end past `end` of a gazetteer name that starts inside [start, end) ("Group of 77", "Korean People's Army"), or -1. */
function knownRunOn(ctx: Ctx, start: number, end: number, limit: number): number {
  let best = -1;
  for (let b = start; b < end; b++) {
    const e = longestName(ctx, b, limit);
    if (e > end + 1 && e > best) best = e;
  }
  return best;
}

/** A quotation mark or dash between two capitalized words ends a name. */
function sentenceBreakBetween(ctx: Ctx, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  const cur = ctx.tokens[i];
  if (prev === undefined || cur === undefined) return true;
  return /\n/.test(ctx.text.slice(prev.end, cur.start));
}

/** Longest gazetteer name inside [from, to) starting at `from`: its end, or -1. */
export function longestName(ctx: Ctx, from: number, to: number): number {
  const stop = Math.min(to, from + 10);
  if (from < 0) {
    for (let e = stop; e > from; e--) if (ctx.lex.names.has(phrase(ctx, from, e))) return e;
    return -1;
  }
  // grow the phrase word by word while it still opens some name (see prefixes.ts)
  const names = ctx.lex.names;
  const opens = ctx.opens.names;
  const n = ctx.words.length;
  let text = phrase(ctx, from, from + 1);
  let best = -1;
  for (let e = from + 1; e <= stop; e++) {
    if (e > from + 1 && e - 1 < n) {
      if (!opens.has(text)) break;
      text = `${text} ${ctx.words[e - 1]}`;
    }
    if (names.has(text)) best = e;
  }
  return best;
}

/** Longest title (lower-cased words) starting at `from`, allowing "and" between titles: its end, or -1. */
export function titleAt(ctx: Ctx, from: number, to: number): number {
  // every title opens with the whole first word (a word without spaces): see prefixes.ts
  const first = ctx.lowers[from] ?? "";
  // "Presidents Muhammadu Buhari and Patrice Talon", "Senators Marco Rubio and Mike Lee": a plural title
  // (titling several names: "and" follows the first, not "the overturn of Citizens United")
  const several = () => ctx.lowers.slice(from + 2, from + 6).includes("and");
  if (
    first.endsWith("s") &&
    ctx.lex.titles.has(first.slice(0, -1)) &&
    /^\p{Lu}/u.test(word(ctx, from + 1)) &&
    several()
  )
    return from + 1;
  if (from >= 0 && !first.includes(" ") && !ctx.opens.titleStarts.has(first)) return -1;
  let best = -1;
  let pos = from;
  for (;;) {
    let found = -1;
    for (let e = Math.min(to, pos + ctx.lex.maxTitleWords); e > pos; e--) {
      const t = ctx.lowers.slice(pos, e).join(" ").replace(/ - /g, "-");
      if (ctx.lex.titles.has(t)) {
        found = e;
        break;
      }
    }
    if (found < 0) return best;
    best = found;
    pos = found;
    // "State Councilor and Foreign Minister": another title after "and" or ","
    if (pos < to && (lower(ctx, pos) === "and" || word(ctx, pos) === ",")) {
      let k = pos + 1;
      while (k < to && ctx.lex.adjectives.has(word(ctx, k))) k++;
      const more = titleAt(ctx, k, to);
      if (more > 0) return more;
    }
    return best;
  }
}

function endsWithTitle(ctx: Ctx, end: number): boolean {
  const last = lower(ctx, end - 1);
  const two = `${lower(ctx, end - 2)} ${last}`;
  return ctx.lex.titles.has(last) || ctx.lex.titles.has(two);
}

/** Section lines in capitals ("CHINA / DIPLOMACY") hold no names. */
function shoutedLine(ctx: Ctx, i: number): boolean {
  const n = ctx.tokens[i]?.sentence ?? -1;
  const s = ctx.sentences[n];
  if (s === undefined) return false;
  let shouted = ctx.shouted[n];
  if (shouted === undefined) {
    const text = ctx.text.slice(s.start, s.end);
    shouted = !/\p{Ll}/u.test(text) && /\p{Lu}{2}/u.test(text);
    ctx.shouted[n] = shouted;
  }
  return shouted;
}

function touching(ctx: Ctx, a: number, b: number): boolean {
  const x = ctx.tokens[a];
  const y = ctx.tokens[b];
  return x !== undefined && y !== undefined && x.end === y.start;
}

/**
 * End of a name piece joined by a written hyphen at `i` ("-Pierre", "-wen"), or of a particle and
 * its hyphenated name ("al-Zayani"); -1 if none. Known names on both sides ("US-China") stay apart,
 * and a lower-case piece joins only a given name inside a longer name ("Moon Jae-in").
 */
export function hyphenPiece(ctx: Ctx, i: number, start: number): number {
  const known = (k: number) => ctx.lex.names.has(word(ctx, k)) || ctx.lex.adjectives.has(word(ctx, k));
  if (word(ctx, i) === "-" && touching(ctx, i - 1, i) && touching(ctx, i, i + 1)) {
    // a hyphenated gazetteer name ("Guinea-Bissau", "ZANU-PF", "Tehrik-i-Taliban") stays whole
    for (let e = Math.min(ctx.tokens.length, i + 6); e > i + 1; e--) {
      for (let b = start; b < i; b++) if (ctx.lex.names.has(phrase(ctx, b, e))) return e;
    }
    const next = word(ctx, i + 1);
    const title = (k: number) => ctx.lex.titles.has(lower(ctx, k));
    if (ctx.lex.titles.has(`${lower(ctx, i - 1)}-${lower(ctx, i + 1)}`)) return i + 2;
    if (known(i - 1) || known(i + 1) || title(i - 1) || title(i + 1) || !/^\p{L}+$/u.test(next)) return -1;
    if (/^\p{Lu}/u.test(next)) return i + 2;
    return i - 1 > start && next.length <= 4 ? i + 2 : -1;
  }
  // "O' Leary", "D' Souza": an Irish or Italian prefix whose apostrophe is set apart from the name
  if (word(ctx, i) === "'" && /^[OD]$/.test(word(ctx, i - 1)) && touching(ctx, i - 1, i) && i - 1 > start)
    return /^\p{Lu}\p{Ll}/u.test(word(ctx, i + 1)) ? i + 2 : -1;
  const particle = PARTICLE.test(word(ctx, i));
  if (particle && touching(ctx, i, i + 1) && word(ctx, i + 1) === "-" && touching(ctx, i + 1, i + 2))
    return /^\p{Lu}\p{Ll}/u.test(word(ctx, i + 2)) ? i + 3 : -1;
  return -1;
}
