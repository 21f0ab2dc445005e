import { type Doc, withLayers } from "../../doc/doc.js";
import type { Token, TokenTag } from "../../doc/layers/segment.js";
import { DAY_WORDS } from "../../nlp/day-words.js";
import { lemmatize } from "../../nlp/lemmatizer.js";
import { classBit } from "../../nlp/morphology.js";
import type { Stage } from "../../pipeline/stage.js";
import { actorLexicon } from "../actors/lexicon/index.js";
import type { Analysis, Analyzer } from "../syntax/analyzer.js";
import { datelineDash } from "../syntax/dateline.js";
import { getAnalyzer } from "../syntax/model-files.js";
import { type SegmentRules, segmentRules } from "./rules.js";
import { segmentText } from "./segment.js";

/** Sentences, tokens (character offsets), UPOS/PTB tags and lemmas. */
export const segmentStage: Stage = {
  name: "segment",
  requires: [],
  assigns: ["sentences", "tokens", "tags"],
  run(doc: Doc): Doc {
    const rules = segmentRules();
    const { sentences, tokens } = segmentText(doc.text, rules);
    const analyzer = getAnalyzer();
    const names = nameWords(analyzer);
    const nationals = nationalWords();
    const tags: TokenTag[] = [];
    for (const s of sentences) {
      const forms: string[] = [];
      for (let k = s.firstToken; k < s.endToken; k++) {
        const t = tokens[k] as Token;
        forms.push(doc.text.slice(t.start, t.end));
      }
      // (a wire dateline is tagged apart from its clause: "NAIROBI — Kenyan police" had "Kenyan" a proper noun)
      const dash = datelineDash(doc.text, tokens.slice(s.firstToken, s.endToken));
      const a =
        dash < 0
          ? analyzer.analyze(forms, false)
          : joined(analyzer.analyze(forms.slice(0, dash + 1), false), analyzer.analyze(forms.slice(dash + 1), false));
      // a hyphen with a word right before and right after it, no space between ("Iran-backed", not "2-1")
      const joins = (k: number) => (tokens[k]?.end ?? -1) === tokens[k + 1]?.start;
      const word = (i: number) => /^\p{L}/u.test(forms[i] ?? "");
      const hyphens = forms.map((f, i) => {
        const k = s.firstToken + i;
        return f === "-" && word(i - 1) && word(i + 1) && joins(k - 1) && joins(k);
      });
      const low = forms.map((f) => f.toLowerCase());
      const named = organizationWords(forms);
      const c: TagContext = { forms, low, a, rules, names, nationals, analyzer, hyphens, named };
      for (let i = 0; i < forms.length; i++) tags.push(Object.freeze(retag(c, i)));
    }
    return withLayers(doc, {
      sentences: Object.freeze(sentences),
      tokens: Object.freeze(tokens),
      tags: Object.freeze(tags),
    });
  },
};

/** The tags and lemmas of two analyses of consecutive words, as one. */
function joined(a: Analysis, b: Analysis): Analysis {
  return {
    upos: [...a.upos, ...b.upos],
    xpos: [...a.xpos, ...b.xpos],
    lemmas: [...a.lemmas, ...b.lemmas],
    heads: new Int32Array(0),
    rels: [],
  };
}

/** One sentence's words, the tagger's analysis of them, and what the retagging rules read. */
interface TagContext {
  readonly forms: readonly string[];
  /** The words lower-cased. */
  readonly low: readonly string[];
  readonly a: Analysis;
  readonly rules: SegmentRules;
  readonly names: ReadonlyMap<string, NameWord>;
  readonly nationals: NationalWords;
  readonly analyzer: Analyzer;
  /** Whether word i is a hyphen joining the words around it. */
  readonly hyphens: readonly boolean[];
  /** Whether word i is inside a known organization's name of several words ("Human Rights Watch"). */
  readonly named: readonly boolean[];
}

