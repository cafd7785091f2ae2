/** The CorpusStore, written once over a SqlDriver and a FullTextIndex; `open-store.ts` picks the database. */
import type { ArticleRecord } from '../doc/record-schema.js';
import { articleFeatures } from './article-features.js';
import { CachedFullText } from './cached-full-text.js';
import { checkCorpus } from './check-integrity.js';
import { markChanged } from './corpus-version.js';
import { deleteArticle } from './delete-article.js';
import { entityEntry } from './entity-entry.js';
import { findEvents } from './find-events.js';
import type { FullTextIndex } from './full-text-index.js';
import { listArticles } from './list-articles.js';
import {
  type ArticleRow,
  findQuotes,
  listStories,
  SUMMARY_COLUMNS,
  searchArticles,
  toSummary,
} from './read-queries.js';
import { decodeRecord, recordBytes } from './record-codec.js';
import type { SqlDriver } from './sql-driver.js';
import type {
  ArticlePage,
  ArticleQuery,
  ArticleSummary,
  CorpusStats,
  CorpusStore,
  EntityEntry,
  QuoteHit,
  SearchHit,
  StoredArticle,
  Story,
  StoryEvent,
  WriteResult,
} from './store.js';
import { writeArticle } from './write-article.js';

const DEFAULT_LIMIT = 20;
const EXPORT_PAGE = 200;

export class SqlCorpusStore implements CorpusStore {
  readonly kind: 'sqlite' | 'postgres';
  /** The dialect's index, its ranked hits remembered per query while the corpus is unchanged. */
  private readonly fullText: FullTextIndex;

  constructor(
    private readonly driver: SqlDriver,
    fullText: FullTextIndex,
    private readonly extraChecks: () => Promise<string[]> = async () => [],
  ) {
    this.kind = driver.dialect;
    this.fullText = new CachedFullText(fullText, driver);
  }

  async write(record: ArticleRecord): Promise<WriteResult> {
    return (await this.writeMany([record]))[0]!;
  }

  writeMany(records: readonly ArticleRecord[]): Promise<WriteResult[]> {
    const features = records.map(articleFeatures);
    return this.driver.transaction(async () => {
      const results: WriteResult[] = [];
      for (const [i, record] of records.entries())
        results.push(await writeArticle(this.driver, this.fullText, record, features[i]!));
      if (results.some((result) => result.status !== 'exists')) await markChanged(this.driver);
      return results;
    });
  }

  async has(articleId: string): Promise<boolean> {
    return (await this.driver.all('SELECT 1 AS x FROM articles WHERE id = ?', [articleId])).length > 0;
  }

  private async storedRows(articleId: string) {
    const rows = await this.driver.all<ArticleRow & { record: Buffer }>(
      `SELECT ${SUMMARY_COLUMNS}, a.record FROM articles a WHERE a.id = ?`,
      [articleId],
    );
    const row = rows[0];
    if (!row) return undefined;
    const copies = await this.driver.all<ArticleRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE a.duplicate_of = ? ORDER BY a.num`,
      [articleId],
    );
    return { row, copies };
  }

  async article(articleId: string): Promise<StoredArticle | undefined> {
    const found = await this.storedRows(articleId);
    if (!found) return undefined;
    const record = decodeRecord(found.row.record);
    return { ...toSummary(found.row), record, duplicates: found.copies.map(toSummary) };
  }

  async articleJson(articleId: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
    const found = await this.storedRows(articleId);
    if (!found) return undefined;
    // The stored JSON is the record's own serialisation: its bytes are spliced in as they are, in article()'s
    // key order, never parsed, serialised or re-encoded.
    const summary = JSON.stringify(toSummary(found.row));
    const copies = JSON.stringify(found.copies.map(toSummary));
    return Buffer.concat([
      Buffer.from(`${summary.slice(0, -1)},"record":`),
      recordBytes(found.row.record),
      Buffer.from(`,"duplicates":${copies}}`),
    ]);
  }

  search(text: string, options: { limit?: number } = {}): Promise<SearchHit[]> {
    return searchArticles(this.driver, this.fullText, text, options.limit ?? DEFAULT_LIMIT);
  }

  quotes(options: { speaker: string; limit?: number }): Promise<QuoteHit[]> {
    return findQuotes(this.driver, options.speaker, options.limit ?? DEFAULT_LIMIT);
  }

  entity(nameOrId: string): Promise<EntityEntry | undefined> {
    return entityEntry(this.driver, nameOrId);
  }

  events(options: { actor?: string; since?: string; limit?: number }): Promise<StoryEvent[]> {
    return findEvents(this.driver, { ...options, limit: options.limit ?? DEFAULT_LIMIT });
  }

  stories(options: { since?: string; limit?: number } = {}): Promise<Story[]> {
    return listStories(this.driver, { ...options, limit: options.limit ?? DEFAULT_LIMIT });
  }

  async story(storyId: number): Promise<Story | undefined> {
    return (await listStories(this.driver, { id: storyId, limit: 1 }))[0];
  }

  articles(query: ArticleQuery): Promise<ArticlePage> {
    return listArticles(this.driver, this.fullText, query);
  }

  delete(articleId: string): Promise<string[]> {
    return this.driver.transaction(async () => {
      const removed = await deleteArticle(this.driver, this.fullText, articleId);
      if (removed.length > 0) await markChanged(this.driver);
      return removed;
    });
  }

  async *exportRecords(): AsyncIterable<{ record: ArticleRecord; summary: ArticleSummary }> {
    let after = 0;
    for (;;) {
      const rows = await this.driver.all<ArticleRow & { record: Buffer }>(
        `SELECT ${SUMMARY_COLUMNS}, a.record FROM articles a WHERE a.num > ? ORDER BY a.num LIMIT ${EXPORT_PAGE}`,
        [after],
      );
      for (const row of rows) yield { record: decodeRecord(row.record), summary: toSummary(row) };
      if (rows.length < EXPORT_PAGE) return;
      after = Number(rows[rows.length - 1]!.num);
    }
  }

  async stats(): Promise<CorpusStats> {
    const count = async (sql: string) => Number((await this.driver.all<{ n: number }>(sql))[0]?.n ?? 0);
    const articles = await count('SELECT COUNT(*) AS n FROM articles');
    const duplicates = await count('SELECT COUNT(*) AS n FROM articles WHERE duplicate_of IS NOT NULL');
    return {
      articles,
      originals: articles - duplicates,
      duplicates,
      stories: await count('SELECT COUNT(*) AS n FROM stories'),
      entities: await count('SELECT COUNT(*) AS n FROM entities'),
      quotes: await count('SELECT COUNT(*) AS n FROM quotes'),
      events: await count('SELECT COUNT(*) AS n FROM (SELECT DISTINCT story_id, event_key FROM events) x'),
    };
  }

  async checkIntegrity(): Promise<string[]> {
    return [...(await this.extraChecks()), ...(await checkCorpus(this.driver, this.fullText))];
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
