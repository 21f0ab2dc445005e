import { readFileSync } from "node:fs";
import { z } from "zod";

const spanSchema = z.object({ start: z.number().int(), end: z.number().int() });
const goldSpan = spanSchema.extend({ text: z.string() });

const actorSchema = z.object({
  name: z.string(),
  kind: z.string(),
  country: z.string().nullable(),
  sector: z.string().nullable(),
  role: z.string().nullable(),
  mentions: z.array(goldSpan),
});
const timeSchema = goldSpan.extend({ value: z.string() });
const quoteSchema = z.object({
  speaker: z.string().nullable(),
  anonymous: z.boolean(),
  anonymousClass: z.string().nullable(),
  cue: z.string(),
  direct: z.boolean(),
  partial: z.boolean(),
  content: goldSpan,
  cueSpan: goldSpan,
  speakerSpan: goldSpan.nullable(),
});
const eventSchema = z.object({
  source: z.string().nullable(),
  sourceSector: z.string().nullable(),
  target: z.string().nullable(),
  targetSector: z.string().nullable(),
  cameo: z.string().nullable(),
  plover: z.string().nullable(),
  ploverMode: z.string().nullable(),
  date: z.string().nullable(),
  status: z.string(),
  trigger: z.string(),
  triggerSpan: spanSchema,
  location: z.object({ name: z.string(), country: z.string().nullable() }).nullable().optional(),
  alt: z.record(z.string(), z.array(z.string().nullable())).optional(),
  optional: z.boolean().optional(),
  count: z.number().optional(),
});

export const devArticleSchema = z.object({
  id: z.string(),
  layout: z.string(),
  raw: z.string(),
  published: z.string().nullable(),
  gold: z.object({
    actors: z.array(actorSchema),
    times: z.array(timeSchema),
    quotes: z.array(quoteSchema),
    events: z.array(eventSchema),
  }),
});

export type DevArticle = z.infer<typeof devArticleSchema>;
export type GoldEvent = z.infer<typeof eventSchema>;

/** The hand-written development articles (../shared/dev/articles.jsonl), validated. */
export function readDevArticles(path: string): DevArticle[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, i) => {
      const parsed = devArticleSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}
