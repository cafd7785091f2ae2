/** Full-text search on PostgreSQL: a weighted tsvector per article (title A, body D), GIN-indexed. */
import { type FullTextIndex, queryWords } from '../full-text-index.js';
import type { PostgresDriver } from './postgres-driver.js';

export class PostgresFullText implements FullTextIndex {
  constructor(private readonly driver: PostgresDriver) {}

  async add(articleNum: number, title: string, body: string): Promise<void> {
    await this.driver.run(
      "UPDATE articles SET tsv = setweight(to_tsvector('english', ?), 'A') || to_tsvector('english', ?) WHERE num = ?",
      [title, body, articleNum],
    );
  }

  /** The tsvector lives on the article row, and goes with it. */
  async remove(_articleNum: number): Promise<void> {}

  async search(text: string, limit: number): Promise<{ num: number; score: number }[]> {
    const words = queryWords(text);
    if (words.length === 0) return [];
    return this.driver.all<{ num: number; score: number }>(
      `SELECT num, ts_rank(tsv, q) AS score FROM articles, plainto_tsquery('english', ?) AS q
       WHERE tsv @@ q ORDER BY score DESC, num LIMIT ?`,
      [words.join(' '), limit],
    );
  }

  async count(): Promise<number> {
    const rows = await this.driver.all<{ n: number }>(
      'SELECT count(*) AS n FROM articles WHERE tsv IS NOT NULL',
    );
    return Number(rows[0]?.n ?? 0);
  }

  async check(): Promise<string[]> {
    return [];
  }
}
