import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { codeEvents } from "./code.js";
import { defaultLexicon } from "./lexicon/load.js";
import { docFromParse, eventsIn, pairsIn, type TestActor } from "./testing.js";

const lex = defaultLexicon();
const C = (name: string, country: string, sector: string | null = null, ...words: string[]): TestActor => ({
  name,
  country,
  sector,
  kind: sector ? "organization" : "country",
  words: words.length ? words : [name],
});

describe("events: what gives no event", () => {
  it("reads a participle completing a passive as passive: no doer unless a by-phrase names one ('were reported killed')", () => {
    const doc = (agent: string) =>
      docFromParse(
        `Peruvian Peruvian ADJ 2 amod
soldiers soldier NOUN 4 nsubj:pass
were be AUX 4 aux:pass
reported report VERB 0 root VBN
killed kill VERB 4 xcomp VBN
${agent}. . PUNCT 4 punct`,
        { actors: [C("Peru", "PER", null, "Peruvian"), C("Chile", "CHL", null, "Chilean")] },
      );
    assert.deepEqual(codeEvents(lex, doc("")), []);
    const byChile = doc("by by ADP 8 case\nChilean Chilean ADJ 8 amod\ntroops~ troop NOUN 5 obl:agent\n");
    assert.deepEqual(
      codeEvents(lex, byChile).map((e) => `${e.source.country}>${e.target?.country}`),
      ["CHL>PER"],
    );
  });

  it("codes no consultation with the press ('spoke to reporters'), but one with a named party", () => {
    const doc = docFromParse(
      `Peru Peru PROPN 2 nsubj
spoke speak VERB 0 root VBD
to to ADP 4 case
reporters~ reporter NOUN 2 obl
. . PUNCT 2 punct

Peru Peru PROPN 2 nsubj
spoke speak VERB 0 root VBD
to to ADP 4 case
Chile~ Chile PROPN 2 obl
. . PUNCT 2 punct`,
      { actors: [C("Peru", "PER"), C("Chile", "CHL")] },
    );
    assert.deepEqual(
      codeEvents(lex, doc).map((e) => `${e.source.country}>${e.target?.country}`),
      ["PER>CHL", "CHL>PER"],
    );
  });

  it("codes no consultation when the press is the object ('met journalists', 'briefed reporters')", () => {
    const press: TestActor = {
      name: "journalists",
      country: null,
      sector: "MED",
      kind: "organization",
      words: ["journalists"],
    };
    const doc = (verb: string, lemma: string) =>
      docFromParse(
        `Peru Peru PROPN 2 nsubj
${verb} ${lemma} VERB 0 root VBD
journalists journalist NOUN 2 obj
in in ADP 5 case
Lima Lima PROPN 2 obl
. . PUNCT 2 punct`,
        { actors: [C("Peru", "PER"), press] },
      );
    assert.deepEqual(codeEvents(lex, doc("met", "meet")), []);
    assert.deepEqual(codeEvents(lex, doc("briefed", "brief")), []);
    // (nor do talks the meeting comes after make the press their guests)
    assert.deepEqual(pairsIn("The Chilean foreign minister met journalists in Santiago after the talks."), []);
  });

  it("reads a participle conjoined to a passive as passive: 'a Peruvian was shot and killed' names no killer", () => {
    const doc = docFromParse(
      `a a DET 2 det
Peruvian Peruvian PROPN 4 nsubj
was be AUX 4 cop
shot shot ADJ 0 root JJ
and and CCONJ 6 cc
killed~ kill VERB 4 conj VBN
. . PUNCT 4 punct`,
      { actors: [C("Peru", "PER", null, "Peruvian")] },
    );
    assert.deepEqual(codeEvents(lex, doc), []);
  });

  it("codes no act with no state on either side and no named organization ('scientists condemned ...')", () => {
    const doc = (subject: string) =>
      docFromParse(
        `${subject} PROPN 2 nsubj
condemned condemn VERB 0 root VBD
the the DET 4 det
findings~ finding NOUN 2 obj
. . PUNCT 2 punct`,
        {
          actors: [
            { name: "Scientists", country: null, sector: "EDU", kind: "group", words: ["Scientists"] },
            { name: "Amnesty", country: null, sector: "NGO", kind: "organization", words: ["Amnesty"] },
          ],
        },
      );
    assert.deepEqual(codeEvents(lex, doc("Scientists scientist")), []);
    assert.equal(codeEvents(lex, doc("Amnesty Amnesty")).length, 1);
  });

  it("codes no act for the second half of a hyphenated description ('life-threatening')", () => {
    // "Police fired, and a woman was in life-threatening condition" misread with the participle as a conjunct
    const doc = docFromParse(
      `Police police NOUN 2 nsubj
fired fire VERB 0 root VBD
and and CCONJ 6 cc
life~ life NOUN 6 compound
-~ - PUNCT 4 punct
threatening threaten VERB 2 conj VBG
condition~ condition NOUN 6 obj
. . PUNCT 2 punct`,
      { actors: [C("Police", "PER", "COP", "Police")] },
    );
    assert.ok(!codeEvents(lex, doc).some((e) => e.cameo?.startsWith("13")));
  });

  it("codes no support for a thing no party is named on, but for a party, its proposal or a person", () => {
    // (not even aimed at the side last dealt with)
    assert.deepEqual(pairsIn("Peru accused Chile of spying. Peru then supported education, healthcare and farming."), [
      "PER>CHL 1125",
    ]);
    assert.deepEqual(pairsIn("Chile supported the Peruvian proposal."), ["CHL>PER 051"]);
    assert.deepEqual(pairsIn("Bolivia supported the agreement with Peru."), ["BOL>PER 051"]);
    assert.deepEqual(pairsIn("Peru proposed a new agreement on water. Bolivia supported the agreement."), [
      "BOL>PER 051",
    ]);
    assert.ok(
      pairsIn("Peru criticized Chilean President Ana Rojas, who is supported by the Bolivian government.").includes(
        "BOL>CHL 051",
      ),
    );
  });

  it("codes no yielding for complying with rules or a law, but complying with a party's request", () => {
    assert.deepEqual(pairsIn("Peru said the Chilean fleet did not comply with international rules."), []);
    assert.ok(pairsIn("Chile complied with Peru's request.").includes("CHL>PER 083"));
  });

  it("codes no appeal for a court appeal filed, lost or intended, but one made to a party", () => {
    for (const text of [
      "The Chilean general filed his intent to appeal.",
      "The Peruvian minister lost his appeal against Chile on Monday.",
    ]) {
      assert.deepEqual(pairsIn(text), [], text);
    }
    assert.deepEqual(pairsIn("Peru made an urgent appeal to Chile for food aid."), ["PER>CHL 023"]);
    // (filed, heard or dismissed, an appeal to or from a party is still one)
    assert.deepEqual(pairsIn("Peru filed an appeal to Chile for food aid."), ["PER>CHL 020"]);
    assert.ok(pairsIn("Chile dismissed an appeal from Peru to release the fishermen.").includes("PER>CHL 0253"));
  });

  it("codes no appeal for asking a question ('asked Chile whether ...'), an appeal for asking to act", () => {
    const doc = (mark: string, rel: string) =>
      docFromParse(
        `Peru Peru PROPN 2 nsubj
asked ask VERB 0 root VBD
Chile Chile PROPN 2 obj
${mark}
talks talk NOUN 6 nsubj
resume~ resume VERB 2 ${rel}
. . PUNCT 2 punct`,
        { actors: [C("Peru", "PER"), C("Chile", "CHL")] },
      );
    assert.deepEqual(codeEvents(lex, doc("whether whether SCONJ 6 mark", "ccomp")), []);
    assert.equal(codeEvents(lex, doc("to to PART 6 mark", "xcomp")).length, 1);
  });

  it("gives a purpose the status of the act it serves: 'did not send troops to help Bolivia' helped no one", () => {
    const doc = docFromParse(
      `Peru Peru PROPN 4 nsubj
did do AUX 4 aux VBD
not not PART 4 advmod
send send VERB 0 root VB
troops troops NOUN 4 obj
to to PART 7 mark
help help VERB 4 advcl VB
Bolivia~ Bolivia PROPN 7 obj
. . PUNCT 4 punct`,
      { actors: [C("Peru", "PER"), C("Bolivia", "BOL")] },
    );
    const helped = codeEvents(lex, doc).filter((e) => e.cameo === "070");
    assert.deepEqual(
      helped.map((e) => e.status),
      ["negated"],
    );
  });

  it("codes no investigation of no party ('Peru was investigating the crash'), one of a party", () => {
    const doc = (object: string) =>
      docFromParse(
        `Peru Peru PROPN 3 nsubj
was be AUX 3 aux VBD
investigating investigate VERB 0 root VBG
${object}
. . PUNCT 3 punct`,
        { actors: [C("Peru", "PER"), C("Chile", "CHL")] },
      );
    assert.deepEqual(codeEvents(lex, doc("the the DET 5 det\ncrash~ crash NOUN 3 obj")), []);
    assert.equal(codeEvents(lex, doc("Chile~ Chile PROPN 3 obj")).length, 1);
  });

  it("keeps an inquiry of no party that a court or a legislature holds", () => {
    assert.deepEqual(pairsIn("Kenya's high court opened a hearing on Wednesday into the legality of the election."), [
      "KEN>- 090",
    ]);
    assert.deepEqual(pairsIn("Kenya's parliament launched an inquiry into the collapse of the bank."), ["KEN>- 090"]);
    assert.deepEqual(pairsIn("Kenyan police opened an inquiry into the collapse of the bank."), []);
  });

  it("codes no consultation with a news outlet ('spoke to Reuters'): an interview", () => {
    const doc = docFromParse(
      `Peru Peru PROPN 2 nsubj
spoke speak VERB 0 root VBD
to to ADP 4 case
Reuters~ Reuters PROPN 2 obl
. . PUNCT 2 punct`,
      { actors: [C("Peru", "PER"), C("Reuters", "GBR", "MED")] },
    );
    assert.deepEqual(codeEvents(lex, doc), []);
  });

  it("codes no hosting for receiving an award or a letter, a hosting for receiving a visitor", () => {
    const doc = (object: string) =>
      docFromParse(
        `Peru Peru PROPN 2 nsubj
received receive VERB 0 root VBD
a a DET 4 det
${object} NOUN 2 obj
from from ADP 6 case
Chile~ Chile PROPN 4 nmod
. . PUNCT 2 punct`,
        { actors: [C("Peru", "PER"), C("Chile", "CHL")] },
      );
    assert.deepEqual(codeEvents(lex, doc("letter letter")), []);
    assert.deepEqual(codeEvents(lex, doc("award award")), []);
    assert.deepEqual(
      codeEvents(lex, doc("delegation delegation")).map((e) => `${e.source.country}>${e.target?.country} ${e.cameo}`),
      ["PER>CHL 043", "CHL>PER 042"],
    );
  });

  it("codes no meeting a party is barred or excluded from ('remains barred from ASEAN summits')", () => {
    for (const verb of ["barred bar", "excluded exclude"]) {
      const doc = docFromParse(
        `Myanmar Myanmar PROPN 3 nsubj:pass
remains remain AUX 3 aux:pass
${verb} VERB 0 root VBN
from from ADP 6 case
ASEAN ASEAN PROPN 6 compound
summits summit NOUN 3 obl
. . PUNCT 3 punct`,
        { actors: [C("Myanmar", "MMR"), C("ASEAN", "ASEAN", "IGO")] },
      );
      assert.deepEqual(codeEvents(lex, doc), [], verb);
    }
  });

  it("codes no habitual act told in a present-tense relative clause ('Peru, which negotiates with Chile'), but a past one", () => {
    const parse = (form: string, xpos: string) =>
      docFromParse(
        `Peru~ Peru PROPN 0 root
, , PUNCT 2 punct
which which PRON 4 nsubj
${form} negotiate VERB 1 acl:relcl ${xpos}
with with ADP 6 case
Chile~ Chile PROPN 4 obl
. . PUNCT 1 punct`,
        { actors: [C("Peru", "PER"), C("Chile", "CHL")] },
      );
    assert.deepEqual(codeEvents(lex, parse("negotiates", "VBZ")), []);
    assert.equal(codeEvents(lex, parse("negotiated", "VBD")).length, 2);
  });

  it("codes no visit to a thing that is no party or place ('toured the halls'), but a visit to a country", () => {
    const doc = docFromParse(
      `Peru Peru PROPN 2 nsubj
toured tour VERB 0 root VBD
the the DET 4 det
factories~ factory NOUN 2 obj
. . PUNCT 2 punct

Peru Peru PROPN 2 nsubj
visited visit VERB 0 root VBD
Chile~ Chile PROPN 2 obj
. . PUNCT 2 punct`,
      { actors: [C("Peru", "PER"), C("Chile", "CHL")] },
    );
    assert.deepEqual(
      codeEvents(lex, doc).map((e) => `${e.source.country}>${e.target?.country}`),
      ["PER>CHL"],
    );
  });

  it("ignores sport, even with conflict verbs", () => {
    const doc = docFromParse(
      `Brazil Brazil PROPN 2 nsubj
beat beat VERB 0 root
Chile Chile PROPN 2 obj
3-1 3-1 NUM 2 obl:unmarked
in in ADP 7 case
a a DET 7 det
friendly~ friendly NOUN 2 obl
. . PUNCT 2 punct`,
      { actors: [C("Brazil", "BRA"), C("Chile", "CHL")] },
    );
    assert.deepEqual(codeEvents(lex, doc), []);
  });

  it("ignores business between companies only", () => {
    const doc = docFromParse(
      `Toyota Toyota PROPN 2 nsubj
sued sue VERB 0 root
Ford~ Ford PROPN 2 obj
. . PUNCT 2 punct`,
      { actors: [C("Toyota", "JPN", "BUS"), C("Ford", "USA", "BUS")] },
    );
    assert.deepEqual(codeEvents(lex, doc), []);
  });

  it("ignores an opinion that names no actor", () => {
    const doc = docFromParse(
      `Critics critic NOUN 2 nsubj
condemned condemn VERB 0 root
the the DET 4 det
plan~ plan NOUN 2 obj
. . PUNCT 2 punct`,
    );
    assert.deepEqual(codeEvents(lex, doc), []);
  });

  it("ignores questions", () => {
    const doc = docFromParse(
      `Will will AUX 3 aux
Egypt Egypt PROPN 3 nsubj
host host VERB 0 root
Israel~ Israel PROPN 3 obj
? ? PUNCT 3 punct`,
      { actors: [C("Egypt", "EGY"), C("Israel", "ISR")] },
    );
    assert.deepEqual(codeEvents(lex, doc), []);
  });

  it("does not code a statement verb or a verb outside the lexicon", () => {
    const doc = docFromParse(
      `Peru Peru PROPN 2 nsubj
said say VERB 0 root
Chile Chile PROPN 4 nsubj
exported~ export VERB 2 ccomp
copper copper NOUN 4 obj
. . PUNCT 2 punct`,
      { actors: [C("Peru", "PER"), C("Chile", "CHL")] },
    );
    assert.deepEqual(codeEvents(lex, doc), []);
  });

  it("marks an act done 'without' as negated rather than reported", () => {
    const doc = docFromParse(
      `Talks talk NOUN 2 nsubj
ended end VERB 0 root
without without ADP 4 case
agreement agreement NOUN 2 obl
, , PUNCT 8 punct
and and CCONJ 8 cc
Serbia Serbia PROPN 8 nsubj
left~ leave VERB 2 conj
without without SCONJ 10 mark
signing sign VERB 8 advcl
. . PUNCT 2 punct`,
      { actors: [C("Serbia", "SRB")] },
    );
    const ev = codeEvents(lex, doc);
    assert.equal(ev.length, 1);
    assert.equal(ev[0]?.cameo, "057");
    assert.equal(ev[0]?.status, "negated");
  });
});

