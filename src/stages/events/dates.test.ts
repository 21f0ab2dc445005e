import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { makeArticle } from "../../doc/article.js";
import type { CodedEvent } from "../../doc/layers/events.js";
import { analyzeDoc } from "../../pipeline/analyze.js";
import { codeEvents } from "./code.js";
import { defaultLexicon } from "./lexicon/load.js";
import { countryActor as C, docFromParse, eventsIn, governmentPerson as P } from "./testing.js";

const lex = defaultLexicon();
const dates = (events: readonly CodedEvent[], cameo: string) =>
  events.filter((e) => e.cameo === cameo).map((e) => `${e.date.start ?? "-"} ${e.date.basis}`);

describe("events: dates told in a complement", () => {
  it("dates an accusation or a refusal by its complement's past time, not an order", () => {
    const accused = eventsIn("Peru accused Chile of interfering in its internal affairs on Monday.");
    assert.deepEqual(dates(accused, "112"), ["2024-06-10 text"]);
    const refused = eventsIn("Peru refused to back a joint statement criticising Chile on Monday.");
    assert.deepEqual(dates(refused, "120"), ["2024-06-10 text"]);
    // (what an order or an appeal asks for happens after it)
    const ordered = eventsIn("A Peruvian judge ordered the Chilean consul to appear on Monday.");
    assert.deepEqual(dates(ordered, "100"), ["2024-06-12 publication"]);
  });
});

describe("events: dates of what the party acted on was doing", () => {
  it("dates an act by the time of its object's participle ('at protesters marching in Lima on Friday')", () => {
    const events = eventsIn("Peruvian police fired tear gas at Chilean migrants marching in Lima on Friday.");
    assert.deepEqual(dates(events, "175"), ["2024-06-07 text"]);
    // (the marchers march, not the police)
    assert.deepEqual(
      events.filter((e) => e.cameo === "141").map((e) => e.source.country),
      ["CHL"],
    );
  });
});

describe("events: dates of purpose phrases", () => {
  it("dates talks that were the purpose of a visit by the visit's own date", () => {
    const doc = docFromParse(
      `Boric Boric PROPN 2 nsubj
travelled travel VERB 0 root
to to ADP 4 case
Lima Lima PROPN 2 obl
in in ADP 6 case
June June PROPN 2 obl
for for ADP 8 case
talks talk NOUN 2 obl
with with ADP 10 case
Peru~ Peru PROPN 8 nmod
. . PUNCT 2 punct`,
      {
        actors: [P("Gabriel Boric", "CHL", "Boric"), C("Peru", "PER")],
        times: [{ text: "June", value: "2024-06", grain: "month", anchor: 2 }],
        published: "2024-09-02",
      },
    );
    const ev = codeEvents(lex, doc);
    assert.deepEqual(dates(ev, "040"), ["2024-06 text", "2024-06 text"]);
  });

  it("does not date an act blamed in a 'for' phrase by the sanction that answers it", () => {
    const doc = docFromParse(
      `Canada Canada PROPN 2 nsubj
sanctioned sanction VERB 0 root
Belarus Belarus PROPN 2 obj
on on ADP 5 case
Monday Monday PROPN 2 obl
for for ADP 8 case
the the DET 8 det
crackdown crackdown NOUN 2 obl
on on ADP 10 case
protesters~ protester NOUN 8 nmod
. . PUNCT 2 punct`,
      {
        actors: [C("Canada", "CAN"), C("Belarus", "BLR")],
        times: [{ text: "Monday", value: "2024-09-02", anchor: 2 }],
        published: "2024-09-03",
      },
    );
    const ev = codeEvents(lex, doc);
    assert.ok(
      ev.some((e) => e.date.start === "2024-09-02"),
      "the sanction keeps its own date",
    );
    for (const e of ev.filter((x) => x.plover.type !== "SANCTION")) assert.notEqual(e.date.start, "2024-09-02");
  });
});

