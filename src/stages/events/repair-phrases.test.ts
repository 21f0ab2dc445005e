import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { codeEvents, phrasalVerbs } from "./code.js";
import { defaultLexicon } from "./lexicon/load.js";
import { countryActor, docFromParse, eventLines, eventsIn, pairsIn, type TestActor } from "./testing.js";
import { buildTree } from "./tree.js";

const lex = defaultLexicon();
const org = (name: string, country: string | null, sector: string, ...words: string[]): TestActor => ({
  name,
  country,
  sector,
  kind: "organization",
  words,
});

describe("events: phrase misreads undone before coding", () => {
  it("reads a preposition right after a verb, heading its common noun, as a particle with an object", () => {
    const doc = docFromParse(
      `Danish Danish ADJ 2 amod
medics medic NOUN 3 nsubj
handed hand VERB 0 root VBD
over over ADP 7 case
400 400 NUM 6 nummod
kg kg NOUN 7 compound
medicine medicine NOUN 3 obl
to to ADP 10 case
the the DET 10 det
Mongolians~ Mongolian PROPN 7 nmod
. . PUNCT 3 punct`,
      { actors: [org("Danish medics", "DNK", "CVL", "Danish medics"), countryActor("Mongolians", "MNG")] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["DNK>MNG 073"]);
  });

  it("reads a by-agent participle hung on the verb as a complement as modifying the noun before it", () => {
    const doc = docFromParse(
      `Peru Peru PROPN 2 nsubj
hoped hope VERB 0 root VBD
the the DET 4 det
deal deal NOUN 6 nsubj
would would AUX 6 aux
lead lead VERB 2 ccomp VB
to to ADP 9 case
the the DET 9 det
return return NOUN 6 obl
of of ADP 12 case
Peruvian Peruvian ADJ 12 amod
fishermen fisherman NOUN 9 nmod
abducted abduct VERB 6 xcomp VBN
by by ADP 16 case
Chilean Chilean ADJ 16 amod
gunmen~ gunman NOUN 13 obl:agent
. . PUNCT 2 punct`,
      {
        actors: [
          countryActor("Peru", "PER"),
          org("Peruvian fishermen", "PER", "CVL", "Peruvian fishermen"),
          org("Chilean gunmen", "CHL", "REB", "Chilean gunmen"),
        ],
      },
    );
    // the abduction is a fact the noun phrase states, not part of what Peru hopes for
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo", "status"], "181"), ["CHL>PER 181 reported"]);
  });

  it("keeps a participle complement of a verb with an object ('left the villagers stranded')", () => {
    const doc = docFromParse(
      `Floods flood NOUN 2 nsubj
left leave VERB 0 root VBD
Malian Malian ADJ 4 amod
villagers villager NOUN 2 obj
stranded strand VERB 2 xcomp VBN
by by ADP 7 case
rebels~ rebel NOUN 5 obl:agent
. . PUNCT 2 punct`,
      { actors: [org("Malian villagers", "MLI", "CVL", "Malian villagers")] },
    );
    const tree = buildTree(doc, phrasalVerbs(lex));
    assert.equal(tree.rel(4), "xcomp");
  });

  it("reads a past form with a conjoined verb and object, hung on a root noun phrase, as the sentence's verb", () => {
    const doc = docFromParse(
      `Nurses nurse NOUN 0 root
from from ADP 5 case
two two NUM 5 nummod
Swedish Swedish ADJ 5 amod
charities charity NOUN 1 nmod
collected collect VERB 5 acl VBN
and and CCONJ 8 cc
delivered deliver VERB 6 conj VBD
medicine medicine NOUN 8 obj
to to ADP 12 case
Kenyan Kenyan ADJ 12 amod
refugees~ refugee NOUN 8 obl
. . PUNCT 1 punct`,
      {
        actors: [
          org("Swedish charities", "SWE", "NGO", "Swedish charities"),
          org("Kenyan refugees", "KEN", "REF", "Kenyan refugees"),
        ],
      },
    );
    const tree = buildTree(doc, phrasalVerbs(lex));
    assert.equal(tree.rel(5), "root");
    assert.equal(tree.head(0), 5);
    assert.equal(tree.rel(0), "nsubj");
  });

  it("reads a noun between 'that' and its name subject and an object as a subjunctive verb", () => {
    const doc = docFromParse(
      `Chile Chile PROPN 2 nsubj
demanded demand VERB 0 root VBD
that that SCONJ 2 obj IN
Peru Peru PROPN 5 compound
release release NOUN 3 parataxis NN
the the DET 7 det
fishermen~ fisherman NOUN 5 appos
. . PUNCT 2 punct`,
      { actors: [countryActor("Chile", "CHL"), countryActor("Peru", "PER")] },
    );
    // the release is only demanded: no event of its own
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo", "status"]), ["CHL>PER 1053 reported"]);
  });

  it("reads ', warning that ...' with 'warning' tagged a noun as the verb's participle clause", () => {
    // (a sentence before it, so that the verb is its own sentence's root)
    const doc = docFromParse(
      `Talks talk NOUN 2 nsubj
collapsed~ collapse VERB 0 root VBD
. . PUNCT 2 punct

Peru Peru PROPN 2 nsubj
closed close VERB 0 root VBD
the the DET 4 det
border~ border NOUN 2 obj
, , PUNCT 6 punct
warning warning NOUN 2 obl NN
that that SCONJ 10 mark
it it PRON 10 nsubj
would would AUX 10 aux
expel expel VERB 6 acl:relcl VB
Chilean Chilean ADJ 12 amod
diplomats~ diplomat NOUN 10 obj
. . PUNCT 2 punct`,
      {
        actors: [
          countryActor("Peru", "PER", "Peru", "it"),
          org("Chilean diplomats", "CHL", "GOV", "Chilean diplomats"),
        ],
      },
    );
    const warning = codeEvents(lex, doc).filter((e) => e.rule.startsWith("verbs/warn"));
    assert.deepEqual(eventLines(warning, ["plover", "status"]), ["PER>CHL THREATEN reported"]);
  });

  it("reads a finite past hung on two coordinated parties as their verb, though it has no object", () => {
    const doc = docFromParse(
      `The the DET 3 det
Malian Malian ADJ 3 amod
army army NOUN 0 root
and and CCONJ 6 cc
the the DET 6 det
rebels rebel NOUN 3 conj
agreed agree VERB 6 acl VBD
to to ADP 10 case
a a DET 10 det
truce~ truce NOUN 7 obl
. . PUNCT 3 punct`,
      {
        actors: [org("Malian army", "MLI", "MIL", "Malian army"), org("rebels", "MLI", "REB", "rebels")],
      },
    );
    const tree = buildTree(doc, phrasalVerbs(lex));
    assert.equal(tree.rel(6), "root");
    assert.equal(tree.head(2), 6);
    assert.equal(tree.rel(5), "conj");
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["plover"]), ["MLI>MLI AGREE", "MLI>MLI AGREE"]);
  });

  it("reads a past form modifying the object of a name as the verb, also under a later 'because' clause", () => {
    const doc = docFromParse(
      `Norway Norway PROPN 0 root
on on ADP 3 case
Monday Monday PROPN 1 nmod
reduced reduce VERB 5 amod VBN
aid aid NOUN 1 obj
to to ADP 7 case
Malawi~ Malawi PROPN 5 nmod
. . PUNCT 1 punct

Norway Norway PROPN 10 nsubj
on on ADP 3 case
Monday Monday PROPN 1 nmod
reduced reduce VERB 5 amod VBN
aid aid NOUN 1 obj
to to ADP 7 case
Malawi Malawi PROPN 5 nmod
because because SCONJ 10 mark
funds fund NOUN 10 nsubj
vanished~ vanish VERB 13 ccomp VBD
, , PUNCT 13 punct
officials official NOUN 13 nsubj
said~ say VERB 0 root VBD
. . PUNCT 13 punct`,
      { actors: [countryActor("Norway", "NOR"), countryActor("Malawi", "MWI")] },
    );
    // (the second sentence tells the same act again: one event)
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo", "status"]), ["NOR>MWI 162 reported"]);
    const tree = buildTree(doc, phrasalVerbs(lex));
    assert.deepEqual([tree.head(3), tree.head(0), tree.head(4)], [-1, 3, 3]);
    // "reduced" is what the officials said, and "because ..." its clause
    assert.deepEqual([tree.head(11), tree.rel(11), tree.head(17), tree.rel(17)], [20, "ccomp", 11, "advcl"]);
  });

  it("reads a subjunctive after a subject phrase with a determiner or possessor", () => {
    const doc = docFromParse(
      `Chile Chile PROPN 2 nsubj
demanded demand VERB 0 root VBD
that that SCONJ 2 obj IN
Peru Peru PROPN 6 nmod:poss
's 's PART 4 case
government government NOUN 7 compound
release release NOUN 3 parataxis NN
the the DET 9 det
fishermen~ fisherman NOUN 7 appos
. . PUNCT 2 punct`,
      { actors: [countryActor("Chile", "CHL"), { ...countryActor("Peru", "PER"), words: ["Peru's government"] }] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo", "status"]), ["CHL>PER 1053 reported"]);
  });

  it("keeps a title between 'that' and a name as a noun when a verb follows the name", () => {
    const doc = docFromParse(
      `Chile Chile PROPN 2 nsubj
said say VERB 0 root VBD
that that SCONJ 9 mark
Peru Peru PROPN 5 compound
minister minister NOUN 9 nsubj:pass NN
Ana Ana PROPN 5 flat
Ruiz Ruiz PROPN 6 flat
was be AUX 9 aux:pass
detained~ detain VERB 2 ccomp VBN
. . PUNCT 2 punct`,
      { actors: [countryActor("Chile", "CHL"), countryActor("Peru", "PER")] },
    );
    const tree = buildTree(doc, phrasalVerbs(lex));
    assert.deepEqual([tree.upos(4), tree.rel(4)], ["NOUN", "nsubj:pass"]);
  });

  it("keeps 'out of' a compound preposition, not a particle", () => {
    const doc = docFromParse(
      `Envoys envoy NOUN 2 nsubj
walked walk VERB 0 root VBD
out out ADP 5 case
of of ADP 5 case
Kenya~ Kenya PROPN 2 obl
. . PUNCT 2 punct`,
      { actors: [countryActor("Kenya", "KEN")] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), []);
  });

  it("reads an attributive 'suspected' read as a clause as modifying the object, with an active subject", () => {
    const doc = docFromParse(
      `Ghana Ghana PROPN 2 nsubj:pass
extradited extradite VERB 0 root VBD
suspected suspect VERB 2 xcomp VBN
Togolese Togolese ADJ 5 amod
smuggler~ smuggler NOUN 3 obl
to to ADP 7 case
Togo~ Togo PROPN 3 obl
. . PUNCT 2 punct`,
      {
        actors: [
          countryActor("Ghana", "GHA"),
          org("Togolese smuggler", "TGO", "CVL", "Togolese smuggler"),
          countryActor("Togo", "TGO", "Togo"),
        ],
      },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["GHA>TGO 063"]);
  });

  it("reads a past form after a sentence read as one noun phrase as its verb, with the phrase as subject", () => {
    const doc = docFromParse(
      `African African ADJ 2 amod
Union Union PROPN 0 root
finance finance NOUN 4 compound
ministers minister NOUN 2 nmod
agreed agree VERB 4 acl VBD
to to PART 7 mark
send send VERB 5 xcomp
aid aid NOUN 7 obj
to to ADP 10 case
Malawi~ Malawi PROPN 7 obl
. . PUNCT 2 punct`,
      { actors: [org("African Union", "AU", "IGO", "African Union"), countryActor("Malawi", "MWI")] },
    );
    const lines = eventLines(codeEvents(lex, doc), ["cameo"]);
    assert.deepEqual(lines, ["AU>MWI 033"]);
  });

  it("leaves a headline's passive participle after a noun alone ('Soldiers killed in ambush')", () => {
    const doc = docFromParse(
      `Malian Malian ADJ 2 amod
soldiers soldier NOUN 0 root
killed kill VERB 2 acl VBN
in in ADP 5 case
ambush~ ambush NOUN 3 obl`,
      { actors: [org("Malian soldiers", "MLI", "MIL", "Malian soldiers")] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), []);
  });

  it("reads a past form tagged as an adjective, between two noun phrases, as the verb of a reported clause", () => {
    const doc = docFromParse(
      `Basque Basque ADJ 2 amod
militants militant NOUN 10 nsubj
wounded wounded ADJ 6 amod JJ
three three NUM 6 nummod
Spanish Spanish ADJ 6 amod
gendarmes gendarme NOUN 2 nmod
, , PUNCT 10 punct
police police NOUN 10 nsubj
officials official NOUN 10 nsubj
said~ say VERB 0 root VBD
. . PUNCT 10 punct`,
      {
        actors: [
          org("Basque militants", "ESP", "REB", "Basque militants"),
          org("Spanish gendarmes", "ESP", "COP", "Spanish gendarmes"),
        ],
      },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["ESP>ESP 190"]);
  });

  it("reads 'have' before a past form that modifies its object as the perfect of that verb", () => {
    const doc = docFromParse(
      `Norwegian Norwegian ADJ 2 amod
officials official NOUN 3 nsubj
have have VERB 0 root VBP
shared share VERB 5 amod VBN
intelligence intelligence NOUN 3 obj
with with ADP 7 case
Chile~ Chile PROPN 5 nmod
. . PUNCT 3 punct`,
      { actors: [org("Norwegian officials", "NOR", "GOV", "Norwegian officials"), countryActor("Chile", "CHL")] },
    );
    const lines = eventLines(codeEvents(lex, doc), ["cameo"]);
    assert.ok(lines.includes("NOR>CHL 064"), lines.join(", "));
  });

  it("reads a subject introduced by 'including' as a member of the phrase before it, which is the subject", () => {
    const doc = docFromParse(
      `Turkish Turkish ADJ 2 amod
drones drone NOUN 6 obl
including including VERB 5 case
armed armed ADJ 5 amod
models~ model NOUN 6 nsubj
struck strike VERB 0 root VBD
Kurdish Kurdish ADJ 8 amod
fighters~ fighter NOUN 6 obj
. . PUNCT 6 punct`,
      {
        actors: [
          org("Turkish drones", "TUR", "MIL", "Turkish drones"),
          org("Kurdish fighters", "TUR", "REB", "Kurdish fighters"),
        ],
      },
    );
    const lines = eventLines(codeEvents(lex, doc), ["cameo"]);
    assert.deepEqual(lines, ["TUR>TUR 195"]);
  });

  it("reads a base-form verb after a verb that takes no bare infinitive as the first word of its object", () => {
    const doc = docFromParse(
      `Chilean Chilean ADJ 2 amod
police police NOUN 3 nsubj
fired fire VERB 0 root VBD
tear tear VERB 3 xcomp VB
gas gas NOUN 4 obj
at at ADP 7 case
students~ student NOUN 4 obl
. . PUNCT 3 punct`,
      {
        actors: [org("Chilean police", "CHL", "COP", "Chilean police"), org("students", "CHL", "EDU", "students")],
      },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["CHL>CHL 175"]);
  });

  it("carries a conjunct of the object with the object's verb, and codes coordinated nouns of one verb once", () => {
    const doc = docFromParse(
      `Peru Peru PROPN 4 nsubj
and and CCONJ 3 cc
Chile Chile PROPN 1 conj
began begin VERB 0 root VBD
a a DET 7 det
joint joint ADJ 7 amod
air air NOUN 4 obj
and and CCONJ 10 cc
naval naval ADJ 10 amod
exercise~ exercise NOUN 7 conj
. . PUNCT 4 punct

Peru Peru PROPN 2 nsubj
held hold VERB 0 root VBD
talks talk NOUN 2 obj
and and CCONJ 5 cc
negotiations negotiation NOUN 3 conj
with with ADP 7 case
Bolivia~ Bolivia PROPN 3 nmod
. . PUNCT 2 punct`,
      { actors: [countryActor("Peru", "PER"), countryActor("Chile", "CHL"), countryActor("Bolivia", "BOL")] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), [
      "BOL>PER 040",
      "CHL>PER 062",
      "PER>BOL 040",
      "PER>CHL 062",
    ]);
  });

  it("finds the subject after a capitalised dateline once a verb read as an adjective is the verb", () => {
    const doc = docFromParse(
      `KAMPALA kampala NOUN 0 root NNS
— — PUNCT 7 punct
Ugandan Ugandan ADJ 4 amod
police police NOUN 5 compound
fired fire VERB 7 amod VBN
tear tear NOUN 7 compound
gas gas NOUN 1 nmod
at at ADP 9 case
students~ student NOUN 7 nmod
. . PUNCT 1 punct`,
      {
        actors: [org("Ugandan police", "UGA", "COP", "Ugandan police"), org("students", "UGA", "CVL", "students")],
      },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["UGA>UGA 175"]);
  });

  it("keeps a real preposition after a verb that is no phrasal verb of the lexicon ('protested over the killing')", () => {
    const doc = docFromParse(
      `Kenyan Kenyan ADJ 2 amod
students student NOUN 3 nsubj
protested protest VERB 0 root VBD
over over ADP 6 case
the the DET 6 det
killing~ killing NOUN 3 obl
. . PUNCT 3 punct`,
      { actors: [org("Kenyan students", "KEN", "CVL", "Kenyan students")] },
    );
    const phrasal = phrasalVerbs(lex);
    assert.ok(phrasal.has("hand over") && !phrasal.has("protest over"));
    const tree = buildTree(doc, phrasal);
    assert.equal(tree.rel(5), "obl");
    assert.equal(tree.rel(3), "case");
  });

  it("leaves 'have' with an adjective in -ed the tagger did not read as a verb ('have armed fighters')", () => {
    const doc = docFromParse(
      `The the DET 2 det
rebels rebel NOUN 3 nsubj
have have VERB 0 root VBP
armed armed ADJ 5 amod JJ
fighters~ fighter NOUN 3 obj
. . PUNCT 3 punct`,
      { actors: [org("rebels", null, "REB", "rebels")] },
    );
    assert.equal(buildTree(doc).head(3), 4);
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), []);
  });

  it("reads a subject of a participle with a by-agent and 'remains' as its passive subject", () => {
    const doc = docFromParse(
      `Chile~ Chile PROPN 3 nmod:poss
's 's PART 1 case
bid bid NOUN 5 nsubj
remains remain AUX 5 aux
blocked block VERB 0 root VBN
by by ADP 7 case
Peru~ Peru PROPN 5 obl:agent
. . PUNCT 5 punct`,
      { actors: [countryActor("Chile", "CHL"), countryActor("Peru", "PER")] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["PER>CHL 120"]);
  });

  it("reads a coordination of names whose first one the parser made the root as the verb's subject", () => {
    const doc = docFromParse(
      `Norway Norway PROPN 0 root
, , PUNCT 3 punct
Chile Chile PROPN 1 conj
and and CCONJ 6 cc
Peru Peru PROPN 6 nsubj
praised praise VERB 1 conj VBD
Ghana~ Ghana PROPN 6 obj
. . PUNCT 1 punct`,
      {
        actors: [
          countryActor("Norway", "NOR"),
          countryActor("Chile", "CHL"),
          countryActor("Peru", "PER"),
          countryActor("Ghana", "GHA"),
        ],
      },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["CHL>GHA 051", "NOR>GHA 051", "PER>GHA 051"]);
  });

  it("reads a name the parser made a subject of the noun after it as that noun's compound ('the Hamas group')", () => {
    const doc = docFromParse(
      `The the DET 4 det
Tamil Tamil PROPN 4 nsubj
Tiger Tiger PROPN 4 compound
group group NOUN 5 nsubj
declared declare VERB 0 root VBD
a a DET 7 det
ceasefire~ ceasefire NOUN 5 obj
. . PUNCT 5 punct`,
      { actors: [org("Tamil Tigers", "LKA", "REB", "Tamil")] },
    );
    assert.equal(buildTree(doc).rel(1), "compound");
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["LKA>- 0871"]);
  });

  it("reads a root noun with a subject and a past form before it as that form's object", () => {
    const doc = docFromParse(
      `Chilean Chilean ADJ 2 amod
miners miner NOUN 4 nsubj
demanded demand VERB 4 amod VBN
talks talk NOUN 0 root
with with ADP 6 case
Bolivia~ Bolivia PROPN 4 nmod
. . PUNCT 4 punct`,
      { actors: [org("Chilean miners", "CHL", "CVL", "Chilean miners"), countryActor("Bolivia", "BOL")] },
    );
    const tree = buildTree(doc);
    assert.deepEqual([tree.head(2), tree.rel(1), tree.rel(3)], [-1, "nsubj", "obj"]);
  });

  it("reads a name conjoined to the noun before a subjectless verb as that verb's subject, unless 'after' opens a clause", () => {
    // (the second clause read as a complement or as a parataxis)
    for (const freed of ["freed free VERB 2 xcomp VBN", "freed free VERB 2 parataxis VBD"]) {
      const swap = docFromParse(
        `Ruritania Ruritania PROPN 2 nsubj
released release VERB 0 root VBD
hostages hostage NOUN 2 obj
on on ADP 5 case
Friday Friday PROPN 2 obl
and and CCONJ 7 cc
Moldova Moldova PROPN 5 conj
${freed}
prisoners~ prisoner NOUN 8 obj
. . PUNCT 2 punct`,
        { actors: [countryActor("Ruritania", "RUR"), countryActor("Moldova", "MDA")] },
      );
      const tree = buildTree(swap);
      assert.deepEqual([tree.head(6), tree.rel(6), tree.rel(7)], [7, "nsubj", "conj"], freed);
    }
    const after = docFromParse(
      `Talks talk NOUN 2 nsubj
ended end VERB 0 root VBD
after after ADP 4 case
Ruritania Ruritania PROPN 2 obl
and and CCONJ 6 cc
Moldova Moldova PROPN 4 conj
rejected reject VERB 2 conj VBD
the the DET 9 det
draft~ draft NOUN 7 obj
. . PUNCT 2 punct`,
      { actors: [countryActor("Ruritania", "RUR"), countryActor("Moldova", "MDA")] },
    );
    const clause = buildTree(after);
    assert.deepEqual(
      [clause.rel(3), clause.head(3), clause.rel(2), clause.rel(6), clause.head(5)],
      ["nsubj", 6, "mark", "advcl", 3],
    );
  });

  it("reads the object of the verb a clause completes, conjoined right before the clause's verb, as its first subject", () => {
    const doc = docFromParse(
      `This this PRON 2 nsubj
shows show VERB 0 root VBZ
Ruritania Ruritania PROPN 2 obj
and and CCONJ 5 cc
Moldova Moldova PROPN 3 conj
trust trust VERB 2 xcomp VBP
each each DET 8 det
other~ other ADJ 6 obj
. . PUNCT 2 punct`,
      { actors: [countryActor("Ruritania", "RUR"), countryActor("Moldova", "MDA")] },
    );
    const tree = buildTree(doc);
    assert.deepEqual([tree.rel(2), tree.head(2), tree.rel(4), tree.rel(5)], ["nsubj", 5, "conj", "ccomp"]);
  });

  it("reads a day the parser made the object, with a noun compound before it, as the act's time", () => {
    const doc = docFromParse(
      `Students student NOUN 2 nsubj
staged stage VERB 0 root VBD
mass mass ADJ 4 amod
demonstrations demonstration NOUN 5 compound
Saturday~ Saturday PROPN 2 obj
. . PUNCT 2 punct`,
      { actors: [org("Students", "IDN", "EDU", "Students")] },
    );
    const tree = buildTree(doc);
    assert.deepEqual([tree.rel(3), tree.head(3), tree.rel(4), tree.head(2)], ["obj", 1, "obl:tmod", 3]);
  });

  it("reads a name the parser made the compound of a root noun, before a past form modifying it, as the verb's subject", () => {
    const doc = docFromParse(
      `Ruritania Ruritania PROPN 4 compound
Friday Friday PROPN 1 flat
reimposed reimpose VERB 4 amod VBN
blockades blockade NOUN 0 root
in in ADP 6 case
Moldova~ Moldova PROPN 4 nmod
. . PUNCT 4 punct`,
      { actors: [countryActor("Ruritania", "RUR"), countryActor("Moldova", "MDA")] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["RUR>MDA 191"]);
  });

  it("never splits the two parties of a between-phrase to give a verb a subject", () => {
    const doc = docFromParse(
      `Clashes clash NOUN 0 root
between between ADP 3 case
Ruritania Ruritania PROPN 1 obl
and and CCONJ 5 cc
Moldova Moldova PROPN 3 conj
killed kill VERB 1 xcomp VBD
ten ten NUM 8 nummod
soldiers~ soldier NOUN 6 obj
. . PUNCT 1 punct`,
      { actors: [countryActor("Ruritania", "RUR"), countryActor("Moldova", "MDA")] },
    );
    assert.deepEqual([buildTree(doc).rel(4), buildTree(doc).head(4)], ["conj", 2]);
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["MDA>RUR 190", "RUR>MDA 190"]);
  });

  it("takes a noun read as the subject of a verb conjoined to a between-phrase's head as the second party", () => {
    const doc = docFromParse(
      `Fighting fight VERB 0 root VBG
between between ADP 4 case
the the DET 4 det
army army NOUN 1 obl
and and CCONJ 9 cc
the the DET 7 det
rebels rebel NOUN 9 nsubj
has have AUX 9 aux
displaced displace VERB 1 conj VBN
thousands~ thousand NOUN 9 obj
. . PUNCT 1 punct`,
      { actors: [org("army", "COD", "MIL", "army"), org("rebels", null, "REB", "rebels")] },
    );
    const tree = buildTree(doc);
    assert.deepEqual([tree.rel(6), tree.head(6), tree.head(0), tree.head(8)], ["conj", 3, 8, -1]);
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["COD>COD 190", "COD>COD 190"]);
  });

  it("reads a subject with a preposition of its own as an oblique, and the noun hung on a comma as the subject", () => {
    const doc = docFromParse(
      `After after ADP 3 case
a a DET 3 det
meeting meeting NOUN 8 nsubj
, , PUNCT 3 punct
the the DET 7 det
two two NUM 7 nummod
ministers minister NOUN 4 obj
signed sign VERB 0 root VBD
a a DET 10 det
treaty~ treaty NOUN 8 obj
. . PUNCT 8 punct`,
      { actors: [] },
    );
    const tree = buildTree(doc);
    assert.deepEqual([tree.rel(2), tree.head(2), tree.rel(6), tree.head(6)], ["obl", 7, "nsubj", 7]);
  });
  it("reads a past form the parser made the adjective of a sentence's last name as its verb ('Peruvian police arrested opposition leader X')", () => {
    const doc = docFromParse(
      `Peruvian Peruvian PROPN 5 compound NNP
police police NOUN 3 compound NN
arrested arrest VERB 5 amod VBN
opposition opposition NOUN 5 compound NN
leader leader NOUN 6 nmod:desc NN
Carlos Carlos PROPN 0 root NNP
Rojas Rojas PROPN 6 flat NNP
on on ADP 9 case IN
Friday~ Friday PROPN 6 nmod NNP
. . PUNCT 6 punct .`,
      {
        actors: [
          org("Peruvian police", "PER", "COP", "Peruvian", "police"),
          { name: "Carlos Rojas", country: "PER", sector: "OPP", kind: "person", words: ["Carlos", "Rojas"] },
        ],
      },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo", "status"]), ["PER>PER 173 reported"]);
    const tree = buildTree(doc, phrasalVerbs(lex));
    assert.deepEqual([tree.rel(2), tree.rel(1), tree.rel(5), tree.head(8)], ["root", "nsubj", "obj", 2]);
  });
});

