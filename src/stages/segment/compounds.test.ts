import assert from "node:assert/strict";
import { test } from "node:test";
import { makeArticle } from "../../doc/article.js";
import { createDoc } from "../../doc/doc.js";
import { segmentStage } from "./index.js";

/** The tag of the first token `w` of `text`. */
const tagOf = (text: string, w: string) => {
  const doc = segmentStage.run(createDoc(makeArticle({ text, published: null })), { timezone: null });
  return doc.tags?.[(doc.tokens ?? []).findIndex((t) => text.slice(t.start, t.end) === w)];
};

test("the first word of a listed compound noun is tagged a noun ('tear gas', 'riot police')", () => {
  const text = "Riot police fired tear gas after the march.";
  assert.equal(tagOf(text, "tear")?.upos, "NOUN");
  assert.equal(tagOf(text, "tear")?.lemma, "tear");
  assert.equal(tagOf(text, "Riot")?.upos, "NOUN");
});

test("the second word of a listed compound noun is tagged a noun too ('border crossing', 'border crossings')", () => {
  for (const [text, word, xpos, lemma] of [
    ["Poland closed its border crossing with Belarus.", "crossing", "NN", "crossing"],
    ["Poland closed two border crossings with Belarus.", "crossings", "NNS", "crossing"],
  ]) {
    assert.deepEqual(tagOf(text, word), { upos: "NOUN", xpos, lemma }, text);
  }
});

test("'hunger strike' is a compound noun: 'strike' is no verb after 'their hunger'", () => {
  const text = "Detainees continued their hunger strike to demand their release.";
  assert.deepEqual(tagOf(text, "strike"), { upos: "NOUN", xpos: "NN", lemma: "strike" });
});

test("an irregular past of a verb that is no noun is a past tense ('the law drew criticism'), not 'features'", () => {
  const text = "Poland's new media law drew sharp criticism, and its features were debated.";
  assert.deepEqual(tagOf(text, "drew"), { upos: "VERB", xpos: "VBD", lemma: "draw" });
  assert.equal(tagOf(text, "features")?.upos, "NOUN");
});

test("a known state's name is a proper noun ('Albania on Monday condemned', not an adverb)", () => {
  for (const [text, name] of [
    ["Albania on Monday condemned the arrest of two journalists.", "Albania"],
    ["Yemen on Sunday accused Riyadh of violating the truce.", "Yemen"],
  ] as const) {
    assert.deepEqual(tagOf(text, name), { upos: "PROPN", xpos: "NNP", lemma: name }, text);
  }
});

test("a known capital read as no noun is a proper noun ('Moscow declared', not an adverb)", () => {
  const text = "Moscow declared two Estonian diplomats persona non grata.";
  assert.deepEqual(tagOf(text, "Moscow"), { upos: "PROPN", xpos: "NNP", lemma: "Moscow" });
  // (a word of a longer place name is no name: "Flying Fish Cove")
  assert.notEqual(tagOf("Flying to Beijing on Monday, Blinken met Wang Yi.", "Flying")?.upos, "PROPN");
});

test("'neighbouring' between a determiner or preposition and a noun is an adjective, not a gerund", () => {
  for (const text of [
    "Syria will pull its troops out of neighbouring Lebanon.",
    "The army moved tanks into the neighboring province.",
  ]) {
    const doc = segmentStage.run(createDoc(makeArticle({ text, published: null })), { timezone: null });
    const i = (doc.tokens ?? []).findIndex((t) => /^neighbou?ring$/.test(text.slice(t.start, t.end)));
    assert.equal(doc.tags?.[i]?.upos, "ADJ", text);
    assert.equal(doc.tags?.[i]?.xpos, "JJ", text);
  }
});

