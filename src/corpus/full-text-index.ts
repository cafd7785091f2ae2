/** The part of search each database does its own way: SQLite's FTS5, PostgreSQL's tsvector. */
export interface FullTextIndex {
  add(articleNum: number, title: string, body: string): Promise<void>;
  remove(articleNum: number): Promise<void>;
  /** Best matches first; every word of the query must occur (stemmed). */
  search(text: string, limit: number): Promise<{ num: number; score: number }[]>;
  count(): Promise<number>;
  check(): Promise<string[]>;
}

/** The query's words, for building a safe query in either syntax and for finding snippets. */
export function queryWords(text: string): string[] {
  return [...text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)].map((match) => match[0]);
}
