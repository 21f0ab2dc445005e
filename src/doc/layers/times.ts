import type { Span } from "../span.js";

/** A time expression and its resolved value. */
export interface TimeExpression extends Span {
  /** ISO date, partial date (`2020`, `2021-03`), range `a/b`, duration (`P3Y`) or set; null when unresolved. */
  readonly value: string | null;
  readonly grain: "year" | "month" | "week" | "day" | "time" | "duration" | "set" | "unknown";
  /** Doc-level index of the token (verb or event noun) this expression modifies, or null. */
  readonly anchor: number | null;
}
