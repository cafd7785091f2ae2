/**
 * Ingest: raw inputs → analysis in worker threads → one transaction per article in the store.
 * Records are written in input order (so clustering does not depend on thread timing), inputs already
 * stored are skipped before analysis (so a run resumes where a killed one stopped), and a failed input is
 * reported and skipped.
 */
import type { ArticleRecord } from '../../doc/record-schema.js';
import { InputError, type RawInput } from '../../ingest/raw-input.js';
import { readInputs } from '../../ingest/read-inputs.js';
import type { AnalyzeOptions } from '../../pipeline/stage.js';
import type { CorpusStore, DuplicateKind } from '../store.js';
import { AnalyzePool } from './analyze-pool.js';
import type { ProgressCounts } from './progress-bar.js';

/** What turns a raw input into a record: the worker pool, or (in tests) something faster. */
export interface Analyzer {
  analyze(input: RawInput): Promise<ArticleRecord>;
  close(): Promise<void>;
}

export interface IngestOptions {
  workers: number;
  /** Defaults to a pool of `workers` threads running analyze(). */
  analyzer?: Analyzer;
  analyze?: AnalyzeOptions;
  maxBytes?: number;
  /** Called after each input; cheap. */
  onProgress?: (counts: ProgressCounts) => void;
  /** One message per failed input. */
  onError?: (message: string) => void;
  /** Stops reading new inputs when it returns true (Ctrl-C); what is in flight is still written. */
  stopRequested?: () => boolean;
}

export interface IngestSummary extends ProgressCounts {
  byKind: Record<DuplicateKind, number>;
  seconds: number;
  interrupted: boolean;
}

type Analysed =
  | { ok: true; record: Awaited<ReturnType<AnalyzePool['analyze']>> }
  | { ok: false; error: string };

export async function runIngest(
  store: CorpusStore,
  args: readonly string[],
  options: IngestOptions,
): Promise<IngestSummary> {
  const started = performance.now();
  const summary: IngestSummary = {
    done: 0,
    added: 0,
    duplicates: 0,
    skipped: 0,
    failed: 0,
    byKind: { url: 0, text: 0, near: 0 },
    seconds: 0,
    interrupted: false,
  };
  const report = () => options.onProgress?.(summary);
  const fail = (message: string) => {
    summary.failed++;
    options.onError?.(message);
  };
  // Threads start on the first input that needs analysis: a resumed run that has nothing left starts none.
  let pool = options.analyzer;
  const analyzer = () => {
    pool ??= new AnalyzePool(options.workers, options.analyze ?? {});
    return pool;
  };
  /** Analyses in flight, oldest first: enough to keep every worker busy while the head is written. */
  const inFlight: { name: string; result: Promise<Analysed> }[] = [];
  const maxInFlight = options.workers * 4;

  const writeHead = async () => {
    const head = inFlight.shift()!;
    const analysed = await head.result;
    summary.done++;
    if (!analysed.ok) {
      fail(`${head.name}: analysis failed: ${analysed.error}`);
    } else {
      try {
        const result = await store.write(analysed.record);
        if (result.status === 'added') summary.added++;
        else if (result.status === 'exists') summary.skipped++;
        else {
          summary.duplicates++;
          summary.byKind[result.duplicateKind ?? 'text']++;
        }
      } catch (error) {
        fail(`${head.name}: could not be stored: ${(error as Error).message}`);
      }
    }
    report();
  };

  try {
    const inputs = readInputs(args, options.maxBytes ? { maxBytes: options.maxBytes } : {});
    for await (const input of inputs) {
      if (options.stopRequested?.()) {
        summary.interrupted = true;
        break;
      }
      if (input instanceof InputError) {
        summary.done++;
        fail(input.message);
        report();
        continue;
      }
      const id = `ng-${input.source.sha256.slice(0, 20)}`;
      if (await store.has(id)) {
        summary.done++;
        summary.skipped++;
        report();
        continue;
      }
      const name = input.source.path ?? input.source.url ?? id;
      const result = analyzer()
        .analyze(input)
        .then(
          (record): Analysed => ({ ok: true, record }),
          (error: Error): Analysed => ({ ok: false, error: error.message }),
        );
      inFlight.push({ name, result });
      if (inFlight.length >= maxInFlight) await writeHead();
    }
    while (inFlight.length > 0) await writeHead();
  } finally {
    await pool?.close();
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
