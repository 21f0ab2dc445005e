import { z } from "zod";

export const SECTORS = [
  "GOV",
  "MIL",
  "LEG",
  "JUD",
  "COP",
  "OPP",
  "REB",
  "BUS",
  "EDU",
  "MED",
  "NGO",
  "CVL",
  "IGO",
] as const;
export const sectorSchema = z.enum(SECTORS);
export type Sector = z.infer<typeof sectorSchema>;

/** A calendar date that exists: "2021-13-01" and "2021-02-30" are refused. */
function realDate(d: string): boolean {
  const [y, m, day] = d.split("-").map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  return day === undefined || (day >= 1 && day <= new Date(Date.UTC(y ?? 0, m, 0)).getUTCDate());
}
const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD")
  .refine(realDate, "no such month or day");
/** ISO alpha-3, an IGO acronym or a region code. */
const actorCode = z.string().regex(/^[A-Z][A-Z0-9_]{1,11}$/, "expected an upper-case code such as RUS or NATO");

export const countryRowSchema = z.object({
  code: z.string().regex(/^[A-Z]{3}$/),
  name: z.string().min(1),
  names: z.array(z.string().min(1)),
  adjectives: z.array(z.string().min(1)),
  capitals: z.array(z.string().min(1)),
  region: z.string(),
  subregion: z.string().nullable(),
});
export const countriesSchema = z.array(countryRowSchema);

const extraCountry = z.object({
  names: z.array(z.string().min(1)).optional(),
  adjectives: z.array(z.string().min(1)).optional(),
  capitals: z.array(z.string().min(1)).optional(),
  seats: z.array(z.string().min(1)).optional(),
  former: z.array(z.string().min(1)).optional(),
});
export const countryExtrasSchema = z.object({
  recode: z.record(z.string(), z.string()),
  dropNames: z.array(z.string()),
  dropCapitals: z.array(z.string()),
  countries: z.record(z.string(), extraCountry),
  metonyms: z.array(z.object({ text: z.string().min(1), country: actorCode, sector: sectorSchema.optional() })),
  regions: z.array(
    z.object({
      code: actorCode,
      names: z.array(z.string()),
      adjectives: z.array(z.string()),
      bloc: actorCode.optional(),
    }),
  ),
});

export const igosSchema = z.array(
  z.object({
    code: actorCode,
    names: z.array(z.string().min(1)).min(1),
    adjectives: z.array(z.string()),
    sector: sectorSchema.optional(),
    /** Common nouns a definite phrase refers back to it with ("the alliance", "the bloc"). */
    heads: z.array(z.string().regex(/^[a-z]+$/)).optional(),
  }),
);

const sectorLists = z.partialRecord(sectorSchema, z.array(z.string().min(1)));
export const sectorsSchema = z.object({
  titles: sectorLists,
  orgHeads: sectorLists,
  /** Heads of descriptions that name an actor after a nationality ("Kyrgyz troops", "Spanish investors"). */
  groupHeads: sectorLists,
  militaryWords: z.array(z.string()),
});

export const wordsSchema = z.object({
  functionWords: z.array(z.string()),
  months: z.array(z.string()),
  honorifics: z.array(z.string()),
  placePrepositions: z.array(z.string()),
  nameConnectors: z.array(z.string()),
  pronouns: z.object({
    person: z.array(z.string()),
    thing: z.array(z.string()),
    plural: z.array(z.string()),
    /** First-person pronouns, which stand only for the speaker of the words they are in. */
    speaker: z.array(z.string()),
  }),
  groupNumbers: z.record(z.string(), z.number().int().min(2)),
  groupNouns: z.object({ country: z.array(z.string()), person: z.array(z.string()) }),
  pairNouns: z.array(z.string()),
  sideNoun: z.array(z.string()),
  /** Titles of people posted abroad, whose 'to/in X' names the host, not their own state. */
  postedTitles: z.array(z.string()),
  /** Nouns of a field of study or work: a nationality before them names the field, not the person's country. */
  fieldNouns: z.array(z.string()),
  /** Titles that only an international organization gives ("trade commissioner" -> EU), when the role names no country. */
  organizationTitles: z.record(z.string().min(3), z.string().regex(/^[A-Z]{2,}$/)),
  governmentNouns: z.array(z.string()),
  reportingVerbs: z.array(z.string()),
  /** Lower-case words that tell a person's sex: role nouns, honorifics and given names ("spokeswoman", "mrs", "emily"). */
  gender: z.object({ female: z.array(z.string()), male: z.array(z.string()) }),
  /** Words that make the parties they follow or precede go-betweens, not sides ("A and B, which brokered"). */
  mediation: z.object({
    verbs: z.array(z.string()),
    hostVerbs: z.array(z.string()),
    nouns: z.array(z.string()),
    hostNouns: z.array(z.string()),
  }),
  /** Compass words that name half of a divided country named before ("North Korea ... the North"). */
  halfWords: z.array(z.string()),
  /** Lower-case first words of the names of storms ("Hurricane Ida", "Tropical Storm Barry"). */
  weatherSystems: z.array(z.string()),
});

/** One row of a people file (TSV): a person holding one role between two dates. */
export const personRowSchema = z.object({
  name: z.string().min(2),
  aliases: z.array(z.string().min(2)),
  country: actorCode,
  sector: sectorSchema,
  role: z.string().min(1),
  start: isoDate,
  end: isoDate.nullable(),
});
export type PersonRow = z.infer<typeof personRowSchema>;

/** One row of an organizations file (TSV). */
export const orgRowSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  country: actorCode.nullable(),
  sector: sectorSchema,
});
export type OrgRow = z.infer<typeof orgRowSchema>;

/** One row of territories.tsv: a region below the state, mapped to its country (null when disputed). */
export const territoryRowSchema = z.object({
  name: z.string().min(2),
  aliases: z.array(z.string().min(2)),
  country: actorCode.nullable(),
  adjectives: z.array(z.string().min(2)),
});
export type TerritoryRow = z.infer<typeof territoryRowSchema>;

/** One row of peoples.tsv: an ethnic or national group by its adjective and nouns, with its country. */
export const peopleGroupRowSchema = z.object({
  adjectives: z.array(z.string().regex(/^\p{Lu}/u, "expected a capitalized adjective")).min(1),
  nouns: z.array(z.string().regex(/^\p{Lu}/u, "expected a capitalized noun")),
  country: actorCode.nullable(),
});
export type PeopleGroupRow = z.infer<typeof peopleGroupRowSchema>;

export const TERRITORY_COLUMNS = ["name", "aliases", "country", "adjectives"] as const;
export const PEOPLE_GROUP_COLUMNS = ["adjectives", "nouns", "country"] as const;
export const PEOPLE_COLUMNS = ["name", "aliases", "country", "sector", "role", "start", "end"] as const;
export const ORG_COLUMNS = ["name", "aliases", "country", "sector"] as const;