describe("events: a body meeting in session", () => {
  it("codes no consultation for a cabinet meeting alone, but one for a cabinet meeting a named party", () => {
    const alone = docFromParse(
      `Israel Israel PROPN 3 nmod:poss
's 's PART 1 case
cabinet cabinet NOUN 4 nsubj
met meet VERB 0 root VBD
Sunday~ Sunday PROPN 4 obj
. . PUNCT 4 punct`,
      { actors: [C("Israel", "ISR")], times: [{ text: "Sunday", value: "2024-05-05", anchor: 4 }] },
    );
    assert.deepEqual(codeEvents(lex, alone), []);
    const partner = docFromParse(
      `Israel Israel PROPN 3 nmod:poss
's 's PART 1 case
cabinet cabinet NOUN 4 nsubj
met meet VERB 0 root VBD
with with ADP 6 case
Egypt~ Egypt PROPN 4 obl
. . PUNCT 4 punct`,
      { actors: [C("Israel", "ISR"), C("Egypt", "EGY")] },
    );
    assert.equal(codeEvents(lex, partner).length, 2);
  });
});

describe("events: slamming into something", () => {
  const coded = (parse: string) =>
    codeEvents(lex, docFromParse(parse, { actors: [C("Chile", "CHL"), C("Peru", "PER")] })).map(
      (e) => `${e.source.country}>${e.target?.country ?? "-"} ${e.cameo}`,
    );

  it("is criticism when a party is slammed, and no event when something slams into a place", () => {
    const slammed = `Chile Chile PROPN 2 nsubj
slammed slam VERB 0 root VBD
Peru~ Peru PROPN 2 obj
. . PUNCT 2 punct`;
    const into = `Chile Chile PROPN 2 nsubj
slammed slam VERB 0 root VBD
into into ADP 4 case
Peru~ Peru PROPN 2 obl
. . PUNCT 2 punct`;
    assert.deepEqual(coded(slammed), ["CHL>PER 111"]);
    assert.deepEqual(coded(into), []);
  });

  it("codes fighting for a cause as no violence, but armed men or two states fighting for a town as fighting (190)", () => {
    assert.deepEqual(
      pairsIn("Senator Ana Silva of Chile fought for a new holiday, and President Boric signed the bill."),
      [],
    );
    assert.deepEqual(pairsIn("Eritrea and Ethiopia fought for control of the border town."), [
      "ERI>ETH 190",
      "ETH>ERI 190",
    ]);
    assert.deepEqual(pairsIn("Sudanese troops were fighting for the town against Ethiopian forces."), [
      "ETH>SDN 190",
      "SDN>ETH 190",
    ]);
  });
  it("takes no party named further on for talks with an organization no one can place ('spoke with the newspaper El Mercurio')", () => {
    const text = (partner: string) =>
      `Chilean senator Ana Silva spoke with ${partner} on Monday to discuss her campaign against the President of Peru.`;
    assert.deepEqual(pairsIn(text("the newspaper El Mercurio")), []);
    assert.deepEqual(pairsIn(text("Peru's foreign minister")), ["CHL>PER 040", "PER>CHL 040"]);
  });
  it("codes no agreement for sharing a candidate's view ('agreed with Gloria Silva, saying ...'), one between officials", () => {
    const view =
      "Brian Carroll, a Chilean presidential candidate, agreed with Gloria Silva, saying that jobs are more important.";
    assert.deepEqual(pairsIn(view), []);
    const officials = "Chile's foreign minister agreed with her Peruvian counterpart, saying that trade mattered more.";
    assert.deepEqual(pairsIn(officials), ["CHL>PER 030", "PER>CHL 030"]);
  });
  it("codes no accusation for blaming a thing ('blamed human error'), one for blaming a party or a group", () => {
    assert.deepEqual(pairsIn("Chilean officials blamed human error for the crash."), []);
    assert.deepEqual(pairsIn("The Chilean government blamed the crash on a technical fault."), []);
    assert.deepEqual(pairsIn("Chile blamed the attack on Peru."), ["CHL>PER 112"]);
    assert.deepEqual(pairsIn("Chile blamed Peru for the attack."), ["CHL>PER 112"]);
    assert.deepEqual(pairsIn("The Chilean government blamed the violence on Peruvian smugglers."), ["CHL>PER 112"]);
    assert.deepEqual(pairsIn("The Chilean government blamed the bombing on rebels."), ["CHL>- 112"]);
    assert.deepEqual(pairsIn("The Chilean government blamed the unrest on foreign agents."), ["CHL>- 112"]);
  });
  it("codes no hosting for receiving an honour named after a state ('received the Hero of the Soviet Union')", () => {
    assert.deepEqual(pairsIn('Tereshkova received the "Hero of the Soviet Union" in 1963.'), []);
    assert.deepEqual(pairsIn("The Peruvian president received the Chilean foreign minister in Lima."), [
      "CHL>PER 042",
      "PER>CHL 043",
    ]);
  });
});