describe("events: a to-infinitive of a noun that takes one", () => {
  it("reads 'approved Sweden's bid to join NATO' as the bid's joining, and the approval as support of Sweden", () => {
    const doc = docFromParse(
      `Ankara Ankara PROPN 2 nsubj
approved approve VERB 0 root VBD
Sweden Sweden PROPN 5 nmod:poss
's 's PART 3 case
bid bid NOUN 2 obj
to to PART 7 mark
join join VERB 2 advcl VB
NATO~ NATO PROPN 7 obj
. . PUNCT 2 punct`,
      {
        actors: [
          countryActor("Turkey", "TUR", "Ankara"),
          countryActor("Sweden", "SWE", "Sweden"),
          org("NATO", "NATO", "IGO", "NATO"),
        ],
      },
    );
    const tree = buildTree(doc, phrasalVerbs(lex));
    assert.deepEqual([tree.head(6), tree.rel(6)], [4, "acl"]);
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo", "status"]).sort(), [
      "SWE>NATO 057 hypothetical",
      "TUR>SWE 051 reported",
    ]);
  });
});

describe("events: what a text demands, by whom, and not when it was vetoed", () => {
  const actors = [
    countryActor("Russia", "RUS", "Russia"),
    countryActor("Israel", "ISR", "Israel"),
    org("UN Security Council", "UN", "IGO", "UN", "Security", "Council"),
  ];
  it("gives the demand of a resolution the body that adopted it", () => {
    const doc = docFromParse(
      `UN UN PROPN 3 compound
Council Council PROPN 3 compound
adopted adopt VERB 0 root VBD
a a DET 5 det
resolution resolution NOUN 3 obj
demanding demand VERB 3 advcl VBG
that that SCONJ 9 mark
Israel Israel PROPN 9 nsubj
halt halt VERB 6 ccomp VB
the the DET 11 det
offensive offensive NOUN 9 obj
. . PUNCT 3 punct`,
      { actors },
    );
    const demands = eventLines(codeEvents(lex, doc), ["plover"]).filter((e) => e.includes("REQUEST"));
    assert.deepEqual(demands, ["UN>ISR REQUEST"]);
  });

  it("codes no demand of a resolution that was vetoed", () => {
    const doc = docFromParse(
      `Russia Russia PROPN 2 nsubj
vetoed veto VERB 0 root VBD
a a DET 4 det
resolution resolution NOUN 2 obj
demanding demand VERB 2 advcl VBG
that that SCONJ 8 mark
Israel Israel PROPN 8 nsubj
halt halt VERB 5 ccomp VB
the the DET 10 det
offensive offensive NOUN 8 obj
. . PUNCT 2 punct`,
      { actors },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["plover"]), ["RUS>- REJECT"]);
  });
});

