import type { Span } from "../span.js";

/** How an expression was recognised; `anchored` values come from another dated expression. */
export type TimeKind =
  | "date"
  | "range"
  | "weekday"
  | "relative"
  | "part"
  | "decade"
  | "duration"
  | "set"
  | "anchored"
  | "anniversary";

/** A time expression and its resolved value. */
export interface TimeExpression extends Span {
  /** ISO date, partial date (`2020`, `2021-03`), range `a/b`, duration (`P3Y`) or set (`R/P1Y`); null when unresolved. */
  readonly value: string | null;
  readonly grain: "year" | "month" | "week" | "day" | "time" | "duration" | "set" | "unknown";
  /** Doc-level index of the token (verb or event noun) this expression modifies, or null. */
  readonly anchor: number | null;
  readonly kind?: TimeKind;
  /** A numeric date both of whose readings (day-month, month-day) are valid; resolved by the outlet's locale. */
  readonly ambiguous?: boolean;
}
