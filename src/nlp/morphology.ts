/**
 * English inflectional morphology for the lemmatizer: which inflection a PTB tag marks, the
 * candidate lemmas of an inflected form (best guess first), and the word classes of a lemma.
 */

/** What an inflected tag adds to its lemma. */
export type Inflection = "none" | "ed" | "ing" | "s" | "plural" | "er" | "est";

/** Word-class bits of a known lemma (a lemma may have several). */
export const VERB = 1;
export const NOUN = 2;
export const ADJ = 4;
export const ADV = 8;
export const OTHER = 16;

/** The inflection a PTB tag marks. */
export function inflectionOf(xpos: string): Inflection {
  switch (xpos) {
    case "VBD":
    case "VBN":
      return "ed";
    case "VBG":
      return "ing";
    case "VBZ":
      return "s";
    case "NNS":
    case "NNPS":
      return "plural";
    case "JJR":
    case "RBR":
      return "er";
    case "JJS":
    case "RBS":
      return "est";
    default:
      return "none";
  }
}

/** Coarse lemma class of a PTB tag: all verb tags share one, as do nouns, adjectives, adverbs. */
export function lemmaClass(xpos: string): string {
  if (xpos.startsWith("VB")) return "V";
  if (xpos === "NN" || xpos === "NNS") return "N";
  if (xpos.startsWith("JJ")) return "J";
  if (xpos.startsWith("RB")) return "R";
  return xpos;
}

/** Class bit of a UPOS tag (for the known-lemma vocabulary). */
export function classBit(upos: string): number {
  switch (upos) {
    case "VERB":
    case "AUX":
      return VERB;
    case "NOUN":
      return NOUN;
    case "ADJ":
      return ADJ;
    case "ADV":
      return ADV;
    default:
      return OTHER;
  }
}

/** Class bit a lemma of this inflection should have. */
export function inflectionBit(infl: Inflection): number {
  if (infl === "ed" || infl === "ing" || infl === "s") return VERB;
  if (infl === "plural") return NOUN;
  if (infl === "er" || infl === "est") return ADJ | ADV;
  return OTHER;
}

const VOWELS = "aeiou";
const isVowel = (ch: string | undefined): boolean => ch !== undefined && VOWELS.includes(ch);

function syllables(w: string): number {
  return (w.toLowerCase().match(/[aeiouy]+/g) ?? []).length;
}

/** Consonant endings that stay doubled in the lemma (call, kiss, staff, buzz, add). */
const KEEP_DOUBLE = new Set(["l", "s", "f", "z", "d"]);

/**
 * Final vowel + consonant pairs of a stem (after dropping -ed/-ing/-er) that usually lost a silent
 * e in polysyllables: "invad(ed)" -> invade, "imped(ed)", "decid(ed)", "promot(ed)", "requir(ed)";
 * other pairs keep the bare stem ("visit(ed)", "consider(ed)", "develop(ed)", "happen(ed)").
 */
const E_ENDINGS = new Set(
  "ad ed id od ud at ot ut ak ok uk ik in un ar ir ur as is os us ab ib ob ub ap ip up am um ul il ag ig ug eg og".split(
    " ",
  ),
);

/** Does the bare stem probably need a restored silent e ("nam" -> "name", "bomb" -> "bomb")? */
export function needsE(stem: string): boolean {
  const s = stem.toLowerCase();
  const n = s.length;
  if (n < 2) return false;
  const last = s[n - 1];
  const prev = s[n - 2];
  if ("vcu".includes(last)) return true;
  if (last === "e") return prev !== "e"; // "agre(ed)" -> agree, "fre(er)" -> free; "agree(ing)"
  if (last === "z" && prev !== "z") return true;
  if (last === "g") return prev !== "g" && !s.endsWith("ong");
  if (last === "s") return prev !== "s";
  if (last === "l" && "bcdfgkptz".includes(prev)) return true; // troubl(ed), settl(ed), simpl(er)
  if (/(plet|elet|mpet|gnor|stor|plor|scor|snor|ador|cit|unit|invit|ignit)$/.test(s)) return true;
  if (last === "w" || last === "x" || last === "y" || isVowel(last) || !isVowel(prev)) return false;
  // Single vowel + consonant: a short-vowel monosyllable would have doubled (hop -> hopped).
  // Vowel digraphs keep the bare stem (rain-ed, riot-ed, recruit-ed); hiatus "ia"/"ua" does not
  // (negotiat-ed, evaluat-ed), nor "qu" (quot-ed).
  const pair = s.slice(n - 3, n - 1);
  if (DIGRAPHS.has(pair) && s[n - 4] !== "q") return false;
  if (syllables(s) === 1) return true;
  return E_ENDINGS.has(s.slice(-2));
}

const DIGRAPHS = new Set("ai ea ee oo oa ou oi ui au ei ie io eu ue ay ey oy".split(" "));

function doubled(s: string): boolean {
  const n = s.length;
  return n >= 3 && s[n - 1] === s[n - 2] && !isVowel(s[n - 1]) && s[n - 1] !== "w" && s[n - 1] !== "y";
}

