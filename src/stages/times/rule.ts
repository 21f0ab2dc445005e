import type { Part, Sem } from "./sem.js";
import type { Vocab } from "./vocab.js";

/** What a rule made of one match; `start`/`end` (sentence offsets) narrow or widen the match's span. */
export interface Built {
  readonly sem: Sem;
  readonly start?: number;
  readonly end?: number;
  readonly part?: Part;
  /** The span is a date that does not exist (February 30): it is claimed so no shorter reading is taken, and dropped. */
  readonly blocked?: boolean;
}

/** The sentence being scanned. */
export interface RuleEnv {
  readonly v: Vocab;
  readonly text: string;
}

/** A recognition rule: a global regular expression and the meaning of a match (null rejects it). */
export interface Rule {
  readonly name: string;
  readonly re: RegExp;
  build(m: RegExpExecArray, env: RuleEnv): Built | null;
}

/** The named group, or "" when it did not take part. */
export function g(m: RegExpExecArray, name: string): string {
  return m.groups?.[name] ?? "";
}

/** The word before `index` in `text` (lower case), or "". */
export function wordBefore(text: string, index: number): string {
  const m = /([A-Za-z'’]+)[^A-Za-z'’\d]*$/.exec(text.slice(Math.max(0, index - 40), index));
  return m?.[1]?.toLowerCase() ?? "";
}

/** The word after `index` in `text` (as written), or "". */
export function wordAfter(text: string, index: number): string {
  const m = /^[ \u00a0]*([A-Za-z][A-Za-z'’-]*)/.exec(text.slice(index, index + 40));
  return m?.[1] ?? "";
}

export function partOf(mod: string): Part {
  const t = mod.toLowerCase();
  if (/^(early|the beginning of|the start of|beginning|start)/.test(t)) return "early";
  if (/^(mid|the middle of|middle)/.test(t)) return "mid";
  if (/^(late|the end of|end)/.test(t)) return "late";
  return null;
}
