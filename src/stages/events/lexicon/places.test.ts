import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { AttacheError } from "../../../errors/catalogue.js";
import { defaultLexicon } from "./load.js";
import { placeRows } from "./places.js";

describe("gazetteer", () => {
  const places = defaultLexicon().places;

  it("knows towns beyond the capitals, under their ASCII names too", () => {
    assert.equal(places.get("goma")?.country, "COD");
    assert.equal(places.get("mosul")?.country, "IRQ");
    assert.equal(places.get("herat")?.country, "AFG");
    assert.equal(places.get("herāt")?.country, "AFG");
  });

  it("lets the hand-written file win over the generated one", () => {
    assert.equal(places.get("washington")?.country, "USA");
    assert.equal(places.get("san jose")?.country, "CRI");
  });

  it("keeps a name's places in other countries behind its most populous one", () => {
    assert.equal(places.get("valencia")?.country, "VEN");
    assert.ok(places.get("valencia")?.others?.some((p) => p.country === "ESP"));
    assert.ok(places.get("hyderabad")?.others?.some((p) => p.country === "PAK"));
    // (a hand-written row says what the name means; the generated places elsewhere stay its others)
    assert.equal(places.get("san jose")?.country, "CRI");
    assert.ok(places.get("san jose")?.others?.some((p) => p.country === "USA"));
    assert.ok(places.get("tripoli")?.others?.some((p) => p.country === "LBN"));
  });

  it("rejects a row with an impossible coordinate, naming file and line", () => {
    const path = join(mkdtempSync(join(tmpdir(), "attache-geo-")), "gazetteer.bad.tsv");
    writeFileSync(path, "# places\nTown\tFRA\t48.85\t2.35\nTown\tFRA\t148.85\t2.35\n");
    assert.throws(
      () => placeRows(path),
      (e: unknown) => e instanceof AttacheError && e.code === "E_LEXICON" && /gazetteer\.bad\.tsv:3/.test(e.message),
    );
  });

  it("rejects a row whose country is not an alpha-3 code", () => {
    const path = join(mkdtempSync(join(tmpdir(), "attache-geo-")), "gazetteer.bad.tsv");
    writeFileSync(path, "Town\tFR\t48.85\t2.35\n");
    assert.throws(() => placeRows(path), AttacheError);
  });
});