describe("events: a subject hung on an auxiliary", () => {
  it("reads 'Armenia has refused' with 'Armenia' on 'has' as the subject of 'refused'", () => {
    const doc = docFromParse(
      `Armenia Armenia PROPN 2 nsubj
has have VERB 3 aux VBZ
refused refuse VERB 0 root VBN
to to PART 5 mark
attend attend VERB 3 xcomp VB
the the DET 7 det
summit summit NOUN 5 obj
. . PUNCT 3 punct`,
      { actors: [countryActor("Armenia", "ARM", "Armenia")] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo", "status"]).sort(), [
      "ARM>- 040 negated",
      "ARM>- 125 reported",
    ]);
  });
});

describe("events: the object of a verb does its for-gerund", () => {
  it("gives 'criticised the United States for sending warships' the sending to the United States", () => {
    const doc = docFromParse(
      `China China PROPN 2 nsubj
criticised criticise VERB 0 root VBD
Washington Washington PROPN 2 obj
for for SCONJ 5 mark
sending send VERB 2 advcl VBG
warships warship NOUN 5 obj
. . PUNCT 2 punct`,
      { actors: [countryActor("China", "CHN", "China"), countryActor("United States", "USA", "Washington")] },
    );
    const sending = codeEvents(lex, doc).filter((e) => e.rule.includes("send"));
    assert.deepEqual(
      sending.map((e) => e.source.country),
      ["USA"],
    );
  });
  it("does so for a perfect gerund too ('condemned Russia for having attacked civilians')", () => {
    const attack = eventsIn("Germany condemned Russia for having attacked civilians.").filter((e) => e.cameo === "190");
    assert.deepEqual(
      attack.map((e) => e.source.country),
      ["RUS"],
    );
  });
});

