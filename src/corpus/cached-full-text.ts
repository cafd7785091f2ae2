/**
 * Ranked full-text hits, remembered per query until the corpus changes. Ranking reads every matching
 * article (FTS5's BM25 counts each word's articles and scores each match; PostgreSQL's ts_rank reads
 * each match's tsvector), so a common word costs time in proportion to the corpus: about 10 ms for a word
 * in 8,000 of 10,000 articles. Asked again, the same query answers from memory while the corpus version
 * (`corpus_state`, changed in the transaction of every write and delete, by any process) is the same.
 */

import { corpusVersion } from './corpus-version.js';
import { type FullTextIndex, queryWords } from './full-text-index.js';
import type { SqlDriver } from './sql-driver.js';

type Hits = { num: number; score: number }[];

/** Queries remembered (each at most MAX_TEXT_MATCHES hits, a few KiB); the least recently asked go first. */
const CAPACITY = 500;

export class CachedFullText implements FullTextIndex {
  private readonly remembered = new Map<string, { version: string; hits: Hits }>();

  constructor(
    private readonly index: FullTextIndex,
    private readonly driver: SqlDriver,
  ) {}

  add(articleNum: number, title: string, body: string): Promise<void> {
    return this.index.add(articleNum, title, body);
  }

  remove(articleNum: number): Promise<void> {
    return this.index.remove(articleNum);
  }

  count(): Promise<number> {
    return this.index.count();
  }

  check(): Promise<string[]> {
    return this.index.check();
  }

  async search(text: string, limit: number): Promise<Hits> {
    const words = queryWords(text);
    if (words.length === 0) return [];
    const key = `${limit} ${words.join(' ')}`;
    // Read before searching: a write committed in between leaves an entry under the old version, never used.
    const version = await corpusVersion(this.driver);
    const entry = this.remembered.get(key);
    this.remembered.delete(key);
    const hits = entry?.version === version ? entry.hits : await this.index.search(text, limit);
    this.remembered.set(key, { version, hits });
    if (this.remembered.size > CAPACITY) this.remembered.delete(this.remembered.keys().next().value!);
    return hits;
  }
}
