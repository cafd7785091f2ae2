/**
 * The `newsgraph.article/1` record: the one output of analysing one article.
 * This file is the single source of truth for its shape; TypeScript types are inferred from it
 * and `docs/record.md` documents it field by field.
 * All offsets are UTF-16 code units (JavaScript string indices) into `text`.
 */
import { z } from 'zod';
import { RECORD_SCHEMA_ID } from './record-schema-id.js';

export { RECORD_SCHEMA_ID };

const offset = z.number().int().nonnegative();
export const SpanSchema = z.object({ start: offset, end: offset });
export const TextSpanSchema = SpanSchema.extend({ text: z.string() });

export const SourceSchema = z.object({
  path: z.string().optional(),
  url: z.string().optional(),
  fetchedAt: z.string().optional(),
  recordId: z.string().optional(),
  format: z.enum(['text', 'html', 'feed-item', 'warc-record', 'jsonl']),
  bytes: z.number().int().nonnegative(),
  sha256: z.string(),
});

export const CaptionSchema = z.object({ text: z.string(), credit: z.string().optional() });

export const MetaSchema = z.object({
  title: z.string().optional(),
  byline: z.string().optional(),
  published: z.string().optional(),
  modified: z.string().optional(),
  language: z.string().optional(),
  siteName: z.string().optional(),
  credits: z.array(z.string()),
  captions: z.array(CaptionSchema),
  translation: z.object({ probable: z.boolean(), signals: z.array(z.string()) }).optional(),
  /** ISO 3166-1 alpha-3 codes of the countries the article is about, most important first. */
  focusCountries: z.array(z.string()).optional(),
});

export const BlockSchema = SpanSchema.extend({
  kind: z.enum(['title', 'heading', 'paragraph', 'quote', 'list']),
});

export const RemovedSchema = z.object({
  text: z.string(),
  reason: z.enum(['caption', 'credit', 'duplicate-line', 'related-links', 'trailer', 'boilerplate', 'empty']),
  /** Offsets into the original plain-text input (after decoding and line-end normalisation); absent for HTML. */
  sourceStart: offset.optional(),
  sourceEnd: offset.optional(),
});

export const SentenceSchema = SpanSchema;

export const ENTITY_TYPES = [
  'PERSON',
  'ORG',
  'GPE',
  'LOC',
  'FAC',
  'NORP',
  'EVENT',
  'PRODUCT',
  'MISC',
] as const;
export const EntityTypeSchema = z.enum(ENTITY_TYPES);

export const GeoSchema = z.object({
  geonameId: z.number().int().optional(),
  name: z.string(),
  featureClass: z.string().optional(),
  countryCode: z.string().optional(),
  admin1: z.string().optional(),
  lat: z.number(),
  lon: z.number(),
});

export const RoleSchema = z.object({ title: z.string(), country: z.string().optional() });

export const EntitySchema = z.object({
  id: z.string(),
  type: EntityTypeSchema,
  name: z.string(),
  aliases: z.array(z.string()),
  roles: z.array(RoleSchema),
  /** ISO 3166-1 alpha-3 country the entity belongs to, where known. */
  country: z.string().optional(),
  geo: GeoSchema.optional(),
  /** Known only by descriptions in this article ("the coalition"): its id is the article's own. */
  described: z.literal(true).optional(),
});

export const MentionKindSchema = z.enum(['name', 'nominal', 'pronoun']);
export const MentionSchema = TextSpanSchema.extend({ entity: z.string(), kind: MentionKindSchema });

export const QuoteKindSchema = z.enum(['direct', 'partial', 'indirect']);
export const QuoteSchema = TextSpanSchema.extend({
  kind: QuoteKindSchema,
  cue: TextSpanSchema.optional(),
  speaker: SpanSchema.extend({
    entity: z.string().optional(),
    /** Joint speakers ("Both agreed"): every entity, when there are several (then `entity` is unset). */
    entities: z.array(z.string()).optional(),
    text: z.string(),
  }).optional(),
  confidence: z.number().min(0).max(1),
});