describe("events: a name and a demonym coordinated before a noun", () => {
  it("reads 'US and Chinese defense chiefs held talks' with 'US' as the noun's subject as both parties", () => {
    const doc = docFromParse(
      `US US PROPN 5 nsubj
and and CCONJ 3 cc
Chinese Chinese ADJ 1 conj
defense defense NOUN 5 compound
chiefs chief NOUN 6 nsubj
held hold VERB 0 root VBD
talks~ talk NOUN 6 obj
. . PUNCT 6 punct`,
      { actors: [countryActor("United States", "USA", "US")] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]).sort(), ["CHN>USA 040", "USA>CHN 040"]);
  });
});

describe("events: a past form read as the adjective of its object in a sentence with no verb", () => {
  it("reads 'Lima's government and the rebels resumed talks' as the verb with both parties", () => {
    const doc = docFromParse(
      `Lima Lima PROPN 3 nmod:poss
's 's PART 1 case
government government NOUN 0 root
and and CCONJ 6 cc
the the DET 6 det
rebels rebel NOUN 8 nsubj
resumed resume VERB 8 amod VBN
talks~ talk NOUN 3 conj
. . PUNCT 3 punct`,
      {
        actors: [
          { name: "Lima", country: "PER", sector: "GOV", kind: "organization", words: ["Lima"] },
          { name: "rebels", country: "PER", sector: "REB", kind: "group", words: ["rebels"] },
        ],
      },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]).sort(), ["PER>PER 040", "PER>PER 040"]);
  });

  it("keeps a dateline out of the clause ('LIMA — Peruvian police fired tear gas at farmers')", () => {
    const doc = docFromParse(
      `LIMA LIMA NOUN 0 root
— — PUNCT 7 punct
Peruvian Peruvian ADJ 4 amod
police police NOUN 5 compound
fired fire VERB 7 amod VBN
tear tear NOUN 7 compound
gas gas NOUN 1 nmod
at at ADP 9 case
farmers~ farmer NOUN 1 nmod
. . PUNCT 1 punct`,
      {
        actors: [
          { name: "police", country: "PER", sector: "COP", kind: "group", words: ["police"] },
          { name: "farmers", country: "PER", sector: "CVL", kind: "group", words: ["farmers"] },
        ],
      },
    );
    const tree = buildTree(doc, phrasalVerbs(lex));
    assert.deepEqual([tree.head(3), tree.rel(3), tree.head(8), tree.rel(6)], [4, "nsubj", 4, "obj"]);
  });
});