describe("events: dates from an earlier act and backshifted plans", () => {
  it("dates a meeting 'during the visit' by the visit told in the sentence before", () => {
    const doc = docFromParse(
      `Ruto Ruto PROPN 3 nsubj
will will AUX 3 aux
visit visit VERB 0 root VB
Uganda Uganda PROPN 3 obj
in in ADP 6 case
June~ June PROPN 3 obl
. . PUNCT 3 punct

During during ADP 3 case
the the DET 3 det
visit~ visit NOUN 7 obl
, , PUNCT 3 punct
Museveni Museveni PROPN 7 nsubj
will will AUX 7 aux
meet meet VERB 0 root VB
him~ he PRON 7 obj
. . PUNCT 7 punct`,
      {
        actors: [P("William Ruto", "KEN", "Ruto"), C("Uganda", "UGA"), P("Yoweri Museveni", "UGA", "Museveni")],
        times: [{ text: "June", value: "2024-06", grain: "month", anchor: 3 }],
        published: "2024-05-02",
      },
    );
    assert.deepEqual(dates(codeEvents(lex, doc), "040"), ["2024-06 text", "2024-06 text"]);
  });

  it("reads 'would' after 'she said, adding that' as a plan, like after 'said that'", () => {
    const doc = docFromParse(
      `She she PRON 2 nsubj
said say VERB 0 root VBD
, , PUNCT 4 punct
adding add VERB 2 advcl VBG
that that SCONJ 9 mark
Chile Chile PROPN 9 nsubj
and and CCONJ 8 cc
Peru Peru PROPN 6 conj
would would AUX 10 aux
sign sign VERB 4 ccomp VB
a a DET 12 det
treaty~ treaty NOUN 10 obj
. . PUNCT 2 punct`,
      { actors: [C("Chile", "CHL"), C("Peru", "PER")] },
    );
    const statuses = codeEvents(lex, doc).map((e) => `${e.cameo} ${e.status}`);
    assert.ok(statuses.length > 0);
    assert.ok(
      statuses.every((s) => s === "057 planned"),
      statuses.join(" | "),
    );
  });
});

describe("events: a past time in a commitment's complement dates the commitment", () => {
  const byType = (events: readonly CodedEvent[], type: string) =>
    events
      .filter((e) => e.plover.type === type && e.source.country === "CHL")
      .map((e) => `${e.date.start ?? "-"} ${e.date.basis}`);
  const agreed = (when: string, value: string) =>
    docFromParse(
      `Chile Chile PROPN 2 nsubj
agreed agree VERB 0 root VBD
to to PART 4 mark
visit visit VERB 2 xcomp VB
Peru Peru PROPN 4 obj
${when} ${when} ADJ 7 amod
Friday~ Friday PROPN 4 obl:tmod
. . PUNCT 2 punct`,
      {
        actors: [C("Chile", "CHL"), C("Peru", "PER")],
        times: [{ text: `${when} Friday`, value, grain: "day", anchor: 4 }],
        published: "2024-09-04",
      },
    );

  it("dates 'agreed ... last Friday' by that Friday", () => {
    assert.deepEqual(byType(codeEvents(lex, agreed("last", "2024-08-30")), "AGREE"), ["2024-08-30 text"]);
  });

  it("keeps a future time for the act agreed to, not the agreement", () => {
    const ev = codeEvents(lex, agreed("next", "2024-09-13"));
    assert.deepEqual(byType(ev, "AGREE"), ["2024-09-04 publication"]);
    assert.deepEqual(byType(ev, "CONSULT"), ["2024-09-13 text"]);
  });

  it("keeps a perfect act reported, and undated by a deadline of what it offers", () => {
    const doc = docFromParse(
      `Chile Chile PROPN 3 nsubj
had have AUX 3 aux VBD
offered offer VERB 0 root VBN
to to ADP 6 case
double double ADJ 6 amod
aid aid NOUN 3 obl
to to ADP 8 case
Peru Peru PROPN 3 obl
by by ADP 10 case
2030~ 2030 NUM 3 obl
. . PUNCT 3 punct`,
      {
        actors: [C("Chile", "CHL"), C("Peru", "PER")],
        times: [{ text: "2030", value: "2030", grain: "year", anchor: 3 }],
        published: "2024-09-02",
      },
    );
    const ev = codeEvents(lex, doc).filter((e) => e.source.country === "CHL");
    assert.deepEqual(
      ev.map((e) => `${e.status} ${e.date.start} ${e.date.basis}`),
      ["reported 2024-09-02 publication"],
    );
  });
});

describe("events: a time in front of another noun dates that noun, not the act", () => {
  it("does not date 'accused Moscow of the March 4 attack' by March 4", () => {
    const doc = docFromParse(
      `London London PROPN 2 nsubj
accused accuse VERB 0 root VBD
Moscow Moscow PROPN 2 obj
of of ADP 8 case
the the DET 8 det
March March PROPN 8 compound
4 4 NUM 6 nummod
attack~ attack NOUN 2 obl
. . PUNCT 2 punct`,
      {
        actors: [C("United Kingdom", "GBR", "London"), C("Russia", "RUS", "Moscow")],
        times: [{ text: "March 4", value: "2018-03-04", grain: "day" }],
        published: "2018-03-17",
      },
    );
    assert.deepEqual(dates(codeEvents(lex, doc), "1123"), ["2018-03-17 publication"]);
  });
});