describe("events: holding a post or a seat is no occupation", () => {
  it("codes no occupation (192) of a post, a seat or a rank, but one of a town", () => {
    assert.deepEqual(pairsIn("Lavrov has occupied the post of foreign minister since 2004."), []);
    assert.deepEqual(pairsIn("China occupies the top spot among Iran's trade partners."), []);
    assert.deepEqual(pairsIn("Russian troops occupied the town of Kherson."), ["RUS>UKR 192"]);
    assert.deepEqual(pairsIn("Israeli troops occupied positions in southern Lebanon."), ["ISR>LBN 192"]);
  });
});

describe("events: an event noun compounded to another names its topic", () => {
  it("codes a genocide investigation or case as the investigation or the case, no genocide", () => {
    assert.deepEqual(pairsIn("Germany launched a genocide investigation into Russian soldiers."), ["DEU>RUS 090"]);
    assert.deepEqual(pairsIn("South Africa filed a genocide case against Israel at the World Court."), ["ZAF>ISR 115"]);
    // (but one whose head codes nothing there: "an arrest operation" is an arrest)
    assert.deepEqual(pairsIn("Israeli troops carried out an arrest operation in Jenin on Tuesday."), ["ISR>- 173"]);
  });
});

describe("events: standing rules and obligations", () => {
  it("codes no act of what a charter, constitution or law provides in the present", () => {
    assert.deepEqual(pairsIn("The UN Charter prohibits the use of force against Ukraine."), []);
    assert.deepEqual(pairsIn("Interpol's constitution prohibits any intervention of a political character."), []);
    // (guidelines and doctrines provide as well: "NATO guidelines call for 2%")
    assert.deepEqual(pairsIn("NATO guidelines call for military spending of 2% of output."), []);
    // (a new law's provisions are its enactment; a party named after the law is no law)
    assert.deepEqual(pairsIn("Britain's new law bans Hamas."), ["GBR>PSE 172"]);
    assert.ok(pairsIn("Poland's Law and Justice party criticizes Germany over reparations.").includes("POL>DEU 111"));
  });
  it("keeps what a treaty obliges or a deal requires a party to do hypothetical", () => {
    const status = (text: string) => eventsIn(text).map((e) => `${e.source.country}>${e.target?.country} ${e.status}`);
    assert.deepEqual(status("The treaty obliges Russia to withdraw its troops from Ukraine."), [
      "RUS>UKR hypothetical",
    ]);
    assert.deepEqual(status("The deal requires Israel to pull its troops out of Gaza."), ["ISR>PSE hypothetical"]);
  });
});

