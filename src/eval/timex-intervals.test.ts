import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dayInterval } from "./timex-intervals.js";

describe("timex day intervals", () => {
  it("maps TIMEX3 and Attaché values to the same days", () => {
    assert.deepEqual(dayInterval("2004-W47"), dayInterval("2004-11-15/2004-11-21"));
    assert.deepEqual(dayInterval("2009-Q1"), dayInterval("2009-01/2009-03"));
    assert.deepEqual(dayInterval("197"), dayInterval("1970/1979"));
    assert.deepEqual(dayInterval("2008-01-09TMO"), { start: "2008-01-09", end: "2008-01-09" });
    assert.deepEqual(dayInterval("2021-03-19T06:00"), { start: "2021-03-19", end: "2021-03-19" });
  });
  it("has no interval for vague or duration values", () => {
    assert.equal(dayInterval("PAST_REF"), null);
    assert.equal(dayInterval("P3Y"), null);
    assert.equal(dayInterval("XXXX-XX-XX"), null);
  });
});
