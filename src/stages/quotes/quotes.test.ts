import assert from "node:assert/strict";
import { test } from "node:test";
import type { Doc } from "../../doc/doc.js";
import type { Quote } from "../../doc/layers/quotes.js";
import { quotesStage } from "./index.js";
import { linkQuoteEvents } from "./link-events.js";
import { sourcingSummary } from "./summary.js";
import type { TestActor, TestTime } from "./testing.js";
import { docForTest } from "./testing.js";

function run(text: string, actors: TestActor[] = [], times: TestTime[] = []): { doc: Doc; quotes: readonly Quote[] } {
  const doc = quotesStage.run(docForTest(text, actors, times), { timezone: null });
  return { doc, quotes: doc.quotes ?? [] };
}
const t = (text: string, span: { start: number; end: number } | null): string | null =>
  span ? text.slice(span.start, span.end) : null;

const MARTA: TestActor = {
  name: "Marta Kowalska",
  mentions: ["Marta Kowalska", "Kowalska", "she"],
  country: "POL",
  sector: "GOV",
  role: "spokeswoman",
};
const RUIZ: TestActor = {
  name: "Tomas Ruiz",
  mentions: ["Tomas Ruiz", "Ruiz"],
  country: "CHL",
  sector: "GOV",
  role: "Foreign Minister",
};

test("a direct quote with a curly-quoted inverted attribution keeps its full stop and drops the closing comma", () => {
  const text = "“The border will stay open. We have no reason to close it,” Ruiz said on Monday.";
  const { quotes } = run(text, [RUIZ], [{ text: "Monday", value: "2024-05-06", anchor: "said" }]);
  assert.equal(quotes.length, 1);
  const q = quotes[0] as Quote;
  assert.equal(t(text, q.content), "The border will stay open. We have no reason to close it");
  assert.equal(q.direct, true);
  assert.equal(q.speaker, "a1");
  assert.equal(q.cueLemma, "say");
  assert.equal(q.time, "2024-05-06");
});

test("a quote interrupted by its attribution is two quotes with one speaker", () => {
  const text = 'Ruiz spoke to reporters. "We are ready to talk," Ruiz said, "but not under pressure."';
  const { quotes } = run(text, [RUIZ]);
  const direct = quotes.filter((q) => q.direct);
  assert.deepEqual(
    direct.map((q) => t(text, q.content)),
    ["We are ready to talk", "but not under pressure."],
  );
  assert.ok(direct.every((q) => q.speaker === "a1" && t(text, q.cue) === "said"));
});

test("a partial quote inside reported speech is listed twice: in the indirect quote and on its own", () => {
  const text = 'Kowalska warned the neighbours against "reckless adventures" near the frontier.';
  const { quotes } = run(text, [MARTA]);
  const partial = quotes.find((q) => q.partial);
  const indirect = quotes.find((q) => !q.direct);
  assert.equal(t(text, partial?.content ?? null), "reckless adventures");
  assert.equal(partial?.speaker, "a1");
  assert.equal(t(text, indirect?.content ?? null), 'the neighbours against "reckless adventures" near the frontier');
  assert.equal(indirect?.cueLemma, "warn");
});

test("told X on DAY that: audience, time and content without 'that'", () => {
  const text = "Tomas Ruiz, a former envoy to Peru, told the Andes Herald on Tuesday that the talks had stalled.";
  const { quotes } = run(text, [RUIZ], [{ text: "Tuesday", value: "2024-05-07" }]);
  const q = quotes[0] as Quote;
  assert.equal(q.speaker, "a1");
  assert.equal(t(text, q.audience), "the Andes Herald");
  assert.equal(q.time, "2024-05-07");
  assert.equal(t(text, q.content), "the talks had stalled");
});

test("announced NP at a briefing, noting that: setting, and the participle shares the subject", () => {
  const text =
    "Marta Kowalska, spokeswoman of the ministry, announced the visit at a regular press briefing, noting that both sides wanted calm.";
  const { quotes } = run(text, [MARTA]);
  const [announced, noting] = quotes;
  assert.equal(t(text, announced?.content ?? null), "the visit");
  assert.equal(t(text, announced?.setting ?? null), "at a regular press briefing");
  assert.equal(t(text, noting?.cue ?? null), "noting");
  assert.equal(noting?.speaker, "a1");
  assert.equal(t(text, noting?.content ?? null), "both sides wanted calm");
});

test("inverted indirect speech and 'according to'", () => {
  const text =
    "The talks will resume in June, Ruiz said. The ships left the bay at dawn, according to the coast guard.";
  const { quotes } = run(text, [RUIZ, { name: "coast guard", kind: "organization", mentions: ["the coast guard"] }]);
  assert.deepEqual(
    quotes.map((q) => [t(text, q.content), q.speaker, q.cueLemma]),
    [
      ["The talks will resume in June", "a1", "say"],
      ["The ships left the bay at dawn", "a2", "according to"],
    ],
  );
});

test("anonymous and collective voices get a class and no actor", () => {
  const text =
    "Analysts said the deal was fragile. The vote came late, diplomats said. Experts reached by this paper say the tariffs will stay. A source close to the cabinet said the minister would resign.";
  const { quotes } = run(text);
  assert.deepEqual(
    quotes.map((q) => [q.anonymous, q.anonymousClass, q.speaker]),
    [
      [true, "analysts", null],
      [true, "diplomats", null],
      [true, "experts", null],
      [true, "sources", null],
    ],
  );
});