describe("events: a to-infinitive hung on the object of a verb of asking", () => {
  it("reads 'urged the rebels to exercise restraint' with the infinitive completing 'urged'", () => {
    const doc = docFromParse(
      `Chile Chile PROPN 2 nsubj
urged urge VERB 0 root VBD
the the DET 4 det
rebels rebel NOUN 2 obj
to to PART 6 mark
exercise exercise VERB 4 acl VB
restraint~ restraint NOUN 6 obj
. . PUNCT 2 punct`,
      { actors: [countryActor("Chile", "CHL", "Chile")] },
    );
    const tree = buildTree(doc, phrasalVerbs(lex));
    assert.deepEqual([tree.head(5), tree.rel(5)], [1, "xcomp"]);
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["CHL>- 0256"]);
  });

  it("reads a purpose clause after a named party's noun as completing the verb ('invited Chile's president to visit')", () => {
    const doc = docFromParse(
      `Peru Peru PROPN 2 nsubj
invited invite VERB 0 root VBD
Chile~ Chile PROPN 5 nmod:poss
's 's PART 3 case
president president NOUN 2 obj
to to PART 7 mark
visit visit VERB 2 advcl VB
Lima~ Lima PROPN 7 obj
. . PUNCT 2 punct`,
      {
        actors: [
          countryActor("Peru", "PER", "Peru"),
          { name: "Chile's president", country: "CHL", sector: "GOV", kind: "person", words: ["Chile's president"] },
          countryActor("Lima", "PER", "Lima"),
        ],
      },
    );
    const tree = buildTree(doc, phrasalVerbs(lex));
    assert.deepEqual([tree.head(6), tree.rel(6)], [1, "xcomp"]);
    assert.deepEqual(
      eventLines(codeEvents(lex, doc), ["cameo", "status"]).filter((l) => l.includes("042")),
      ["CHL>PER 042 planned"],
    );
  });

  it("leaves the infinitive of a noun that takes one on the noun ('rejected a plan to send troops')", () => {
    const doc = docFromParse(
      `Chile Chile PROPN 2 nsubj
ordered order VERB 0 root VBD
a a DET 4 det
plan plan NOUN 2 obj
to to PART 6 mark
send send VERB 4 acl VB
troops~ troop NOUN 6 obj
. . PUNCT 2 punct`,
      { actors: [countryActor("Chile", "CHL", "Chile")] },
    );
    const tree = buildTree(doc, phrasalVerbs(lex));
    assert.deepEqual([tree.head(5), tree.rel(5)], [3, "acl"]);
  });
});

