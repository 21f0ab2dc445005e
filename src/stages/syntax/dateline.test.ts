import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Span } from "../../doc/span.js";
import { datelineDash } from "./dateline.js";

/** Whitespace-and-punctuation tokens of a line, enough for the dateline reader. */
function tokens(text: string): Span[] {
  return [...text.matchAll(/[\p{L}\p{N}'’.]+|[^\s\p{L}\p{N}]/gu)].map((m) => ({
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
}

/** The dateline of the sentence opening at character `from`, or null. */
const dash = (text: string, from = 0) => {
  const toks = tokens(text).filter((t) => t.start >= from);
  const i = datelineDash(text, toks);
  return i < 0 ? null : text.slice(from, toks[i]?.start).trim();
};

describe("syntax: wire datelines", () => {
  it("finds a town in capitals, with a qualifier, an agency in brackets or hyphens, before a spaced dash", () => {
    assert.equal(dash("LIMA — Peru recalled its ambassador."), "LIMA");
    assert.equal(dash("SAN JUAN, Puerto Rico — The governor met protesters."), "SAN JUAN, Puerto Rico");
    assert.equal(dash("SANTIAGO, March 3 (Reuters) - Chile closed the border."), "SANTIAGO, March 3 (Reuters)");
    assert.equal(dash("PORT-AU-PRINCE — Haitian police arrested two men."), "PORT-AU-PRINCE");
    assert.equal(dash("Quito (AP) — Ecuador declared an emergency."), "Quito (AP)");
    assert.equal(dash("Peru protested.\nBOGOTÁ — Colombia and Peru signed a deal.", 16), "BOGOTÁ");
    assert.equal(dash("Peru protested. BOGOTÁ — Colombia and Peru signed a deal.", 16), null, "not at a line start");
  });

  it("reads no dateline in a name set off by dashes, a hyphenated word or a line with no clause after it", () => {
    assert.equal(dash("Peru — a country of 34 million — recalled its ambassador."), null);
    assert.equal(dash("LIMA-based diplomats met on Monday."), null);
    assert.equal(dash("LIMA — Monday."), null);
    assert.equal(dash("The UN — and Peru — said nothing."), null);
    assert.equal(dash("NATO — the Western alliance — warned Russia on Tuesday."), null);
  });
});