export const QualifierSchema = z.enum(['approximately', 'at-least', 'at-most', 'exactly']);
/** GDELT-style count kinds: what happened to the people counted. */
export const CountKindSchema = z.enum([
  'killed',
  'wounded',
  'arrested',
  'detained',
  'displaced',
  'kidnapped',
  'evacuated',
  'protesting',
  'missing',
]);
export const CountSchema = z.object({ kind: CountKindSchema, cue: TextSpanSchema });
export const AmountSchema = TextSpanSchema.extend({
  value: z.number(),
  /** ISO 4217 code for money. */
  currency: z.string().optional(),
  /** 'percent', or a unit of measure such as 'km'. */
  unit: z.string().optional(),
  object: TextSpanSchema.optional(),
  qualifier: QualifierSchema,
  /** When the number counts people something happened to: the kind and the words that say it. */
  count: CountSchema.optional(),
});

export const GranularitySchema = z.enum(['year', 'month', 'day', 'time']);
export const DateSchema = TextSpanSchema.extend({
  /** ISO 8601 value truncated to its granularity ("2021", "2021-06", "2021-06-28", full timestamp). */
  value: z.string().optional(),
  granularity: GranularitySchema,
  relative: z.boolean(),
  /** For dates counted from another event ("a day after" → 1, "two days earlier" → -2): the offset in days. */
  offsetDays: z.number().int().optional(),
});

/** An actor or target of an event as written, with its entity, country and sector where known. */
export const EventParticipantSchema = TextSpanSchema.extend({
  role: z.enum(['actor', 'target']),
  entity: z.string().optional(),
  /** ISO 3166-1 alpha-3. */
  country: z.string().optional(),
  /** government, legislature, military, police, judiciary, rebel, opposition, civilian, international, business, media, ngo, religious. */
  sector: z.string().optional(),
});

export const EventSchema = z.object({
  /** PLOVER event type (AGREE, CONSULT, … ASSAULT). */
  type: z.string(),
  mode: z.string().optional(),
  context: z.array(z.string()),
  trigger: TextSpanSchema,
  /** Entity ids. */
  actors: z.array(z.string()),
  targets: z.array(z.string()),
  /** Every actor and target span, including those with no entity ("Insurgents"). */
  participants: z.array(EventParticipantSchema),
  /** Entity id of the place. */
  place: z.string().optional(),
  /** ISO 8601 day. */
  date: z.string().optional(),
  /** CAMEO code (its first two digits are the root code). */
  cameo: z.string().optional(),
  /** `main` for the sentence's main events; `secondary` in participle and relative clauses ("…, killing eight"). */
  salience: z.enum(['main', 'secondary']),
});

export const FlagSchema = z.object({
  code: z.string(),
  message: z.string(),
  start: offset.optional(),
  end: offset.optional(),
});

export const ArticleRecordSchema = z.object({
  schema: z.literal(RECORD_SCHEMA_ID),
  id: z.string(),
  source: SourceSchema,
  meta: MetaSchema,
  text: z.string(),
  blocks: z.array(BlockSchema),
  removed: z.array(RemovedSchema),
  sentences: z.array(SentenceSchema),
  entities: z.array(EntitySchema),
  mentions: z.array(MentionSchema),
  quotes: z.array(QuoteSchema),
  amounts: z.array(AmountSchema),
  dates: z.array(DateSchema),
  events: z.array(EventSchema),
  flags: z.array(FlagSchema),
});

export type Span = z.infer<typeof SpanSchema>;
export type TextSpan = z.infer<typeof TextSpanSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Meta = z.infer<typeof MetaSchema>;
export type Caption = z.infer<typeof CaptionSchema>;
export type Block = z.infer<typeof BlockSchema>;
export type Removed = z.infer<typeof RemovedSchema>;
export type Sentence = z.infer<typeof SentenceSchema>;
export type EntityType = z.infer<typeof EntityTypeSchema>;
export type Geo = z.infer<typeof GeoSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type MentionKind = z.infer<typeof MentionKindSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type QuoteKind = z.infer<typeof QuoteKindSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Qualifier = z.infer<typeof QualifierSchema>;
export type CountKind = z.infer<typeof CountKindSchema>;
export type Count = z.infer<typeof CountSchema>;
export type Amount = z.infer<typeof AmountSchema>;
export type Granularity = z.infer<typeof GranularitySchema>;
export type DateMention = z.infer<typeof DateSchema>;
export type EventParticipant = z.infer<typeof EventParticipantSchema>;
export type Event = z.infer<typeof EventSchema>;
export type Flag = z.infer<typeof FlagSchema>;
export type ArticleRecord = z.infer<typeof ArticleRecordSchema>;
