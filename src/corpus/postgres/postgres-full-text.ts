/**
 * Full-text search on PostgreSQL: a weighted tsvector per article (title A, body D), GIN-indexed, ranked
 * by ts_rank over the newest `rankedMatches` matches.
 */
import { type FullTextIndex, type FullTextOptions, queryWords, RANKED_MATCHES } from '../full-text-index.js';
import type { PostgresDriver } from './postgres-driver.js';

export class PostgresFullText implements FullTextIndex {
  private readonly rankedMatches: number;

  constructor(
    private readonly driver: PostgresDriver,
    options: FullTextOptions = {},
  ) {
    this.rankedMatches = options.rankedMatches ?? RANKED_MATCHES;
  }

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
    const query = words.join(' ');
    return this.driver.all<{ num: number; score: number }>(
      `SELECT num, ts_rank(tsv, q) AS score FROM articles, plainto_tsquery('english', ?) AS q
       WHERE tsv @@ q AND num >= COALESCE((SELECT num FROM articles WHERE tsv @@ plainto_tsquery('english', ?)
                                           ORDER BY num DESC LIMIT 1 OFFSET ?), 0)
       ORDER BY score DESC, num LIMIT ?`,
      [query, query, this.rankedMatches - 1, limit],
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
