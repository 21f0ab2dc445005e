import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { addDays, addMonths, isValidDate, weekday, weekStart } from "./calendar.js";
import { parseTimesLexicon } from "./lexicon.js";
import { publicationOf } from "./publication.js";

describe("calendar", () => {
  it("knows which days exist", () => {
    assert.equal(isValidDate(2020, 2, 29), true);
    assert.equal(isValidDate(2021, 2, 29), false);
    assert.equal(isValidDate(2021, 2, 30), false);
    assert.equal(isValidDate(2021, 4, 31), false);
  });
  it("does week and month arithmetic", () => {
    assert.equal(weekday({ y: 2021, m: 3, d: 18 }), 4);
    assert.deepEqual(weekStart({ y: 2021, m: 3, d: 21 }), { y: 2021, m: 3, d: 15 });
    assert.deepEqual(addDays({ y: 2020, m: 12, d: 31 }, 1), { y: 2021, m: 1, d: 1 });
    assert.deepEqual(addMonths({ y: 2021, m: 1, d: 31 }, 1), { y: 2021, m: 2, d: 28 });
  });
});

describe("publication", () => {
  it("keeps the outlet's local date when the offset is its own", () => {
    assert.deepEqual(publicationOf("2021-03-18T23:34:00+08:00", null)?.day, { y: 2021, m: 3, d: 18 });
    assert.deepEqual(publicationOf("2021-03-18", null)?.day, { y: 2021, m: 3, d: 18 });
  });
  it("converts a UTC instant to the outlet's zone when given", () => {
    assert.deepEqual(publicationOf("2021-03-18T20:00:00Z", "Asia/Shanghai")?.day, { y: 2021, m: 3, d: 19 });
  });
  it("returns null for missing or malformed dates", () => {
    assert.equal(publicationOf(null, null), null);
    assert.equal(publicationOf("18 March 2021", null), null);
    assert.equal(publicationOf("2021-02-30", null), null);
  });
});

describe("lexicon", () => {
  it("rejects a malformed lexicon with E_LEXICON", () => {
    assert.throws(() => parseTimesLexicon("{"), { code: "E_LEXICON" });
    assert.throws(() => parseTimesLexicon('{"months": {"jan": 13}}'), { code: "E_LEXICON" });
  });
});