test("a word of a known person's name is a proper noun ('Xi Jinping', 'Biden'); other words keep the tagger's tags", () => {
  const text = "After meeting Chinese President Xi Jinping in Beijing, Biden said the talks went well.";
  assert.deepEqual(tagOf(text, "Xi"), { upos: "PROPN", xpos: "NNP", lemma: "Xi" });
  assert.equal(tagOf(text, "Jinping")?.upos, "PROPN");
  assert.equal(tagOf(text, "Biden")?.upos, "PROPN");
  assert.equal(tagOf(text, "well")?.upos, "ADV");
});

test("a hyphen joining two words is a hyphen, however the tagger read it; a score's is left alone", () => {
  const text = "Iran-backed militias shelled the base. Ruritania beat Freedonia 2-1.";
  const doc = segmentStage.run(createDoc(makeArticle({ text, published: null })), { timezone: null });
  const hyphens = (doc.tokens ?? []).flatMap((t, i) => (text.slice(t.start, t.end) === "-" ? [doc.tags?.[i]] : []));
  assert.equal(hyphens[0]?.xpos, "HYPH");
  assert.equal(hyphens[0]?.upos, "PUNCT");
  assert.equal(hyphens.length, 2);
});

test("a past form of a verb read as a noun before 'and' and a past tense is a past tense ('troops shot and killed')", () => {
  const text = "Troops shot and killed two men.";
  const doc = segmentStage.run(createDoc(makeArticle({ text, published: null })), { timezone: null });
  const i = (doc.tokens ?? []).findIndex((t) => text.slice(t.start, t.end) === "shot");
  assert.deepEqual(doc.tags?.[i], { upos: "VERB", xpos: "VBD", lemma: "shoot" });
});

test("a past form of a verb read as a noun with a particle and an object is a past tense ('Chile shot down a drone')", () => {
  for (const text of ["Chile shot down a Peruvian drone.", "Peru shot down two Chilean helicopters on Monday."]) {
    assert.deepEqual(tagOf(text, "shot"), { upos: "VERB", xpos: "VBD", lemma: "shoot" }, text);
  }
  // (not after a word that ends no subject: a determiner)
  assert.equal(tagOf("The shot down the line hit a tree.", "shot")?.upos, "NOUN");
});

test("'arms sale' and 'arms deal' are compound nouns ('the US arms sale to Taiwan' has no verb 'sale')", () => {
  const text = "China opposed the US arms sale to Taiwan.";
  const doc = segmentStage.run(createDoc(makeArticle({ text, published: null })), { timezone: null });
  const i = (doc.tokens ?? []).findIndex((t) => text.slice(t.start, t.end) === "sale");
  assert.equal(doc.tags?.[i]?.upos, "NOUN");
});

test("'secretary-general' stays one word, a noun also in lower case", () => {
  const text = "The bloc, whose secretary-general has called the order illegal, met on Monday.";
  const doc = segmentStage.run(createDoc(makeArticle({ text, published: null })), { timezone: null });
  const i = (doc.tokens ?? []).findIndex((t) => text.slice(t.start, t.end) === "secretary-general");
  assert.ok(i >= 0);
  assert.equal(doc.tags?.[i]?.upos, "NOUN");
});

test("a present form right after a past form of a full verb is a noun ('stopped work', 'said talks'), not after an auxiliary", () => {
  assert.deepEqual(tagOf("Some 500 bus drivers affiliated with the union stopped work on Monday.", "work"), {
    upos: "NOUN",
    xpos: "NN",
    lemma: "work",
  });
  assert.equal(tagOf("They did work hard.", "work")?.upos, "VERB");
});

test("an adjective between a possessive and a finite verb is a noun ('Russia's military launched')", () => {
  assert.deepEqual(tagOf("Russia's military launched strikes on the port.", "military"), {
    upos: "NOUN",
    xpos: "NN",
    lemma: "military",
  });
  assert.equal(tagOf("Russia's military leaders met on Monday.", "military")?.upos, "ADJ");
});

