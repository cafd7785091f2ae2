/**
 * Ingest: raw inputs → analysis in worker threads → the store. Records are written in input order (so
 * clustering does not depend on thread timing), many in one transaction (at most WRITE_BATCH: a commit
 * costs more than a write); inputs already stored are skipped
 * before analysis (so a run resumes where a killed one stopped, losing at most the batch in flight), and
 * a failed input is reported and skipped.
 */
import type { ArticleRecord } from '../../doc/record-schema.js';
import { InputError, type RawInput } from '../../ingest/raw-input.js';
import { readInputs } from '../../ingest/read-inputs.js';
import type { AnalyzeOptions } from '../../pipeline/stage.js';
import type { CorpusStore, DuplicateKind, WriteResult } from '../store.js';
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

/** An input being analysed; `settled` is set as soon as its analysis ends. */
interface InFlight {
  name: string;
  result: Promise<Analysed>;
  settled?: Analysed;
}

/** Records written in one transaction at most. */
const WRITE_BATCH = 32;
/** Analyses in flight per worker thread before the oldest are written. */
const MAX_IN_FLIGHT_PER_WORKER = 8;

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
  /**
   * Analyses in flight, oldest first: enough to keep every worker busy while the head is written.
   * When MAX_IN_FLIGHT_PER_WORKER per worker are in flight, the oldest half is written (waiting for
   * them): one transaction for many records, where writing each as soon as it was ready made
   * transactions of one or two records (a commit costs about as much as writing a record).
   */
  const inFlight: InFlight[] = [];
  const maxInFlight = options.workers * MAX_IN_FLIGHT_PER_WORKER;

  const count = (result: WriteResult) => {
    if (result.status === 'added') summary.added++;
    else if (result.status === 'exists') summary.skipped++;
    else {
      summary.duplicates++;
      summary.byKind[result.duplicateKind ?? 'text']++;
    }
  };

  /** Writes records in one transaction; if that fails, one by one, so only the failing one is lost. */
  const writeBatch = async (batch: { name: string; record: ArticleRecord }[]) => {
    try {
      for (const result of await store.writeMany(batch.map((b) => b.record))) count(result);
    } catch {
      for (const { name, record } of batch) {
        try {
          count(await store.write(record));
        } catch (error) {
          fail(`${name}: could not be stored: ${(error as Error).message}`);
        }
      }
    }
  };

  /** Writes the `oldest` analyses (waiting for them) and the ones after them that are already done. */
  const writeReady = async (oldest: number) => {
    await Promise.all(inFlight.slice(0, oldest).map((entry) => entry.result));
    const ready: { name: string; analysed: Analysed }[] = [];
    while (inFlight.length > 0 && inFlight[0]!.settled && ready.length < WRITE_BATCH) {
      const head = inFlight.shift()!;
      ready.push({ name: head.name, analysed: head.settled! });
    }
    let batch: { name: string; record: ArticleRecord }[] = [];
    for (const { name, analysed } of ready) {
      summary.done++;
      if (analysed.ok) batch.push({ name, record: analysed.record });
      else {
        // Records before a failure are written first, so that errors and writes keep the input order.
        await writeBatch(batch);
        batch = [];
        fail(`${name}: analysis failed: ${analysed.error}`);
      }
    }
    await writeBatch(batch);
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
      const entry = { name } as InFlight;
      entry.result = analyzer()
        .analyze(input)
        .then(
          (record): Analysed => ({ ok: true, record }),
          (error: Error): Analysed => ({ ok: false, error: error.message }),
        )
        .then((analysed) => (entry.settled = analysed));
      inFlight.push(entry);
      if (inFlight.length >= maxInFlight) await writeReady(maxInFlight / 2);
    }
    while (inFlight.length > 0) await writeReady(1);
  } finally {
    await pool?.close();
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
