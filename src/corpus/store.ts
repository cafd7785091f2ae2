/**
 * The corpus store: finished `newsgraph.article/1` records in, cross-document answers out.
 * One interface, two implementations (SQLite in `sqlite/`, PostgreSQL in `postgres/`) that pass one
 * shared test suite (`store-contract.ts`). The store only consumes finished records: it never analyses.
 */
import type { ArticleRecord, EntityType, Geo, Role } from '../doc/record-schema.js';

/** Why an article was marked as a copy of an earlier one. */
export type DuplicateKind = 'url' | 'text' | 'near';

export interface WriteResult {
  /** `added`: a new original; `duplicate`: stored as a copy of `duplicateOf`; `exists`: already stored, nothing changed. */
  status: 'added' | 'duplicate' | 'exists';
  articleId: string;
  duplicateOf?: string;
  duplicateKind?: DuplicateKind;
  storyId?: number;
}

export interface ArticleSummary {
  id: string;
  title?: string;
  published?: string;
  url?: string;
  path?: string;
  storyId?: number;
  duplicateOf?: string;
  duplicateKind?: DuplicateKind;
}

export interface StoredArticle extends ArticleSummary {
  record: ArticleRecord;
  /** Copies of this article (other sources of the same text), each with its own source. */
  duplicates: ArticleSummary[];
}

export interface SearchHit extends ArticleSummary {
  snippet: string;
  /** Higher is better; comparable only within one result list. */
  score: number;
  duplicates: number;
}

export interface QuoteHit {
  articleId: string;
  published?: string;
  storyId?: number;
  speaker: string;
  speakerEntity?: string;
  text: string;
  cue?: string;
}

export interface EntityRef {
  id: string;
  name: string;
  type: EntityType;
}

export interface EntityEntry extends EntityRef {
  aliases: string[];
  articleCount: number;
  mentionCount: number;
  quoteCount: number;
  firstSeen?: string;
  lastSeen?: string;
  /** Entities named in the same articles (counted over the entity's latest articles), most frequent first. */
  coMentioned: (EntityRef & { count: number })[];
  /** Articles per month (`YYYY-MM`; `undated` for articles without a date). */
  timeline: { period: string; articles: number }[];
  recentArticles: ArticleSummary[];
  /** Roles the entity has in its latest articles, and its coordinates as they give them. */
  roles: Role[];
  geo?: Geo;
}

/** An event as the corpus counts it: once per story, however many articles report it. */
export interface StoryEvent {
  storyId: number;
  type: string;
  mode?: string;
  actors: string[];
  targets: string[];
  place?: string;
  date?: string;
  cameo?: string;
  /** How many articles of the story report it. */
  articles: number;
}

export interface Story {
  id: number;
  title: string;
  firstSeen?: string;
  lastSeen?: string;
  articleCount: number;
  entities: (EntityRef & { weight: number })[];
  places: (EntityRef & { weight: number })[];
  events: StoryEvent[];
}

export interface CorpusStats {
  articles: number;
  originals: number;
  duplicates: number;
  stories: number;
  entities: number;
  quotes: number;
  events: number;
}

/** Filters for a page of original articles (`CorpusStore.articles`); all optional, combined with AND. */
export interface ArticleQuery {
  /** Full-text words (every one must occur); best matches first. Without text, newest first. */
  text?: string;
  /** Entity id, name or alias mentioned in the article. */
  entity?: string;
  /** Place (GPE, LOC, FAC) id, name or alias mentioned in the article. */
  place?: string;
  /** PLOVER event type reported in the article. */
  eventType?: string;
  story?: number;
  /** ISO dates, inclusive, compared with the article's day. */
  since?: string;
  until?: string;
  limit?: number;
  offset?: number;
}

export interface ArticlePage {
  /** Matching articles in all (text matches are counted among the best 1,000). */
  total: number;
  items: (ArticleSummary & { duplicates: number; snippet?: string })[];
}

export interface CorpusStore {
  readonly kind: 'sqlite' | 'postgres';
  /** Stores one record in one transaction. Writing a record that is already stored changes nothing. */
  write(record: ArticleRecord): Promise<WriteResult>;
  /**
   * Stores records in order in one transaction: all of them or, if one fails, none. Each sees the ones
   * before it (a copy of an earlier record of the batch is marked as such).
   */
  writeMany(records: readonly ArticleRecord[]): Promise<WriteResult[]>;
  has(articleId: string): Promise<boolean>;
  article(articleId: string): Promise<StoredArticle | undefined>;
  /** `article()` as UTF-8 JSON, the record spliced in as stored: what the API sends, without parsing the record. */
  articleJson(articleId: string): Promise<Uint8Array<ArrayBuffer> | undefined>;
  search(text: string, options?: { limit?: number }): Promise<SearchHit[]>;
  quotes(options: { speaker: string; limit?: number }): Promise<QuoteHit[]>;
  /** By id (`person/antony-blinken`), name or alias, case-insensitive. */
  entity(nameOrId: string): Promise<EntityEntry | undefined>;
  /** Events per story; `actor` is an entity id, name, alias or ISO 3166-1 alpha-3 code; `since` an ISO date. */
  events(options: { actor?: string; since?: string; limit?: number }): Promise<StoryEvent[]>;
  stories(options?: { since?: string; limit?: number }): Promise<Story[]>;
  story(storyId: number): Promise<Story | undefined>;
  /** A page of originals matching every filter given. */
  articles(query: ArticleQuery): Promise<ArticlePage>;
  /** Removes an article (an original with its copies and facts); returns the ids removed, none if unknown. */
  delete(articleId: string): Promise<string[]>;
  /** Every stored record in ingest order, originals and duplicates alike. */
  exportRecords(): AsyncIterable<{ record: ArticleRecord; summary: ArticleSummary }>;
  stats(): Promise<CorpusStats>;
  /** Problems found by consistency checks (database integrity, counts, indexes); empty when all is well. */
  checkIntegrity(): Promise<string[]>;
  close(): Promise<void>;
}