test("a present form after a determiner and adjectives only is a plural noun ('the first-ever talks')", () => {
  assert.deepEqual(tagOf("Pakistan held the first-ever talks with Bhutan.", "talks"), {
    upos: "NOUN",
    xpos: "NNS",
    lemma: "talk",
  });
  assert.equal(tagOf("The new minister leads the party.", "leads")?.upos, "VERB");
  assert.equal(tagOf("The former leads the party.", "leads")?.upos, "VERB");
});

test("a past participle between a preposition and a noun is an adjective ('among pledged delegates'), not after 'when'", () => {
  assert.deepEqual(tagOf("She leads among pledged party delegates.", "pledged"), {
    upos: "ADJ",
    xpos: "JJ",
    lemma: "pledged",
  });
  assert.equal(tagOf("When asked questions, she left.", "asked")?.upos, "VERB");
});

test("a word after 'to' read as a noun that is only ever a verb is an infinitive ('urged him to resign.')", () => {
  const text = "Lawmakers urged the minister to resign.";
  assert.deepEqual(tagOf(text, "resign"), { upos: "VERB", xpos: "VB", lemma: "resign" });
  assert.equal(tagOf(text, "to")?.xpos, "TO");
  assert.equal(tagOf("The minister went to school.", "school")?.upos, "NOUN");
});

test("a listed participle after an adjective and before a noun is an adjective ('other developed nations')", () => {
  assert.equal(tagOf("It said the other developed nations must pay more.", "developed")?.xpos, "JJ");
  assert.equal(tagOf("The economy remained weak following years of sanctions.", "following")?.upos, "VERB");
});

test("an -ing word read as an adjective after 'by' or 'after' heads a gerund ('retaliated by imposing sanctions')", () => {
  assert.deepEqual(tagOf("China retaliated by imposing sanctions on Lithuania.", "imposing"), {
    upos: "VERB",
    xpos: "VBG",
    lemma: "impose",
  });
  // (a listed attributive participle stays an adjective)
  assert.equal(tagOf("Prices were pushed up by rising costs.", "rising")?.upos, "ADJ");
  assert.equal(tagOf("The resolution was rejected by overwhelming majorities.", "overwhelming")?.upos, "ADJ");
});

test("a number word capitalized to open a sentence is a number ('Eighty UN peacekeepers ...')", () => {
  assert.equal(tagOf("Eighty UN peacekeepers left Haiti on Friday.", "Eighty")?.xpos, "CD");
});

test("a verb of saying read as a plural noun between a name and a clause says ('Bolton claims Peru asked')", () => {
  assert.deepEqual(tagOf("In his memoir, Bolton claims Peru asked Chile for help.", "claims"), {
    upos: "VERB",
    xpos: "VBZ",
    lemma: "claim",
  });
  // (a name that modifies a noun phrase keeps the noun: "the Bolton claims")
  assert.equal(tagOf("The Bolton claims were denied by the White House.", "claims")?.upos, "NOUN");
  assert.equal(tagOf("China dismissed NATO claims that it supplied drones.", "claims")?.upos, "NOUN");
});

test("a headline's present-tense verb read as a plural noun after its opening name is a verb ('Boric visits Lima')", () => {
  for (const [text, word, lemma] of [
    ["Boric arrives in Lima for talks", "arrives", "arrive"],
    ["Chile backs the Peruvian plan", "backs", "back"],
    ["Gabriel Boric visits Lima", "visits", "visit"],
  ] as const) {
    assert.deepEqual(tagOf(text, word), { upos: "VERB", xpos: "VBZ", lemma }, text);
  }
  // (a noun that is also a verb stays a noun with no object after it, or with a finite verb in the sentence)
  assert.equal(tagOf("Chile sanctions on Peru", "sanctions")?.upos, "NOUN");
  assert.equal(tagOf("Chile protests over Peru", "protests")?.upos, "NOUN");
  assert.equal(tagOf("Chile talks collapse in Lima", "talks")?.upos, "NOUN");
  assert.equal(tagOf("The Chile talks in Lima", "talks")?.upos, "NOUN");
  // (nor before a time: "Chile protests Tuesday", "Chile drills this week")
  assert.equal(tagOf("Chile protests Tuesday: police fire tear gas", "protests")?.upos, "NOUN");
  assert.equal(tagOf("Chile drills this week near Arica", "drills")?.upos, "NOUN");
});

