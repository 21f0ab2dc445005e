// Where a capitalized run stops being one name: a person before "of", a new name after "and".
import type { Ctx } from "./context.js";
import { lower, phrase, word } from "./context.js";
import { personEvidence } from "./name-mentions.js";

/** Is `w` (lower-cased) a title, an honorific or a plural title ("Senators")? */
function titleWord(ctx: Ctx, w: string): boolean {
  const bare = w.replace(/\.$/, "");
  return ctx.lex.titles.has(w) || ctx.lex.titles.has(w.replace(/s$/, "")) || ctx.lex.words.honorifics.has(bare);
}

/** How many words of a title open [p, end): "Prime Minister" 2, "Senator" 1, none 0. */
function titleAt(ctx: Ctx, p: number, end: number): number {
  for (let n = Math.min(3, end - p); n > 1; n--) if (ctx.lex.titles.has(ctx.lowers.slice(p, p + n).join(" "))) return n;
  return titleWord(ctx, lower(ctx, p)) ? 1 : 0;
}

/**
 * "Chip Taylor of the University of Kansas", "Professor Ana Lipo of Binghamton University",
 * "Senator Jane Roe of Utah": the run [start, end) before "of" is a person's name (after titles),
 * so what follows is the person's affiliation or state, not the rest of one name.
 */
export function personBeforeOf(ctx: Ctx, start: number, end: number, next: number): boolean {
  let p = start;
  for (let step = titleAt(ctx, p, end); p < end - 2 && step > 0; step = titleAt(ctx, p, end)) p += step;
  if (end - p < 2 || end - p > 3) return false;
  if (personEvidence(ctx, p, end)) return true;
  // a name of no known kind before an organization named head first ("... of the University of X")
  const plain = ctx.words
    .slice(p, end)
    .every(
      (w) => /^\p{Lu}\p{Ll}/u.test(w) && !titleWord(ctx, w.toLowerCase()) && !ctx.lex.orgHeads.has(w.toLowerCase()),
    );
  if (!plain || ctx.lex.names.has(phrase(ctx, p, end))) return false;
  // "President Amara Diallo of Guinea", "Karsten Warholm of Norway": a country after a person's name
  // is the person's ("the Islamic Republic of Iran" is a state's name)
  const country = ctx.lex.names.get(word(ctx, next))?.[0]?.kind === "country";
  const stateForm = ctx.lowers.slice(p, end).some((w) => ctx.names.stateForms.has(w));
  return (country && !stateForm) || organizationAt(ctx, next);
}

/** Does a capitalized run at `k` name an organization: head first ("University of X") or last ("the Beijing Health Institute")? */
function organizationAt(ctx: Ctx, k: number): boolean {
  if (ctx.lex.orgHeads.has(lower(ctx, k))) return true;
  let e = k;
  while (e < ctx.words.length && e - k < 8 && /^\p{Lu}/u.test(word(ctx, e))) e++;
  return e > k + 1 && ctx.lex.orgHeads.has(lower(ctx, e - 1));
}

/**
 * "the Center for X and Center for Y", "the University of Z and Jane Roe": after "and", a word
 * that heads an organization's name or a person's given name opens a name of its own.
 */
export function newNameAfterAnd(ctx: Ctx, k: number): boolean {
  return ctx.lex.orgHeads.has(lower(ctx, k)) || personEvidence(ctx, k, Math.min(k + 2, ctx.words.length));
}

/**
 * "National Search and Rescue Agency": a run of two words or more that is no name yet (no
 * organization head, not in the gazetteer) goes on over "and" to the capitalized run after it when that one ends in an
 * organization head. Returns the end of the joined name, or -1.
 */
export function headedRunAfterAnd(ctx: Ctx, start: number, and: number, limit: number, known: boolean): number {
  if (known || and - start < 2 || ctx.lex.orgHeads.has(lower(ctx, and - 1))) return -1;
  let e = and + 1;
  while (e < limit && e - and <= 4 && /^\p{Lu}/u.test(word(ctx, e))) e++;
  if (e === and + 1 || !ctx.lex.orgHeads.has(lower(ctx, e - 1))) return -1;
  return personEvidence(ctx, start, and) ? -1 : e;
}

/** "Former United States ...": a word that dates a title opens no name. */
export function titleModifier(ctx: Ctx, i: number): boolean {
  return ctx.names.titleModifiers.has(lower(ctx, i));
}

/**
 * "Committee on Foreign Relations", "Center for ...", "Minister for ...": only an organization,
 * document or title head goes on over "on" or "for" ("Reyes on Twitter", "God for peace" do not).
 */
export function onHead(ctx: Ctx, last: number): boolean {
  const w = lower(ctx, last);
  return ctx.lex.orgHeads.has(w) || ctx.names.eventHeads.has(w) || titleWord(ctx, w);
}

/** Does the text give `w` as the surname of a given name ("Theresa May")? */
export function surnameInText(ctx: Ctx, w: string): boolean {
  for (let k = 1; k < ctx.words.length; k++) {
    if (ctx.words[k] === w && ctx.names.givenNames.has(ctx.words[k - 1] ?? "")) return true;
  }
  return false;
}
