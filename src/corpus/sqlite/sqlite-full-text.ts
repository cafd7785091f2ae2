/**
 * Full-text search on SQLite: a contentless FTS5 table keyed by the article's rowid, ranked by BM25 over
 * the newest `rankedMatches` matches (rowids grow with every article added).
 */
import { type FullTextIndex, type FullTextOptions, queryWords, RANKED_MATCHES } from '../full-text-index.js';
import type { SqliteDriver } from './sqlite-driver.js';

export class SqliteFullText implements FullTextIndex {
  private readonly rankedMatches: number;

  constructor(
    private readonly driver: SqliteDriver,
    options: FullTextOptions = {},
  ) {
    this.rankedMatches = options.rankedMatches ?? RANKED_MATCHES;
  }

  async add(articleNum: number, title: string, body: string): Promise<void> {
    await this.driver.run('INSERT INTO article_fts (rowid, title, body) VALUES (?, ?, ?)', [
      articleNum,
      title,
      body,
    ]);
  }

  async remove(articleNum: number): Promise<void> {
    await this.driver.run('DELETE FROM article_fts WHERE rowid = ?', [articleNum]);
  }

  async search(text: string, limit: number): Promise<{ num: number; score: number }[]> {
    const words = queryWords(text);
    if (words.length === 0) return [];
    // Each word quoted: user text never reaches FTS5's query syntax.
    const match = words.map((word) => `"${word}"`).join(' ');
    // The rowid range is a constraint FTS5 applies while reading the matches, so older ones are never ranked.
    return this.driver.all<{ num: number; score: number }>(
      `SELECT rowid AS num, -rank AS score FROM article_fts
       WHERE article_fts MATCH ? AND rowid >= COALESCE((SELECT rowid FROM article_fts WHERE article_fts MATCH ?
                                                        ORDER BY rowid DESC LIMIT 1 OFFSET ?), 0)
       ORDER BY rank LIMIT ?`,
      [match, match, this.rankedMatches - 1, limit],
    );
  }

  async count(): Promise<number> {
    const rows = await this.driver.all<{ n: number }>('SELECT count(*) AS n FROM article_fts');
    return Number(rows[0]?.n ?? 0);
  }

  async check(): Promise<string[]> {
    try {
      await this.driver.run("INSERT INTO article_fts (article_fts) VALUES ('integrity-check')");
      return [];
    } catch (error) {
      return [`full-text index: ${(error as Error).message}`];
    }
  }
}
