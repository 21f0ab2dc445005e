import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { timesStage } from "./index.js";
import { resolveIndependent } from "./resolve.js";
import { parsedDoc } from "./test-doc.js";

// Thursday 18 March 2021, 15:34 in Beijing.
const PUB = "2021-03-18T15:34:00+08:00";

function values(text: string, published = PUB): Array<[string, string | null]> {
  const doc = timesStage.run(parsedDoc(text, published), { timezone: null });
  return (doc.times ?? []).map((t) => [doc.text.slice(t.start, t.end), t.value]);
}

describe("tense from the clause the expression hangs from (real parse)", () => {
  it("does not take the tense of a reporting verb above the clause", () => {
    assert.deepEqual(
      values("The minister's scheduled trip to Ankara on March 24 is an important signal, diplomats said."),
      [["March 24", "2021-03-24"]],
    );
  });
  it("reads an infinitive forward from a present governor and openly from a past one", () => {
    assert.deepEqual(values("The court is set to rule on Monday."), [["Monday", "2021-03-22"]]);
    assert.deepEqual(values("The delegation was due to arrive on Thursday."), [["Thursday", "2021-03-18"]]);
  });
  it("gives a participle clause the tense of the verb it hangs from", () => {
    assert.deepEqual(values("The envoy will meet officials before returning home on Friday."), [
      ["Friday", "2021-03-19"],
    ]);
  });
  it("reads a counterfactual perfect back and a future perfect forward", () => {
    assert.deepEqual(values("The senator would have voted against the bill on Monday."), [["Monday", "2021-03-15"]]);
    assert.deepEqual(values("The envoy will have arrived in Cairo on Monday."), [["Monday", "2021-03-22"]]);
    // (a reported "would have" may be a future perfect)
    assert.deepEqual(values("Officials said the delegation would have arrived in Ankara on Friday."), [
      ["Friday", "2021-03-19"],
    ]);
  });
  it("reads a schedule word used as a verb with an object of its own as no schedule ('set fire to')", () => {
    assert.deepEqual(values("Protesters set fire to a police station in Lima on Tuesday."), [
      ["Tuesday", "2021-03-16"],
    ]);
    // (a talk set for a day still looks forward)
    assert.deepEqual(values("The talks, set for Monday, will be held in Lima."), [["Monday", "2021-03-22"]]);
  });
  it("reads a modal guess with 'have' back ('may have left on Friday')", () => {
    assert.deepEqual(values("The envoy may have left Lima on Friday."), [["Friday", "2021-03-12"]]);
    assert.deepEqual(values("In a call in late July, the minister might have urged Peru to act."), [
      ["late July", "2020-07"],
    ]);
  });
  it("does not read a same-form past verb as present", () => {
    assert.deepEqual(values("Kenya beat Ghana in a friendly on Wednesday."), [["Wednesday", "2021-03-17"]]);
  });
  it("keeps the publication day for a present-tense weekday naming it", () => {
    assert.deepEqual(values("A second delegation is also travelling to Geneva on Thursday."), [
      ["Thursday", "2021-03-18"],
    ]);
  });
  it("reads a weekday on a source cited with 'according to' back, whatever the clause's tense", () => {
    assert.deepEqual(values("The airline carries weapons across the region, according to a statement on Monday."), [
      ["Monday", "2021-03-15"],
    ]);
  });
  it("leaves an occasion undated when the lead's event is still to come", () => {
    assert.deepEqual(values("The ministers will meet in Oslo on March 25. Before the summit, aides held calls."), [
      ["March 25", "2021-03-25"],
      ["Before the summit", null],
    ]);
  });
});

describe("year of a yearless day near publication", () => {
  const pub = { day: { y: 2021, m: 3, d: 18 }, hour: null, minute: null };
  const date = (m: number, d: number) => ({ k: "date" as const, y: null, m, d });
  it("keeps the publication year within a few days whatever the tense", () => {
    assert.equal(resolveIndependent(date(3, 22), { pub, tense: "past", order: "mdy" }).value, "2021-03-22");
    assert.equal(resolveIndependent(date(3, 15), { pub, tense: "future", order: "mdy" }).value, "2021-03-15");
  });
  it("lets the tense decide further away", () => {
    assert.equal(resolveIndependent(date(4, 20), { pub, tense: "past", order: "mdy" }).value, "2020-04-20");
    assert.equal(resolveIndependent(date(2, 20), { pub, tense: "future", order: "mdy" }).value, "2022-02-20");
    assert.equal(resolveIndependent(date(4, 20), { pub, tense: "unknown", order: "mdy" }).value, "2021-04-20");
  });
});
