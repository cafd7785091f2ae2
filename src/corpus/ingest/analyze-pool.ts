/**
 * A pool of worker threads running analyze(). The worker runs the compiled `analyze-worker.js` beside
 * this module when newsgraph runs from `dist/`, and the TypeScript source through tsx under tests.
 */
import { Worker } from 'node:worker_threads';
import type { ArticleRecord } from '../../doc/record-schema.js';
import type { RawInput } from '../../ingest/raw-input.js';
import type { AnalyzeOptions } from '../../pipeline/stage.js';
import type { AnalyzeTask } from './analyze-worker.js';

interface Pending {
  resolve: (record: ArticleRecord) => void;
  reject: (error: Error) => void;
}

/**
 * The young generation of a worker's heap, where analysis allocates its short-lived tokens, spans and
 * strings: 192 MB (semi-spaces of 64 MB) instead of V8's 48 (16 MB), so that an article's objects are
 * mostly dead before a scavenge copies them. Over 300 articles (5 samples and 100 NAEB texts, after
 * warm-up, one core): 130 scavenges → 34, CPU 47.8 → 41.9 ms per article (semi-spaces of 32 MB: 42.3).
 */
const YOUNG_GENERATION_MB = 192;

/**
 * From dist/: the compiled worker file. From source (tests, tsx): a small bootstrap that registers tsx's
 * loader inside the worker first; a worker does not inherit the loader tsx installed in the main thread.
 * `compiled` names a compiled worker to run instead (the corpus benchmark measures the built product).
 */
function createWorker(compiled?: URL): Worker {
  const options = { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } };
  if (compiled) return new Worker(compiled, options);
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./analyze-worker.js', import.meta.url), options);
  const api = import.meta.resolve('tsx/esm/api');
  const worker = new URL('./analyze-worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(worker)}); })`;
  return new Worker(bootstrap, { ...options, eval: true });
}

/**
 * Tasks a worker holds at once: the one it analyses and the next, already in its message queue, so
 * that it never waits for the main thread (which may be inside a write for tens of milliseconds)
 * to hand it more work.
 */
const TASKS_PER_WORKER = 2;

export class AnalyzePool {
  private readonly workers: Worker[] = [];
  private readonly queue: AnalyzeTask[] = [];
  private readonly pending = new Map<number, Pending>();
  /** The tasks each worker holds, in the order it analyses them. */
  private readonly assigned = new Map<Worker, AnalyzeTask[]>();
  private seq = 0;
  private closed = false;

  constructor(
    readonly size: number,
    private readonly options: AnalyzeOptions = {},
    compiledWorker?: URL,
  ) {
    for (let i = 0; i < size; i++) {
      const worker = createWorker(compiledWorker);
      worker.on('message', (message: { seq: number; record?: ArticleRecord; error?: string }) => {
        this.assigned.get(worker)?.shift();
        const pending = this.pending.get(message.seq);
        this.pending.delete(message.seq);
        if (message.record) pending?.resolve(message.record);
        else pending?.reject(new Error(message.error ?? 'analysis failed'));
        this.dispatch();
      });
      worker.on('error', (error) => this.failWorker(worker, error));
      worker.on('exit', (code) => {
        if (!this.closed) this.failWorker(worker, new Error(`analysis worker exited with code ${code}`));
      });
      this.workers.push(worker);
      this.assigned.set(worker, []);
    }
  }

  private failWorker(worker: Worker, error: Error): void {
    // The task it was analysing fails; the ones still waiting in its queue go back to the others.
    const [running, ...waiting] = this.assigned.get(worker) ?? [];
    this.assigned.delete(worker);
    if (running) {
      this.pending.get(running.seq)?.reject(error);
      this.pending.delete(running.seq);
    }
    this.queue.unshift(...waiting);
    // A worker that died is not reused; what is queued fails too if none is left.
    const at = this.workers.indexOf(worker);
    if (at >= 0) this.workers.splice(at, 1);
    if (this.workers.length === 0) {
      for (const task of this.queue.splice(0)) {
        this.pending.get(task.seq)?.reject(error);
        this.pending.delete(task.seq);
      }
    }
    this.dispatch();
  }

  /** Hands queued tasks to the least loaded workers, up to TASKS_PER_WORKER each. */
  private dispatch(): void {
    while (this.queue.length > 0) {
      let target: { worker: Worker; tasks: AnalyzeTask[] } | undefined;
      for (const worker of this.workers) {
        const tasks = this.assigned.get(worker)!;
        if (tasks.length < TASKS_PER_WORKER && (!target || tasks.length < target.tasks.length))
          target = { worker, tasks };
      }
      if (!target) return;
      const task = this.queue.shift()!;
      target.tasks.push(task);
      target.worker.postMessage(task);
    }
  }

  analyze(input: RawInput): Promise<ArticleRecord> {
    if (this.closed) return Promise.reject(new Error('pool is closed'));
    if (this.workers.length === 0) return Promise.reject(new Error('no analysis worker left'));
    const seq = ++this.seq;
    const promise = new Promise<ArticleRecord>((resolve, reject) =>
      this.pending.set(seq, { resolve, reject }),
    );
    this.queue.push({ seq, input, options: this.options });
    this.dispatch();
    return promise;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