describe("events: acts said to have happened only allegedly", () => {
  it("codes no act told with 'allegedly', 'purportedly' or 'supposedly'; 'reportedly' reports one", () => {
    assert.deepEqual(pairsIn("Chilean police allegedly beat three Peruvian students on Monday."), []);
    assert.deepEqual(pairsIn("Protesters surrounded and supposedly threatened Peru's ambassador to Chile."), []);
    assert.deepEqual(pairsIn("Chilean soldiers reportedly shelled the Peruvian town on Monday."), ["CHL>PER 194"]);
  });
});

describe("events: acts asked about", () => {
  it("codes nothing a question asks about: whether-clauses, and if-clauses of asking, checking or knowing", () => {
    assert.deepEqual(pairsIn("Reporters asked whether Chile would expel the Peruvian ambassador."), []);
    assert.deepEqual(pairsIn("Officials are checking if Peru fired a missile on Monday."), []);
    assert.deepEqual(pairsIn("It is unclear whether Chile attacked Peru."), []);
    assert.deepEqual(pairsIn("The ministers refused to answer whether they would support sanctions against Peru."), []);
    // (a condition is no question; nor is "whether or not", which concedes)
    assert.ok(pairsIn("Chile threatened to impose sanctions if Peru sends troops.").includes("CHL>PER 163"));
    assert.deepEqual(pairsIn("Whether or not Peru agrees, Chile will expel the Peruvian ambassador."), ["CHL>PER 161"]);
  });
});

