import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { codeEvents } from "./code.js";
import { defaultLexicon } from "./lexicon/load.js";
import { countryActor as C, docFromParse, eventLines, eventsIn, pairsIn } from "./testing.js";

const lex = defaultLexicon();

describe("events: closing borders, commitments, and targets outside the act's clause", () => {
  it("codes closing or sealing a border as restricting movement (191) on the neighbour", () => {
    const doc = docFromParse(
      `Uganda Uganda PROPN 2 nsubj
closed close VERB 0 root VBD
its its PRON 5 nmod:poss
western western ADJ 5 amod
border border NOUN 2 obj
with with ADP 7 case
Congo~ Congo PROPN 5 nmod
. . PUNCT 2 punct`,
      { actors: [C("Uganda", "UGA"), C("Congo", "COD")] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo", "plover"]), ["UGA>COD 191 COERCE"]);
    const sealed = docFromParse(
      `Chile Chile PROPN 2 nsubj
sealed seal VERB 0 root VBD
its its PRON 4 nmod:poss
borders~ border NOUN 2 obj
. . PUNCT 2 punct`,
      { actors: [C("Chile", "CHL")] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, sealed), ["cameo"]), ["CHL>- 191"]);
  });

  it("reads 'commit' as a promise only with what is promised, never 'crimes committed by'", () => {
    const doc = docFromParse(
      `Atrocities atrocity NOUN 0 root
committed commit VERB 1 acl VBN
by by ADP 5 case
Ruritanian Ruritanian ADJ 5 amod
troops~ troop NOUN 2 obl:agent
. . PUNCT 1 punct

Ruritanian Ruritanian ADJ 2 amod
rebels rebel NOUN 3 nsubj
committed commit VERB 0 root VBD
crimes~ crime NOUN 3 obj
. . PUNCT 3 punct

Peru Peru PROPN 2 nsubj
committed commit VERB 0 root VBD
to to ADP 4 case
talks talk NOUN 2 obl
with with ADP 6 case
Chile~ Chile PROPN 4 nmod
. . PUNCT 2 punct`,
      {
        actors: [
          { name: "Ruritanian troops", country: "RUR", sector: "MIL", kind: "group", words: ["Ruritanian troops"] },
          { name: "Ruritanian rebels", country: "RUR", sector: "REB", kind: "group", words: ["Ruritanian rebels"] },
          C("Peru", "PER"),
          C("Chile", "CHL"),
        ],
      },
    );
    const lines = eventLines(codeEvents(lex, doc), ["plover"]);
    assert.ok(!lines.some((l) => l.startsWith("RUR")), lines.join(" | "));
    assert.ok(lines.includes("PER>CHL AGREE"), lines.join(" | "));
  });

  it("does not take the target from a conjoined clause with its own subject ('officials told Reuters')", () => {
    const doc = docFromParse(
      `The the DET 2 det
navy navy NOUN 3 nsubj
lifted lift VERB 0 root VBD
its its PRON 5 nmod:poss
blockade blockade NOUN 3 obj
of of ADP 8 case
the the DET 8 det
port~ port NOUN 5 nmod
, , PUNCT 11 punct
officials official NOUN 11 nsubj
told tell VERB 3 conj VBD
Reuters~ Reuters PROPN 11 iobj
. . PUNCT 3 punct`,
      {
        actors: [
          { name: "navy", country: "ESP", sector: "MIL", kind: "group", words: ["navy"] },
          { name: "Reuters", country: "GBR", sector: "MED", kind: "organization", words: ["Reuters"] },
        ],
      },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["ESP>- 0872"]);
  });
});

describe("events: drills held together", () => {
  const parse = (subject: string) =>
    docFromParse(
      `${subject}
began begin VERB 0 root VBD
naval naval ADJ 6 amod
drills~ drill NOUN 4 obj
. . PUNCT 4 punct`,
      { actors: [C("Iran", "IRN"), C("Oman", "OMN")] },
    );

  it("codes drills whose subject names two countries as joint exercises (062) both ways", () => {
    const doc = parse(`Iran Iran PROPN 4 nsubj
and and CCONJ 3 cc
Oman Oman PROPN 1 conj`);
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo", "plover"]), [
      "IRN>OMN 062 COOPERATE",
      "OMN>IRN 062 COOPERATE",
    ]);
  });

  it("keeps one country's drills a show of force (150)", () => {
    const one = docFromParse(
      `Iran Iran PROPN 2 nsubj
began begin VERB 0 root VBD
naval naval ADJ 4 amod
drills~ drill NOUN 2 obj
. . PUNCT 2 punct`,
      { actors: [C("Iran", "IRN")] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, one), ["cameo", "plover"]), ["IRN>- 150 MOBILIZE"]);
  });
});

describe("events: more codebook verbs, and holders of stative light verbs", () => {
  it("codes restrictions imposed (172), stones thrown (145) and sexual abuse (1821)", () => {
    const doc = docFromParse(
      `Austria Austria PROPN 2 nsubj
imposed impose VERB 0 root VBD
restrictions restriction NOUN 2 obj
on on ADP 5 case
Hungarians~ Hungarian PROPN 3 nmod
. . PUNCT 2 punct

Moldovan Moldovan ADJ 2 amod
students student NOUN 3 nsubj
threw throw VERB 0 root VBD
rocks rock NOUN 3 obj
at at ADP 6 case
police~ police NOUN 3 obl
. . PUNCT 3 punct

Guards guard NOUN 3 nsubj
sexually sexually ADV 3 advmod
abused abuse VERB 0 root VBD
Eritrean Eritrean ADJ 5 amod
migrants~ migrant NOUN 3 obj
. . PUNCT 3 punct`,
      {
        actors: [
          C("Austria", "AUT"),
          C("Hungarians", "HUN"),
          { name: "Moldovan students", country: "MDA", sector: "EDU", kind: "group", words: ["Moldovan students"] },
          { name: "police", country: "MDA", sector: "COP", kind: "group", words: ["police"] },
          { name: "Guards", country: "LBY", sector: "COP", kind: "group", words: ["Guards"] },
          { name: "Eritrean migrants", country: "ERI", sector: "CVL", kind: "group", words: ["Eritrean migrants"] },
        ],
      },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo", "plover"]), [
      "AUT>HUN 172 COERCE",
      "LBY>ERI 1821 ASSAULT",
      "MDA>MDA 145 PROTEST",
    ]);
  });

  it("gives an event noun carried by 'were engaged in' to the passive's subject, not to the reporter", () => {
    const doc = docFromParse(
      `Ruritanian Ruritanian ADJ 2 amod
militias militia NOUN 4 nsubj:pass
were be AUX 4 aux:pass
engaged engage VERB 0 root VBN
in in ADP 7 case
ethnic ethnic ADJ 7 amod
cleansing cleansing NOUN 4 obl
, , PUNCT 9 punct
according accord VERB 12 case
to to ADP 9 fixed
the the DET 12 det
UN~ UN PROPN 4 obl
. . PUNCT 4 punct`,
      {
        actors: [
          { name: "Ruritanian militias", country: "RUR", sector: "REB", kind: "group", words: ["Ruritanian militias"] },
          { name: "UN", country: "UN", sector: "IGO", kind: "organization", words: ["UN"] },
        ],
      },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo", "plover"]), ["RUR>- 203 ASSAULT"]);
  });
});

describe("events: peacekeepers withdrawn", () => {
  it("codes withdrawing a peacekeeping force as 1661, and a threat when it hangs on a condition", () => {
    const doc = docFromParse(
      `Ghana Ghana PROPN 3 nsubj
will will AUX 3 aux
withdraw withdraw VERB 0 root VB
its its PRON 6 nmod:poss
peacekeeping peacekeeping NOUN 6 compound
force force NOUN 3 obj
from from ADP 8 case
Mali Mali PROPN 3 obl
unless unless SCONJ 12 mark
the the DET 11 det
junta junta NOUN 12 nsubj
frees~ free VERB 3 advcl VBZ
. . PUNCT 3 punct`,
      { actors: [C("Ghana", "GHA"), C("Mali", "MLI")] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo", "plover", "status"]), [
      "GHA>MLI 136 THREATEN reported",
      "GHA>MLI 1661 SANCTION hypothetical",
    ]);
  });
});