test("a pronoun speaker is resolved to the speaker of the previous paragraph", () => {
  const text = "Tomas Ruiz said the embassy would reopen.\n\nHe added that staff would return in May.";
  const { quotes } = run(text, [RUIZ]);
  assert.equal(quotes.length, 2);
  assert.equal(quotes[1]?.speaker, "a1");
  assert.equal(t(text, quotes[1]?.speakerSpan ?? null), "He");
});

test("a direct quote with no speaker in its sentence takes the previous speaker", () => {
  const text = 'Kowalska said the meeting had gone well. "We found common ground on fishing rights."';
  const { quotes } = run(text, [MARTA]);
  const last = quotes.at(-1) as Quote;
  assert.equal(t(text, last.content), "We found common ground on fishing rights.");
  assert.equal(last.speaker, "a1");
  assert.equal(last.attribution, "context");
});

test("negative: scare quotes, beliefs in subordinate clauses and noun uses are no quotes", () => {
  const text =
    'The so-called "peace dividend" never came. When the army believes it can win, talks fail. The report was long.';
  const { quotes } = run(text);
  assert.deepEqual(quotes, []);
});

test("negative: an opinion cue does not adopt a scare-quoted phrase as its speaker's words", () => {
  const text = 'Critics viewed the move as a response to the "new assertiveness" of the navy.';
  const { quotes } = run(text);
  assert.equal(quotes.filter((q) => q.partial).length, 0);
  assert.equal(quotes[0]?.anonymousClass, "analysts");
});

test("linkQuoteEvents links a quote to an event triggered inside its content", () => {
  const text = "Ruiz said Chile would expel two diplomats.";
  const { doc } = run(text, [RUIZ]);
  const at = text.indexOf("expel");
  const event = { trigger: { start: at, end: at + 5 } } as unknown as NonNullable<Doc["events"]>[number];
  const linked = linkQuoteEvents({ ...doc, events: [event] });
  assert.equal(linked.quotes?.[0]?.event, 0);
  assert.equal(linkQuoteEvents({ ...doc, events: [] }).quotes?.[0]?.event, null);
});

test("sourcingSummary counts named and anonymous statements by country and sector", () => {
  const text =
    'Ruiz said the border was calm. Analysts said the calm was fragile. Ruiz warned that "provocations" would be answered.';
  const { doc } = run(text, [RUIZ]);
  const s = sourcingSummary(doc);
  assert.equal(s.named, 2);
  assert.equal(s.anonymous, 1);
  assert.equal(s.partial, 1);
  assert.deepEqual(s.byCountry, { CHL: 2 });
  assert.deepEqual(s.byAnonymousClass, { analysts: 1 });
});

test("a title set off before the name speaks for the named person: 'A port spokesman, X, said'", () => {
  const text = "A port spokesman, Jonas Petraitis, said the ferry crossing would reopen on Friday.";
  const petraitis: TestActor = {
    name: "Jonas Petraitis",
    mentions: ["Jonas Petraitis"],
    country: "LTU",
    role: "port spokesman",
    roleText: "A port spokesman",
  };
  const { quotes } = run(text, [petraitis]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]?.speaker, "a1");
  assert.equal(t(text, quotes[0]?.content ?? null), "the ferry crossing would reopen on Friday");
});

test("an apposition after the speaker names who spoke: 'A spokesman, Colonel X, said'", () => {
  const text = "A spokesman, Colonel Ana Ferreira, said the patrols would continue.";
  const ferreira: TestActor = {
    name: "Ana Ferreira",
    mentions: ["Ana Ferreira"],
    role: "Colonel",
    roleText: "Colonel",
  };
  const { quotes } = run(text, [ferreira]);
  assert.equal(quotes[0]?.speaker, "a1");
});

test("an apposition that is not an actor leaves the speaker unresolved", () => {
  const text = "A spokesman, speaking by phone, said the patrols would continue.";
  const { quotes } = run(text, []);
  assert.equal(quotes[0]?.speaker, null);
});

test("content that reports nothing is no quote: a lone preposition, the anonymity formula, a bare adverbial", () => {
  const text =
    "The envoy warned against it. A delegate, who asked not to be named, said the vote would be close. The firm announced in March.";
  const { quotes } = run(text);
  assert.deepEqual(
    quotes.map((q) => t(text, q.content)),
    ["the vote would be close"],
  );
});

test("a time between a cue and 'that' is not content: 'demanded on Monday that X'", () => {
  const text = "The union demanded on Monday that the port reopen.";
  const { quotes } = run(text);
  assert.equal(t(text, quotes[0]?.content ?? null), "the port reopen");
});

test("a one-noun object of an announcement is kept: 'declared bankruptcy'", () => {
  const text = "The airline declared bankruptcy.";
  const { quotes } = run(text);
  assert.equal(t(text, quotes[0]?.content ?? null), "bankruptcy");
});

test("a group that stands for two actors speaks as a joint voice: no single speaker", () => {
  const text = "The two governments said the border would reopen.";
  const actors: TestActor[] = [
    { name: "Chile", kind: "country", mentions: ["two governments"] },
    { name: "Peru", kind: "country", mentions: ["two governments"] },
  ];
  const { quotes } = run(text, actors);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]?.speaker, null);
  assert.equal(quotes[0]?.anonymous, false);
});
