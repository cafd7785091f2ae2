/** `newsgraph ingest <files|dirs|->... [--db path|postgres://…]`: analyse articles into the corpus. */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { estimateInputs } from '../corpus/ingest/count-inputs.js';
import { ProgressBar } from '../corpus/ingest/progress-bar.js';
import { runIngest } from '../corpus/ingest/run-ingest.js';
import { DEFAULT_DB, openStore } from '../corpus/open-store.js';
import { writeOut } from './output.js';

export const INGEST_USAGE = `Usage: newsgraph ingest [options] <file|dir|->...

Analyses articles in parallel and stores them in the corpus, in input order. Articles already
stored are skipped, so running the same command again changes nothing and resumes an interrupted run.

Options:
  --db <path|postgres://…>  SQLite file or PostgreSQL URL (default ${DEFAULT_DB})
  --workers <n>             analysis threads (default: the number of cores, at most 8)
  --published <date>        publication date (ISO 8601) for inputs that do not state one
  --max-bytes <n>           refuse inputs larger than n bytes
  -h, --help                show this help`;

export async function ingestCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string', default: DEFAULT_DB },
      workers: { type: 'string' },
      published: { type: 'string' },
      'max-bytes': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    await writeOut(`${INGEST_USAGE}\n`);
    return 0;
  }
  if (positionals.length === 0) throw new Error(`no input given\n\n${INGEST_USAGE}`);
  const workers = values.workers === undefined ? Math.min(8, availableParallelism()) : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1) throw new Error('--workers must be a positive whole number');
  if (values.published !== undefined && Number.isNaN(Date.parse(values.published))) {
    throw new Error(`--published "${values.published}" is not a date (use ISO 8601, e.g. 2021-06-29)`);
  }
  const maxBytes = values['max-bytes'] === undefined ? undefined : Number(values['max-bytes']);
  if (maxBytes !== undefined && !(maxBytes > 0)) throw new Error('--max-bytes must be a positive number');

  const store = await openStore(values.db);
  let stop = false;
  const onSignal = () => {
    if (stop) process.exit(130);
    stop = true;
    process.stderr.write('\nnewsgraph: stopping after the articles in progress (Ctrl-C again to quit now)\n');
  };
  process.on('SIGINT', onSignal);
  const bar = new ProgressBar(
    process.stderr,
    process.stderr.isTTY ? await estimateInputs(positionals) : undefined,
  );
  try {
    const summary = await runIngest(store, positionals, {
      workers,
      analyze: values.published ? { published: values.published } : {},
      ...(maxBytes ? { maxBytes } : {}),
      onProgress: (counts) => bar.update(counts),
      onError: (message) => {
        bar.finish();
        process.stderr.write(`newsgraph: ${message}\n`);
      },
      stopRequested: () => stop,
    });
    bar.finish();
    const stats = await store.stats();
    const rate = summary.seconds > 0 ? summary.done / summary.seconds : 0;
    const kinds = Object.entries(summary.byKind)
      .filter(([, n]) => n > 0)
      .map(([kind, n]) => `${kind} ${n}`)
      .join(', ');
    await writeOut(
      `${summary.interrupted ? 'interrupted (run the same command again to resume): ' : ''}` +
        `${summary.done} inputs in ${summary.seconds.toFixed(1)} s (${rate.toFixed(1)}/s, ${workers} workers): ` +
        `${summary.added} new, ${summary.duplicates} duplicates${kinds ? ` (${kinds})` : ''}, ` +
        `${summary.skipped} already stored, ${summary.failed} failed\n` +
        `corpus ${values.db}: ${stats.articles} articles (${stats.duplicates} duplicates), ${stats.stories} stories, ` +
        `${stats.entities} entities, ${stats.quotes} quotes, ${stats.events} events\n`,
    );
    return summary.failed > 0 ? 1 : 0;
  } finally {
    process.off('SIGINT', onSignal);
    await store.close();
  }
}