/** The tagger's tag of word i, or the one a rule below knows better. */
function retag(c: TagContext, i: number): TokenTag {
  const { forms, low, a, rules, names, analyzer } = c;
  const form = low[i] ?? "";
  // "Iran-backed rebels attacked" with the hyphen read as a comma: a joining hyphen is a hyphen
  if (c.hyphens[i] && a.xpos[i] !== "HYPH") return { upos: "PUNCT", xpos: "HYPH", lemma: "-" };
  // "fired tear gas", "closed the border crossing": the words of a listed compound noun are nouns,
  // whatever the tagger said.
  const pair = (k: number) =>
    rules.compoundStarts.has(low[k] ?? "") && rules.nounCompounds.has(`${low[k]} ${low[k + 1]}`);
  const second = i > 0 && pair(i - 1);
  // (or kept as one hyphenated word: "the OAS, whose secretary-general said", read as an adjective)
  const joined = form.includes("-") && rules.nounCompounds.has(form) && a.upos[i] !== "PROPN";
  if ((pair(i) || second || joined) && a.upos[i] !== "NOUN") {
    const plural = second && form.endsWith("s");
    return { upos: "NOUN", xpos: plural ? "NNS" : "NN", lemma: plural ? form.slice(0, -1) : form };
  }
  // "Xi Jinping", "Biden", "Albania": a word of a known person's or state's name that is no English
  // word is a proper noun, whatever the tagger guessed ("Xi" as a noun, "Biden" as a number,
  // "Albania on Friday denounced" with "Albania" as an adverb)
  // (a capital's or seat's name only where the tagger read no noun: "Moscow declared" with "Moscow" as an adverb)
  const named = names.get(forms[i] ?? "");
  const retagged = named === "name" ? a.upos[i] !== "PROPN" : named === "seat" && !NOMINAL.has(a.upos[i] ?? "");
  if (retagged) return { upos: "PROPN", xpos: "NNP", lemma: forms[i] ?? "" };
  // "Human Rights Watch accused ...", "Save the Children said ...": a capitalized word of a known
  // organization's name is no verb
  if (c.named[i] && a.upos[i] === "VERB" && /^\p{Lu}/u.test(forms[i] ?? ""))
    return { upos: "PROPN", xpos: "NNP", lemma: forms[i] ?? "" };
  // "was received by Chilean President Gabriel Boric": a nationality adjective read as a proper noun
  // after a preposition and before a title is an adjective, or the parser reads the preposition as a
  // verb taking the run of names as its object (not "Vatican", a state's name)
  // (only there: elsewhere the parser reads such a proper noun well and the adjective worse: "asked
  // Chilean President X to resign", "The Colombian government and ELN rebels agreed", "crimes
  // committed by Croat forces")
  const nationality = a.upos[i] === "PROPN" && c.nationals.adjectives.has(forms[i] ?? "");
  if (nationality && PREPOSITIONS.has(low[i - 1] ?? "") && c.nationals.titles.has(low[i + 1] ?? ""))
    return { upos: "ADJ", xpos: "JJ", lemma: forms[i] ?? "" };
  // "host the ASEAN summit": a word in capitals read as a number is a name (not a Roman numeral: "World War II")
  // (nor a number word in capitals: "TWO SOLDIERS KILLED")
  const capitals = /^[A-Z]{2,}$/.test(forms[i] ?? "") && !/^[IVXLCDM]+$/.test(forms[i] ?? "") && !CARDINAL.test(form);
  if (a.upos[i] === "NUM" && capitals) return { upos: "PROPN", xpos: "NNP", lemma: forms[i] ?? "" };
  // "Eighty UN peacekeepers were ...": a number word capitalized to open a sentence is a number, no name
  if (i === 0 && a.upos[i] === "PROPN" && CARDINAL.test(form)) return { upos: "NUM", xpos: "CD", lemma: form };
  // "from neighbouring Lebanon": a listed participle between a determiner, a preposition or a
  // possessive and a noun is an adjective, not a gerund taking the noun as its object
  if (
    rules.attributiveParticiples.has(form) &&
    a.upos[i] === "VERB" &&
    // (or after an adjective that follows one: "and other developed nations", not "remained weak following")
    (PREMODIFIED.has(a.xpos[i - 1] ?? "") || (a.xpos[i - 1] === "JJ" && PREMODIFIED.has(a.xpos[i - 2] ?? ""))) &&
    NOMINAL.has(a.upos[i + 1] ?? "")
  )
    return { upos: "ADJ", xpos: "JJ", lemma: form };
  // "arrested the accused near the market", "the wounded were taken to hospital": a past participle of a
  // verb right after "the" and before no noun or adjective of its phrase names people, a noun
  if (
    a.xpos[i] === "VBN" &&
    low[i - 1] === "the" &&
    PEOPLE_PARTICIPLES.has(form) &&
    !/^(NOUN|PROPN|ADJ|NUM)$/.test(a.upos[i + 1] ?? "")
  )
    return { upos: "NOUN", xpos: "NN", lemma: form };
  // "among pledged delegates", "by armed men": a past participle right after a preposition and before a
  // noun is an adjective (a clause would need a subordinator: "when asked", "if elected")
  if (a.xpos[i] === "VBN" && PREPOSITIONS.has(low[i - 1] ?? "") && NOMINAL.has(a.upos[i + 1] ?? ""))
    return { upos: "ADJ", xpos: "JJ", lemma: form };
  // "the plan drew criticism": an irregular past form of a verb that is no noun ("drew", "threw"),
  // tagged a noun, is a past tense
  // ("troops shot and killed two men": so is a past form of a verb read as a noun after a possible
  // subject, coordinated with a past tense)
  const coordinated = () =>
    SUBJECT_END.has(a.xpos[i - 1] ?? "") &&
    forms[i + 1] === "and" &&
    a.xpos[i + 2] === "VBD" &&
    pastOfVerb(analyzer, form);
  // ("Turkey shot down a Russian warplane": or a past form after a possible subject with a particle and
  // then its object; a noun takes no particle)
  const particle = () =>
    SUBJECT_END.has(a.xpos[i - 1] ?? "") &&
    (a.xpos[i + 1] === "RP" || (PARTICLES.has(low[i + 1] ?? "") && ["IN", "RB"].includes(a.xpos[i + 1] ?? ""))) &&
    OBJECT_START.has(a.xpos[i + 2] ?? "") &&
    pastOfVerb(analyzer, form);
  // (or, a word of letters, as punctuation, a symbol or a foreign word: "Canada's sanctions drew criticism")
  const misread = ["NOUN", "SYM", "PUNCT", "X"].includes(a.upos[i] ?? "");
  if (misread && ((forms[i - 1] !== "-" && irregularPast(analyzer, forms[i] ?? "")) || coordinated() || particle()))
    return { upos: "VERB", xpos: "VBD", lemma: lemmatize(analyzer.lemmas, form, "VERB", "VBD") };
  // "workers stopped work", "said talks would resume": a present or base form right after the past tense of
  // a full verb would be a second finite verb with no subject; so would one right after a preposition
  // ("were fired during clashes with the army"); a word that is also a noun is that noun
  const present = a.xpos[i] === "VBP" || a.xpos[i] === "VBZ" || a.xpos[i] === "VB";
  const afterPast = a.xpos[i - 1] === "VBD" && !AUXILIARIES.has(a.lemmas[i - 1] ?? "");
  const afterPreposition = a.xpos[i - 1] === "IN" && BEFORE_NOUNS.has(low[i - 1] ?? "");
  if (present && (afterPast || afterPreposition) && /^[a-z]+$/.test(form)) {
    const xpos = a.xpos[i] === "VBZ" ? "NNS" : "NN";
    const lemma = lemmatize(analyzer.lemmas, form, "NOUN", xpos);
    if (isNoun(analyzer, lemma)) return { upos: "NOUN", xpos, lemma };
  }
  // "detained two South Korean sailors": a present form after a count (not a year) and only its adjectives
  // or names is a plural noun, when the word is one
  if (a.xpos[i] === "VBZ" && /^[a-z]+s$/.test(form)) {
    let k = i - 1;
    while (k > 0 && ["JJ", "NNP", "NNPS"].includes(a.xpos[k] ?? "")) k--;
    const lemma = lemmatize(analyzer.lemmas, form, "NOUN", "NNS");
    if (a.xpos[k] === "CD" && !/^\d{4}$/.test(forms[k] ?? "") && isNoun(analyzer, lemma))
      return { upos: "NOUN", xpos: "NNS", lemma };
    // ("Chilean airstrikes killed 12 people": or right before a past tense, after only adjectives or names
    // that open the sentence or follow a determiner)
    const first = k === 0 && ["JJ", "NNP", "NNPS"].includes(a.xpos[0] ?? "") ? -1 : k;
    const opened = first < 0 || ["DT", "PRP$"].includes(a.xpos[first] ?? "");
    if (a.xpos[i + 1] === "VBD" && first < i - 1 && opened && !SAYS.has(form) && isNoun(analyzer, lemma))
      return { upos: "NOUN", xpos: "NNS", lemma };
  }
  // "urged the minister to resign.": a word after "to" read as a noun that is only ever a verb is its
  // infinitive, and the "to" its marker
  const infinitive = (k: number) => low[k - 1] === "to" && a.xpos[k] === "NN" && verbOnly(analyzer, low[k] ?? "");
  if (infinitive(i)) return { upos: "VERB", xpos: "VB", lemma: form };
  if (infinitive(i + 1) && form === "to") return { upos: "PART", xpos: "TO", lemma: "to" };
  // "Russia's military launched strikes": an adjective after a possessive and right before a finite verb
  // heads the subject; a word that is also a noun is that noun
  if (a.upos[i] === "ADJ" && a.xpos[i - 1] === "POS" && FINITE.has(a.xpos[i + 1] ?? "") && isNoun(analyzer, form))
    return { upos: "NOUN", xpos: "NN", lemma: form };
  // "retaliated by imposing sanctions": an -ing word read as an adjective right after a preposition of
  // means or time, of a known verb and not a listed attributive participle, heads a gerund
  if (
    a.xpos[i] === "JJ" &&
    GERUND_PREPOSITIONS.has(low[i - 1] ?? "") &&
    /^[a-z]+ing$/.test(form) &&
    !rules.attributiveParticiples.has(form)
  ) {
    const lemma = lemmatize(analyzer.lemmas, form, "VERB", "VBG");
    if (lemma !== form && knownAs(analyzer, lemma, "VERB")) return { upos: "VERB", xpos: "VBG", lemma };
  }
  // "Bolton claims Trump asked Xi for help": a verb of saying read as a plural noun right after a name
  // that opens its clause, and right before a clause's subject or "that", says (not "rejected NATO claims
  // that ...", "the Bolton claims")
  if (a.xpos[i] === "NNS" && SAYS.has(form) && a.upos[i - 1] === "PROPN" && startsClause(a, low, i + 1)) {
    let k = i - 1;
    while (a.upos[k] === "PROPN") k--;
    if (k < 0 || CLAUSE_OPENERS.has(a.xpos[k] ?? "")) {
      const lemma = lemmatize(analyzer.lemmas, form, "VERB", "VBZ");
      return { upos: "VERB", xpos: "VBZ", lemma };
    }
  }
  // "Blinken arrives in Beijing", "Iran backs the Houthis": in a sentence with no finite verb, a present
  // form of a verb read as a plural noun right after the name that opens the sentence is its verb when the
  // word is only ever a verb, or when an object follows ("US strikes on Syria", "Iran talks" stay nouns)
  if (a.xpos[i] === "NNS" && /^[a-z]+s$/.test(form) && opensWithName(c, i) && !a.xpos.some((x) => FINITE.has(x))) {
    const lemma = lemmatize(analyzer.lemmas, form, "VERB", "VBZ");
    // (not a time: "Kenya protests Tuesday", "China drills this week", "Bangladesh protests 2024")
    const time =
      DAY_WORDS.has(low[i + 1] ?? "") || /^\d{4}$/.test(low[i + 1] ?? "") || TIME_NOUNS.has(low[i + 2] ?? "");
    const object = OBJECT_OPENERS.has(a.xpos[i + 1] ?? "") && !time;
    if (lemma !== form && (verbOnly(analyzer, lemma) || (object && knownAs(analyzer, lemma, "VERB"))))
      return { upos: "VERB", xpos: "VBZ", lemma };
  }
  // "held the first-ever talks": a present form after a determiner and adjectives only is a plural noun
  if (a.xpos[i] === "VBZ" && opensNounPhrase(a, i) && /^[a-z]+$/.test(form)) {
    const lemma = lemmatize(analyzer.lemmas, form, "NOUN", "NNS");
    if (isNoun(analyzer, lemma)) return { upos: "NOUN", xpos: "NNS", lemma };
  }
  return { upos: a.upos[i], xpos: a.xpos[i], lemma: a.lemmas[i] };
}

