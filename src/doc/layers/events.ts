import type { Span } from "../span.js";

export interface EventParty {
  readonly actor: string | null;
  readonly code: string | null;
  readonly country: string | null;
  readonly sector: string | null;
}

export interface EventDate {
  readonly start: string | null;
  readonly end: string | null;
  readonly basis: "text" | "publication";
}

export interface EventLocation {
  readonly name: string;
  readonly country: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
}

export type EventStatus = "reported" | "planned" | "negated" | "hypothetical";

export interface CodedEvent {
  readonly source: EventParty;
  readonly target: EventParty | null;
  readonly cameo: string | null;
  readonly plover: { readonly type: string; readonly mode: string | null };
  readonly goldstein: number | null;
  readonly quadClass: number | null;
  readonly date: EventDate;
  readonly status: EventStatus;
  readonly location: EventLocation | null;
  readonly sentence: number;
  readonly trigger: Span;
  readonly rule: string;
  readonly count?: number;
}
