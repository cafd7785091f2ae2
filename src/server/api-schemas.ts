/**
 * The HTTP API's shapes, as zod schemas built on the record's: the query parameters are checked with
 * them, and `openapi.ts` turns them into the OpenAPI document. The compile-time checks at the bottom
 * keep the response schemas equal to the corpus store's types.
 */
import { z } from 'zod';
import type {
  ArticlePage,
  CorpusStats,
  EntityEntry,
  QuoteHit,
  StoredArticle,
  Story,
  StoryEvent,
} from '../corpus/store.js';
import { ArticleRecordSchema, EntityTypeSchema, GeoSchema, RoleSchema } from '../doc/record-schema.js';

export const MAX_PAGE_SIZE = 100;
/** Deeper pages are refused: nobody reads past them, and large offsets cost the database. */
export const MAX_OFFSET = 10_000;

const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'an ISO date: YYYY, YYYY-MM or YYYY-MM-DD')
  .describe('ISO 8601 date');
const shortText = z.string().trim().max(200);
const limit = z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20);

export const PageQuerySchema = z.object({
  limit,
  offset: z.coerce.number().int().min(0).max(MAX_OFFSET).default(0),
});

export const ArticleQuerySchema = PageQuerySchema.extend({
  q: shortText.optional().describe('full-text words, every one must occur'),
  entity: shortText.optional().describe('entity id, name or alias'),
  place: shortText.optional().describe('place id, name or alias'),
  eventType: z
    .string()
    .regex(/^[A-Z_]{2,20}$/, 'a PLOVER event type such as CONSULT')
    .optional(),
  story: z.coerce.number().int().min(0).optional(),
  since: isoDate.optional(),
  until: isoDate.optional(),
});

export const QuoteQuerySchema = z.object({ speaker: shortText.min(1), limit });
export const EventQuerySchema = z.object({
  actor: shortText.optional(),
  since: isoDate.optional(),
  type: z
    .string()
    .regex(/^[A-Z_]{2,20}$/)
    .optional(),
  limit,
});
export const StoryQuerySchema = z.object({ since: isoDate.optional(), limit });

export const AnalyzeJsonSchema = z
  .object({
    text: z.string().min(1).optional(),
    html: z.string().min(1).optional(),
    published: isoDate.optional(),
  })
  .refine((body) => Boolean(body.text) !== Boolean(body.html), 'give either "text" or "html"');

const DuplicateKindSchema = z.enum(['url', 'text', 'near']);

export const ArticleSummarySchema = z.object({
  id: z.string(),
  title: z.string().optional(),
  published: z.string().optional(),
  url: z.string().optional(),
  path: z.string().optional(),
  storyId: z.number().int().optional(),
  duplicateOf: z.string().optional(),
  duplicateKind: DuplicateKindSchema.optional(),
});

export const StoredArticleSchema = ArticleSummarySchema.extend({
  record: ArticleRecordSchema,
  duplicates: z.array(ArticleSummarySchema),
});

export const ArticlePageSchema = z.object({
  total: z.number().int(),
  items: z.array(
    ArticleSummarySchema.extend({ duplicates: z.number().int(), snippet: z.string().optional() }),
  ),
});

export const EntityRefSchema = z.object({ id: z.string(), name: z.string(), type: EntityTypeSchema });

export const QuoteHitSchema = z.object({
  articleId: z.string(),
  published: z.string().optional(),
  storyId: z.number().int().optional(),
  speaker: z.string(),
  speakerEntity: z.string().optional(),
  text: z.string(),
  cue: z.string().optional(),
});

export const EntityEntrySchema = EntityRefSchema.extend({
  aliases: z.array(z.string()),
  articleCount: z.number().int(),
  mentionCount: z.number().int(),
  quoteCount: z.number().int(),
  firstSeen: z.string().optional(),
  lastSeen: z.string().optional(),
  coMentioned: z.array(EntityRefSchema.extend({ count: z.number().int() })),
  timeline: z.array(z.object({ period: z.string(), articles: z.number().int() })),
  recentArticles: z.array(ArticleSummarySchema),
  roles: z.array(RoleSchema).describe('roles the entity has in its latest articles'),
  geo: GeoSchema.optional(),
});

export const StoryEventSchema = z.object({
  storyId: z.number().int(),
  type: z.string(),
  mode: z.string().optional(),
  actors: z.array(z.string()),
  targets: z.array(z.string()),
  place: z.string().optional(),
  date: z.string().optional(),
  cameo: z.string().optional(),
  articles: z.number().int(),
});

const WeightedRefSchema = EntityRefSchema.extend({ weight: z.number() });

export const StorySchema = z.object({
  id: z.number().int(),
  title: z.string(),
  firstSeen: z.string().optional(),
  lastSeen: z.string().optional(),
  articleCount: z.number().int(),
  entities: z.array(WeightedRefSchema),
  places: z.array(WeightedRefSchema),
  events: z.array(StoryEventSchema),
});

/** The story page's answer: the story, its articles, and its places with coordinates for the map. */
export const StoryViewSchema = StorySchema.extend({
  articles: z.array(ArticleSummarySchema.extend({ duplicates: z.number().int() })),
  names: z.record(z.string(), z.string()).describe('entity id → name, for the events'),
  map: z.array(WeightedRefSchema.extend({ lat: z.number(), lon: z.number() })),
});

export const StatsSchema = z.object({
  articles: z.number().int(),
  originals: z.number().int(),
  duplicates: z.number().int(),
  stories: z.number().int(),
  entities: z.number().int(),
  quotes: z.number().int(),
  events: z.number().int(),
});

export const WriteResultSchema = z.object({
  status: z.enum(['added', 'duplicate', 'exists']),
  articleId: z.string(),
  duplicateOf: z.string().optional(),
  duplicateKind: DuplicateKindSchema.optional(),
  storyId: z.number().int().optional(),
});

export const ErrorSchema = z.object({ error: z.string(), issues: z.array(z.string()).optional() });

// Compile-time: each response schema describes exactly what the store returns.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const shapesAgree: [
  Same<z.infer<typeof StoredArticleSchema>, StoredArticle>,
  Same<z.infer<typeof ArticlePageSchema>, ArticlePage>,
  Same<z.infer<typeof QuoteHitSchema>, QuoteHit>,
  Same<z.infer<typeof EntityEntrySchema>, EntityEntry>,
  Same<z.infer<typeof StoryEventSchema>, StoryEvent>,
  Same<z.infer<typeof StorySchema>, Story>,
  Same<z.infer<typeof StatsSchema>, CorpusStats>,
] = [true, true, true, true, true, true, true];
void shapesAgree;