/** Third-person forms of verbs of saying that are also plural nouns ("claims", "warns" is none). */
const SAYS = new Set([
  "claims",
  "insists",
  "argues",
  "denies",
  "alleges",
  "believes",
  "fears",
  "reports",
  "notes",
  "adds",
]);

/** Tags of what may stand before a clause's subject: a comma, a colon or dash, a conjunction, an adverb. */
const CLAUSE_OPENERS = new Set([",", ":", "CC", "RB"]);

/** Whether word i opens a clause: "that", or its subject (a name, a pronoun or a determiner). */
function startsClause(a: Analysis, low: readonly string[], i: number): boolean {
  return low[i] === "that" || a.upos[i] === "PROPN" || a.xpos[i] === "PRP" || a.xpos[i] === "DT";
}

/** Whether the words before i are a name that opens the sentence ("Blinken", "South Korea"). */
function opensWithName(c: TagContext, i: number): boolean {
  for (let k = i - 1; k >= 0; k--)
    if (c.a.upos[k] !== "PROPN" && c.names.get(c.forms[k] ?? "") !== "name") return false;
  return i > 0;
}

/** Nouns of a span of time after a determiner ("this week", "last month"). */
const TIME_NOUNS = new Set(["week", "weekend", "month", "year", "morning", "afternoon", "evening", "night", "day"]);