describe("events: a when-clause right after a time happened at that time", () => {
  it("dates 'since 2016, when Peru expelled ...' to 2016", () => {
    const doc = docFromParse(
      `Ties ties NOUN 2 nsubj
worsened worsen VERB 0 root VBD
since since ADP 4 case
2016 2016 NUM 2 obl
, , PUNCT 9 punct
when when ADV 9 advmod
Peru Peru PROPN 9 nsubj
abruptly abruptly ADV 9 advmod
expelled expel VERB 4 acl:relcl VBD
Chile~ Chile PROPN 11 nmod:poss
's 's PART 10 case
ambassador ambassador NOUN 9 obj
. . PUNCT 2 punct`,
      {
        actors: [C("Peru", "PER"), C("Chile", "CHL")],
        times: [{ text: "2016", value: "2016", grain: "year" }],
        published: "2018-03-17",
      },
    );
    assert.deepEqual(dates(codeEvents(lex, doc), "161"), ["2016 text"]);
  });

  it("leaves a when-clause with no time before it to its own date", () => {
    // (an adverbial clause: it happened when the main clause did, which names no time)
    const doc = docFromParse(
      `Ties ties NOUN 2 nsubj
worsened worsen VERB 0 root VBD
when when ADV 5 advmod
Peru Peru PROPN 5 nsubj
expelled expel VERB 2 advcl VBD
Chile~ Chile PROPN 8 nmod:poss
's 's PART 6 case
ambassador ambassador NOUN 5 obj
. . PUNCT 2 punct`,
      { actors: [C("Peru", "PER"), C("Chile", "CHL")], published: "2018-03-17" },
    );
    assert.deepEqual(dates(codeEvents(lex, doc), "161"), ["2018-03-17 publication"]);
  });
});

describe("events: a when-clause's second verb happened at the same time", () => {
  it("dates both acts of 'in 2016, when Peru expelled ... and suspended trade ...' to 2016", () => {
    const text = "Relations collapsed in 2016, when Peru expelled Chile's ambassador and suspended trade with Chile.";
    const doc = analyzeDoc(makeArticle({ text, published: "2018-03-17T08:00:00Z" }));
    assert.deepEqual(
      (doc.events ?? []).map((e) => `${text.slice(e.trigger.start, e.trigger.end)} ${e.date.start}`),
      ["expelled 2016", "suspended 2016"],
    );
  });
});

describe("events: times that date something else", () => {
  const dated = (text: string) =>
    (analyzeDoc(makeArticle({ text, published: "2021-10-16T08:00:00Z" })).events ?? []).map(
      (e) => `${text.slice(e.trigger.start, e.trigger.end)} ${e.date.start} ${e.date.basis}`,
    );

  it("does not date 'rejects an 1899 arbitration award' by 1899", () => {
    assert.deepEqual(dated("Peru rejects an 1899 arbitration award that set the border with Chile."), [
      "rejects 2021-10-16 publication",
    ]);
  });

  it("dates an act by the day its clause names rather than by an earlier act it came after", () => {
    const text =
      "Chile's president received Peru's president in Santiago on Monday. After a long meeting, the two presidents signed a trade deal on Tuesday.";
    assert.ok(dated(text).includes("signed 2021-10-12 text"), JSON.stringify(dated(text)));
  });

  it("dates a reported act by a time before the comma of a trailing report, not the report", () => {
    // (also when the parser hung the time on the speaker: "tomorrow, state media said")
    assert.ok(
      dated("Chile's president will receive Peru's president in Santiago tomorrow, state media said.").includes(
        "receive 2021-10-17 text",
      ),
    );
    assert.deepEqual(dated("Chile's minister will meet Peruvian officials in Lima next month, a spokesman said."), [
      "meet 2021-11 text",
      "meet 2021-11 text",
    ]);
  });

  it("does not date a present perfect by the past time of the clause it is joined to", () => {
    assert.deepEqual(
      dated("The court ruled in December 2020 that it could hear the case, but Peru has refused to take part."),
      ["refused 2021-10-16 publication"],
    );
  });
});

