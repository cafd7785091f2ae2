/**
 * Analyses for `POST /api/analyze` and ingest, off the event loop: one worker thread, started on the
 * first request, with a bounded queue so a burst of large articles gets 503s instead of piling up.
 */
import { AnalyzePool } from '../corpus/ingest/analyze-pool.js';
import type { ArticleRecord } from '../doc/record-schema.js';
import type { RawInput } from '../ingest/raw-input.js';

export type Analyzer = (input: RawInput) => Promise<ArticleRecord>;

export class QueueFullError extends Error {}

export class AnalysisQueue {
  private pool: AnalyzePool | undefined;
  private waiting = 0;

  constructor(
    private readonly maxWaiting = 4,
    private readonly workers = 1,
  ) {}

  readonly analyze: Analyzer = async (input) => {
    if (this.waiting >= this.maxWaiting)
      throw new QueueFullError('too many analyses waiting, try again soon');
    this.waiting++;
    try {
      this.pool ??= new AnalyzePool(this.workers);
      return await this.pool.analyze(input);
    } finally {
      this.waiting--;
    }
  };

  async close(): Promise<void> {
    await this.pool?.close();
    this.pool = undefined;
  }
}
