import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { TimeExpression } from "../../doc/layers/times.js";
import { timesStage } from "./index.js";
import { parsedDoc } from "./test-doc.js";

// Thursday 18 March 2021, 15:34 in Beijing.
const PUB = "2021-03-18T15:34:00+08:00";

function times(
  text: string,
  published: string | null = PUB,
  timezone: string | null = null,
): Array<TimeExpression & { text: string }> {
  const doc = timesStage.run(parsedDoc(text, published), { timezone });
  return (doc.times ?? []).map((t) => ({ ...t, text: doc.text.slice(t.start, t.end) }));
}
const value = (text: string, published: string | null = PUB) => times(text, published).map((t) => [t.text, t.value]);

describe("word boundaries", () => {
  it("starts no expression inside a word ('in' of 'Berlin next week')", () => {
    assert.deepEqual(value("The ministers will meet in Berlin next week."), [["next week", "2021-03-22/2021-03-28"]]);
    assert.deepEqual(value("The two leaders will hold talks in Dublin over the next two days."), [
      ["over the next two days", "P2D"],
    ]);
  });
});

describe("absolute dates", () => {
  it("reads newswire dates with and without a year, and a header date-time", () => {
    assert.deepEqual(value("The deal was signed on January 5, 2019 in Rome."), [["January 5, 2019", "2019-01-05"]]);
    assert.deepEqual(value("Ministers met on 9 February."), [["9 February", "2021-02-09"]]);
    assert.deepEqual(value("Published: Mar 18, 2021 03:34 PM"), [["Mar 18, 2021 03:34 PM", "2021-03-18T15:34"]]);
    assert.deepEqual(value("The fund opened in January 2005."), [["January 2005", "2005-01"]]);
  });
  it("picks the year of a yearless date by tense", () => {
    assert.deepEqual(value("The envoy will arrive on February 2."), [["February 2", "2022-02-02"]]);
    assert.deepEqual(value("The envoy arrived on April 2."), [["April 2", "2020-04-02"]]);
    assert.deepEqual(value("The ministers will travel to Hanoi in September."), [["September", "2021-09"]]);
    assert.deepEqual(value("The navy seized a tanker in December."), [["December", "2020-12"]]);
  });
  it("reads numeric dates by the outlet's locale and flags ambiguous ones", () => {
    const us = times("The letter was dated 3/4/2021.", "2021-03-18T09:00:00-05:00");
    assert.equal(us[0]?.value, "2021-03-04");
    assert.equal(us[0]?.ambiguous, true);
    const uk = times("The letter was dated 3/4/2021.", "2021-03-18T09:00:00+00:00", "Europe/London");
    assert.equal(uk[0]?.value, "2021-04-03");
    const clear = times("The letter was dated 25/4/2021.", "2021-05-18T09:00:00-05:00");
    assert.equal(clear[0]?.value, "2021-04-25");
    assert.equal(clear[0]?.ambiguous, undefined);
  });
  it("rejects impossible dates instead of rolling them over", () => {
    assert.deepEqual(value("The vote was held on February 30."), []);
    assert.deepEqual(value("The vote was held on 31 April 2020."), []);
  });
});

describe("weekdays by tense", () => {
  it("resolves past weekdays on or before publication and future ones after it", () => {
    assert.deepEqual(value("Wu told the Global Times on Friday that ties were strong."), [["Friday", "2021-03-12"]]);
    assert.deepEqual(value("Li told reporters on Thursday that talks went well."), [["Thursday", "2021-03-18"]]);
    assert.deepEqual(value("Wang will visit Moscow on Monday."), [["Monday", "2021-03-22"]]);
    assert.deepEqual(value("Wang will visit Moscow on Thursday."), [["Thursday", "2021-03-25"]]);
  });
  it("reads next and last", () => {
    assert.deepEqual(value("The envoy will return next Tuesday."), [["next Tuesday", "2021-03-23"]]);
    assert.deepEqual(value("The envoy will return next Friday."), [["next Friday", "2021-03-26"]]);
    assert.deepEqual(value("Bahrain agreed only last Friday."), [["last Friday", "2021-03-12"]]);
  });
  it("keeps parts of the day and clock times on the day", () => {
    assert.deepEqual(value("The ambassador was summoned on Tuesday night."), [["Tuesday night", "2021-03-16"]]);
    assert.deepEqual(value("The truce will take effect at 6 a.m. on Friday."), [
      ["at 6 a.m. on Friday", "2021-03-19T06:00"],
    ]);
  });
  it("does not read Black Monday or Good Friday as dates", () => {
    assert.deepEqual(value("Markets recalled Black Monday."), []);
  });
});

