import type { UnitCode } from "./lexicon.js";

/** Clock time attached to a date-like expression. */
export interface Clock {
  readonly hour: number;
  readonly minute: number;
}

/** Part of a year or month named by a modifier ("early 2009", "the end of last year"). */
export type Part = "early" | "mid" | "late" | null;

/** What a recognised expression means, before it is resolved against the publication date. */
export type Sem =
  /** A calendar date, possibly partial; a null year is inferred from publication and tense. */
  | {
      readonly k: "date";
      readonly y: number | null;
      readonly m: number | null;
      readonly d: number | null;
      /** Year relative to publication ("May last year"). */
      readonly yearRel?: number;
      readonly clock?: Clock;
      /** A weekday written with the date ("Friday, February 25"). */
      readonly wd?: number;
      /** "last March" (-1), "this March" (0), "next March" (1). */
      readonly rel?: number;
      /** A numeric date: `m`/`d` hold the first and second numbers; which is the month depends on the outlet. */
      readonly numeric?: "mdy" | "dmy" | "either";
      /** Both readings of a numeric date are valid and differ (3/4/2021). */
      readonly ambiguous?: boolean;
      /** A two-digit year ('82): the century is chosen near publication. */
      readonly shortYear?: boolean;
    }
  | { readonly k: "range"; readonly from: Sem; readonly to: Sem }
  | {
      readonly k: "weekday";
      readonly wd: number;
      readonly mod: "last" | "next" | "this" | null;
      readonly clock?: Clock;
    }
  /** today (0), yesterday (-1), tomorrow (1); `span` 2 for "overnight" (the day before through this one). */
  | { readonly k: "relday"; readonly offset: number; readonly overnight?: boolean; readonly clock?: Clock }
  /** this/last/next week, weekend, month, quarter, year. */
  | { readonly k: "relunit"; readonly unit: "W" | "WE" | "M" | "Q" | "Y"; readonly offset: number }
  | { readonly k: "ago"; readonly n: number; readonly unit: UnitCode }
  /** Quarter or half of a year: `months` 3 or 6, `index` 1-based. */
  | {
      readonly k: "part";
      readonly months: 3 | 6;
      readonly index: number;
      readonly y: number | null;
      readonly yearRel: number | null;
    }
  | { readonly k: "decade"; readonly start: number; readonly length: 10 | 100 }
  | { readonly k: "duration"; readonly n: number | null; readonly unit: UnitCode }
  | { readonly k: "set"; readonly n: number; readonly unit: UnitCode }
  /** "two days after X" / "two days later": n units from a reference; n null when vague ("days after"). */
  | {
      readonly k: "shift";
      readonly n: number | null;
      readonly unit: UnitCode;
      readonly dir: 1 | -1;
      /** True when the reference follows in the text ("after X"), false for "later"/"earlier". */
      readonly open: boolean;
    }
  /** "after the summit": the date of a dated occasion named by `noun`. */
  | { readonly k: "eventref"; readonly noun: string }
  /** "the same day", "that evening", "at 7 a.m.", "the next day": from the last dated day in the text. */
  | { readonly k: "discourse"; readonly offset: number; readonly clock?: Clock }
  /** "20 years since the signing": the event lies n units before the sentence's reference year. */
  | {
      readonly k: "anniversary";
      readonly n: number;
      readonly unit: UnitCode;
      readonly nounStart: number;
      readonly nounEnd: number;
    };

/** A recognised expression: character span (doc offsets) and meaning. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly sem: Sem;
  /** The part-of-year modifier, when any. */
  readonly part?: Part;
}
