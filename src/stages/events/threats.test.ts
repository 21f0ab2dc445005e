import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { CodedEvent } from "../../doc/layers/events.js";
import { codeEvents } from "./code.js";
import { defaultLexicon } from "./lexicon/load.js";
import { countryActor as C, docFromParse, eventLines, eventsIn, pairsIn } from "./testing.js";

const lex = defaultLexicon();
const brief = (events: readonly CodedEvent[]) => eventLines(events, ["cameo", "plover", "status"]);

describe("events: demands, threats and refusals made by stating an act", () => {
  it("codes 'said X must do Y' as a demand on X and drops the demanded act", () => {
    const doc = docFromParse(
      `Paris Paris PROPN 2 nsubj
said say VERB 0 root
Iran Iran PROPN 5 nsubj
must must AUX 5 aux
free free VERB 2 ccomp
the the DET 7 det
sailors sailor NOUN 5 obj
. . PUNCT 2 punct`,
      { actors: [C("France", "FRA", "Paris"), C("Iran", "IRN")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["FRA>IRN 1053 REQUEST reported"]);
  });

  it("codes a conditional hostile act as hypothetical plus the reported threat it makes", () => {
    const doc = docFromParse(
      `Ghana Ghana PROPN 3 nsubj
will will AUX 3 aux
pull pull VERB 0 root
its its PRON 5 nmod:poss
peacekeepers peacekeeper NOUN 3 obj
out out ADP 3 compound:prt
of of ADP 8 case
Mali Mali PROPN 3 obl
unless unless SCONJ 11 mark
talks talk NOUN 11 nsubj
resume resume VERB 3 advcl
. . PUNCT 3 punct`,
      { actors: [C("Ghana", "GHA"), C("Mali", "MLI")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), [
      "GHA>MLI 136 THREATEN reported",
      "GHA>MLI 1661 SANCTION hypothetical",
    ]);
  });

  it("aims a conditional sanction naming no one at the subject of its condition", () => {
    const doc = docFromParse(
      `Athens Athens PROPN 3 nsubj
will will AUX 3 aux
impose impose VERB 0 root
sanctions sanction NOUN 3 obj
if if SCONJ 8 mark
Ankara Ankara PROPN 8 nsubj
again again ADV 8 advmod
drills drill VERB 3 advcl
. . PUNCT 3 punct`,
      { actors: [C("Greece", "GRC", "Athens"), C("Turkey", "TUR", "Ankara")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), [
      "GRC>TUR 1312 THREATEN reported",
      "GRC>TUR 163 SANCTION hypothetical",
    ]);
  });

  it("reads an if-clause the parser took for a complement as a condition, not after 'asked if'", () => {
    const doc = (verb: string, lemma: string) =>
      docFromParse(
        `Athens Athens PROPN 3 nsubj
will will AUX 3 aux
${verb} ${lemma} VERB 0 root
if if SCONJ 6 mark
Ankara Ankara PROPN 6 nsubj
attacks attack VERB 3 ccomp
its its PRON 8 nmod:poss
ships ship NOUN 6 obj
. . PUNCT 3 punct`,
        { actors: [C("Greece", "GRC", "Athens"), C("Turkey", "TUR", "Ankara")] },
      );
    assert.deepEqual(brief(codeEvents(lex, doc("retaliate", "retaliate"))), [
      "GRC>TUR 138 THREATEN reported",
      "GRC>TUR 190 ASSAULT hypothetical",
      "TUR>GRC 190 ASSAULT hypothetical",
    ]);
    // (asking whether someone attacks makes no threat)
    assert.ok(!brief(codeEvents(lex, doc("ask", "ask"))).some((l) => l.includes("THREATEN")));
  });

  it("does not code a threat for an unconditional planned sanction", () => {
    const doc = docFromParse(
      `Athens Athens PROPN 3 nsubj
will will AUX 3 aux
impose impose VERB 0 root
sanctions sanction NOUN 3 obj
on on ADP 6 case
Ankara Ankara PROPN 3 obl
. . PUNCT 3 punct`,
      { actors: [C("Greece", "GRC", "Athens"), C("Turkey", "TUR", "Ankara")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["GRC>TUR 163 SANCTION planned"]);
  });

  it("keeps a promise to refrain from attacking a plain intent, not a threat, with no attack of its own", () => {
    const doc = docFromParse(
      `Moscow Moscow PROPN 2 nsubj
agreed agree VERB 0 root
not not PART 5 advmod
to to PART 5 mark
attack attack VERB 2 xcomp
Kyiv Kyiv PROPN 5 obj
. . PUNCT 2 punct`,
      { actors: [C("Russia", "RUS", "Moscow"), C("Ukraine", "UKR", "Kyiv")] },
    );
    const ev = codeEvents(lex, doc);
    assert.ok(ev.some((e) => e.cameo === "030" && e.status === "reported"));
    assert.ok(!ev.some((e) => e.plover.type === "THREATEN"));
    // Not a negated attack: nothing says an attack did not happen, only that one was forsworn.
    assert.ok(!ev.some((e) => e.cameo === "190"));
  });

  it("codes an appeal, demand or warning to refrain as none for the act it names, whose doer is the party told", () => {
    assert.deepEqual(pairsIn("Chile urged Peru not to supply weapons to Bolivia."), ["CHL>PER 020"]);
    assert.deepEqual(pairsIn("Chile demanded that Peru not release the prisoners."), ["CHL>PER 100"]);
    const warned = eventLines(eventsIn("Chile warned Peru not to attack Bolivia."), ["cameo", "status"]);
    assert.deepEqual(warned, ["CHL>PER 130 reported", "PER>BOL 190 negated"]);
    // (the party told read as an indirect object too)
    const kremlin = eventLines(eventsIn("Biden warned the Kremlin not to invade Ukraine."), ["cameo", "status"]).sort();
    assert.deepEqual(kremlin, ["RUS>UKR 190 negated", "USA>RUS 130 reported"]);
    // ("not only ... but also" refrains from nothing; a thing ordered is no party told to act)
    const both = pairsIn("Chile urged Peru not only to withdraw its troops from Bolivia but also to pay reparations.");
    assert.deepEqual(both, ["CHL>PER 0256"]);
    const ordered = pairsIn("The Peruvian government ordered a military buildup on the border to pressure Chile.");
    assert.ok(ordered.includes("PER>CHL 020"), ordered.join(", "));
  });

  it("codes what a party must or should not do as hypothetical, what it did not do as negated", () => {
    const status = (text: string) => eventsIn(text).map((e) => `${e.cameo} ${e.status}`);
    assert.deepEqual(status("Peru must not send weapons to Bolivia."), ["072 hypothetical"]);
    assert.deepEqual(status("Peru should not send weapons to Bolivia."), ["072 hypothetical"]);
    assert.deepEqual(status("Peru did not send weapons to Bolivia."), ["072 negated"]);
  });

  it("reads 'would' with an adverb of frequency as a past habit, reported unless a condition is stated", () => {
    const status = (text: string) => eventsIn(text).map((e) => `${e.cameo} ${e.status}`);
    assert.deepEqual(status("In the 1990s, Peru would often criticize Chile."), ["111 reported"]);
    assert.deepEqual(status("Peru would criticize Chile."), ["111 hypothetical"]);
    assert.deepEqual(status("During the war, Peruvian forces would regularly shell Chilean towns."), ["194 reported"]);
    // (not a reported plan, nor an arrangement told in no past)
    assert.deepEqual(status("Peru said it would routinely criticize Chile."), ["111 planned"]);
    assert.deepEqual(status("Under the deal, Peru would regularly criticize Chile."), ["111 hypothetical"]);
    const conditional = status("Peru would often criticize Chile if the talks failed.");
    assert.deepEqual(
      conditional.filter((l) => l.startsWith("111")),
      ["111 hypothetical"],
    );
  });

  it("keeps a possessed act a verb of saying only speaks of as it happened ('failed to mention her request')", () => {
    const status = (text: string) => eventsIn(text).map((e) => `${e.cameo} ${e.status}`);
    assert.deepEqual(status("Peru's foreign minister failed to mention her own request for talks with Chile."), [
      "026 reported",
    ]);
    // (a plan to say it is still a plan for it)
    assert.deepEqual(status("Peru will announce its withdrawal from the treaty."), ["160 planned"]);
    // (a verb with an effect of its own on the act still passes it on: a visit cancelled did not happen)
    assert.ok(status("Peru cancelled the Chilean president's visit.").includes("042 negated"));
  });

  it("drops an act a memoir claims, and keeps one it says ('Bolton claims Peru asked Chile for help')", () => {
    assert.deepEqual(pairsIn("In his memoir, Bolton claims Peru asked Chile for help."), []);
    assert.deepEqual(pairsIn("In his memoir, Bolton alleges Peru asked Chile for help."), []);
    assert.deepEqual(pairsIn("In his memoir, Bolton says Peru asked Chile for help."), ["PER>CHL 023"]);
    // (so is what allegations tell, with "that" read as the object of a relative clause)
    assert.deepEqual(pairsIn("The charge stemmed from allegations that Peru pressured the Chilean government."), []);
    assert.deepEqual(pairsIn("Peru made allegations against Chile."), ["PER>CHL 112"]);
  });

  it("codes a vow to retaliate as a 138 threat and the retaliation as planned", () => {
    const doc = docFromParse(
      `Tehran Tehran PROPN 2 nsubj
vowed vow VERB 0 root
to to PART 4 mark
retaliate retaliate VERB 2 xcomp
against against ADP 6 case
Israel Israel PROPN 4 obl
. . PUNCT 2 punct`,
      { actors: [C("Iran", "IRN", "Tehran"), C("Israel", "ISR")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["IRN>ISR 138 THREATEN reported", "IRN>ISR 190 ASSAULT planned"]);
  });

  it("codes 'will not accept' as a reported refusal (12x) with the act negated, but not a past 'did not'", () => {
    const doc = docFromParse(
      `Amman Amman PROPN 4 nsubj
will will AUX 4 aux
not not PART 4 advmod
accept accept VERB 0 root
more more ADJ 7 amod
Syrian Syrian ADJ 7 amod
refugees refugee NOUN 4 obj
. . PUNCT 4 punct

Amman Amman PROPN 4 nsubj
did do AUX 4 aux
not not PART 4 advmod
accept accept VERB 0 root
the the DET 6 det
refugees refugee NOUN 4 obj
. . PUNCT 4 punct`,
      { actors: [C("Jordan", "JOR", "Amman")] },
    );
    // The second refusal of the refugees goes to the side Jordan was dealing with, so it repeats the first act.
    assert.deepEqual(brief(codeEvents(lex, doc)), ["JOR>SYR 075 AID negated", "JOR>SYR 122 REJECT reported"]);
  });

  it("codes a declared 'could not accept' as a refusal, a narrated 'because ... could not accept' as none", () => {
    const doc = (rel: string, head: string) =>
      docFromParse(
        `Peru Peru PROPN 2 nsubj
said say VERB 0 root VBD
${head}
Amman Amman PROPN 7 nsubj
could could AUX 7 aux
not not PART 7 advmod
accept accept VERB 2 ${rel}
the the DET 9 det
refugees~ refugee NOUN 7 obj
. . PUNCT 2 punct`,
        { actors: [C("Jordan", "JOR", "Amman"), C("Peru", "PER")] },
      );
    const rejects = (d: ReturnType<typeof doc>) => brief(codeEvents(lex, d)).filter((e) => e.includes("REJECT"));
    assert.deepEqual(rejects(doc("ccomp", "that that SCONJ 7 mark")), ["JOR>- 122 REJECT reported"]);
    assert.deepEqual(rejects(doc("advcl", "because because SCONJ 7 mark")), []);
  });

  it("reads 'said X would' as X's plan (backshifted will), and keeps 'would ... if' hypothetical", () => {
    const doc = docFromParse(
      `Ottawa Ottawa PROPN 2 nsubj
said say VERB 0 root VBD
Canada Canada PROPN 5 nsubj
would would AUX 5 aux
send send VERB 2 ccomp
medicine medicine NOUN 5 obj
to to ADP 8 case
Haiti Haiti PROPN 5 obl
. . PUNCT 2 punct

Ottawa Ottawa PROPN 2 nsubj
said say VERB 0 root VBD
Canada Canada PROPN 5 nsubj
would would AUX 5 aux
send send VERB 2 ccomp
medicine medicine NOUN 5 obj
to to ADP 8 case
Haiti Haiti PROPN 5 obl
if if SCONJ 10 mark
asked ask VERB 5 advcl
. . PUNCT 2 punct`,
      { actors: [C("Canada", "CAN", "Ottawa", "Canada"), C("Haiti", "HTI")] },
    );
    const sends = codeEvents(lex, doc).filter((e) => e.cameo === "073");
    assert.deepEqual(
      sends.map((e) => e.status),
      ["planned", "hypothetical"],
    );
  });

  it("codes a declared refusal to negotiate as a rejection by the refusing side only", () => {
    const doc = docFromParse(
      `Caracas Caracas PROPN 4 nsubj
would would AUX 4 aux
never never ADV 4 advmod
negotiate negotiate VERB 0 root
with with ADP 6 case
Washington Washington PROPN 4 obl
. . PUNCT 4 punct`,
      { actors: [C("Venezuela", "VEN", "Caracas"), C("United States", "USA", "Washington")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), [
      "USA>VEN 046 CONSULT negated",
      "VEN>USA 046 CONSULT negated",
      "VEN>USA 125 REJECT reported",
    ]);
  });

  it("takes the author of a threat drawn from someone from its from-phrase, aimed at who drew it", () => {
    const doc = docFromParse(
      `Ruritania Ruritania PROPN 2 nsubj
drew draw VERB 0 root VBD
a a DET 4 det
threat threat NOUN 2 obj
from from ADP 6 case
Moldova~ Moldova PROPN 4 nmod
. . PUNCT 2 punct`,
      { actors: [C("Ruritania", "RUR"), C("Moldova", "MDA")] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["plover"]), ["MDA>RUR THREATEN"]);
  });

  it("codes 'told X that Y should stop' as an appeal to Y, and a 'should' on no one as nothing", () => {
    const actors = [C("Ruritania", "RUR"), C("Moldova", "MDA")];
    const appeal = docFromParse(
      `Ruritania Ruritania PROPN 2 nsubj
told tell VERB 0 root VBD
reporters reporter NOUN 2 obj
that that SCONJ 7 mark
Moldova Moldova PROPN 7 nsubj
should should AUX 7 aux
stop stop VERB 2 ccomp VB
staging stage VERB 7 xcomp VBG
provocations~ provocation NOUN 8 obj
. . PUNCT 2 punct`,
      { actors },
    );
    assert.deepEqual(eventLines(codeEvents(lex, appeal), ["plover"]), ["RUR>MDA REQUEST"]);
    const nobody = docFromParse(
      `Ruritania Ruritania PROPN 2 nsubj
told tell VERB 0 root VBD
reporters reporter NOUN 2 obj
that that SCONJ 7 mark
no no DET 6 det
family family NOUN 7 nsubj
should should AUX 7 aux
suffer~ suffer VERB 2 ccomp VB
. . PUNCT 2 punct`,
      { actors },
    );
    assert.deepEqual(eventLines(codeEvents(lex, nobody), ["plover"]), []);
  });
});

describe("events: warnings of natural hazards are no threats", () => {
  const actors = [C("Peru", "PER")];
  const warned = (what: string) =>
    docFromParse(
      `Peru Peru PROPN 2 nsubj
warned warn VERB 0 root VBD
of of ADP 4 case
${what}~ ${what} NOUN 2 obl
. . PUNCT 2 punct`,
      { actors },
    );

  it("codes no threat for warning of floods or issuing a storm warning, a threat for warning of a response", () => {
    assert.deepEqual(brief(codeEvents(lex, warned("floods"))), []);
    assert.deepEqual(brief(codeEvents(lex, warned("response"))), ["PER>- 130 THREATEN reported"]);
    const issued = docFromParse(
      `Peru Peru PROPN 2 nsubj
issued issue VERB 0 root VBD
a a DET 5 det
storm storm NOUN 5 compound
warning~ warning NOUN 2 obj
. . PUNCT 2 punct`,
      { actors },
    );
    assert.deepEqual(brief(codeEvents(lex, issued)), []);
  });
});

describe("events: what an act would be met with", () => {
  it("codes 'warned that any attack would be met with force' as a threat of force, not of halting talks", () => {
    const doc = docFromParse(
      `Peru Peru PROPN 2 nsubj
warned warn VERB 0 root VBD
that that SCONJ 8 mark
any any DET 5 det
attack attack NOUN 8 nsubj:pass
would would AUX 8 aux
be be AUX 8 aux:pass
met meet VERB 2 ccomp VBN
with with ADP 10 case
force~ force NOUN 8 obl
. . PUNCT 2 punct`,
      { actors: [C("Peru", "PER")] },
    );
    assert.deepEqual(
      codeEvents(lex, doc).map((e) => e.cameo),
      ["138"],
    );
  });

  it("codes a vow or threat of revenge, reprisals or to avenge as a threat of force (138) on whom it names", () => {
    assert.deepEqual(pairsIn("Syria vowed reprisals against Turkey on Sunday."), ["SYR>TUR 138"]);
    assert.deepEqual(pairsIn("Turkey shelled a Syrian army post. Damascus vowed to avenge the soldiers."), [
      "SYR>TUR 138",
      "TUR>SYR 194",
    ]);
    assert.deepEqual(pairsIn("Turkey shelled a Syrian army post. Damascus vowed revenge."), [
      "SYR>TUR 138",
      "TUR>SYR 194",
    ]);
  });

  it("codes a reminder to a party, or reminding it, that it must act as a demand on it", () => {
    assert.deepEqual(pairsIn("Spain issued a stern reminder to Morocco that it must control its border."), [
      "ESP>MAR 100",
    ]);
    // (an appeal, 02x, refined by what it is about)
    assert.deepEqual(
      pairsIn("Austria reminded Hungary that it should respect the ruling.").map((p) => p.slice(0, 10)),
      ["AUT>HUN 02"],
    );
    assert.deepEqual(pairsIn("The anniversary was a reminder of the war between Peru and Chile."), []);
  });
});

describe("events: retaliation against whoever the condition names", () => {
  it("aims 'would retaliate if X did Z' and its threat at X", () => {
    const lines = pairsIn("Peru would retaliate if Chile closed the border, a spokesman said.");
    assert.ok(lines.includes("PER>CHL 138") && lines.includes("PER>CHL 190"), lines.join("; "));
  });
});

describe("events: responses to any attack", () => {
  const lines = (text: string) =>
    eventsIn(text).map((e) => `${e.source.country}>${e.target?.country ?? "-"} ${e.cameo} ${e.status}`);
  it("codes 'would respond to any attack by X' as a threat of force (138) and the response as hypothetical", () => {
    assert.deepEqual(lines("Peru would respond firmly to any attack by Chile."), [
      "PER>CHL 190 hypothetical",
      "PER>CHL 138 reported",
      "CHL>PER 190 hypothetical",
    ]);
    // (quoted adverbs the parser hung the to-phrase on do not take it away)
    assert.ok(
      lines('Lima would respond "swiftly and forcefully" to any attack by Chile.').includes("PER>CHL 138 reported"),
    );
  });
  it("codes no force for a response that was made, nor for one to what is no attack", () => {
    assert.deepEqual(
      lines("Peru responded to the Chilean attack on Monday.").filter((l) => l.startsWith("PER")),
      [],
    );
    assert.deepEqual(lines("Peru will respond to any question."), []);
    assert.deepEqual(lines("The European Commission will respond to any violations of EU law by Hungary."), []);
  });
  it("reads 'any' with a time or a manner as no condition", () => {
    assert.deepEqual(lines("Chile will launch the offensive against the rebels at any moment."), ["CHL>- 190 planned"]);
  });
});

describe("events: an organization's chief warning that it would respond", () => {
  it("aims the warning at the subject of the condition, not at the organization its chief speaks for", () => {
    assert.deepEqual(pairsIn("Stoltenberg warned that NATO would respond if Russia used nuclear weapons."), [
      "NATO>RUS 138",
    ]);
    assert.deepEqual(
      pairsIn("If Russia uses nuclear weapons, NATO will respond, the alliance's secretary-general warned."),
      ["NATO>RUS 138"],
    );
  });
});

describe("events: what one does not rule out", () => {
  const lines = (text: string) =>
    eventsIn(text)
      .map((e) => `${e.source.country}>${e.target?.country ?? "-"} ${e.cameo} ${e.status}`)
      .sort();
  it("keeps an act not ruled out possible (hypothetical), and makes no refusal of refusing to rule it out", () => {
    assert.deepEqual(lines("Macron did not rule out sending troops to Ukraine."), [
      "FRA>UKR 120 negated",
      "FRA>UKR 154 hypothetical",
    ]);
    assert.deepEqual(lines("Macron refused to rule out sending troops to Ukraine."), [
      "FRA>UKR 120 negated",
      "FRA>UKR 154 hypothetical",
    ]);
    // (an act ruled out will not happen)
    assert.deepEqual(lines("Macron ruled out sending troops to Ukraine."), [
      "FRA>UKR 120 reported",
      "FRA>UKR 154 negated",
    ]);
    // (refusing to exclude a thing from something is a refusal still)
    assert.ok(
      lines("Hungary refused to exclude Russian oil from the sanctions package.").includes("HUN>RUS 120 reported"),
    );
  });
});

describe("events: the means of a promised response", () => {
  it("reads a threat to respond with tariffs or sanctions as a threat of sanctions, with force as one of force", () => {
    const threats = (text: string) => pairsIn(text).filter((p) => p.split(" ")[1].startsWith("13"));
    assert.deepEqual(threats("Chile threatened to retaliate with tariffs if Peru raised its duties."), [
      "CHL>PER 1312",
    ]);
    assert.deepEqual(threats("Chile warned it would retaliate with sanctions against Peru."), ["CHL>PER 1312"]);
    assert.deepEqual(threats("Chile vowed to respond with force to any attack by Peru."), ["CHL>PER 138"]);
    assert.deepEqual(threats("Chile threatened Peru with tariffs."), ["CHL>PER 1312"]);
    assert.deepEqual(threats("Chile threatened Peru with military action."), ["CHL>PER 138"]);
    // (a military response is force, a firm one is not; a weapon as the means is no arms aid; a trade war is sanctions)
    assert.deepEqual(threats("Chile vowed a military response to any provocation by Peru."), ["CHL>PER 138"]);
    assert.deepEqual(threats("Chile vowed a firm response to Peruvian tariffs."), ["CHL>PER 1312"]);
    assert.deepEqual(threats("Chile vowed to retaliate with missiles against Peru."), ["CHL>PER 138"]);
    assert.deepEqual(threats("Chile threatened Peru with a trade war."), ["CHL>PER 1312"]);
  });

  it("keeps a threat made on a condition reported, the threatened act conditional and aimed at the condition's party", () => {
    const lines = eventLines(eventsIn("Chile threatened to retaliate with tariffs if Peru raised its duties."), [
      "cameo",
      "status",
    ]);
    assert.deepEqual(lines, ["CHL>PER 1312 reported", "CHL>PER 163 hypothetical"]);
    // (a threat still to come keeps its condition)
    const future = eventLines(eventsIn("If Peru raises its duties, Chile will threaten to leave the talks."), [
      "status",
    ]);
    assert.ok(future.length > 0 && future.every((l) => !l.endsWith("reported")));
  });
});

describe("events: warnings of a disaster", () => {
  it("codes no threat for a warning that a famine or an epidemic is coming, and keeps warnings to a party", () => {
    assert.deepEqual(pairsIn("The United Nations warned that famine was imminent in Chile."), []);
    assert.deepEqual(pairsIn("Chile warned that Peru would pay a price for its actions."), ["CHL>PER 130"]);
  });
});

describe("events: a hostile act its source declares it will do", () => {
  it("adds the threat the declaration makes, the act itself listed as planned ('Chile said it would close its border')", () => {
    assert.deepEqual(eventLines(eventsIn("Chile said it would close its border with Peru."), ["cameo", "status"]), [
      "CHL>PER 1381 reported",
      "CHL>PER 191 planned",
    ]);
    assert.deepEqual(
      eventLines(eventsIn("Peruvian rebels said they would attack Chilean positions."), ["cameo", "status"]),
      ["PER>CHL 138 reported", "PER>CHL 190 planned"],
    );
    // (retaliating against trade measures threatens measures in kind, not force)
    assert.deepEqual(
      eventLines(eventsIn("Peru said it would retaliate against Chile's new tariffs."), ["cameo", "status"]),
      ["PER>CHL 1312 reported", "PER>CHL 163 planned"],
    );
  });

  it("lists a reported counterfactual ('said it would have attacked Peru') as hypothetical, no plan", () => {
    assert.deepEqual(
      eventLines(eventsIn("Chile said it would have attacked Peru had the talks failed."), ["cameo", "status"], "190"),
      ["CHL>PER 190 hypothetical"],
    );
  });

  it("adds none for another's plan reported, a plan stated by the text, or a cooperative act", () => {
    for (const text of [
      "Officials said Chile would impose sanctions on Peru.",
      "Chile will impose sanctions on Peru next week.",
      "Peru said it would hold talks with Chile.",
      // (a counterfactual)
      "Chile said it would have attacked Peru had the talks failed.",
      // (a speaker telling what another will do)
      "Asked about Peru, Chile's president said it would attack Chile again.",
    ])
      assert.deepEqual(
        eventsIn(text).filter((e) => e.cameo?.startsWith("13")),
        [],
        text,
      );
  });
});

describe("events: a threat made on a condition", () => {
  it("keeps a threat or warning with an if-clause reported; what it threatens stays hypothetical", () => {
    const lines = (text: string) => eventLines(eventsIn(text), ["cameo", "status"]);
    // (aimed at the party the condition is on)
    assert.deepEqual(lines("Chile threatened sanctions if Peru did not release the fishermen."), [
      "CHL>PER 1312 reported",
      "CHL>PER 163 hypothetical",
    ]);
    assert.deepEqual(lines("The Chilean government threatened military intervention if the junta did not step down."), [
      "CHL>- 138 reported",
    ]);
    // (a threat that itself would or will be made is as hypothetical as its condition)
    assert.ok(lines("Chile would threaten sanctions if Peru moved troops.").includes("CHL>PER 1312 hypothetical"));
    assert.ok(lines("If Peru moves troops, Chile will threaten sanctions.").includes("CHL>PER 1312 hypothetical"));
    // (a threat of force in a place named falls on that place)
    assert.deepEqual(lines("Chile threatened military intervention in Peru."), ["CHL>PER 138 reported"]);
  });
});

describe("events: a negative condition", () => {
  it("lists an act a condition says may not happen as hypothetical, not negated ('if Chile does not withdraw')", () => {
    const lines = eventLines(eventsIn("Peru will attack if Chile does not withdraw its troops."), ["cameo", "status"]);
    assert.ok(lines.includes("CHL>PER 0872 hypothetical"), lines.join("; "));
  });
});

describe("events: a warning that only forecasts", () => {
  it("threatens no one ('the UN warned that Bolivia faces famine', 'warned that the economy could shrink')", () => {
    assert.deepEqual(pairsIn("The United Nations warned on Monday that Bolivia faces famine within weeks."), []);
    assert.deepEqual(pairsIn("Chile's president warned that the economy could shrink next year."), []);
  });

  it("is a threat with a condition, an addressee, a party as its subject, or the force it answers with", () => {
    assert.deepEqual(
      pairsIn("Chile warned that further steps could follow if Peru closed the border.").includes("CHL>PER 130"),
      true,
    );
    assert.deepEqual(pairsIn("Peru warned that Bolivian troops near the border would be a legitimate target."), [
      "PER>BOL 130",
    ]);
    // (and so is a state's warning about another party, or to one)
    assert.deepEqual(pairsIn("Peru warned that Bolivia would regret its decision."), ["PER>BOL 130"]);
    assert.deepEqual(pairsIn("Peru warned Bolivia that the border would not stay open."), ["PER>BOL 130"]);
    assert.deepEqual(
      pairsIn("Chile warned that Chilean police would not tolerate further rallies.").includes("CHL>- 130"),
      true,
    );
  });
});