/** Tags that open a verb's object: a determiner, a name, a pronoun, a possessive or a number. */
const OBJECT_OPENERS = new Set(["DT", "NNP", "NNPS", "PRP", "PRP$", "CD"]);

/** Prepositions that never open a clause. */
const PREPOSITIONS = new Set([
  "among",
  "of",
  "for",
  "with",
  "from",
  "to",
  "by",
  "on",
  "in",
  "at",
  "into",
  "about",
  "against",
  "between",
  "toward",
  "towards",
  "onto",
  "amid",
  "over",
  "under",
]);

/** Prepositions no verb form but a gerund follows (not "to", nor a subordinator: "after", "before"). */
const BEFORE_NOUNS = new Set([...PREPOSITIONS, "during", "despite", "throughout", "without"].filter((w) => w !== "to"));

/** Number words ("eighty", "twenty-five"), lower-cased. */
const CARDINAL =
  /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(-(one|two|three|four|five|six|seven|eight|nine))?$/;

/** Prepositions before a gerund of means or time ("by imposing", "after signing", "without naming"). */
const GERUND_PREPOSITIONS = new Set(["by", "after", "before", "without", "upon"]);

/** Finite verb tags: what follows a subject. */
const FINITE = new Set(["VBD", "VBZ", "VBP", "MD"]);