test("a word in capitals read as a number is a name, a Roman numeral still a number", () => {
  assert.equal(tagOf("Indonesia will host the ASEAN summit in Jakarta in September.", "ASEAN")?.upos, "PROPN");
  assert.equal(tagOf("Veterans of World War II gathered in Paris.", "II")?.upos, "NUM");
  assert.equal(tagOf("Police said TWO SOLDIERS were killed.", "TWO")?.upos, "NUM");
});

test("a nationality read as a proper noun after a preposition and before a title is an adjective", () => {
  for (const [text, word] of [
    ["Peru's president was received by Chilean President Gabriel Boric.", "Chilean"],
    ["The talks were attended by Bolivian Foreign Minister Rogelio Mayta.", "Bolivian"],
  ] as const) {
    assert.deepEqual(tagOf(text, word), { upos: "ADJ", xpos: "JJ", lemma: word }, text);
  }
  // (an acronym stays what the tagger read)
  assert.notEqual(tagOf("The order was signed by US President Joe Biden.", "US")?.upos, "ADJ");
});

test("a present form right after a preposition is a noun ('fired during clashes with the rebels')", () => {
  const text = "The army said the shells were fired during clashes with the rebels.";
  assert.deepEqual(tagOf(text, "clashes"), { upos: "NOUN", xpos: "NNS", lemma: "clash" });
  // (not after "to": "agreed to talks" may be a noun, "agreed to resume" is a verb)
  assert.equal(tagOf("Chile agreed to resume talks with Peru.", "resume")?.upos, "VERB");
});

test("a present form after a count and its names is a plural noun ('detained two South Korean sailors')", () => {
  const text = "Peru detained two South Korean sailors near Callao.";
  assert.deepEqual(tagOf(text, "sailors"), { upos: "NOUN", xpos: "NNS", lemma: "sailor" });
  // (not after a year: "In 2024 Chile expects strong growth" keeps its verb)
  assert.equal(tagOf("In 2024 Chile expects strong growth.", "expects")?.xpos, "VBZ");
});

test("a present form after only the adjectives opening the sentence, right before a past tense, is a plural noun", () => {
  assert.deepEqual(tagOf("Chilean airstrikes killed 12 people in Peru.", "airstrikes"), {
    upos: "NOUN",
    xpos: "NNS",
    lemma: "airstrike",
  });
  // (a verb of saying stays one: "Peru says killed soldiers were heroes")
  assert.notEqual(tagOf("Peru says killed soldiers were heroes.", "says")?.upos, "NOUN");
});

test("a past form read as a noun before a particle read as an adverb and its object is the verb ('shot down 20 drones')", () => {
  assert.deepEqual(tagOf("Peru shot down 20 Chilean drones on Tuesday.", "shot"), {
    upos: "VERB",
    xpos: "VBD",
    lemma: "shoot",
  });
});

test("a participle naming people after 'the' and before no noun is a noun ('arrested the accused near the market')", () => {
  assert.deepEqual(tagOf("Chilean police arrested the accused near the market.", "accused"), {
    upos: "NOUN",
    xpos: "NN",
    lemma: "accused",
  });
  // (not before its noun: "the detained men")
  assert.equal(tagOf("Peru accused the detained men of spying.", "detained")?.upos === "NOUN", false);
});

test("a capitalized word of a known organization's name of several words is no verb ('Human Rights Watch accused')", () => {
  assert.equal(tagOf("Human Rights Watch accused Chilean police of torture.", "Watch")?.upos, "PROPN");
  // (the word outside the name keeps its tag)
  assert.equal(tagOf("Chilean police watch the border.", "watch")?.upos, "VERB");
});