describe("events: a subject's own phrases misread as another subject or a compound's", () => {
  it("reads a second subject after a preposition as the first subject's prepositional phrase", () => {
    const doc = docFromParse(
      `Iran Iran PROPN 3 nmod:poss
's~ 's PART 1 case
envoy envoy NOUN 7 nsubj
to to ADP 7 case
the the DET 7 det
UN UN PROPN 7 nsubj
criticized criticize VERB 0 root VBD
the the DET 9 det
sanctions~ sanction NOUN 7 obj
. . PUNCT 7 punct`,
      {
        actors: [
          { name: "Iranian envoy", country: "IRN", sector: "GOV", kind: "person", words: ["Iran", "'s", "envoy"] },
          org("UN", "UN", "IGO", "UN"),
        ],
      },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["IRN>- 111"]);
    const tree = buildTree(doc, phrasalVerbs(lex));
    assert.equal(tree.rel(5), "nmod");
    assert.equal(tree.head(5), 2);
  });

  it("hangs a possessor the parser put on a name modifying a noun on that noun ('X's EU membership')", () => {
    const text = "Cyprus vetoed North Macedonia's EU membership.";
    const events = eventsIn(text);
    assert.ok(
      events.some((e) => e.source.country === "CYP" && e.target?.country === "MKD" && e.cameo === "129"),
      events.map((e) => `${e.source.country}>${e.target?.country}`).join(" "),
    );
  });
});