describe("ranges, lists and periods", () => {
  it("reads day ranges and lists", () => {
    assert.deepEqual(value("Lavrov will visit China on March 22 and 23."), [
      ["March 22 and 23", "2021-03-22/2021-03-23"],
    ]);
    assert.deepEqual(value("The fair runs from 3 to 5 May."), [["from 3 to 5 May", "2021-05-03/2021-05-05"]]);
    assert.deepEqual(value("Talks continued between 2019 and 2021."), [["between 2019 and 2021", "2019/2021"]]);
    assert.deepEqual(value("The 1950-53 war ended in a truce."), [["1950-53", "1950/1953"]]);
    assert.deepEqual(value("Agents abducted them in the 1970s and 1980s."), [["the 1970s and 1980s", "1970/1989"]]);
  });
  it("reads weeks, months and years relative to publication", () => {
    assert.deepEqual(value("The council will meet this week."), [["this week", "2021-03-15/2021-03-21"]]);
    assert.deepEqual(value("The spy was detained last week."), [["last week", "2021-03-08/2021-03-14"]]);
    assert.deepEqual(value("The envoy will travel next month."), [["next month", "2021-04"]]);
    assert.deepEqual(value("Trade fell last year."), [["last year", "2020"]]);
    assert.deepEqual(value("The two sides will meet again in early next month."), [["early next month", "2021-04"]]);
    assert.deepEqual(value("The EU sanctioned Iran earlier in the month."), [["earlier in the month", "2021-03"]]);
    assert.deepEqual(value("The envoy will return later in the year."), [["later in the year", "2021"]]);
    assert.deepEqual(value("The ministers met twice in 2020."), [["2020", "2020"]]);
    assert.deepEqual(value("Since 2021, the two sides have held one call."), [["2021", "2021"]]);
    assert.deepEqual(value("The treaty was signed seven years ago."), [["seven years ago", "2014"]]);
    assert.deepEqual(value("Profits rose in the first quarter of 2020."), [
      ["the first quarter of 2020", "2020-01/2020-03"],
    ]);
  });
  it("dates an event noun from an anniversary", () => {
    const found = times("2021 marks 20 years since the signing of the treaty.");
    assert.deepEqual(
      found.map((t) => [t.text, t.value, t.kind]),
      [
        ["2021", "2021", "date"],
        ["20 years since", "2001", "anniversary"],
      ],
    );
    const doc = parsedDoc("2021 marks 20 years since the signing of the treaty.", PUB);
    const signing = doc.tokens?.findIndex((t) => doc.text.slice(t.start, t.end) === "signing");
    assert.equal(found[1]?.anchor, signing);
  });
});