describe("events: what is to be done", () => {
  it("reads an infinitive with its own for-subject as planned under an agreement, else hypothetical", () => {
    const status = (text: string) => eventsIn(text).map((e) => `${e.source.code} ${e.cameo} ${e.status}`);
    assert.deepEqual(
      status("An agreement was reached for the Chilean army to enter the town and deploy along the border."),
      ["CHLMIL 154 planned"],
    );
    assert.deepEqual(status("It is time for the Chilean army to deploy along the border."), [
      "CHLMIL 154 hypothetical",
    ]);
  });
});

describe("events: acts done at a request", () => {
  it("codes the request as its author's to the clause's subject, dated with the past act done at it", () => {
    const lines = (text: string) =>
      eventsIn(text).map((e) => `${e.source.code}>${e.target?.code ?? "-"} ${e.cameo} ${e.date.start} ${e.date.basis}`);
    assert.deepEqual(lines("At the request of Chile, Peru expelled two diplomats on Monday."), [
      "CHL>PER 020 2024-06-10 text",
      "PER>- 161 2024-06-10 text",
    ]);
  });
});

describe("events: a month is no march", () => {
  it("codes no protest march in a date ('in March 2024'), but one in the text", () => {
    assert.deepEqual(pairsIn("Sweden joined NATO in March 2024."), ["SWE>NATO 057"]);
    assert.ok(pairsIn("Thousands of Georgians joined a march in Tbilisi on March 3.").includes("GEO>GEO 141"));
  });
});

describe("events: 'it' after a sentence led by a name of no actor", () => {
  it("does not take a place named after a storm for the storm", () => {
    assert.deepEqual(
      pairsIn(
        "Typhoon Maru battered resorts such as Palmaris and Corvina on Monday. It also forced 20,000 residents to evacuate.",
      ),
      [],
    );
  });
});

describe("events: parties of no country on both sides", () => {
  it("code nothing when the source has no country or sector either", () => {
    assert.deepEqual(pairsIn("Veritas typically restricts people from copying files."), []);
  });
});
