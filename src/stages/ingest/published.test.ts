import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkTimezone, normalizePublished, parseLooseDate } from "./published.js";

describe("normalizePublished", () => {
  it("keeps a local time without inventing an offset", () => {
    assert.equal(normalizePublished("Mar 18, 2021 03:34 PM"), "2021-03-18T15:34:00");
    assert.equal(normalizePublished("Mar 18, 2021 12:05 AM"), "2021-03-18T00:05:00");
  });

  it("keeps an offset the input states", () => {
    assert.equal(normalizePublished("2021-03-18T15:34:00+08:00"), "2021-03-18T15:34:00+08:00");
    assert.equal(normalizePublished("Thu, 18 Mar 2021 07:34:00 GMT"), "2021-03-18T07:34:00+00:00");
    assert.equal(normalizePublished("Tue, 08 Jun 2021 16:45:00 +1200", "Europe/Paris"), "2021-06-08T16:45:00+12:00");
  });

  it("derives the offset from an IANA zone at that date (DST aware)", () => {
    assert.equal(normalizePublished("Mar 18, 2021 03:34 PM", "Asia/Shanghai"), "2021-03-18T15:34:00+08:00");
    assert.equal(normalizePublished("2021-01-10 09:00", "America/New_York"), "2021-01-10T09:00:00-05:00");
    assert.equal(normalizePublished("2021-07-10 09:00", "America/New_York"), "2021-07-10T09:00:00-04:00");
    assert.equal(normalizePublished("2022-11-27 20:45", "Asia/Tehran"), "2022-11-27T20:45:00+03:30");
  });

  it("keeps date-only values as dates", () => {
    assert.equal(normalizePublished("2019-10-01"), "2019-10-01");
    assert.equal(normalizePublished("14 June 2023"), "2023-06-14");
  });

  it("rejects impossible or absent dates", () => {
    assert.equal(normalizePublished("2021-02-30"), null);
    assert.equal(normalizePublished("yesterday afternoon"), null);
    assert.equal(parseLooseDate("2021-03-18T25:00:00"), null);
  });

  it("checks time zone names", () => {
    assert.equal(checkTimezone("Europe/Oslo", "x"), null);
    assert.equal(checkTimezone("Mars/Olympus", "x")?.code, "E_TIMEZONE");
  });
});