describe("expressions anchored to events", () => {
  it("moves from the date of the referred event", () => {
    assert.deepEqual(value("Latvia expelled a diplomat on March 10. Russia responded two days later."), [
      ["March 10", "2021-03-10"],
      ["two days later", "2021-03-12"],
    ]);
    // (from a year or a month named last, in that grain; not from the publication date)
    assert.deepEqual(value("Chilean troops left Peru in 2011, then returned three years later."), [
      ["2011", "2011"],
      ["three years later", "2014"],
    ]);
    assert.deepEqual(value("Chile left the pact in March 2011. It rejoined two months later."), [
      ["March 2011", "2011-03"],
      ["two months later", "2011-05"],
    ]);
    assert.deepEqual(value("The duties came a week after Beijing halted beef imports on March 2."), [
      ["a week after", "2021-03-09"],
      ["March 2", "2021-03-02"],
    ]);
    assert.deepEqual(value("Rebels attacked on Monday and troops returned fire the same day."), [
      ["Monday", "2021-03-15"],
      ["the same day", "2021-03-15"],
    ]);
  });
  it("leaves a relative time unresolved when the event has no date", () => {
    assert.deepEqual(value("Two days after the meeting, the envoy resigned."), [["Two days after", null]]);
  });
  it("counts minutes or hours after an event from the event's day, not from the last day named", () => {
    assert.deepEqual(
      value(
        "Rebels shelled the town on Monday. A judge set a hearing for March 25. Police held a man an hour after the shelling.",
      ),
      [
        ["Monday", "2021-03-15"],
        ["March 25", "2021-03-25"],
        ["an hour after", "2021-03-15"],
      ],
    );
  });
  it("counts hours after an event no earlier time dates from the latest day named", () => {
    assert.deepEqual(
      value(
        "Troops entered Peru on Monday. On Tuesday Peru shelled Chilean positions. Hours after the shelling, Chile protested.",
      ),
      [
        ["Monday", "2021-03-15"],
        ["Tuesday", "2021-03-16"],
        ["Hours after", "2021-03-16"],
      ],
    );
  });
  it("does not take a date alone on its line (the page's dateline) for the story's day", () => {
    assert.deepEqual(
      value("Thursday, March 18, 2021\n\nOn Tuesday, Chile held a rally in Arica. After the rally, police left."),
      [
        ["Thursday, March 18, 2021", "2021-03-18"],
        ["Tuesday", "2021-03-16"],
        ["After the rally", "2021-03-16"],
      ],
    );
  });
  it("takes the occasion's date for after the summit", () => {
    assert.deepEqual(value("Leaders met on Tuesday. After the summit, the host spoke to reporters."), [
      ["Tuesday", "2021-03-16"],
      ["After the summit", "2021-03-16"],
    ]);
  });
});

describe("durations and sets", () => {
  it("reads 'for next month' (no article) as the month, 'for the next month' as a duration", () => {
    assert.deepEqual(
      times("The summit is planned for next month. Troops will stay for the next month.").map((t) => [t.text, t.value]),
      [
        ["next month", "2021-04"],
        ["for the next month", "P1M"],
      ],
    );
  });
  it("keeps durations and sets as such", () => {
    assert.deepEqual(
      times("The ban will last three years.").map((t) => [t.text, t.value, t.grain]),
      [["three years", "P3Y", "duration"]],
    );
    assert.deepEqual(
      times("The forum meets every year.").map((t) => [t.text, t.value, t.grain]),
      [["every year", "R/P1Y", "set"]],
    );
    assert.deepEqual(
      times("Both sides celebrated the 20 years of partnership.").map((t) => [t.text, t.value, t.grain]),
      [["20 years", "P20Y", "duration"]],
    );
  });
});

describe("negative cases", () => {
  it("does not take words or numbers for dates", () => {
    assert.deepEqual(value("Officials said they may return."), []);
    assert.deepEqual(value("The march on the capital drew thousands."), []);
    assert.deepEqual(value("The 2+2 dialogue ended without a statement."), []);
    assert.deepEqual(value("Police counted 2000 protesters."), []);
    assert.deepEqual(value("Prime Minister Theresa May spoke."), []);
    assert.deepEqual(value("A 46-year-old man was detained."), []);
  });
});

describe("articles without a publication date", () => {
  it("resolves absolute dates and leaves relative ones null", () => {
    assert.deepEqual(value("The pact was signed on May 3, 2004 and renewed on Tuesday.", null), [
      ["May 3, 2004", "2004-05-03"],
      ["Tuesday", null],
    ]);
  });
});