/** Adjectives that stand for a noun after a determiner ("the same", "the former", "the other"). */
const PRONOMINAL = new Set(["same", "former", "latter", "other", "rest"]);

/** Determiners and possessives that open a noun phrase. */
const OPENERS = new Set(["the", "a", "an", "its", "their", "his", "her", "our", "your", "my"]);

/** Whether the words before i are a determiner and modifiers only, at least one an adjective ("the first - ever"). */
function opensNounPhrase(a: Analysis, i: number): boolean {
  let adjective = false;
  for (let k = i - 1; k >= 0; k--) {
    const x = a.xpos[k] ?? "";
    // ("the same goes for", "the former leads": an adjective that stands for a noun ends it)
    if (PRONOMINAL.has(a.lemmas[k]?.toLowerCase() ?? "")) return false;
    if (x === "JJ" || x === "JJS" || x === "JJR") adjective = true;
    else if (x !== "RB" && x !== "HYPH") return adjective && OPENERS.has(a.lemmas[k]?.toLowerCase() ?? "");
  }
  return false;
}

/** Whether the lemmatizer knows the word as one of that word class ("VERB", "NOUN"). */
const knownAs = (analyzer: Analyzer, word: string, upos: string) =>
  ((analyzer.lemmas.vocab.get(word) ?? 0) & classBit(upos)) !== 0;

