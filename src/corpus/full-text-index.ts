/** The part of search each database does its own way: SQLite's FTS5, PostgreSQL's tsvector. */
export interface FullTextIndex {
  add(articleNum: number, title: string, body: string): Promise<void>;
  remove(articleNum: number): Promise<void>;
  /** Best matches first; every word of the query must occur (stemmed). */
  search(text: string, limit: number): Promise<{ num: number; score: number }[]>;
  count(): Promise<number>;
  check(): Promise<string[]>;
}

/**
 * Relevance ranks at most this many matches of a query, the most recently added: ranking reads every match
 * it ranks (BM25 or ts_rank per article), so a word found in most of a 100,000-article corpus would cost
 * 100–250 ms, and a word that common says little about relevance. Rarer queries are ranked over all matches.
 */
export const RANKED_MATCHES = 5000;

/** What a store may be opened with besides its database. */
export interface FullTextOptions {
  /** Matches ranked per query, the most recently added (default RANKED_MATCHES). */
  rankedMatches?: number;
}

/** The query's words, for building a safe query in either syntax and for finding snippets. */
export function queryWords(text: string): string[] {
  return [...text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)].map((match) => match[0]);
}