describe("events: weapons fired, and people held", () => {
  it("codes shells fired as artillery (194) at the target their at-phrase names", () => {
    const doc = docFromParse(
      `Ruritanian Ruritanian ADJ 2 amod
tanks tank NOUN 3 nsubj
fired fire VERB 0 root VBD
shells shell NOUN 3 obj
at at ADP 6 case
Moldova~ Moldova PROPN 4 nmod
. . PUNCT 3 punct`,
      { actors: [C("Moldova", "MDA"), { name: "Ruritania", country: "RUR", words: ["Ruritanian"] }] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo", "plover"]), ["RUR>MDA 194 ASSAULT"]);
  });

  it("takes 'people' detained in a city as civilians of that city's country", () => {
    const doc = docFromParse(
      `Police police NOUN 2 nsubj
detained detain VERB 0 root VBD
30 30 NUM 4 nummod
people people NOUN 2 obj
in in ADP 6 case
Nairobi~ Nairobi PROPN 2 obl
. . PUNCT 2 punct`,
      { actors: [] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["KEN>KEN 173"]);
  });
});

describe("events: letting others take part in politics", () => {
  it("codes allowing a party to contest a vote as easing political restrictions (0812), a rally as easing a ban (0811), the rally itself only allowed", () => {
    const contest = docFromParse(
      `Ruritania Ruritania PROPN 2 nsubj
allowed allow VERB 0 root VBD
Moldova Moldova PROPN 2 obj
to to PART 5 mark
contest contest VERB 2 xcomp
the the DET 7 det
election~ election NOUN 5 obj
. . PUNCT 2 punct`,
      { actors: [C("Moldova", "MDA"), { name: "Ruritania", country: "RUR", words: ["Ruritania"] }] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, contest), ["cameo"]), ["RUR>MDA 0812"]);
    // (a party holds rallies; a state body's rally is no demonstration: rally state=010)
    const rally = docFromParse(
      `Ruritania Ruritania PROPN 2 nsubj
permitted permit VERB 0 root VBD
Socialists Socialist PROPN 2 obj
to to PART 5 mark
hold hold VERB 2 xcomp
a a DET 7 det
rally~ rally NOUN 5 obj
. . PUNCT 2 punct`,
      {
        actors: [
          { name: "Socialists", country: "MDA", sector: "OPP", kind: "organization", words: ["Socialists"] },
          { name: "Ruritania", country: "RUR", words: ["Ruritania"] },
        ],
      },
    );
    assert.deepEqual(eventLines(codeEvents(lex, rally), ["cameo", "status"]), [
      "MDA>MDA 141 hypothetical",
      "RUR>MDA 0811 reported",
    ]);
  });
});

describe("events: demands accepted from a party named on the verb", () => {
  it("codes 'accepted demands from rebels' with the from-phrase hung on the verb as a concession to them", () => {
    const doc = docFromParse(
      `Maputo Maputo PROPN 2 nsubj
accepted accept VERB 0 root VBD
demands demand NOUN 2 obj
from from ADP 5 case
rebels~ rebel NOUN 2 obl
. . PUNCT 2 punct`,
      {
        actors: [
          { name: "Maputo", country: "MOZ", sector: "GOV", kind: "organization", words: ["Maputo"] },
          { name: "rebels", country: null, sector: "REB", kind: "group", words: ["rebels"] },
        ],
      },
    );
    // the rebels, named with no country, are of the government's country
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["MOZ>MOZ 083"]);
  });
});

describe("events: names no one can place are no targets", () => {
  it("looks past 'Nakhichevan' to the demonym of its phrase ('the Azerbaijani republic of Nakhichevan')", () => {
    const doc = docFromParse(
      `Iran Iran PROPN 2 nsubj
threatened threaten VERB 0 root VBD
to to PART 4 mark
cut cut VERB 2 xcomp VB
off off ADP 4 compound:prt
power power NOUN 4 obj
to to ADP 10 case
the the DET 10 det
Azerbaijani Azerbaijani PROPN 10 compound
republic republic NOUN 4 obl
of of ADP 12 case
Nakhichevan~ Nakhichevan PROPN 10 nmod
. . PUNCT 2 punct`,
      {
        actors: [
          C("Iran", "IRN"),
          { name: "Nakhichevan", country: null, sector: null, kind: "organization", words: ["Nakhichevan"] },
        ],
      },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["IRN>AZE 130"]);
  });
});

describe("events: mobilizing forces, not lobbyists", () => {
  const mobilized = (object: string) =>
    docFromParse(
      `Peru Peru PROPN 2 nsubj
mobilized mobilize VERB 0 root VBD
${object}
. . PUNCT 2 punct`.replace("\n\n", "\n"),
      { actors: [C("Peru", "PER")] },
    );

  it("codes mobilizing troops or mobilizing with no object as 154, mobilizing pressure groups as nothing", () => {
    assert.deepEqual(eventLines(codeEvents(lex, mobilized("reservists reservist NOUN 2 obj")), ["cameo"]), [
      "PER>- 154",
    ]);
    assert.deepEqual(eventLines(codeEvents(lex, mobilized("")), ["cameo"]), ["PER>- 154"]);
    assert.deepEqual(eventLines(codeEvents(lex, mobilized("lobbyists lobbyist NOUN 2 obj")), ["cameo"]), []);
  });
});

describe("events: blocking a joint statement", () => {
  it("codes 'blocked an EU statement condemning the raid' as a rejection, and not the condemnation", () => {
    const doc = docFromParse(
      `Hungary Hungary PROPN 2 nsubj
blocked block VERB 0 root VBD
an a DET 5 det
EU EU PROPN 5 compound
statement statement NOUN 2 obj
condemning condemn VERB 5 acl VBG
the the DET 8 det
raid~ raid NOUN 6 obj
. . PUNCT 2 punct`,
      {
        actors: [
          C("Hungary", "HUN"),
          { name: "EU", country: "EU", sector: "IGO", kind: "organization", words: ["EU"] },
        ],
      },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["HUN>EU 120"]);
  });
});

describe("events: exchanges of fire and attacks on positions", () => {
  const coded = (text: string) =>
    eventsIn(text)
      .map(
        (e) =>
          `${e.source.country}>${e.target?.country ?? "-"} ${e.cameo} ${text.slice(e.trigger.start, e.trigger.end)}`,
      )
      .sort();

  it("codes exchanging or trading fire as fighting in both directions (190)", () => {
    assert.deepEqual(coded("Indian and Pakistani troops exchanged fire across the border on Monday."), [
      "IND>PAK 190 exchanged",
      "PAK>IND 190 exchanged",
    ]);
    assert.deepEqual(coded("Georgian police traded fire with Russian soldiers."), [
      "GEO>RUS 190 traded",
      "RUS>GEO 190 traded",
    ]);
    // delegations exchanged are visits, as before
    assert.ok(coded("Seoul and Tokyo exchanged delegations in March.").every((l) => l.includes(" 042 ")));
  });

  it("reads attacks on a policy or a vote as criticism of its owner, not armed force", () => {
    assert.deepEqual(coded("The Kremlin stepped up its attacks on the EU's sanctions policy."), ["RUS>EU 111 attacks"]);
  });

  it("reads attacking positions as armed force, not as criticism of a stance", () => {
    assert.deepEqual(coded("Azerbaijani forces attacked Armenian positions near the border."), [
      "AZE>ARM 190 attacked",
    ]);
  });
});

describe("events: police sent abroad, support suspended, boats blocked, bids blocked", () => {
  const coded = (text: string) =>
    eventsIn(text)
      .map((e) => `${e.source.country}>${e.target?.country ?? "-"} ${e.cameo} ${e.status}`)
      .sort();

  it("codes police sent to another country as a deployment (153), and not police sent a letter", () => {
    assert.deepEqual(coded("Rwanda will send 400 police officers to Mozambique."), ["RWA>MOZ 153 planned"]);
    assert.deepEqual(coded("The Nigerian union sent the police a letter about the march."), []);
  });

  it("codes budget support suspended as aid stopped (162) and a boat blocked as restricted movement (191)", () => {
    assert.deepEqual(coded("Germany suspended budget support to Mali in August."), ["DEU>MLI 162 reported"]);
    assert.deepEqual(coded("Vietnam's coast guard blocked a Chinese fishing vessel on Monday."), [
      "VNM>CHN 191 reported",
    ]);
  });

  it("aims blocking a membership or a bid at the state whose it is, not the body it would join", () => {
    assert.deepEqual(coded("Greece blocked North Macedonia's EU membership."), ["GRC>MKD 120 reported"]);
  });
});

describe("events: places between two states, and cooperation with no partner", () => {
  it("takes no party or place from a thing of two states ('on the Iranian-Syrian border')", () => {
    assert.deepEqual(pairsIn("Iraq funded a refugee camp on the Iranian-Syrian border."), ["IRQ>- 071"]);
    const town = pairsIn("Students protested in the Indian-Chinese border town.");
    assert.ok(
      town.every((l) => !l.includes("IND")),
      town.join(" "),
    );
    // one state's goods are still that state's
    assert.deepEqual(pairsIn("China imposed tariffs on Australian wine."), ["CHN>AUS 163"]);
    assert.deepEqual(pairsIn("Chile imposed countermeasures on Peru."), ["CHL>PER 163"]);
  });

  it("codes no material cooperation that names no partner", () => {
    assert.deepEqual(pairsIn("Peru will extradite the suspect next month."), []);
    assert.deepEqual(pairsIn("Peru will extradite the suspect to Chile next month."), ["PER>CHL 063"]);
  });
});

describe("events: criticism drawn, condemnation sparked", () => {
  it("takes the subject of a verb of incurring as the target, and the from-phrase as the author", () => {
    const sparked = pairsIn("Israel's strike on Iran sparked condemnation from Turkey.").filter((l) =>
      l.endsWith(" 111"),
    );
    assert.deepEqual(sparked, ["TUR>ISR 111"]);
    assert.deepEqual(pairsIn("Poland's new media law drew sharp criticism from Brussels on Tuesday."), ["EU>POL 111"]);
    // (the from-phrase hung on the verb too)
    assert.deepEqual(pairsIn("Hungary's asylum plan drew criticism from Germany on Friday."), ["DEU>HUN 111"]);
    // (from no one named: no author, so no event, rather than the plan's owner criticizing itself)
    assert.deepEqual(pairsIn("Hungary's asylum plan drew criticism on Friday."), []);
  });
  it("reads 'drew' as the verb where the tagger took it for a symbol, or the parser hung it inside an infinitive", () => {
    assert.deepEqual(pairsIn("Canada's sanctions drew sharp criticism from Moscow."), ["RUS>CAN 111"]);
    const decision = eventsIn("Canada's decision to sanction Russian oligarchs drew sharp criticism from Moscow.");
    assert.deepEqual(decision.map((e) => `${e.source.country}>${e.target?.country} ${e.cameo} ${e.status}`).sort(), [
      "CAN>RUS 163 planned",
      "RUS>CAN 111 reported",
    ]);
  });
});

describe("events: joint patrols flown, imports banned", () => {
  it("carries a patrol or sortie noun with 'fly' as a light verb", () => {
    assert.deepEqual(pairsIn("Russian and Chinese bombers flew a joint patrol over the Sea of Japan."), [
      "CHN>RUS 062",
      "RUS>CHN 062",
    ]);
  });

  it("codes banning imports or sales as an embargo (163) on the country they come from", () => {
    assert.deepEqual(pairsIn("China banned imports of Japanese seafood on Thursday."), ["CHN>JPN 163"]);
    assert.deepEqual(pairsIn("Canada banned the sale of Russian vodka."), ["CAN>RUS 163"]);
  });
});

describe("events: investigations aimed at the perpetrators", () => {
  it("aims investigating abuses or crimes at who committed them, not at their victims", () => {
    const text = "Kenya is investigating killings of protesters by police in Nairobi.";
    const events = eventsIn(text);
    assert.deepEqual(
      events
        .filter((e) => e.cameo?.startsWith("09"))
        .map((e) => `${e.source.code}>${e.target?.code ?? "-"} ${e.cameo}`),
      ["KEN>KENCOP 092"],
    );
  });
});

describe("events: the parties of a thing acted on are not the actors", () => {
  it("takes no source from a between-phrase inside the object of a one-way act", () => {
    const text = "A meeting of foreign ministers in Cairo condemned the maritime deal between Turkey and Libya.";
    const events = eventsIn(text);
    assert.deepEqual(
      events.filter((e) => e.cameo?.startsWith("11")).map((e) => e.source.country),
      [],
    );
  });
});

describe("events: releases demanded from whoever holds the people", () => {
  const demands = (text: string) =>
    eventsIn(text)
      .filter((e) => e.cameo === "1053")
      .map((e) => `${e.source.country}>${e.target?.country ?? "-"}`);

  it("aims a demand to release the source's own national at the state holding them, not at the national", () => {
    assert.deepEqual(demands("Estonia demanded the release of an Estonian teacher detained in Belarus."), ["EST>BLR"]);
    assert.deepEqual(
      demands("Japan demanded the release of a Japanese engineer who was arrested by Chinese police in May."),
      ["JPN>CHN"],
    );
    // with no holder named, no target
    assert.deepEqual(demands("Japan demanded the release of a Japanese journalist."), ["JPN>-"]);
  });
});

describe("events: airspace closed, people executed", () => {
  it("codes closing airspace to a state's aircraft as a restriction on it (172)", () => {
    assert.deepEqual(pairsIn("Latvia closed its airspace to Russian aircraft on Friday."), ["LVA>RUS 172"]);
  });

  it("codes executing people as killing (1823), never executing a plan", () => {
    assert.deepEqual(pairsIn("Belarus executed a German citizen on Monday."), ["BLR>DEU 1823"]);
    assert.deepEqual(pairsIn("The Belarusian army executed the plan on Monday."), []);
  });
});

describe("events: what an accusation or a claim says is not done", () => {
  it("codes rejecting accusations that it did something as a rejection only, aimed at no one named in them", () => {
    const text = "Minsk rejected accusations that it had supplied ammunition to Russia.";
    const events = eventsIn(text);
    assert.deepEqual(
      events.map((e) => `${e.source.country}>${e.target?.country ?? "-"} ${e.cameo} ${e.status}`),
      ["BLR>- 120 reported"],
    );
  });
});

describe("events: a government's rally is no protest", () => {
  const coded = (text: string) =>
    eventsIn(text).map((e) => `${e.source.country}/${e.source.sector ?? ""} ${e.cameo} ${e.plover.type}`);

  it("codes a rally by a state body as nothing, and one by the public as a demonstration (141)", () => {
    assert.deepEqual(coded("President Lula held a rally in Sao Paulo on Saturday."), []);
    assert.deepEqual(coded("Thousands of Brazilian students rallied in Sao Paulo on Saturday."), [
      "BRA/CVL 141 PROTEST",
    ]);
  });
});

describe("events: missiles targeting someone, attacks on a record", () => {
  const coded = (text: string) => eventsIn(text).map((e) => `${e.source.code}>${e.target?.code ?? "-"} ${e.cameo}`);

  it("aims missiles launched at whom the participle on them targets", () => {
    assert.deepEqual(coded("Syria launched missiles targeting Turkish troops near the border."), ["SYR>TURMIL 190"]);
  });

  it("reads attacking someone on a policy or issue as criticism (111)", () => {
    assert.deepEqual(coded("Brazilian senators attacked President Lula on the economy."), ["BRALEG>BRAGOV 111"]);
    // (a gerund after the preposition names the issue by its object: "on raising taxes")
    assert.deepEqual(coded("Brazilian senators attacked President Lula on raising taxes."), ["BRALEG>BRAGOV 111"]);
  });
});

describe("events: acts of a plot or an effort have not happened", () => {
  it("codes no killing as done for 'sanctioned over a plot to kill a dissident'", () => {
    const text = "Germany was sanctioned over a plot to kill a Russian dissident.";
    const events = eventsIn(text);
    assert.deepEqual(
      events.filter((e) => e.status === "reported" && e.cameo?.startsWith("19")).map((e) => e.cameo),
      [],
    );
  });
});

describe("events: parties misread from the clause around them", () => {
  const coded = (text: string) =>
    eventsIn(text).map((e) => `${e.source.country}>${e.target?.country ?? "-"} ${e.cameo}`);

  it("takes no pronoun subject for parties its own clause names as objects", () => {
    const text =
      "The European Union criticized the accord between Turkey and Libya. They called on Turkey to halt its drilling near Cyprus.";
    assert.deepEqual(
      coded(text).filter((l) => l.startsWith("TUR>") || l.startsWith("LBY>")),
      [],
    );
  });

  it("takes no parties of a symmetric act from a between-phrase in a conjoined clause", () => {
    assert.deepEqual(coded("Foreign ministers met in Cairo and denounced the deal between Turkey and Libya."), []);
  });
});

describe("events: negation stays with its own conjunct", () => {
  it("keeps a tensed conjunct of a negated bare verb reported ('did not attend ... and accused')", () => {
    const statuses = eventsIn("Russia did not attend the talks and accused Ukraine of sabotage.").map(
      (e) => `${e.cameo} ${e.status}`,
    );
    assert.ok(statuses.includes("112 reported"), statuses.join(" "));
    assert.ok(statuses.includes("040 negated"), statuses.join(" "));
  });
});

describe("events: a conjunct outside the first verb's perfect or modal", () => {
  const lines = (text: string) => eventsIn(text).map((e) => `${e.cameo} ${e.status} ${e.date.start}`);
  it("keeps what 'but' sets against a counterfactual perfect reported, and in the past", () => {
    assert.deepEqual(
      lines("Peruvian Prime Minister Juan Soto would have faced a vote of no confidence but resigned on Monday."),
      ["0831 reported 2024-06-10"],
    );
  });
  it("keeps a tensed conjunct with a subject of its own out of the first verb's modal", () => {
    assert.deepEqual(lines("Peruvian Prime Minister Juan Soto would have faced a vote, but he resigned on Monday."), [
      "0831 reported 2024-06-10",
    ]);
  });
  it("keeps what 'but' sets against a negated perfect reported", () => {
    const got = lines("Russia has not attacked Ukraine but threatened Kyiv on Monday.");
    assert.deepEqual(got.map((l) => l.split(" ").slice(0, 2).join(" ")).sort(), ["130 reported", "190 negated"]);
  });
  it("still shares the modal or negation of a bare verb with its conjunct", () => {
    assert.deepEqual(
      lines("Russia would not attack Ukraine but would threaten Kyiv.").map((l) => l.split(" ")[1]),
      ["negated", "hypothetical"],
    );
    assert.deepEqual(
      lines("Russia did not meet Ukraine or sign a deal.").map((l) => l.split(" ").slice(0, 2).join(" ")),
      ["040 negated", "040 negated", "057 negated"],
    );
  });
});

describe("events: what one has yet to do, or has to do", () => {
  it("codes 'has yet to condemn' as negated and 'has to pay' as an obligation (hypothetical)", () => {
    assert.deepEqual(
      eventsIn("Beijing has yet to condemn the invasion.").map((e) => `${e.cameo} ${e.status}`),
      ["111 negated"],
    );
    assert.deepEqual(
      eventsIn("Serbia has to extradite the suspect to Croatia.").map((e) => `${e.cameo} ${e.status}`),
      ["063 hypothetical"],
    );
  });
});

describe("events: acts of a plan, an offer or a readiness one holds", () => {
  const lines = (text: string) =>
    eventsIn(text)
      .map((e) => `${e.source.country}>${e.target?.country ?? "-"} ${e.cameo} ${e.status}`)
      .sort();

  it("gives the infinitive of a plan one announces or has to its holder, with the plan's status", () => {
    assert.deepEqual(lines("Canada announced plans to send troops to Latvia."), ["CAN>LVA 154 planned"]);
    assert.deepEqual(lines("Canada has no plans to send troops to Latvia."), ["CAN>LVA 154 negated"]);
    assert.deepEqual(lines("Brazil expressed readiness to mediate between Russia and Ukraine."), [
      "BRA>RUS 045 hypothetical",
      "BRA>UKR 045 hypothetical",
    ]);
  });

  it("gives no act of a plan to whoever rejects it", () => {
    // (the rejection falls where the rejected act would: Mali)
    assert.deepEqual(lines("Germany rejected a plan to send troops to Mali."), ["DEU>MLI 120 reported"]);
  });
});

describe("events: guests welcomed, meetings on the sidelines", () => {
  it("codes welcoming a leader to a capital as hosting (043) and visiting (042)", () => {
    assert.deepEqual(pairsIn("Scholz welcomed the Polish president to Berlin on Monday."), [
      "DEU>POL 043",
      "POL>DEU 042",
    ]);
    // (with the to-phrase read as the guest's own: "welcomed Chile's president to Lima")
    assert.deepEqual(pairsIn("The Peruvian president welcomed Chile's foreign minister to Lima on Thursday."), [
      "CHL>PER 042",
      "PER>CHL 043",
    ]);
  });

  it("reads a decision welcomed by a party as praise of its author, not as a guest received", () => {
    assert.deepEqual(pairsIn("Chile's decision to reopen its embassy was welcomed by Peru."), ["PER>CHL 051"]);
    assert.deepEqual(pairsIn("Chile's foreign minister was welcomed by Peru's president in Lima."), [
      "CHL>PER 042",
      "PER>CHL 043",
    ]);
  });

  it("takes no party from the occasion whose sidelines a meeting is held on", () => {
    const met = pairsIn("Macron and Meloni met on the sidelines of the G7 summit.").filter((l) => l.endsWith(" 040"));
    assert.ok(met.includes("FRA>ITA 040") && met.includes("ITA>FRA 040"), met.join(" "));
    assert.ok(!met.some((l) => l.startsWith("FRA>G7") || l.startsWith("ITA>G7")), met.join(" "));
  });
});

describe("events: being on a visit", () => {
  it("gives a visit one is on to the subject of 'be on'", () => {
    assert.deepEqual(pairsIn("Japan's foreign minister is on a two-day visit to Vietnam."), ["JPN>VNM 042"]);
    // (a meeting that "it was" is still the between-phrase's)
    assert.deepEqual(pairsIn("It was the first meeting between a US president and a North Korean leader."), [
      "PRK>USA 040",
      "USA>PRK 040",
    ]);
  });
});

describe("events: complaints over counted acts, extremists, forces a commitment sends", () => {
  it("reads 'over' before a count after the verb's own phrase as the preposition of the complaint", () => {
    assert.deepEqual(
      pairsIn("Jordan complained to the Security Council on Monday over three Syrian border raids.").filter((l) =>
        l.endsWith(" 114"),
      ),
      ["JOR>SYR 114"],
    );
    // ("over" as "more than" on the object of a verb with no phrase before it stays a count)
    assert.deepEqual(pairsIn("Israeli forces killed over 20 Palestinians in Gaza."), ["ISR>PSE 190"]);
  });

  it("takes extremists of a nationality as a party", () => {
    assert.deepEqual(
      pairsIn("Serbia is investigating alleged atrocities by Serbian extremists against Bosnian villagers."),
      ["SRB>SRB 094"],
    );
  });

  it("does not make a committed act's own forces the commitment's recipient", () => {
    assert.deepEqual(pairsIn("Canada agreed to send police officers to train the Haitian police."), [
      "CAN>HTI 030",
      "CAN>HTI 072",
      "CAN>HTI 153",
    ]);
  });
});

describe("events: clauses inside a trailing report", () => {
  it("gives a participle inside the report to the reported clause, not to the speaker", () => {
    assert.deepEqual(
      pairsIn(
        "Sudanese rebels shelled the town of Kadugli early on Sunday, killing eleven, relief workers in Nairobi said.",
      ),
      // (the town of Kadugli is Kadugli, shelled in Sudan)
      ["SDN>SDN 194"],
    );
  });

  it("places the victims of an act where its when-clause happens", () => {
    assert.deepEqual(
      pairsIn("Two Chadian rebels killed nine people on Friday when they attacked a market in Bangui, police said."),
      ["TCD>CAF 190", "TCD>CAF 190"],
    );
  });
});

describe("events: plans told with 'be to', bodies of no known state", () => {
  it("codes an act one 'is to' do as planned", () => {
    const visit = eventsIn("Prime Minister Boris Johnson is to visit Kenya.").filter((e) => e.cameo === "042");
    assert.deepEqual(
      visit.map((e) => `${e.source.country}>${e.target?.country} ${e.status}`),
      ["GBR>KEN planned"],
    );
  });

  it("codes nothing between bodies of a state it cannot name, but keeps a named NGO", () => {
    assert.deepEqual(pairsIn("The Justice Department criticized the House's decision."), []);
    assert.deepEqual(pairsIn("Amnesty International criticized the ruling."), ["null>- 111"]);
  });
});

describe("events: cyber operations", () => {
  it("codes hacking into another's computers and cyberattacks as coercion (170)", () => {
    const tried = eventsIn("China tried to hack into the computers of Taiwan's election commission.");
    assert.deepEqual(
      tried.map((e) => `${e.source.country}>${e.target?.country} ${e.cameo} ${e.plover.type} ${e.status}`),
      ["CHN>TWN 170 COERCE hypothetical"],
    );
    assert.deepEqual(pairsIn("Iran launched a cyberattack on Israeli water systems."), ["IRN>ISR 170"]);
    assert.deepEqual(pairsIn("Russia hacked the computers of the Ukrainian parliament."), ["RUS>UKR 170"]);
  });

  it("codes people hacked to death as killed, with 'to death' on the verb", () => {
    assert.deepEqual(
      eventsIn("Ugandan rebels hacked two villagers to death.").map((e) => e.cameo),
      ["1823"],
    );
  });
});

describe("events: goals opened by a verb of phase", () => {
  it("reads the act a goal verb resumes or starts as the goal ('prepared to resume shelling' is a threat of force)", () => {
    assert.ok(pairsIn("Ethiopian troops prepared to resume shelling Eritrean positions.").includes("ETH>ERI 138"));
  });
});

describe("events: people fleeing a country", () => {
  it("takes refugees fleeing a war in a country as that country's people", () => {
    assert.deepEqual(pairsIn("The European Union sent food to refugees fleeing the fighting in Sudan."), [
      "EU>SDN 073",
    ]);
  });
});

describe("events: members named with 'such as'", () => {
  it("reads 'allies such as Germany' as the addressee of an appeal", () => {
    assert.deepEqual(pairsIn("The US has been encouraging allies such as Germany to restrict Iran's flights."), [
      "USA>DEU 020",
    ]);
  });
});

describe("events: unilateral instruments", () => {
  it("codes no agreement for signing an executive order or a proclamation", () => {
    assert.deepEqual(pairsIn("Nigeria's president signed an executive order on Monday."), []);
    assert.deepEqual(pairsIn("Kenya signed a trade pact with Uganda on Monday."), ["KEN>UGA 057", "UGA>KEN 057"]);
  });
});

describe("events: emergencies declared", () => {
  it("codes emergency rule (1724) but not a health emergency declared", () => {
    assert.deepEqual(pairsIn("Sri Lanka declared an emergency on Tuesday."), ["LKA>- 1724"]);
    assert.deepEqual(pairsIn("Peru declared a health emergency in three regions."), []);
  });
});

describe("events: a second reported clause", () => {
  it("reads 'and that they would ...' conjoined to the speech verb as a second report (a plan)", () => {
    const dialogue = eventsIn(
      "Chile and Peru said a border war could never be won, and that they would launch a bilateral dialogue soon.",
    ).filter((e) => e.cameo === "040");
    assert.deepEqual(
      dialogue.map((e) => `${e.source.country}>${e.target?.country} ${e.status}`),
      ["CHL>PER planned", "PER>CHL planned"],
    );
  });
});

describe("events: conditions the parser hung on a noun", () => {
  it("reads 'will veto the release of aid unless ...' as a threat, the veto hypothetical", () => {
    const lines = eventsIn(
      "Austria will veto the release of EU military aid for Ukraine unless Brussels unfreezes its funds.",
    )
      .filter((e) => e.source.country === "AUT")
      .map((e) => `${e.cameo} ${e.status}`)
      .sort();
    assert.deepEqual(lines, ["129 hypothetical", "130 reported"]);
  });
});

describe("events: purposes of a reported plan", () => {
  it("gives a purpose clause the backshifted 'would' of the plan it serves", () => {
    const lines = eventsIn(
      "Guyana's foreign minister said she would travel to Washington next week to meet Colombian officials.",
    ).map((e) => `${e.cameo} ${e.status}`);
    assert.deepEqual([...new Set(lines)].sort(), ["040 planned", "042 planned"]);
    // (a preference stays a wish)
    const prefer = eventsIn("Peru said it would prefer to meet Chile.").map((e) => e.status);
    assert.ok(prefer.length > 0 && prefer.every((s) => s === "hypothetical"), prefer.join(" "));
  });
});

describe("events: people from a town", () => {
  it("gives a person named by a noun the country of the town they are from", () => {
    assert.deepEqual(pairsIn("Iran detained a missionary from Lyon."), ["IRN>FRA 173"]);
    // (a body moved from a town is still its owner's)
    assert.ok(
      !pairsIn("Serbia agreed to move its embassy from Tel Aviv to Jerusalem.").some((l) => l.includes(">ISR")),
    );
  });
});

describe("events: posts named with 'as'", () => {
  it("takes no party from the post one resigns or serves as", () => {
    assert.deepEqual(pairsIn("Peru's prime minister resigned as the governor of the Mexican central bank."), [
      "PER>- 0831",
    ]);
  });
});

describe("events: a speaker named after the report", () => {
  it("reads a name before a subjectless 'said' as the speaker, not as a party of the reported act", () => {
    const lines = pairsIn(
      "France is ready to contribute up to 4,000 troops to an international force in Chad, Defence Minister Paul Girard said on Monday.",
    );
    assert.ok(!lines.some((l) => l.startsWith("FRA>FRA")), lines.join(" "));
  });
});

describe("events: commitments to an act that falls on a place", () => {
  it("aims a commitment to contribute troops to a force in a country at that country", () => {
    assert.ok(
      pairsIn("Chad is ready to contribute 2,000 troops to an international force in Mali.").includes("TCD>MLI 030"),
    );
  });

  it("aims the rejection of a proposed act at the place the act would fall on", () => {
    assert.deepEqual(pairsIn("Nigeria rejected a call for its troops to be deployed in Sierra Leone."), [
      "NGA>SLE 120",
    ]);
  });
});

describe("events: observers and inspectors received", () => {
  it("codes receiving observers or inspectors as letting them in (0862), aimed at who sends them", () => {
    assert.deepEqual(pairsIn("Armenia's prime minister received a mission of observers from the OSCE."), [
      "ARM>OSCE 0862",
    ]);
    // (receiving a minister is still hosting)
    assert.ok(pairsIn("Putin received the Chinese foreign minister in Moscow.").includes("RUS>CHN 043"));
  });
});

describe("events: praise and support of no one", () => {
  it("codes no praise, endorsement or verbal defence that names no one", () => {
    assert.deepEqual(pairsIn("The Kenyan senator has long supported lower taxes."), []);
    assert.deepEqual(pairsIn("The Kenyan minister defended his record on the economy."), []);
    assert.deepEqual(pairsIn("The Kenyan president praised the quality of the new roads."), []);
  });

  it("still codes support of a party named or of an act told before", () => {
    assert.deepEqual(pairsIn("The Kenyan president praised Uganda."), ["KEN>UGA 051"]);
    assert.ok(
      pairsIn(
        "The Security Council passed a resolution demanding a ceasefire in Gaza. Germany supported the resolution.",
      ).includes("DEU>UN 051"),
    );
  });
});

describe("events: agreeing with a view", () => {
  it("codes no agreement when one party agrees with a view and names no terms or partner", () => {
    assert.deepEqual(pairsIn("The Kenyan governor agreed, saying the bombers came from Somalia."), []);
    assert.deepEqual(pairsIn("The Kenyan president agreed that the vote was fair."), []);
    assert.deepEqual(pairsIn("Kenya agreed with the assessment."), []);
    // (a thing a body owns or made is no partner: the view is shared, nothing agreed with the body)
    assert.deepEqual(
      pairsIn("The Kenyan president agreed with the nationalization of the Central Bank of Uganda."),
      [],
    );
    assert.deepEqual(pairsIn("The Kenyan president agreed with the decision of the Ugandan court."), []);
  });

  it("still codes an agreement with a partner, on terms, or of two parties together", () => {
    assert.deepEqual(pairsIn("Kenya agreed with Uganda on Monday."), ["KEN>UGA 030", "UGA>KEN 030"]);
    assert.deepEqual(pairsIn("Kenya and Uganda agreed on Monday."), ["KEN>UGA 030", "UGA>KEN 030"]);
    assert.deepEqual(pairsIn("Kenya agreed with the government of Uganda."), ["KEN>UGA 030", "UGA>KEN 030"]);
    assert.ok(pairsIn("Kenya agreed on how to implement the deal with Uganda.").some((p) => p.startsWith("KEN>")));
  });
});

describe("events: a city before an act", () => {
  it("reads a capital compounded with an attack as its place, not its author", () => {
    assert.deepEqual(pairsIn("A Kabul car bombing killed five people on Monday."), []);
    assert.ok(pairsIn("Israeli air strikes killed ten people in Gaza.").every((p) => p.startsWith("ISR>")));
  });
});

describe("events: compounds with a participle", () => {
  it("reads 'assisted living' as a noun, not an act of assistance", () => {
    assert.deepEqual(
      pairsIn(
        "Former Central Intelligence Agency officer John Carter died Sunday at a Dover, Delaware assisted living facility.",
      ),
      [],
    );
  });
});

describe("events: complaints about what someone does", () => {
  it("aims a complaint at the subject of the clause it reports, which it only alleges", () => {
    assert.deepEqual(
      pairsIn("A Serbian human rights group complained on Wednesday that Croatian authorities are expelling refugees."),
      ["SRB>HRV 114"],
    );
  });
});

describe("events: an act named with its author", () => {
  it("aims a verdict on an act at the act's author, not at what the act was done to", () => {
    for (const text of [
      "Turkey condemned the annexation of the Golan Heights by Israel.",
      "Turkey condemned Israel's annexation of the Golan Heights.",
      "Turkey condemned the Israeli annexation of the Golan Heights.",
    ])
      assert.deepEqual(pairsIn(text), ["TUR>ISR 111"], text);
    const recognition = pairsIn("France condemned the recognition of Kosovo by Germany.");
    assert.ok(recognition.includes("FRA>DEU 111") && !recognition.includes("FRA>XKX 111"));
  });

  it("keeps a means or a time after 'by' on the verb", () => {
    assert.deepEqual(pairsIn("Russia condemned the attack on its embassy by phone on Monday."), ["RUS>- 111"]);
  });
});

describe("events: cooperating with someone", () => {
  it("codes cooperation with a partner one way, and both ways only between joint subjects", () => {
    assert.deepEqual(pairsIn("The Eritrean government is cooperating with the United Nations."), ["ERI>UN 050"]);
    assert.deepEqual(pairsIn("Egypt and Israel cooperated closely on border security."), [
      "EGY>ISR 050",
      "ISR>EGY 050",
    ]);
  });
});

describe("events: the means of an act", () => {
  it("takes the means of an alleged act as alleged too", () => {
    assert.deepEqual(pairsIn("Serbia accused Kosovo of trying to change the situation by banning Serbian plates."), [
      "SRB>XKX 112",
    ]);
  });

  it("codes the means of a retaliation, not the retaliation as force", () => {
    assert.deepEqual(pairsIn("China said it would retaliate by imposing tariffs on US goods."), ["CHN>USA 163"]);
  });
});

describe("events: a relative clause read as the main one", () => {
  it("gives a copular predicate after the relative clause back its subject", () => {
    const pairs = pairsIn(
      "The Economic Community of West African States, which suspended Mali on Thursday, is due to hold a summit next week to consider sanctions.",
    );
    assert.ok(pairs.includes("ECOWAS>MLI 163") && !pairs.includes("MLI>ECOWAS 163"), pairs.join(", "));
  });
});

describe("events: giving up weapons", () => {
  it("codes weapons given up as disarmament, not as military aid", () => {
    assert.deepEqual(pairsIn("North Korea will give up its nuclear weapons."), ["PRK>- 0873"]);
    assert.deepEqual(pairsIn("Iran gave weapons to Syria."), ["IRN>SYR 072"]);
  });
});

describe("events: speeches to an assembly or a forum", () => {
  it("codes no consultation for speaking to an assembly, a think tank or a forum", () => {
    assert.deepEqual(pairsIn("The Turkish president spoke to the United Nations General Assembly on Tuesday."), []);
    assert.deepEqual(pairsIn("The Greek prime minister spoke to an American think tank on Tuesday."), []);
    assert.deepEqual(pairsIn("The French president spoke to Putin on Tuesday."), ["FRA>RUS 040", "RUS>FRA 040"]);
  });
});

describe("events: condemning a phenomenon", () => {
  it("codes no accusation for condemning violence or racism in general, but does for someone's violence", () => {
    assert.deepEqual(pairsIn("The Georgian federation has always condemned any form of violence."), []);
    assert.deepEqual(pairsIn("The Kenyan president condemned racism on Monday."), []);
    assert.deepEqual(pairsIn("France condemned the violence by Iranian police against protesters."), ["FRA>IRN 111"]);
  });
});

describe("events: a past form read as a participle of the subject", () => {
  it("takes a past form after a verbless subject as the sentence's verb", () => {
    const pairs = pairsIn(
      "The Congolese army and the M23 rebel group agreed on Wednesday to a ceasefire in North Kivu.",
    );
    assert.ok(pairs.includes("COD>COD 0356"), pairs.join(", "));
  });

  it("keeps a reduced passive with its agent a modifier", () => {
    assert.deepEqual(pairsIn("A study published by a Kenyan journal found no link."), []);
  });
});

describe("events: a complaint as a threat", () => {
  it("codes 'will complain to X if Y ...' as a threat to Y, the complaint hypothetical", () => {
    assert.deepEqual(pairsIn("Kenya will complain to the United Nations if Somalia does not withdraw."), [
      "KEN>SOM 114",
      "KEN>SOM 131",
    ]);
  });
});

describe("events: coordinated destinations and sides", () => {
  it("codes a visit to each of two capitals listed as destinations", () => {
    assert.deepEqual(pairsIn("The US secretary of state will travel to Tokyo and Seoul next week."), [
      "USA>JPN 042",
      "USA>KOR 042",
    ]);
    assert.deepEqual(pairsIn("The EU envoy said he would travel to Belgrade and Pristina next week."), [
      "EU>SRB 042",
      "EU>XKX 042",
    ]);
  });

  it("keeps both capitals of 'talks between Moscow and Kyiv' as parties", () => {
    assert.deepEqual(pairsIn("Turkey hopes to host peace talks between Moscow and Kyiv."), [
      "RUS>UKR 040",
      "TUR>RUS 045",
      "TUR>UKR 045",
      "UKR>RUS 040",
    ]);
  });
});

describe("events: a participle describing what befell someone", () => {
  it("codes no act for 'reported by X as convicted', least of all X's", () => {
    assert.deepEqual(
      pairsIn("The gun was bought by the attacker, described by Kenyan police as convicted of fraud."),
      [],
    );
  });
});

describe("events: a campaign suspended", () => {
  it("codes no sanction for a candidate suspending her campaign", () => {
    assert.deepEqual(pairsIn("The American senator said she was suspending her presidential campaign."), []);
    assert.deepEqual(pairsIn("The African Union suspended Mali from the bloc."), ["AU>MLI 160"]);
  });
});

describe("events: an offer declined", () => {
  it("lists the act offered as negated when its recipient declines it, and sends rescuers as aid", () => {
    assert.ok(
      pairsIn("The Philippine government declined an offer from Australia to send army engineers.").includes(
        "AUS>PHL 073",
      ),
    );
    const sent = eventsIn("The Philippine government declined an offer from Australia to send army engineers.");
    assert.equal(sent.find((e) => e.cameo === "073")?.status, "negated");
    // (a vetoed text's demands are still never coded)
    assert.deepEqual(pairsIn("Russia vetoed a resolution demanding a ceasefire in Syria."), ["RUS>- 129"]);
  });
});

describe("events: 'shot and killed'", () => {
  it("reads a past form tagged a noun before 'and' and a past tense as a verb, and shares a passive", () => {
    assert.deepEqual(pairsIn("Israeli troops shot and killed a Palestinian man on Monday."), [
      "ISR>PSE 190",
      "ISR>PSE 193",
    ]);
    // the patient of "was shot" is the patient of "killed" too, never its killer
    assert.deepEqual(pairsIn("A Palestinian man was shot and killed by Israeli troops on Monday."), ["ISR>PSE 190"]);
    assert.deepEqual(pairsIn("In Quetta, a Pakistani man was shot and killed."), []);
  });
});

describe("events: a subject after a conjoined verb", () => {
  it("reads a noun after a conjoined verb whose first conjunct has a subject as the verb's object", () => {
    assert.deepEqual(pairsIn("Sergei Lavrov was angry and criticized the United States."), ["RUS>USA 111"]);
  });
});

describe("events: a passive's agent that names its patient", () => {
  it("never makes the patient its own attacker through a possessive in the agent", () => {
    assert.deepEqual(pairsIn("The Kenyan farmer Peter Mwangi was killed by his own bulls on Tuesday."), []);
    assert.deepEqual(pairsIn("The Kenyan opposition leader was arrested by the Ugandan police."), ["UGA>KEN 173"]);
  });
});

describe("events: criticism met by an act", () => {
  it("aims criticism, condemnation or protests that an act went ahead despite at the act's subject", () => {
    assert.deepEqual(pairsIn("The Hungarian government passed the law amid criticism from the European Union."), [
      "EU>HUN 111",
    ]);
    assert.deepEqual(pairsIn("Israel approved new settlements despite condemnation from the United Nations."), [
      "UN>ISR 111",
    ]);
    // (with no author named, nothing is guessed)
    assert.deepEqual(pairsIn("Israel approved new settlements despite international condemnation."), []);
  });
});

describe("events: parties none of whom acted", () => {
  it("lists an act as negated when its subject is 'neither X nor Y' or 'no' one, or its object is 'no' thing", () => {
    const neither = eventsIn("Neither China nor Russia condemned the missile test.");
    assert.deepEqual(
      neither.map((e) => `${e.source.country} ${e.status}`),
      ["CHN negated", "RUS negated"],
    );
    assert.deepEqual(
      eventsIn("Russia imposed no sanctions on Iran.").map((e) => `${e.cameo} ${e.status}`),
      ["163 negated"],
    );
    // (a circumstance with "no" negates nothing)
    assert.equal(
      eventsIn("Palestinian riots against Israeli policies continued with no end in sight.")[0]?.status,
      "reported",
    );
  });
});

describe("events: a military operation told before", () => {
  it("aims a condemnation of 'the operation' at whoever launched it, never at a word of the condemner's name", () => {
    assert.deepEqual(
      pairsIn(
        "Turkey launched an offensive in northern Syria on Wednesday. The operation was condemned by members of the European Union.",
      ),
      ["EU>TUR 111", "TUR>SYR 190"],
    );
    assert.deepEqual(pairsIn("The bill was condemned by members of the European Union."), ["EU>- 111"]);
  });
});

describe("events: animals and abstractions", () => {
  it("codes no assault for killing or shooting animals, nor for 'destroying' an economy or a career", () => {
    assert.deepEqual(pairsIn("Indian police killed three stray dogs near the Pakistani border."), []);
    // (nor is the warning a threat of force: only a forecast, no event)
    assert.deepEqual(
      pairsIn("The Russian minister warned that the sanctions would destroy the Ukrainian economy."),
      [],
    );
    assert.deepEqual(pairsIn("Russian forces killed two Ukrainian soldiers and several cows."), ["RUS>UKR 190"]);
  });
});

describe("events: an intent made to no one", () => {
  it("codes no promise or offer of no known act to no one, and keeps one made to someone", () => {
    assert.deepEqual(pairsIn("At the rally, the Brazilian president offered to kiss members of the crowd."), []);
    assert.deepEqual(pairsIn("The Brazilian president vowed to issue an executive order on statues."), []);
    assert.deepEqual(pairsIn("Brazil offered to send firefighters to Bolivia."), ["BRA>BOL 030"]);
  });
});

describe("events: persons arrested at home", () => {
  it("aims an arrest of an unnamed private person at the arresting state's own people", () => {
    assert.deepEqual(pairsIn("Indian police arrested a man in Kerala on Friday."), ["IND>IND 173"]);
    assert.equal(eventsIn("Indian police arrested a man in Kerala on Friday.")[0]?.target?.sector, "CVL");
    // (a person named by nationality is that country's; "the man" may be someone the story named)
    assert.deepEqual(pairsIn("French police detained a British man on Monday."), ["FRA>GBR 173"]);
    assert.deepEqual(pairsIn("Indian police arrested the man in Kerala on Friday."), ["IND>- 173"]);
  });
});

describe("events: going on strike", () => {
  it("codes workers going on strike as a strike (143), never other goings", () => {
    assert.deepEqual(pairsIn("Serbian workers went on strike on Monday over a new labour law."), ["SRB>SRB 143"]);
    assert.deepEqual(pairsIn("Serbian workers went on holiday on Monday."), []);
  });
});

describe("events: summons and recalls", () => {
  it("reads the purpose of a summons as the summoner's, and an ambassador recalled for consultations as no talks", () => {
    assert.deepEqual(pairsIn("Iran summoned the British ambassador to protest the seizure of a tanker."), [
      "IRN>GBR 114",
    ]);
    assert.deepEqual(pairsIn("Poland recalled its ambassador from Israel for consultations."), ["POL>ISR 161"]);
  });
});

describe("events: complaints about one's own nationals held abroad", () => {
  it("aims a condemnation of a national's detention at the country that holds them, never at the nationals", () => {
    assert.deepEqual(pairsIn("Australia condemned the detention of its citizen in China."), ["AUS>CHN 111"]);
    assert.deepEqual(pairsIn("Latvia demanded the release of its citizen detained in Russia."), ["LVA>RUS 1053"]);
  });
});

describe("events: opposing an arms sale", () => {
  it("codes opposing another country's arms sale as disapproval of that country", () => {
    // (the sale itself stands, an act the opposition is about)
    assert.deepEqual(pairsIn("China opposed the US arms sale to Taiwan."), ["CHN>USA 110", "USA>TWN 062"]);
  });
});

describe("events: the UN secretary-general", () => {
  it("reads 'secretary-general' as one noun, so that the official appeals", () => {
    assert.deepEqual(pairsIn("The UN secretary-general appealed for an immediate ceasefire in Sudan."), ["UN>- 0256"]);
  });
});

describe("events: forces withdrawing", () => {
  it("codes troops or forces that withdraw (no object) as a military withdrawal from where they leave", () => {
    assert.deepEqual(pairsIn("Russian forces withdrew from Kherson on Friday."), ["RUS>UKR 0872"]);
    assert.deepEqual(pairsIn("The Greek candidate withdrew from the race."), []);
  });
});

describe("events: deportations", () => {
  it("codes a deportation with no agent as the act of the country the deported leave, or that reports it", () => {
    assert.deepEqual(pairsIn("Hundreds of Afghan refugees were deported from Pakistan last week."), ["PAK>AFG 174"]);
    assert.deepEqual(pairsIn("Two Chinese nationals were deported, the Kenyan police said."), ["KEN>CHN 174"]);
  });
});

describe("events: possessive pronouns and sex", () => {
  it("binds 'her' to the woman named before, not to the man who is the clause's subject", () => {
    const doc = docFromParse(
      `Emily Emily PROPN 3 nsubj
Varga Varga PROPN 1 flat
spoke speak VERB 0 root VBD
. . PUNCT 3 punct

Ivan Ivan PROPN 3 nsubj
Petrov Petrov PROPN 1 flat
criticized criticize VERB 0 root VBD
her her PRON 5 nmod:poss PRP$
government government NOUN 3 obj
. . PUNCT 3 punct`,
      {
        actors: [
          { name: "Emily Varga", country: "UKR", sector: "LEG", kind: "person", words: ["Emily Varga"] },
          { name: "Ivan Petrov", country: "RUS", sector: "GOV", kind: "person", words: ["Ivan Petrov"] },
        ],
      },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["RUS>UKR 111"]);
  });
});

describe("events: at someone's request", () => {
  it("makes the one whose request or invitation it was its author", () => {
    assert.deepEqual(pairsIn("Two Kenyan officials were arrested in Vancouver at the request of the United States."), [
      "CAN>KEN 173",
      "USA>- 020",
    ]);
  });
});

describe("events: fire opened, drones launched", () => {
  it("codes fire opened on someone, or to disperse them, as force against them", () => {
    assert.deepEqual(pairsIn("Chilean soldiers opened fire on Peruvian smugglers near the border."), ["CHL>PER 190"]);
    assert.deepEqual(pairsIn("Chilean soldiers opened fire to disperse Peruvian smugglers."), [
      "CHL>PER 175",
      "CHL>PER 190",
    ]);
  });

  it("codes drones launched or fired at a target as an air attack", () => {
    assert.deepEqual(pairsIn("Chilean rebels launched drones at a Peruvian naval base."), ["CHL>PER 195"]);
    assert.deepEqual(pairsIn("Chilean rebels fired two drones at Peruvian troops."), ["CHL>PER 195"]);
  });
});

describe("events: general news from the sixth review", () => {
  it("reads tariffs or sanctions agreed to be suspended, scrapped or cut as eased, not threatened", () => {
    assert.deepEqual(pairsIn("Chile and Peru agreed to suspend tariffs on wine for six months.").sort(), [
      "CHL>PER 0354",
      "PER>CHL 0354",
    ]);
    assert.deepEqual(pairsIn("Peru threatened to impose tariffs on Chilean wine."), ["PER>CHL 1312", "PER>CHL 163"]);
  });

  it("codes police storming a building as force, and a person dismissed from a post as no rejection", () => {
    assert.deepEqual(pairsIn("Peruvian police stormed the Chilean embassy in Lima."), ["PER>CHL 190"]);
    assert.deepEqual(pairsIn("Peru's president dismissed the head of the army."), []);
    assert.deepEqual(pairsIn("Peru dismissed Chile's claims."), ["PER>CHL 120"]);
  });

  it("codes barbs exchanged as accusations both ways", () => {
    assert.deepEqual(pairsIn("Chilean and Peruvian diplomats exchanged barbs at the talks in Quito.").sort(), [
      "CHL>PER 112",
      "PER>CHL 112",
    ]);
  });

  it("reads what two states agree to cooperate on as a topic, not as their partner", () => {
    assert.deepEqual(pairsIn("Chile and Peru agreed to cooperate on Bolivia.").sort(), ["CHL>PER 031", "PER>CHL 031"]);
  });

  it("codes vaccines, doses and ventilators gifted, sent or received as aid, and aid received as no visit", () => {
    assert.deepEqual(pairsIn("Peru gifted 100,000 vaccine doses to Bolivia on Sunday."), ["PER>BOL 073"]);
    assert.deepEqual(pairsIn("Chile will send 50 ventilators to Peru."), ["CHL>PER 073"]);
    assert.deepEqual(pairsIn("Bolivia will receive two million vaccine doses from Chile next month."), ["CHL>BOL 073"]);
    assert.deepEqual(pairsIn("Bolivia received humanitarian aid from Chile."), ["CHL>BOL 073"]);
  });

  it("codes a visit to each country of a list the parser read as an apposition ('Saudi Arabia, Turkey and Iran')", () => {
    assert.deepEqual(pairsIn("Peru's president will visit Saudi Arabia, Turkey and Iran next week.").sort(), [
      "PER>IRN 042",
      "PER>SAU 042",
      "PER>TUR 042",
    ]);
  });

  it("lists an act one stops or ceases doing as negated", () => {
    const status = (text: string) => eventsIn(text).map((e) => `${e.cameo} ${e.status}`);
    assert.deepEqual(status("Peru stopped cooperating with Chile."), ["050 negated"]);
    assert.deepEqual(status("Peru ceased to recognise the Chilean government."), ["054 negated"]);
  });

  it("codes drugs seized as no property taken from anyone", () => {
    assert.deepEqual(pairsIn("Peruvian police seized two tonnes of cocaine bound for Chile."), []);
    assert.deepEqual(pairsIn("Peru seized a Chilean fishing boat."), ["PER>CHL 171"]);
  });

  it("reads a storm named in the text as no actor", () => {
    const storm = eventsIn("Cyclone Lidia killed six people in Peru. Lidia destroyed 4,000 homes near Lima.");
    assert.deepEqual(storm, []);
  });

  it("lists a plan that a but-clause says was cancelled or called off as negated", () => {
    const status = (text: string) => eventsIn(text).map((e) => `${e.cameo} ${e.status}`);
    assert.deepEqual(status("Peru's president was due to visit Chile on Monday, but the trip was cancelled."), [
      "042 negated",
    ]);
    assert.deepEqual(
      status(
        "The Peruvian foreign minister had planned to meet his Chilean counterpart, but the meeting was called off.",
      ),
      ["040 negated", "040 negated"],
    );
    // (a plan only put off may still come about)
    assert.deepEqual(status("Peru's president was due to visit Chile on Monday, but the trip was postponed."), [
      "042 planned",
    ]);
  });
});

describe("events: beating a rival at the polls", () => {
  it("codes no assault for a rival beaten in a vote, but does for people beaten", () => {
    assert.deepEqual(pairsIn("Peru's president beat Chile's former president by two million votes."), []);
    assert.deepEqual(pairsIn("The Chilean senator beat the Peruvian ambassador in the runoff."), []);
    assert.deepEqual(pairsIn("Chilean soldiers beat Peruvian migrants in Santiago."), ["CHL>PER 182"]);
  });
});

describe("events: emergencies declared over disasters", () => {
  it("codes no emergency rule for a state of emergency declared over a storm or floods", () => {
    assert.deepEqual(pairsIn("Peru declared a state of emergency over the floods."), []);
    assert.deepEqual(pairsIn("The Philippine government declared a state of emergency after the typhoon."), []);
    assert.deepEqual(pairsIn("Ethiopia declared a state of emergency after the protests."), ["ETH>- 1724"]);
    // (nor in response to an epidemic; still in response to protests)
    assert.deepEqual(pairsIn("Peru declared a national emergency in response to the cholera outbreak."), []);
    assert.deepEqual(pairsIn("Ethiopia declared a state of emergency in response to the protests."), ["ETH>- 1724"]);
  });

  it("codes a state of emergency imposed or extended as emergency rule, but not one over floods", () => {
    assert.deepEqual(pairsIn("Ethiopia imposed a state of emergency in Addis Ababa."), ["ETH>- 1724"]);
    assert.deepEqual(pairsIn("Ethiopia extended the state of emergency by six months."), ["ETH>- 1724"]);
    assert.deepEqual(pairsIn("Peru imposed a state of emergency over the floods."), []);
    assert.deepEqual(pairsIn("Peru extended the state of emergency over the floods."), []);
    // (a state of war, or state control, is no emergency rule)
    assert.deepEqual(pairsIn("Ethiopia extended the state of war with Eritrea."), []);
    assert.deepEqual(pairsIn("Ethiopia imposed state administration on the assets of a Kenyan company."), []);
  });

  it("codes no emergency rule for one declared in a story that tells of a disaster or an epidemic", () => {
    // (the disaster told in a clause of its own, or a sentence before)
    assert.deepEqual(pairsIn("Chile declared a state of emergency after the storm destroyed hundreds of homes."), []);
    assert.deepEqual(
      pairsIn(
        "Hurricane Lidia reached the coast of Peru on Monday. Peru declared a state of emergency in two provinces.",
      ),
      [],
    );
    assert.deepEqual(pairsIn("Measles has killed 40 children in Peru. Peru declared a state of emergency."), []);
    assert.deepEqual(pairsIn("Chile declared a state of emergency after the riots destroyed hundreds of shops."), [
      "CHL>- 1724",
    ]);
  });
});

describe("events: prisoner swaps, military operations, conferences hosted", () => {
  it("codes a prisoner swap both ways, a military operation as force, and a conference hosted as no visit", () => {
    assert.deepEqual(pairsIn("Ukraine and Russia swapped 200 prisoners of war on Sunday."), [
      "RUS>UKR 0841",
      "UKR>RUS 0841",
    ]);
    assert.deepEqual(pairsIn("Ukraine exchanged 50 prisoners with Russia."), ["RUS>UKR 0841", "UKR>RUS 0841"]);
    assert.ok(pairsIn("Azerbaijani forces launched a military operation on Tuesday.").includes("AZE>- 190"));
    assert.ok(!pairsIn("France will host a conference on aid to Lebanon next week.").some((p) => /04[23]$/.test(p)));
  });
});

describe("events: mediators and the leaders of armed groups", () => {
  it("makes mediators of a nationality a party and the leaders of an armed group its people", () => {
    const ev = eventsIn("Egyptian mediators are expected to meet Hamas leaders in Cairo on Sunday.");
    assert.deepEqual(
      ev
        .map((e) => `${e.source.country}/${e.source.sector}>${e.target?.country}/${e.target?.sector} ${e.cameo}`)
        .sort(),
      ["EGY/GOV>PSE/REB 040", "PSE/REB>EGY/GOV 040"],
    );
  });

  it("makes an armed group's representatives and commanders its people, not lawmakers or soldiers", () => {
    const sides = (text: string) =>
      eventsIn(text).map((e) => `${e.source.country}/${e.source.sector}>${e.target?.country}/${e.target?.sector}`);
    assert.deepEqual(sides("Qatari officials met Hamas representatives in Doha on Sunday.").sort(), [
      "PSE/REB>QAT/GOV",
      "QAT/GOV>PSE/REB",
    ]);
    assert.deepEqual(sides("Israeli troops killed a Hamas commander in Gaza on Monday."), ["ISR/MIL>PSE/REB"]);
  });
});

describe("events: missions abroad", () => {
  it("addresses what an embassy or ambassador does, naming no one, to the country it is posted in", () => {
    assert.deepEqual(pairsIn("The Chinese embassy in Manila lodged a strong protest over the incident."), [
      "CHN>PHL 114",
    ]);
    assert.deepEqual(pairsIn("The Russian ambassador in London criticized the decision."), ["RUS>GBR 111"]);
  });
});

describe("events: an organization's own summit", () => {
  it("guesses no partner for a summit an organization holds with no partner named", () => {
    const ev = eventsIn(
      "ECOWAS suspended Mali on Thursday. The Economic Community of West African States is due to hold a summit in Abuja next week.",
    );
    const summit = ev.find((e) => e.cameo === "040");
    assert.equal(summit?.source.country, "ECOWAS");
    assert.equal(summit?.target, null);
  });
});

describe("events: support pledged", () => {
  const coded = (text: string) =>
    eventsIn(text).map((e) => `${e.source.country}>${e.target?.country ?? "-"} ${e.cameo} ${e.status}`);
  it("codes verbal support announced for no set time as a reported statement of intent (032)", () => {
    assert.deepEqual(coded("Chile will support Bolivia's bid to join the council, the foreign minister said."), [
      "CHL>BOL 032 reported",
    ]);
    assert.deepEqual(coded("Norway will recognize Kosovo, the prime minister told parliament."), [
      "NOR>XKX 032 reported",
    ]);
  });
  it("keeps a dated announced act planned and drops support pledged to no one", () => {
    assert.deepEqual(coded("Norway will recognize Kosovo on Friday, the prime minister said."), [
      "NOR>XKX 054 planned",
    ]);
    assert.deepEqual(coded("Europe will defend its industry, the commissioner said."), []);
  });
});

describe("events: martial law as a goal", () => {
  it("reads a readiness to impose martial law as a threat of emergency rule (1324)", () => {
    assert.deepEqual(pairsIn("The Thai government said it was prepared to impose martial law in Bangkok."), [
      "THA>THA 1324",
      "THA>THA 1724",
    ]);
  });
});

describe("events: protests made in words", () => {
  it("codes a protest that reports a clause as a complaint (114) about that clause's subject", () => {
    assert.deepEqual(pairsIn("China protested that the United States had violated its territorial waters."), [
      "CHN>USA 114",
    ]);
    assert.deepEqual(pairsIn("Thousands of students protested in Dhaka against the Indian government."), [
      "BGD>IND 141",
    ]);
  });
  it("reads a trailing report misparsed as a relative clause of the verb as a report of that clause", () => {
    assert.deepEqual(pairsIn("The United States is violating the treaty, Russia complained on Monday."), [
      "RUS>USA 114",
    ]);
    assert.deepEqual(pairsIn("Serbia is failing its refugees, Greece protested on Wednesday."), ["GRC>SRB 114"]);
    // (a clause read as a parataxis with more than a time of its own is no report: a demonstration)
    const doc = docFromParse(
      `Police police NOUN 2 nsubj
fired fire VERB 0 root VBD
gas gas NOUN 2 obj~
, , PUNCT 7 punct
as as ADP 6 case
traders trader NOUN 7 nsubj
protested protest VERB 2 parataxis VBD
against against ADP 9 case
Kenya~ Kenya PROPN 7 obl
. . PUNCT 2 punct`,
      {
        actors: [
          { name: "Ugandan traders", country: "UGA", sector: "CVL", kind: "group", words: ["traders"] },
          C("Kenya", "KEN"),
        ],
      },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["UGA>KEN 141"]);
  });
});

describe("events: pressure", () => {
  it("codes pressuring a party to act as an appeal to it", () => {
    assert.deepEqual(pairsIn("Washington is pressuring Seoul to pay more for US troops."), ["USA>KOR 020"]);
  });
});

describe("events: a verb read as the adjective of its object", () => {
  it("reads a past form with an object after an apposition's closing comma as the verb", () => {
    const text =
      'The governor of Nairobi, John Kamau, thanked "the police, security and emergency services staff for their swift response".';
    assert.deepEqual(pairsIn(text), ["KEN>KEN 051"]);
  });
  it("reads a past form between a noun root's subject and the noun as the verb", () => {
    assert.deepEqual(pairsIn("Kenya Farmers Association (KFA) officials demanded help from the Ugandan government."), [
      "KEN>UGA 103",
    ]);
  });
  it("reads a past form after a participle phrase set off by commas as the verb of the noun before them", () => {
    assert.deepEqual(pairsIn("Chilean troops, fighting alongside Peruvian marines, shelled Bolivian positions."), [
      "CHL>BOL 194",
    ]);
    assert.ok(
      pairsIn("Chilean forces, backed by Peruvian warplanes, attacked Bolivian positions.").includes("CHL>BOL 190"),
    );
  });
  it("reads a past form after a verbless sentence's subject phrase, before its object, as the verb", () => {
    const text =
      "Members of the Union of Balkan Lawyers, a body linked to the Council of Europe, investigated treatment of nearly 300 Serbian prisoners.";
    assert.deepEqual(
      eventsIn(text).map((e) => `${e.source.sector}>${e.target?.country} ${e.cameo}`),
      ["NGO>SRB 090"],
    );
  });
});

describe("events: conjuncts of a passive", () => {
  it("gives an active conjunct of a passive the passive's subject, not its agent", () => {
    assert.deepEqual(pairsIn("The Serbian envoy was summoned by Croatia and later criticized Zagreb."), [
      "HRV>SRB 114",
      "SRB>HRV 111",
    ]);
  });
});

describe("events: sending people to investigate", () => {
  it("codes sending anyone to investigate as sending investigators (090) to the place", () => {
    assert.deepEqual(pairsIn("Kenya sent a team to Somalia to investigate the attack."), [
      "KEN>SOM 090",
      "KEN>SOM 093",
    ]);
    assert.deepEqual(pairsIn("Chad sent troops to Mali."), ["TCD>MLI 154"]);
  });
});

describe("events: deliveries let through", () => {
  it("codes allowing deliveries or shipments as allowing humanitarian access (0863)", () => {
    assert.deepEqual(pairsIn("Israel allowed the delivery of fuel to Gaza."), ["ISR>PSE 0863"]);
  });
});

describe("events: non-governmental bodies named by their kind", () => {
  it("makes 'a human rights group' or 'aid agencies' an NGO party with no country", () => {
    const ev = eventsIn("A human rights group accused Croatia of abuses.");
    assert.deepEqual(
      ev.map((e) => `${e.source.sector}>${e.target?.country} ${e.cameo}`),
      ["NGO>HRV 1122"],
    );
    // (not a title before the body's own name)
    const named = eventsIn("A lawsuit by the rights group Balkan Justice Watch accused Serbia of abuses.");
    assert.deepEqual(
      named.map((e) => [e.cameo, e.source.actor !== null]),
      [["115", true]],
    );
  });
  it("resolves 'they' reported by an organization to that organization", () => {
    const ev = eventsIn(
      "Aid agencies say the outbreak is slowing. UNICEF reported they had delivered vaccines to Samoa.",
    );
    assert.deepEqual(
      ev.map((e) => `${e.source.country}>${e.target?.country} ${e.cameo}`),
      ["UN>WSM 073"],
    );
  });
});

describe("events: names that begin with a group noun", () => {
  it("reads a capitalized group noun inside a sentence as the start of a name, not as that group", () => {
    const ev = eventsIn("US citizens protested in Paris. Carroll also backed the overturn of Citizens United.");
    assert.deepEqual(
      ev.map((e) => e.cameo),
      ["141"],
    );
  });
});

describe("events: gerunds after a preposition", () => {
  it("reads an -ing form right after a preposition as a gerund taking the noun after it as its object", () => {
    assert.deepEqual(pairsIn("Kenyan students resorted to throwing stones at Ugandan police."), ["KEN>UGA 145"]);
  });
});

describe("events: vows to fight", () => {
  it("reads a vow to fight as a threat of force (138), but not a vow to fight corruption", () => {
    assert.deepEqual(pairsIn("Hamas vowed to fight Israel until the siege is lifted."), [
      "ISR>PSE 190",
      "PSE>ISR 138",
      "PSE>ISR 190",
    ]);
    assert.deepEqual(pairsIn("Kenya vowed to fight corruption."), []);
  });
});

describe("events: participles after objects and prepositional phrases", () => {
  it("never makes a verb's object or a noun inside a prepositional phrase the subject of a past form after it", () => {
    const ev = eventsIn("The Kenyan president refused to visit a cemetery of Ugandan soldiers killed during the war.");
    assert.deepEqual(
      ev.map((e) => e.cameo),
      ["125", "042"],
    );
  });
});

describe("events: what one will not tolerate", () => {
  it("codes declaring that one will not tolerate something as a warning (130) to its author, and tolerating as nothing", () => {
    assert.deepEqual(pairsIn("China will not tolerate any interference by the United States."), ["CHN>USA 130"]);
    assert.deepEqual(pairsIn("Kenya tolerated the interference by Uganda."), []);
  });
});

describe("events: press conferences", () => {
  it("codes no meeting for a press or news conference, but one for a conference between parties", () => {
    assert.deepEqual(pairsIn("The Kenyan and Ugandan presidents held a joint press conference in Nairobi."), []);
    assert.deepEqual(pairsIn("Kenya and Uganda held a conference on trade."), ["KEN>UGA 040", "UGA>KEN 040"]);
  });
});

describe("events: attacks over something", () => {
  it("codes attacking someone over something as criticism (111), not force", () => {
    assert.deepEqual(
      pairsIn("The Kenyan senator attacked the Ugandan president over his handling of the border dispute."),
      ["KEN>UGA 111"],
    );
    assert.deepEqual(pairsIn("Kenya attacked Uganda over the weekend."), ["KEN>UGA 190"]);
  });
});

describe("events: labels name no party", () => {
  it("takes no target from the phrase an object is labelled with", () => {
    assert.deepEqual(pairsIn("Western governments criticised the trip as a show of support for the Kremlin."), [
      "WST>- 111",
    ]);
  });
});

describe("events: people placed under arrest, taken into custody or put under investigation", () => {
  it("codes placing under (house) arrest and taking into custody as arrests (173), by the host in a passive", () => {
    assert.deepEqual(pairsIn("Egyptian police placed a Canadian journalist under house arrest on Monday."), [
      "EGY>CAN 173",
    ]);
    assert.deepEqual(pairsIn("A Canadian journalist was taken into custody in Egypt on Monday."), ["EGY>CAN 173"]);
    assert.deepEqual(pairsIn("Peru put its navy on alert."), ["PER>- 152"]);
    // (custody named in another phrase is no custody one is put in)
    assert.deepEqual(pairsIn("Kenya put an end to the detention of Somali migrants."), []);
    assert.deepEqual(
      pairsIn("Uganda put pressure on Kenya over the detention of its citizens.").filter((p) => p.endsWith("173")),
      [],
    );
  });
  it("codes putting someone under investigation as an investigation (090)", () => {
    assert.deepEqual(pairsIn("A Canadian journalist has been put under investigation in Egypt."), ["EGY>CAN 090"]);
    assert.deepEqual(pairsIn("Egypt took the Canadian proposal into account."), []);
  });
});

describe("events: a participle opening the sentence, power shared, reform refused", () => {
  it("reads 'Hoping to calm tensions, X recalled ...' with 'recalled' as the main verb, not as what was hoped", () => {
    const recalled = eventsIn("Hoping to calm tensions, Mali recalled its envoy from Senegal.").map(
      (e) => `${e.source.country}>${e.target?.country} ${e.cameo} ${e.status}`,
    );
    assert.deepEqual(recalled, ["MLI>SEN 161 reported"]);
  });
  it("reads sharing power as no sharing of intelligence", () => {
    // (an agreement with its own opposition, both ways)
    assert.deepEqual(pairsIn("Zimbabwe agreed to share power with the opposition."), ["ZWE>ZWE 030", "ZWE>ZWE 030"]);
    assert.deepEqual(pairsIn("Zimbabwe agreed to share intelligence with Zambia."), ["ZMB>ZWE 0314", "ZWE>ZMB 0314"]);
  });
  it("aims political reform refused at no foreign party the story told of before", () => {
    const text = "Peru expelled two Chilean diplomats on Monday. The Peruvian president refused to step down.";
    assert.deepEqual(
      pairsIn(text).filter((p) => p.includes(" 123")),
      ["PER>- 1231"],
    );
  });
});

describe("events: a particle split from its verb by the object", () => {
  it("reads 'pulled its peacekeepers out of Haiti' as pulling them out, but 'pulled out of the treaty' as no withdrawal of forces", () => {
    assert.deepEqual(pairsIn("Chile pulled its peacekeepers out of Haiti."), ["CHL>HTI 1661"]);
    assert.deepEqual(pairsIn("Chile pulled out of the treaty with Peru."), []);
    // (forces with no object pulling out of a named place withdraw; a company does not)
    assert.deepEqual(pairsIn("Chilean troops pulled out of Peru on Monday."), ["CHL>PER 0872"]);
    assert.deepEqual(pairsIn("Syrian rebels pulled out of the Geneva Conference on Monday."), []);
  });
});

describe("events: defeat accepted, the ruling party", () => {
  it("codes accepting defeat as yielding (080), and a ruling party as the government", () => {
    assert.deepEqual(pairsIn("The Kenyan government accepted defeat in the vote."), ["KEN>- 080"]);
    const yielded = eventsIn("Serbia's ruling party accepted defeat in Belgrade.");
    assert.deepEqual(
      yielded.map((e) => `${e.source.code} ${e.cameo}`),
      ["SRBGOV 080"],
    );
  });
});

describe("events: persona non grata, crowds counted, peacekeeping extended", () => {
  it("codes declaring a diplomat persona non grata as an expulsion (161)", () => {
    assert.deepEqual(pairsIn("Moldova declared two Russian diplomats persona non grata on Monday."), ["MDA>RUS 161"]);
  });
  it("reads 'thousands' or 'hundreds' protesting as people of the place they protest in", () => {
    assert.deepEqual(pairsIn("Thousands protested in Tbilisi on Sunday."), ["GEO>GEO 141"]);
    assert.deepEqual(pairsIn("Hundreds marched through Nairobi against the tax bill."), ["KEN>KEN 141"]);
  });
  it("codes extending a peacekeeping mission as peacekeeping (074) in its place, expelling one as 1661", () => {
    assert.deepEqual(pairsIn("The UN Security Council extended the peacekeeping mission in Mali."), ["UN>MLI 074"]);
    assert.deepEqual(pairsIn("Mali's junta expelled the UN peacekeeping mission."), ["MLI>UN 1661"]);
  });
});

describe("events: statehood recognized", () => {
  it("codes recognizing a state, its independence or sovereignty as recognition (054) of whose it is", () => {
    assert.deepEqual(pairsIn("Spain will recognize a Palestinian state on May 28."), ["ESP>PSE 054"]);
    assert.deepEqual(pairsIn("Kenya recognized Kosovo's independence."), ["KEN>XKX 054"]);
    // (and a declaration of independence or a government of a party; not the efforts a party makes)
    assert.deepEqual(pairsIn("Kenya recognized Kosovo's 2008 declaration of independence."), ["KEN>XKX 054"]);
    assert.deepEqual(pairsIn("Chile recognized the efforts of Peru."), []);
  });
});

describe("events: goals named by an adjective and its noun", () => {
  it("reads 'a return to civilian rule' as a change of leadership, not a release", () => {
    assert.deepEqual(
      eventsIn("Senegal demanded a return to civilian rule in Mali.").map((e) => e.cameo),
      ["1041"],
    );
    assert.deepEqual(
      [...new Set(eventsIn("Senegal demanded the return of its citizens from Mali.").map((e) => e.cameo))],
      ["1053"],
    );
    // (a goal verb keeps its rank before its object's adjective and noun)
    assert.deepEqual(
      eventsIn("Chile's president vowed to lift martial law in Chile.").map((e) => e.cameo),
      ["0354"],
    );
  });
});

describe("events: forces withdrawn with no agent", () => {
  it("codes troops or peacekeepers withdrawn with no agent as withdrawn by their own side, from where they leave", () => {
    assert.deepEqual(pairsIn("US troops were withdrawn from Syria."), ["USA>SYR 0872"]);
    assert.deepEqual(pairsIn("UN peacekeepers were withdrawn from Haiti on Friday."), ["UN>HTI 1661"]);
    assert.deepEqual(pairsIn("Eighty UN peacekeepers were shipped out of Haiti on Friday."), ["UN>HTI 1661"]);
    assert.deepEqual(
      pairsIn("Two thousand Colombian rebels have been demobilized since the peace deal.").map((p) => p.slice(0, 4)),
      ["COL>"],
    );
    // (a body that is no armed force is not demobilized by itself, an organization's staff are not its
    // forces, and fighters disarmed with no agent were disarmed by someone else)
    assert.deepEqual(pairsIn("The president said the Kenyan government's task force would be disbanded."), []);
    assert.deepEqual(pairsIn("UN staff were pulled out of Gaza on Monday."), []);
    assert.deepEqual(pairsIn("Dozens of Hamas militants were disarmed at an Egyptian checkpoint."), []);
  });
});

describe("events: what parties meet to discuss", () => {
  it("lists an act that is only the topic of a discussion as hypothetical", () => {
    const text =
      "The Vatican's top diplomat met with Vietnamese officials in Hanoi to discuss establishing diplomatic relations.";
    assert.deepEqual(
      eventsIn(text)
        .filter((e) => e.cameo === "050")
        .map((e) => e.status),
      ["hypothetical"],
    );
    // (an act named by a noun that they discuss happened all the same)
    const invasion = eventsIn("The two leaders discussed Russia's invasion of Ukraine on Monday.");
    assert.deepEqual(
      invasion.filter((e) => e.cameo === "190").map((e) => e.status),
      ["reported"],
    );
  });
});

describe("events: what a text says holds as the text's adoption or issue does", () => {
  const lines = (text: string) => eventLines(eventsIn(text), ["cameo", "status"]);
  it("lists a condemnation in a resolution the council failed to adopt as negated, one in a statement to come as planned", () => {
    assert.deepEqual(lines("The Security Council failed to adopt a resolution condemning Chile."), [
      "UN>CHL 111 negated",
    ]);
    assert.deepEqual(lines("Peru will issue a statement condemning Chile."), ["PER>CHL 111 planned"]);
    assert.deepEqual(lines("The Security Council adopted a resolution condemning Chile."), ["UN>CHL 111 reported"]);
  });
  it("reads a participle after a text noun the verb's oblique as the text's, dated as the verb", () => {
    assert.deepEqual(lines("The Security Council failed to agree on a resolution condemning Chile."), [
      "UN>- 030 negated",
      "UN>CHL 111 negated",
    ]);
    const blamed = eventsIn("Chile joined Peru on Monday in a statement blaming Bolivia for the attack.").find(
      (e) => e.cameo === "112",
    );
    assert.equal(blamed?.date.start, "2024-06-10");
  });
  it("gives what a text says to the author the text names, else to whoever issues it, not to whoever welcomes it", () => {
    assert.ok(pairsIn("Chile welcomed a UN resolution condemning Peru.").includes("UN>PER 111"));
    // (a nationality or a from-phrase names the author too; returning to talks is meeting again, not a release)
    assert.ok(
      pairsIn("Chile welcomed a Peruvian statement urging Bolivia to return to talks.").includes("PER>BOL 026"),
    );
    assert.ok(pairsIn("The UN circulated a letter from Peru accusing Chile of airstrikes.").includes("PER>CHL 112"));
    assert.deepEqual(pairsIn("The Security Council agreed on a resolution condemning Chile."), [
      "UN>- 030",
      "UN>CHL 111",
    ]);
    // (not by whoever reads, studies or answers it, and as said as before)
    assert.deepEqual(
      eventLines(eventsIn("Chile will study the UN report accusing Peru of torture."), ["cameo", "status"]),
      ["UN>PER 1122 reported"],
    );
    assert.ok(pairsIn("The General Assembly adopted a Gaza resolution condemning Chile.").includes("UN>CHL 111"));
    // (a participle after a text answered is the answer's: no call between the two)
    assert.ok(!pairsIn("China responded to the US report, calling it groundless.").some((p) => p.endsWith(" 041")));
  });
});

describe("events: common objects and verbs of the news", () => {
  const coded = (text: string) =>
    eventsIn(text).map((e) => `${e.source.country}>${e.target?.country ?? "-"} ${e.cameo} ${e.status}`);

  it("codes weapons systems, staple food and bailouts given as aid", () => {
    assert.deepEqual(coded("Chile will supply Patriot systems to Peru."), ["CHL>PER 072 planned"]);
    assert.deepEqual(coded("Peru delivered air defence batteries to Chile."), ["PER>CHL 072 reported"]);
    assert.deepEqual(coded("Chile supplied computer systems to Peru."), []);
    assert.deepEqual(coded("Chile sent 5,000 tonnes of rice to Peru."), ["CHL>PER 073 reported"]);
    assert.deepEqual(coded("The IMF approved a bailout for Peru."), ["IMF>PER 071 reported"]);
  });

  it("codes supplies of energy or trade cut off as an embargo (163)", () => {
    assert.deepEqual(coded("Chile has cut gas supplies to Peru."), ["CHL>PER 163 reported"]);
    assert.deepEqual(coded("Chile stopped oil exports to Peru."), ["CHL>PER 163 reported"]);
    assert.deepEqual(coded("Chile cut its budget."), []);
  });

  it("codes military sites or vessels targeted or hit as attacks, and pacts ended or finalised", () => {
    assert.deepEqual(coded("Chilean forces targeted a Peruvian naval base."), ["CHL>PER 190 reported"]);
    assert.deepEqual(coded("Chile hit a Peruvian oil depot."), ["CHL>PER 190 reported"]);
    assert.deepEqual(coded("The campaign targeted young voters in Peru."), []);
    assert.deepEqual(coded("Chile ended a defence pact with Peru."), ["CHL>PER 160 reported"]);
    assert.deepEqual(coded("Chile and Peru failed to finalise their trade deal."), [
      "CHL>PER 030 negated",
      "PER>CHL 030 negated",
    ]);
  });
});

describe("events: the toll of an attack", () => {
  const coded = (text: string) =>
    eventsIn(text).map(
      (e) => `${e.source.country}>${e.target?.country ?? "-"}:${e.target?.sector ?? "-"} ${e.cameo} ${e.date.start}`,
    );

  it("codes an attack whose toll a participle tells once ('shelled Lima, killing three people')", () => {
    assert.deepEqual(coded("Chilean forces shelled Lima on Sunday, killing three people."), [
      "CHL>PER:- 194 2024-06-09",
    ]);
    // (victims of another party than the one attacked are a second act's: "bombed a building in Lima,
    // killing a Bolivian general")
    assert.deepEqual(coded("Chilean jets bombed a building in Lima on Sunday, killing a Bolivian general.").length, 2);
    // (a participle of another act stays one: "shelled Tacna, prompting Peru to recall its ambassador")
    assert.deepEqual(
      coded("Chilean troops shelled Tacna on Tuesday, prompting Peru to recall its ambassador.").length,
      2,
    );
  });

  it("codes an attack named by the subject of 'killed' once, dated and aimed by the killing", () => {
    assert.deepEqual(coded("Chilean airstrikes killed 12 people in Peru on Tuesday."), ["CHL>PER:CVL 195 2024-06-11"]);
  });
});

describe("events: an act told to a party", () => {
  it("aims a refusal told to a party, naming no one else, at that party (not at reporters)", () => {
    assert.deepEqual(
      pairsIn('"We will not negotiate under fire," Chile\'s defence minister told Peru.').filter((p) =>
        p.endsWith("125"),
      ),
      ["CHL>PER 125"],
    );
    assert.deepEqual(
      pairsIn("Chile's president told reporters that Chile would not negotiate.").filter((p) => p.endsWith("125")),
      ["CHL>- 125"],
    );
  });
});

describe("events: repression another party judges", () => {
  it("does not aim a crackdown at the party condemning it", () => {
    const crackdown = eventsIn("Chile condemned Peru's crackdown on protesters.").filter((e) => e.cameo === "175");
    assert.deepEqual(
      crackdown.map((e) => `${e.source.country}>${e.target?.country ?? "-"}`),
      ["PER>-"],
    );
  });
});

describe("events: the toll of an alleged act", () => {
  it("alleges the toll a participle tells with the act it follows, coding only the accusation", () => {
    assert.deepEqual(pairsIn("Chile accused Peru of violating the ceasefire near Arica, killing two civilians."), [
      "CHL>PER 112",
    ]);
    // (what the accuser goes on to do is still the accuser's)
    const own = eventsIn("Chile criticised Peru for expelling two Chilean diplomats, accusing Lima of bad faith.");
    assert.ok(
      own.some((e) => e.cameo === "112" && e.source.country === "CHL"),
      own.map((e) => e.cameo).join(" "),
    );
  });
});

describe("events: people named by a participle", () => {
  it("codes no accusation for 'the accused' arrested", () => {
    assert.deepEqual(pairsIn("Chilean police arrested the accused near the market."), ["CHL>- 173"]);
  });
});

describe("events: a church's denomination before a common noun", () => {
  it("takes no state from 'a Greek Orthodox church', and keeps a church named in full", () => {
    assert.deepEqual(pairsIn("Chile's president visited a Greek Orthodox church in Santiago on Monday."), []);
    assert.ok(pairsIn("The Russian Orthodox Church praised Peru.").includes("RUS>PER 051"));
  });
});

describe("events: this session's rules kept to their cases", () => {
  const coded = (text: string) =>
    eventsIn(text).map((e) => `${e.source.country}>${e.target?.country ?? "-"} ${e.cameo} ${e.status}`);

  it("takes the status of a verb only for the toll a participle tells, not for what its subject goes on to say", () => {
    assert.ok(coded("Chile will not attend the summit, accusing Peru of bad faith.").includes("CHL>PER 112 reported"));
  });

  it("codes ships targeted or hit with sanctions as sanctions, and exports cut by a share as no embargo", () => {
    assert.deepEqual(coded("Chile targeted Peruvian oil tankers in its new sanctions package."), [
      "CHL>PER 163 reported",
    ]);
    assert.deepEqual(coded("Chile cut its exports to Peru by 10 percent last year."), []);
  });

  it("aims an act told to a party at it only when the teller's side does it", () => {
    assert.ok(
      coded("The Chilean foreign minister told Peru that Bolivia would not negotiate.").includes("BOL>- 125 reported"),
    );
  });

  it("re-hangs a toll on the gerund only under a verb that alleges or judges it", () => {
    assert.ok(
      coded("Chile punished Peru for firing rockets, killing 20 people in Arica.").some(
        (l) => l.startsWith("CHL>") && l.includes(" 190 "),
      ),
    );
  });
});