describe("events: a participle read as an adjective after a copula", () => {
  it("reads it as a passive, so that a meeting postponed is one that did not take place", () => {
    const lines = eventLines(eventsIn("The summit between Chile and Peru was postponed."), ["cameo", "status"]);
    assert.deepEqual(lines, ["CHL>PER 040 negated", "PER>CHL 040 negated"]);
  });
});

describe("events: a meeting called off in a relative clause", () => {
  it("negates an event noun a passive relative clause cancels, also when hung on the phrase after it", () => {
    const lines = eventLines(
      eventsIn("The Chilean president's planned trip to Lima, which was cancelled, had been announced in May."),
      ["cameo", "status"],
    );
    assert.deepEqual(lines, ["CHL>PER 042 negated"]);
    // (a trip a relative clause says was planned is still planned)
    const planned = eventLines(
      eventsIn("The Chilean president's trip to Lima, which was announced in May, will start on Monday."),
      ["status"],
    );
    assert.ok(planned.length > 0 && planned.every((l) => !l.endsWith("negated")), planned.join(", "));
  });
});

describe("events: meetings a relative clause says were called or put off", () => {
  it("keeps a meeting called by someone, or postponed and then held, as happened", () => {
    const status = (text: string) => eventLines(eventsIn(text), ["status"]);
    assert.deepEqual(status("Talks between Chile and Peru, which were called by Bolivia, began in Quito on Sunday."), [
      "CHL>PER reported",
      "PER>CHL reported",
    ]);
    assert.deepEqual(
      status("The Chilean minister's visit to Lima, which was postponed in February, began on Sunday."),
      ["CHL>PER reported"],
    );
  });
});

