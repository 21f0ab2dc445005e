import type { CodedEvent } from "../doc/layers/events.js";
import type { AttacheRecord } from "../doc/record.js";

function party(p: CodedEvent["source"] | null): string {
  return p ? (p.code ?? p.country ?? "?") : "-";
}

function dateText(e: CodedEvent): string {
  const { start, end, basis } = e.date;
  if (start === null) return "undated";
  const range = end && end !== start ? `${start}/${end}` : start;
  return basis === "publication" ? `${range} (publication)` : range;
}

/** One line per event, for people reading the terminal: dyad, codes, status, date, trigger. */
export function eventLines(record: AttacheRecord): string[] {
  return record.events.map((e) => {
    const plover = e.plover.mode ? `${e.plover.type}/${e.plover.mode}` : e.plover.type;
    const trigger = record.text.slice(e.trigger.start, e.trigger.end);
    return `    ${party(e.source)} -> ${party(e.target)}  ${e.cameo ?? "---"} ${plover}  ${e.status}  ${dateText(e)}  "${trigger}"`;
  });
}

/** A one-line summary of a record. */
export function recordLine(record: AttacheRecord, origin: string): string {
  const n = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;
  return (
    `${record.id.slice(0, 12)} ${record.title ?? origin}: ${n(record.actors.length, "actor")}, ` +
    `${n(record.events.length, "event")}, ${n(record.quotes.length, "quote")}, ${n(record.times.length, "time")}`
  );
}