describe("events: a coordinated verb timed only by another event", () => {
  it("dates 'arrived on Thursday and were received ... before the talks' to the Thursday", () => {
    const text =
      "LIMA — The two ministers agreed on Friday to open a consulate. Chile's foreign minister arrived in Lima on Thursday and was received by President Dina Boluarte before the talks.";
    const doc = analyzeDoc(makeArticle({ text, published: "2023-06-10T08:00:00Z" }));
    assert.deepEqual(
      (doc.events ?? [])
        .filter((e) => e.cameo === "043")
        .map((e) => `${e.source.country}>${e.target?.country} ${e.date.start}`),
      ["PER>CHL 2023-06-08"],
    );
  });

  it("dates an event noun by the verb it takes place or ends with ('the meeting took place on Friday')", () => {
    // (published Wednesday 2024-06-12)
    const met = eventsIn("The meeting between Rutte and Orban took place in Brussels on Friday.");
    assert.deepEqual(dates(met, "040"), ["2024-06-07 text", "2024-06-07 text"]);
    const visit = eventsIn("Kenyan President William Ruto's visit to Ethiopia ended on Sunday.");
    assert.deepEqual(dates(visit, "042"), ["2024-06-09 text"]);
  });
});

describe("events: dates of acts told inside another act", () => {
  it("dates an event noun the clause happens during by that clause ('pledged aid on Monday during a call')", () => {
    const events = eventsIn("Japan pledged aid to the Philippines on Monday during a telephone call with Manila.");
    assert.deepEqual(dates(events, "041"), ["2024-06-10 text", "2024-06-10 text"]);
  });
  it("dates a label given in a free relative by the act it is part of ('expelled ... over what it called')", () => {
    const events = eventsIn("Latvia expelled a Russian diplomat on March 10 over what it called espionage.");
    assert.deepEqual(dates(events, "111"), ["2024-03-10 text"]);
  });
  it("dates a conditional threat by the day the words were said", () => {
    const events = eventsIn(
      "Last month the Chinese ambassador suggested that China could boycott Australian wine if relations worsened.",
    );
    assert.deepEqual(
      events.filter((e) => e.plover.type === "THREATEN").map((e) => `${e.date.start} ${e.date.basis}`),
      ["2024-05 text"],
    );
  });
});

describe("events: stretches of time up to publication", () => {
  const spans = (text: string, cameo: string) =>
    eventsIn(text)
      .filter((e) => e.cameo === cameo)
      .map((e) => `${e.date.start}/${e.date.end}`);
  it("dates acts 'since 2016' from 2016 to the publication day, but a when-clause of it at that time", () => {
    assert.deepEqual(spans("Vietnam and Laos have signed 36 agreements since 2016.", "057"), [
      "2016/2024-06-12",
      "2016/2024-06-12",
    ]);
    assert.deepEqual(
      spans("Relations have been tense since 2018, when Chile expelled two Peruvian diplomats.", "161"),
      ["2018/2018"],
    );
  });
  it("dates acts 'over the past three years' or 'in the last two weeks' back from the publication day", () => {
    assert.deepEqual(spans("In the last two weeks, Kenya has deported 30 Somali nationals.", "174"), [
      "2024-05-29/2024-06-12",
    ]);
    assert.deepEqual(spans("Over the past three years, Kenya has deported 300 Somali nationals.", "174"), [
      "2021/2024-06-12",
    ]);
    // (the last weeks of another time are that time's)
    assert.deepEqual(spans("Kenya deported 300 Somali nationals in the last two weeks of 2019.", "174"), ["2019/2019"]);
    // (months counted back from the end of a month land in the right month)
    const may31 = analyzeDoc(
      makeArticle({
        text: "Over the past three months, Kenya has deported 300 Somali nationals.",
        published: "2024-05-31",
      }),
    ).events;
    assert.deepEqual(
      (may31 ?? []).map((e) => `${e.date.start}/${e.date.end}`),
      ["2024-02/2024-05-31"],
    );
  });
});

describe("events: a date fronted before a comma", () => {
  it("dates the clause's act by 'On March 3,' even where the parser hung the date on the subject", () => {
    const events = eventsIn("On March 3, Chinese and Russian warships began joint drills in the Gulf of Oman.");
    assert.deepEqual(
      events.map((e) => `${e.cameo} ${e.date.start} ${e.date.basis}`),
      ["062 2024-03-03 text", "062 2024-03-03 text"],
    );
  });
});

