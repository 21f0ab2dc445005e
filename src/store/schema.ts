/**
 * Row types of the store's tables as the repository writes them. Migrations create the tables;
 * these types and the column lists below must follow them (the store tests insert every column).
 * Offsets use `span_start`/`span_end` because `end` is reserved in SQL.
 */
export interface ArticleRow {
  readonly id: string;
  readonly schema_version: string;
  readonly source_path: string | null;
  readonly source_url: string | null;
  readonly title: string | null;
  readonly section: string | null;
  readonly published: string | null;
  readonly text: string;
  /** JSON array of strings. */
  readonly captions: string;
  /** The whole AttacheRecord as JSON: the source of truth `getRecord` rebuilds from. */
  readonly record: string;
  readonly created_at: string;
}

export interface SentenceRow {
  readonly article_id: string;
  readonly idx: number;
  readonly span_start: number;
  readonly span_end: number;
}

export interface ActorRow {
  readonly article_id: string;
  readonly actor_id: string;
  readonly idx: number;
  readonly name: string;
  readonly kind: string;
  readonly country: string | null;
  readonly sector: string | null;
  readonly code: string | null;
  readonly role: string | null;
}

export interface MentionRow {
  readonly article_id: string;
  readonly actor_id: string;
  readonly idx: number;
  readonly span_start: number;
  readonly span_end: number;
}

export interface TimeRow {
  readonly article_id: string;
  readonly idx: number;
  readonly span_start: number;
  readonly span_end: number;
  readonly value: string | null;
  readonly grain: string;
}

export interface QuoteRow {
  readonly article_id: string;
  readonly idx: number;
  readonly speaker: string | null;
  readonly speaker_text: string | null;
  readonly anonymous: boolean;
  readonly anonymous_class: string | null;
  readonly cue_start: number;
  readonly cue_end: number;
  readonly content_start: number;
  readonly content_end: number;
  readonly direct: boolean;
  readonly partial: boolean;
}

export interface EventRow {
  readonly article_id: string;
  readonly idx: number;
  readonly cameo: string | null;
  readonly plover_type: string;
  readonly plover_mode: string | null;
  readonly source_actor: string | null;
  readonly source_code: string | null;
  readonly source_country: string | null;
  readonly source_sector: string | null;
  readonly target_actor: string | null;
  readonly target_code: string | null;
  readonly target_country: string | null;
  readonly target_sector: string | null;
  readonly date_start: string | null;
  readonly date_end: string | null;
  readonly date_basis: string;
  readonly status: string;
  readonly location_name: string | null;
  readonly location_country: string | null;
  readonly location_lat: number | null;
  readonly location_lon: number | null;
  readonly sentence: number;
  readonly trigger_start: number;
  readonly trigger_end: number;
  readonly rule: string;
  readonly goldstein: number | null;
  readonly quad_class: number | null;
  readonly count: number | null;
}

export interface FailureRow {
  readonly run_id: number | null;
  readonly input: string | null;
  readonly line: number | null;
  readonly code: string;
  readonly message: string;
  readonly created_at: string;
}

/** Tables written through `insertRows`, with their row types. */
export interface Tables {
  articles: ArticleRow;
  sentences: SentenceRow;
  actors: ActorRow;
  mentions: MentionRow;
  times: TimeRow;
  quotes: QuoteRow;
  events: EventRow;
  failures: FailureRow;
}

export type TableName = keyof Tables;

/** Every column of every table, checked by the compiler against the row type (none missing, none extra). */
type ColumnSet<R> = { readonly [K in keyof R]-?: true };
const COLUMN_SETS: { readonly [T in TableName]: ColumnSet<Tables[T]> } = {
  articles: {
    id: true,
    schema_version: true,
    source_path: true,
    source_url: true,
    title: true,
    section: true,
    published: true,
    text: true,
    captions: true,
    record: true,
    created_at: true,
  },
  sentences: { article_id: true, idx: true, span_start: true, span_end: true },
  actors: {
    article_id: true,
    actor_id: true,
    idx: true,
    name: true,
    kind: true,
    country: true,
    sector: true,
    code: true,
    role: true,
  },
  mentions: { article_id: true, actor_id: true, idx: true, span_start: true, span_end: true },
  times: { article_id: true, idx: true, span_start: true, span_end: true, value: true, grain: true },
  quotes: {
    article_id: true,
    idx: true,
    speaker: true,
    speaker_text: true,
    anonymous: true,
    anonymous_class: true,
    cue_start: true,
    cue_end: true,
    content_start: true,
    content_end: true,
    direct: true,
    partial: true,
  },
  events: {
    article_id: true,
    idx: true,
    cameo: true,
    plover_type: true,
    plover_mode: true,
    source_actor: true,
    source_code: true,
    source_country: true,
    source_sector: true,
    target_actor: true,
    target_code: true,
    target_country: true,
    target_sector: true,
    date_start: true,
    date_end: true,
    date_basis: true,
    status: true,
    location_name: true,
    location_country: true,
    location_lat: true,
    location_lon: true,
    sentence: true,
    trigger_start: true,
    trigger_end: true,
    rule: true,
    goldstein: true,
    quad_class: true,
    count: true,
  },
  failures: { run_id: true, input: true, line: true, code: true, message: true, created_at: true },
};

export function columnsOf<T extends TableName>(table: T): readonly (keyof Tables[T] & string)[] {
  return Object.keys(COLUMN_SETS[table]) as (keyof Tables[T] & string)[];
}
