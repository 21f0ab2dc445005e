import { z } from "zod";
import { sectorSchema } from "../../actors/lexicon/schema.js";

const code = z.string().regex(/^\d{3,4}$/, "a CAMEO code of 3-4 digits");
const optCode = z.union([code, z.literal("-")]);
const word = z.string().min(1);

export const Effect = z.enum(["planned", "hypothetical", "negated", "drop", "reported", "light"]);
export type Effect = z.infer<typeof Effect>;

export const Family = z.enum(["appeal", "demand", "intent", "reject", "threaten"]);
export type Family = z.infer<typeof Family>;

/** A TSV row of cameo.tsv. */
export const CameoRow = z.tuple([
  code,
  word,
  word,
  z.string().regex(/^-?\d+(\.\d)?$/),
  z.enum(["1", "2", "3", "4"]),
  z.string(),
]);

/** A TSV row of verbs*.tsv / nouns*.tsv: id, lemma, pos, when, cameo, flags. */
export const TriggerRow = z.tuple([
  z.string().regex(/^[\w.'-]+#\d+$/, "an id like visit#1"),
  word,
  z.enum(["V", "A", "N"]),
  word,
  code,
  word,
]);

/** classes*.tsv: a word class's name and its lemmas (`weapons`, `weapon|arms|missile|...`), used as `@weapons`. */
export const ClassRow = z.tuple([z.string().regex(/^[a-z]+$/, "a lower-case class name"), word]);

/** goals*.tsv: id, lemmas, then one code (or -) per family in the order of `Family`. */
export const GoalRow = z.tuple([z.string().regex(/^[\w.'-]+#\d+$/), word, optCode, optCode, optCode, optCode, optCode]);

export const ModalityRole = z.enum([
  "aux",
  "neg",
  "mark",
  "amod",
  "control",
  "light",
  "mediator",
  "span",
  "close",
  "audience",
  "incur",
  "pundit",
  "standing",
]);
export type ModalityRole = z.infer<typeof ModalityRole>;
export const ModalityRow = z.tuple([z.string().regex(/^[\w.'-]+#\d+$/), word, ModalityRole, Effect]);

export const DiscardRow = z.tuple([z.string().regex(/^[\w.'-]+#\d+$/), word, word]);

/** locative*.tsv: a CAMEO code (prefix) whose event falls on the country where it takes place, and why. */
export const LocativeRow = z.tuple([code, z.string()]);

/** domestic*.tsv: sector, its role in a domestic event (state | people), why. */
export const DomesticRow = z.tuple([sectorSchema, z.enum(["state", "people"]), z.string()]);

/** measures*.tsv, tallies*.tsv and referents*.tsv: one lemma per row. */
export const MeasureRow = z.tuple([word]);

/**
 * threats*.tsv / refusals*.tsv / pledges*.tsv: the CAMEO code (prefix, 2-4 digits) of a conditional hostile
 * act, a declared-negated cooperative act or an undated announced verbal cooperation -> the 13x threat, 12x
 * rejection or 03x intent it makes.
 */
export const ThreatRow = z.tuple([z.string().regex(/^\d{2,4}$/, "a CAMEO code or root"), code]);

/** owned*.tsv: a communication, proposal, policy or act noun that stands for its author. */
export const OwnedRow = z.tuple([word, z.enum(["communication", "proposal", "policy", "act"])]);

/** labels*.tsv: an evaluative word and its tone, for "called X a Y" / "described X as Y". */
export const LabelRow = z.tuple([word, z.enum(["negative", "positive"])]);

/** groups*.tsv: group noun lemma, sector, whether it is a party without a country. */
export const GroupRow = z.tuple([word, sectorSchema, z.enum(["yes", "no"])]);

export interface GroupNoun {
  readonly sector: string;
  /** A party even with no country ("rebels attacked"). */
  readonly alone: boolean;
}

/** One condition a trigger's dependents must meet (see README: the `when` column). */
export type Condition =
  | {
      readonly kind:
        | "prt"
        | "obj"
        | "objmod"
        | "objprep"
        | "obl"
        | "xcomp"
        | "head"
        | "mod"
        | "goal"
        | "comp"
        | "compsubj"
        | "subj"
        | "label"
        | "verdict"
        | "obln"
        | "story"
        | "case";
      readonly values: ReadonlySet<string> | "*";
    }
  | {
      readonly kind:
        | "pass"
        | "act"
        | "objactor"
        | "objparty"
        | "objthing"
        | "objevent"
        | "joint"
        | "unlabelled"
        | "labelled"
        | "intrans"
        | "noterms"
        | "question"
        | "speech"
        | "conditional"
        | "igo"
        | "objplace"
        | "objarmed";
    };

export interface TriggerEntry {
  readonly rule: string;
  readonly lemma: string;
  readonly pos: "V" | "A" | "N";
  readonly when: readonly Condition[];
  readonly cameo: string;
  readonly symmetric: boolean;
  readonly inner: Effect | null;
  readonly family: Family | null;
  /** Target slots in order of preference (`obj`, `iobj`, `obl:with`, `nmod:to`, `obj>nmod:to`), or null for the default. */
  readonly targets: readonly string[] | null;
  readonly plover: string | null;
  readonly mode: string | null;
  /** Also emit target -> source with this code (host -> visit). */
  readonly mirror: string | null;
  /** A destination place gives the target country (visits). */
  readonly dest: boolean;
  /** An agentless passive's source is the host country: the clause's place, else the dateline ("the envoy was summoned"). */
  readonly host: boolean;
  /** The code when every source is a state (a country, its government or a state body): "Hanoi protested" 114, not 141. */
  readonly state: string | null;
  /** What declaring it will not be done makes instead of a 12x refusal ("will not tolerate": 130, a warning). */
  readonly refused: string | null;
  readonly specificity: number;
}

export interface GoalEntry {
  readonly rule: string;
  readonly lemmas: ReadonlySet<string>;
  readonly codes: Readonly<Record<Family, string | null>>;
}

export interface CameoInfo {
  readonly code: string;
  /** null for codes Attaché does not emit (01x statements). */
  readonly plover: string | null;
  readonly mode: string | null;
  readonly goldstein: number;
  readonly quadClass: number;
  readonly label: string;
}

export interface Place {
  readonly name: string;
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  /** Less populous places of the same name in other countries ("Tripoli" in Lebanon). */
  readonly others?: readonly Place[];
}

export interface Lexicon {
  readonly triggers: ReadonlyMap<string, readonly TriggerEntry[]>;
  readonly goals: readonly GoalEntry[];
  readonly modality: ReadonlyMap<ModalityRole, ReadonlyMap<string, { rule: string; effect: Effect }>>;
  readonly discards: ReadonlyMap<string, { rule: string; domain: string }>;
  readonly cameo: ReadonlyMap<string, CameoInfo>;
  readonly places: ReadonlyMap<string, Place>;
  /** Group nouns ("soldiers", "officials") -> sector, for parties the actors layer did not find. */
  readonly groups: ReadonlyMap<string, GroupNoun>;
  /**
   * CAMEO codes (and their subcodes) whose events, when they name no recipient, fall on the country
   * where they take place ("lifted a curfew in Montenegro", "sent troops to Bosnia").
   */
  readonly locative: readonly string[];
  /** Communication, proposal and policy nouns whose nationality adjective names their author. */
  readonly owned: ReadonlyMap<string, "communication" | "proposal" | "policy" | "act">;
  /** Measure and part nouns ("part of", "20 tons of") that stand for their of-phrase as an object. */
  readonly measures: ReadonlySet<string>;
  /** Nouns that make a split "13-0" a tally of votes, not a score (tallies.tsv). */
  readonly tallies: ReadonlySet<string>;
  /**
   * Nouns that name an act told earlier ("the deal", "the ceremony", "the truce"): an event with no
   * recipient of its own whose object is one of them answers the parties of that act.
   */
  readonly referents: ReadonlySet<string>;
  /** Nouns for the news the article reports ("the outcome", "the announcement"): its lead act (outcomes.tsv). */
  readonly outcomes: ReadonlySet<string>;
  /** Disasters whose relief goes to the country they struck (disasters.tsv). */
  readonly disasters: ReadonlySet<string>;
  /**
   * CAMEO codes (and their subcodes) of appeals addressed to the sides of a dispute: with no
   * addressee of their own ("Russia urged restraint") they go to both parties of the latest dyad told before.
   */
  readonly sides: readonly string[];
  /**
   * CAMEO codes (and their subcodes) whose act keeps no recipient when it names none, instead of
   * taking the side its author was last dealing with (solitary.tsv).
   */
  readonly solitary: readonly string[];
  /** Nouns that act for the body their "for" phrase names ("a spokesman for the ministry"; proxies.tsv). */
  readonly proxies: ReadonlySet<string>;
  /** Verbs whose agent is the author of what they act on ("issued a statement", "drafted by France"; authoring.tsv). */
  readonly authoring: ReadonlySet<string>;
  /** Common nouns that name a place, so that a visit to one is a visit ("toured the village"; places.tsv). */
  readonly placeNouns: ReadonlySet<string>;
  /** Nouns for bodies that meet in session: alone, their meeting is no consultation (sessions.tsv). */
  readonly sessions: ReadonlySet<string>;
  /** Nouns of agreements and their processes that a capital before them places, not makes a party ("the Minsk agreements"; venues.tsv). */
  readonly venues: ReadonlySet<string>;
  /** CAMEO codes (and subcodes) of acts a commitment to do them only states ("agreed to restore ties"; promised.tsv). */
  readonly promised: readonly string[];
  /** Sectors of domestic events: state bodies and the people they act on (domestic.tsv). */
  readonly domestic: ReadonlyMap<string, "state" | "people">;
  /** Evaluative words ("terrorist", "illegal", "statesman") -> tone, for the `label=` condition. */
  readonly labels: ReadonlyMap<string, "negative" | "positive">;
  /** Conditional hostile acts -> the 13x threat they make, by CAMEO code prefix (longest first). */
  readonly threats: readonly { readonly prefix: string; readonly code: string }[];
  /** Cooperative acts declared as not to be done ("will not accept") -> the 12x rejection, longest prefix first. */
  readonly refusals: readonly { readonly prefix: string; readonly code: string }[];
  /** Verbal cooperation announced for no set time ("will support") -> the 03x intent it states, longest prefix first. */
  readonly pledges: readonly { readonly prefix: string; readonly code: string }[];
}