describe("events: a clause the parser conjoined to an object", () => {
  it("keeps the second clause's time off the first clause's event noun", () => {
    const text =
      "Since 2019, Kenya and Uganda have held one phone call, and Tanzania was the most visited country by Uganda's high-level delegation in 2018.";
    const dates = eventsIn(text).map((e) => `${e.source.country}>${e.target?.country} ${e.cameo} ${e.date.start}`);
    assert.deepEqual(dates, ["KEN>UGA 041 2019", "UGA>KEN 041 2019"]);
  });
});

describe("dates: a relative clause on a deal the main act made", () => {
  it("is dated with that act", () => {
    const dates = eventsIn("In 2019, Peru mediated a deal that restored relations between Chile and Bolivia.")
      .filter((e) => e.cameo === "050")
      .map((e) => e.date.start);
    assert.deepEqual(dates, ["2019", "2019"]);
  });

  it("but not a clause that tells what came before, nor one on a person", () => {
    const events = eventsIn("Chile on Monday expelled a Peruvian diplomat who criticized the government.");
    assert.deepEqual(dates(events, "111"), ["2024-06-12 publication"]);
  });
});

describe("dates: a day counted from", () => {
  it("is not the day of the act that a count of days after it dates", () => {
    const events = eventsIn("Chile expelled Peru's ambassador two days after the election of June 2.");
    assert.deepEqual(dates(events, "161"), ["2024-06-04 text"]);
    assert.deepEqual(dates(eventsIn("Chile expelled Peru's ambassador two days after June 2."), "161"), [
      "2024-06-04 text",
    ]);
  });
});

describe("dates: an event noun that is the subject of a verb of its course", () => {
  it("happens when that verb does", () => {
    const truce = eventsIn("A ceasefire between Chile and Peru took effect at midnight on Monday.");
    assert.deepEqual(dates(truce, "0871"), ["2024-06-10 text", "2024-06-10 text"]);
    const talks = eventsIn("Talks between Chile and Peru ended on Monday without a deal.");
    assert.deepEqual(dates(talks, "040"), ["2024-06-10 text", "2024-06-10 text"]);
  });
});

describe("dates: limits of the deal and count rules (second reading)", () => {
  it("dates a deal's clause with the deal's own date, and not with a verb that only answers it", () => {
    const own = eventsIn(
      "On Friday, Bolivia condemned the 2020 agreement that restored relations between Chile and Peru.",
    );
    assert.deepEqual(dates(own, "050"), ["2020 text", "2020 text"]);
    const answered = eventsIn("On Monday, Bolivia criticized the deal that restored relations between Chile and Peru.");
    assert.deepEqual(dates(answered, "050"), ["2024-06-12 publication", "2024-06-12 publication"]);
  });

  it("takes a day set off by a comma after a count for the act's own", () => {
    const events = eventsIn(
      "Two days after the election, on Tuesday, Ugandan police arrested opposition leader Bobi Wine.",
    );
    assert.deepEqual(dates(events, "173"), ["2024-06-11 text"]);
  });
});

describe("events: the day of a trailing report", () => {
  const dated = (text: string) => eventsIn(text).map((e) => `${e.cameo} ${e.date.start} ${e.date.basis}`);

  it("dates an act reported as done with no time of its own by the report after it ('..., officials said on Tuesday')", () => {
    assert.deepEqual(dated("Chile expelled two Peruvian diplomats, a government spokesman said on Tuesday."), [
      "161 2024-06-11 text",
    ]);
  });

  it("leaves a planned act, and a clause that is an act of its own, undated by it", () => {
    assert.deepEqual(dated("Chile will send troops to Peru, officials said on Tuesday."), [
      "154 2024-06-12 publication",
    ]);
    assert.ok(
      dated("Chile expelled two Peruvian diplomats a week after Peru announced its decision on Monday.").every(
        (l) => !l.includes("2024-06-10"),
      ),
    );
  });
});

describe("events: meetings called off before the day set for them", () => {
  const coded = (text: string) => eventsIn(text).map((e) => `${e.cameo} ${e.status} ${e.date.start} ${e.date.basis}`);

  it("codes talks set for a day and called off as not held, on that day", () => {
    assert.deepEqual(coded("The talks between Chile and Peru, scheduled for Thursday, were called off."), [
      "040 negated 2024-06-13 text",
      "040 negated 2024-06-13 text",
    ]);
    assert.deepEqual(coded("The summit between Chile and Peru, planned for next month in Lima, was postponed."), [
      "040 negated 2024-07 text",
      "040 negated 2024-07 text",
    ]);
  });
});