/** Whether the lemmatizer knows the word as a noun. */
const isNoun = (analyzer: Analyzer, lemma: string) => knownAs(analyzer, lemma, "NOUN");

/** Whether the lemmatizer knows the word as a verb and never as a noun ("resign", not "schedule"). */
const verbOnly = (analyzer: Analyzer, form: string) => knownAs(analyzer, form, "VERB") && !isNoun(analyzer, form);

/** Verbs whose past forms are auxiliaries or take a bare verb after them ("had gone", "did go", "got paid", "let go", "made work"). */
const AUXILIARIES = new Set(["be", "have", "do", "get", "let", "make", "help", "see", "hear", "watch", "need", "dare"]);

/** Tags before an attributive adjective (determiner, preposition, possessive) and after it (a noun). */
const PREMODIFIED = new Set(["DT", "IN", "PRP$", "POS", "CC"]);
const NOMINAL = new Set(["NOUN", "PROPN", "ADJ"]);

/** Tags that may end a subject right before its verb. */
const SUBJECT_END = new Set(["NNS", "NNP", "NNPS", "PRP"]);
/** Particles of phrasal verbs that the tagger may read as prepositions ("shot down", "cut off"). */
const PARTICLES = new Set(["down", "up", "off", "out"]);
/** Past participles that, after "the", name the people they were done to ("the accused", "the wounded"). */
const PEOPLE_PARTICIPLES: ReadonlySet<string> = new Set([
  "accused",
  "detained",
  "arrested",
  "wounded",
  "injured",
  "deceased",
  "condemned",
  "displaced",
  "kidnapped",
  "abducted",
]);
/** Tags that open a noun phrase object. */
const OBJECT_START = new Set(["DT", "PRP$", "CD", "JJ", "NN", "NNS", "NNP", "NNPS"]);

/** A lowercase past form of a known verb other than its lemma ("shot" of "shoot", "fired" of "fire"). */
function pastOfVerb(analyzer: Analyzer, form: string): boolean {
  const lemma = lemmatize(analyzer.lemmas, form, "VERB", "VBD");
  return lemma !== form && knownAs(analyzer, lemma, "VERB");
}