/** Stem candidates after an -ed/-ing/-er/-est ending was removed (best guess first). */
function stemCandidates(stem: string, whole: string): string[] {
  const s = stem.toLowerCase();
  if (s.length < 2) return [whole];
  if (doubled(s)) {
    const single = stem.slice(0, -1);
    const c = s[s.length - 1];
    // "-elled"/"-olled" in polysyllables is the British doubling: travelled, expelled, controlled.
    const undouble = !KEEP_DOUBLE.has(c) || (c === "l" && /[eo]ll$/.test(s) && syllables(s) >= 2);
    return undouble ? [single, stem] : [stem, single];
  }
  // panick(ed), traffick(ing), mimick(ed): the k is added to keep the c hard
  if (s.endsWith("ick") && syllables(s) >= 2) return [stem.slice(0, -1), stem];
  return needsE(s) ? [`${stem}e`, stem] : [stem, `${stem}e`];
}

/** Candidate lemmas of `form` under an inflection, best guess first (case kept). */
export function candidates(form: string, infl: Inflection): string[] {
  const low = form.toLowerCase();
  const n = low.length;
  switch (infl) {
    case "ed": {
      if (n < 4 || !low.endsWith("ed")) return [form];
      if (low.endsWith("ied")) {
        const y = `${form.slice(0, -3)}y`;
        const ie = form.slice(0, -1);
        return n <= 4 ? [ie, y] : [y, ie];
      }
      return stemCandidates(form.slice(0, -2), form);
    }
    case "ing": {
      if (n < 5 || !low.endsWith("ing")) return [form];
      const stem = form.slice(0, -3);
      if (low.endsWith("ying") && n <= 5) return [`${stem.slice(0, -1)}ie`, stem];
      if (low.endsWith("ying")) return [stem, `${stem.slice(0, -1)}ie`];
      if (low.endsWith("eing")) return [stem, `${stem}e`]; // seeing, agreeing, singeing
      return stemCandidates(stem, form);
    }
    case "er":
    case "est": {
      const cut = infl === "er" ? 2 : 3;
      const suf = infl === "er" ? "er" : "est";
      if (n < cut + 2 || !low.endsWith(suf)) return [form];
      const stem = form.slice(0, -cut);
      if (stem.toLowerCase().endsWith("i")) return [`${stem.slice(0, -1)}y`, stem];
      return stemCandidates(stem, form);
    }
    case "s":
    case "plural":
      return pluralCandidates(form, infl === "plural");
    default:
      return [form];
  }
}

function pluralCandidates(form: string, noun: boolean): string[] {
  const low = form.toLowerCase();
  const n = low.length;
  const cut = (k: number, add = ""): string => form.slice(0, n - k) + add;
  if (noun && n >= 4 && low.endsWith("men")) return [cut(3, "man"), form];
  if (n < 3 || !low.endsWith("s") || low.endsWith("ss")) return [form];
  if (n <= 4 && form === form.toUpperCase()) return [form]; // acronyms: PBS, AIDS, USGS (but NGOs)
  if (low.endsWith("'s") || low.endsWith("’s")) return [cut(2)]; // "video's", "the 1990's"
  // gurus, skis, politics (but topics): the plural only where the singular is known
  if (/(us|is|ics)$/.test(low)) return [form, cut(1)];
  if (low.endsWith("ies")) return n <= 4 ? [cut(1), cut(3, "y")] : [cut(3, "y"), cut(1)];
  if (noun && low.endsWith("ves")) {
    if (low.endsWith("lves") || low.endsWith("eaves")) return [cut(3, "f"), cut(1), cut(3, "fe")];
    if (low.endsWith("ives") && n <= 6) return [cut(3, "fe"), cut(1), cut(3, "f")];
    return [cut(1), cut(3, "f"), cut(3, "fe")];
  }
  if (/(sses|zzes|xes|ches|shes)$/.test(low)) return [cut(2), cut(1)];
  if (low.endsWith("oes")) return [cut(2), cut(1)];
  if (noun && low.endsWith("ses") && !/[aeiou]ses$/.test(low)) return [cut(1), cut(3, "sis"), cut(2)];
  if (/[tprns]uses$/.test(low) && syllables(low) >= 3) return [cut(2), cut(1)];
  if (low.endsWith("ses")) return noun ? [cut(1), cut(3, "sis"), cut(2)] : [cut(1), cut(2)];
  return [cut(1)];
}

/** Prefixes that keep an irregular or known stem: over+took -> overtake, re+imposed -> reimpose. */
export const PREFIXES = [
  "counter",
  "under",
  "inter",
  "super",
  "trans",
  "cross",
  "over",
  "fore",
  "with",
  "down",
  "back",
  "anti",
  "self",
  "out",
  "mis",
  "pre",
  "dis",
  "non",
  "sub",
  "un",
  "re",
  "co",
  "de",
  "up",
] as const;