describe("events: 'are due to' read with 'due' below the subject", () => {
  it("codes the act one is due to do as planned, by the subject before the copula", () => {
    for (const text of [
      "Chile and Peru are due to hold talks next week.",
      "The foreign ministers of Chile and Peru are due to meet next week.",
    ])
      assert.deepEqual(
        eventLines(eventsIn(text), ["cameo", "status"]),
        ["CHL>PER 040 planned", "PER>CHL 040 planned"],
        text,
      );
  });
});

describe("events: a sum paid in aid", () => {
  it("reads '$50 million in loans to Peru' as loans given to Peru", () => {
    for (const text of [
      "Chile will provide $50 million in loans to Peru.",
      "Chile gave 50 million dollars in aid to Peru last year.",
    ])
      assert.deepEqual(pairsIn(text), ["CHL>PER 071"], text);
  });
});

describe("repair: a result adjective takes no object or agent", () => {
  it("gives the object and the agent of 'shot dead' to the verb", () => {
    assert.deepEqual(pairsIn("Chilean soldiers shot dead a Peruvian farmer on Friday."), ["CHL>PER 193"]);
    assert.deepEqual(pairsIn("A Peruvian farmer was shot dead by Chilean soldiers near the border on Friday."), [
      "CHL>PER 193",
    ]);
  });
});

describe("repair: passives with their agent on a gerund, and a title beside a name", () => {
  it("gives the by-phrase of a gerund complement to the passive with no agent", () => {
    assert.deepEqual(pairsIn("Two Bolivian activists were accused of spying by Peru's government."), ["PER>BOL 1125"]);
  });

  it("but not the by-phrase of the gerund's own object", () => {
    const sources = eventsIn(
      "Three Bolivian journalists were detained for covering protests by opposition supporters in La Paz.",
    ).map((e) => `${e.source.country}${e.source.sector ?? ""}`);
    assert.ok(!sources.includes("BOLOPP"), sources.join(" | "));
  });

  it("reads a title and a name both read as passive subjects as one phrase", () => {
    assert.deepEqual(pairsIn("Bolivian activist Ana Rojas was convicted of spying by a Lima court on Monday."), [
      "PER>BOL 116",
    ]);
  });
});

describe("repair: a gerund object read as an adjective", () => {
  it("makes 'ruled out lifting sanctions' a refusal with the lifting negated", () => {
    const lines = eventsIn("Chile ruled out lifting sanctions on Venezuela.").map((e) => `${e.cameo} ${e.status}`);
    assert.ok(lines.includes("085 negated"), lines.join(" | "));
  });

  it("leaves what one opposes or supports doing not done", () => {
    const lines = eventsIn("Chile opposes lifting sanctions on Venezuela.").map((e) => `${e.cameo} ${e.status}`);
    assert.deepEqual(lines, ["085 hypothetical"]);
  });
});

describe("repair: names after a fronted day", () => {
  it("are the subjects of the verb, not conjuncts of the day", () => {
    assert.deepEqual(pairsIn("On Monday, Chile and Peru signed an agreement."), ["CHL>PER 057", "PER>CHL 057"]);
  });
});

describe("repair: a root participle with a passive subject and no auxiliary", () => {
  it("is a past tense with its bare noun as object", () => {
    assert.deepEqual(pairsIn("Russia detained two South Korean fishermen."), ["RUS>KOR 173"]);
  });
});