/** A lowercase irregular past of a known verb ("drew" of "draw"), not itself a known noun ("saw", "left"). */
function irregularPast(analyzer: Analyzer, form: string): boolean {
  if (!/^[a-z]{4,}$/.test(form) || form.endsWith("ed")) return false;
  const lemma = lemmatize(analyzer.lemmas, form, "VERB", "VBD");
  // (irregular: "drew" does not start as "draw" does, while "features" is "feature" plus an ending)
  const irregular = lemma !== form && !form.startsWith(lemma.slice(0, Math.max(1, lemma.length - 1)));
  return irregular && knownAs(analyzer, lemma, "VERB") && !isNoun(analyzer, form);
}

/** Nationality adjectives that are words ("Chilean", "Samoan"; not "US", "EU") and the first words of titles ("president", "foreign"). */
interface NationalWords {
  readonly adjectives: ReadonlySet<string>;
  readonly titles: ReadonlySet<string>;
}

let cachedNationals: NationalWords | null = null;

function nationalWords(): NationalWords {
  if (cachedNationals) return cachedNationals;
  const lex = actorLexicon();
  const state = (w: string) => (lex.names.get(w) ?? []).some((e) => e.kind === "country");
  cachedNationals = {
    adjectives: new Set([...lex.adjectives.keys()].filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !state(w))),
    titles: new Set([...lex.titles.keys()].map((t) => t.split(" ")[0] ?? "")),
  };
  return cachedNationals;
}

/** The known names of organizations of several words, by their first word (case kept). */
let organizationNames: Map<string, string[][]> | null = null;

/** For each word of a sentence, whether it is inside a known organization's name of several words. */
function organizationWords(forms: readonly string[]): boolean[] {
  if (organizationNames === null) {
    organizationNames = new Map();
    for (const [key, entries] of actorLexicon().names) {
      const words = key.split(/\s+/);
      if (words.length < 2 || !entries.some((e) => e.kind === "org" || e.kind === "igo")) continue;
      const list = organizationNames.get(words[0] ?? "") ?? [];
      list.push(words);
      organizationNames.set(words[0] ?? "", list);
    }
  }
  const out = forms.map(() => false);
  for (let i = 0; i < forms.length; i++) {
    for (const words of organizationNames.get(forms[i] ?? "") ?? []) {
      if (!words.every((w, k) => forms[i + k] === w)) continue;
      for (let k = 0; k < words.length; k++) out[i + k] = true;
    }
  }
  return out;
}

let cachedNames: { analyzer: Analyzer; words: Map<string, NameWord> } | null = null;

/** A word of a person's or state's name, or one only of a capital's or seat's ("Moscow", "Dili"). */
type NameWord = "name" | "seat";

/**
 * Capitalized words of the names of the people, states, capitals and seats the actor lexicon knows
 * ("Jinping", "Biden", "Albania", "Yemen", "Moscow"), less nationality adjectives ("Thai", "Saudi") and
 * English words the lemmatizer knows ("Rich", "May", "Bush", "Chad").
 */
function nameWords(analyzer: Analyzer): ReadonlyMap<string, NameWord> {
  if (cachedNames?.analyzer === analyzer) return cachedNames.words;
  const words = new Map<string, NameWord>();
  const lex = actorLexicon();
  const namesOf = (kinds: readonly string[]) =>
    [...lex.names].filter(([, es]) => es.some((e) => kinds.includes(e.kind))).map(([k]) => k);
  const add = (names: readonly string[], kind: NameWord) => {
    for (const key of names) {
      for (const w of key.split(/\s+/)) {
        if (!/^\p{Lu}\p{Ll}+$/u.test(w) || analyzer.lemmas.vocab.has(w.toLowerCase()) || lex.adjectives.has(w))
          continue;
        if (!words.has(w)) words.set(w, kind);
      }
    }
  };
  add([...lex.people.keys(), ...namesOf(["country"])], "name");
  // (one-word names only: "Flying Fish Cove", "Downing Street" would make "Flying", "Downing" names)
  add(
    namesOf(["capital", "seat"]).filter((k) => !/\s/.test(k)),
    "seat",
  );
  cachedNames = { analyzer, words };
  return words;
}
