/**
 * Corpus benchmark.
 *  1. ingest: `--analyzed N` synthetic variants of samples/*.txt through the real ingest (2 worker threads
 *     running the built analyze() of dist/, the ready records written together): end-to-end articles/s.
 *  2. store: `--articles N` (default 100,000) synthetic records, varied from the analysed ones (other
 *     entities, dates over a year, reworded text, 5% copies), written 32 per transaction: articles/s
 *     of the store alone and database size per article.
 *  3. queries over that corpus: p50/p95 latency of each query kind.
 * With `--db path` the corpus is kept there (the temporary input and ingest files never are). With
 * `--existing` too, the store phase is skipped and the queries run over the corpus already at that path
 * (built by an earlier run with the same --articles; opening it applies any newer schema migration):
 * the same queries with the same parameters, to measure a change in the queries without rebuilding.
 * `--append N` with `--existing` first writes N more synthetic records into that corpus (it grows by N):
 * the store's rate at the corpus's size, not averaged over its growth.
 * Usage: npm run bench:corpus -- [--articles N] [--analyzed N] [--db path [--existing [--append N]]]
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AnalyzePool } from '../src/corpus/ingest/analyze-pool.js';
import { runIngest } from '../src/corpus/ingest/run-ingest.js';
import { openStore } from '../src/corpus/open-store.js';
import type { CorpusStore } from '../src/corpus/store.js';
import { renameEntities } from '../src/corpus/testing/rename-entities.js';
import type { ArticleRecord } from '../src/doc/record-schema.js';
import { seededRandom } from '../src/testing/seeded-random.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '100000' },
    analyzed: { type: 'string', default: '1000' },
    db: { type: 'string' },
    existing: { type: 'boolean', default: false },
    append: { type: 'string', default: '0' },
  },
});
if (values.existing && (!values.db || !existsSync(values.db))) {
  console.error('--existing needs --db naming a corpus built by an earlier run');
  process.exit(2);
}
const ARTICLES = Number(values.articles);
const ANALYZED = Number(values.analyzed);
const APPEND = values.existing ? Number(values.append) : 0;
const random = seededRandom(7);
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-corpus-'));
const WORDS =
  'harbour council minister ceasefire election flood strike budget court border market vaccine protest bridge'.split(
    ' ',
  );

function vary(text: string, every: number): string {
  let i = 0;
  return text.replace(/\b[a-z]{4,}\b/g, (word) => (++i % every === 0 ? pick(WORDS) : word));
}

// 1. End-to-end ingest with analysis.
const samples = readdirSync('samples')
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(join('samples', name), 'utf8'));
const inputDir = join(dir, 'input');
mkdirSync(inputDir);
for (let i = 0; i < ANALYZED; i++)
  writeFileSync(
    join(inputDir, `a${String(i).padStart(6, '0')}.txt`),
    vary(samples[i % samples.length]!, 5 + (i % 7)),
  );
const ingestStore = await openStore(join(dir, 'ingest.db'));
const records: ArticleRecord[] = [];
// The first records are written once both workers have loaded their models: the rate after that is
// what a long ingest runs at.
let firstWritten: { done: number; at: number } | undefined;
const ingestStarted = performance.now();
const ingestCpuStart = process.cpuUsage();
// The workers run the built product (dist/, which `npm run bench:corpus` builds first), as `newsgraph
// ingest` does; from the TypeScript source each worker would spend seconds in tsx's loader.
const compiledWorker = new URL('../dist/corpus/ingest/analyze-worker.js', import.meta.url);
if (!existsSync(compiledWorker)) throw new Error('dist/ is missing: run `npm run build` first');
const ingest = await runIngest(ingestStore, [inputDir], {
  workers: 2,
  analyzer: new AnalyzePool(2, {}, compiledWorker),
  onProgress: (counts) => {
    if (!firstWritten && counts.done > 0) firstWritten = { done: counts.done, at: performance.now() };
  },
});
const ingestEnded = performance.now();
// The process's CPU time: the workers' threads, V8's compiler and GC threads, and the storing main thread.
const ingestCpu = process.cpuUsage(ingestCpuStart);
const ingestCpuSeconds = (ingestCpu.user + ingestCpu.system) / 1e6;
for await (const { record } of ingestStore.exportRecords()) records.push(record);
// The synthetic corpus and the query parameters vary the first 200 analysed records, whatever --analyzed
// is, so that corpora and queries stay comparable between runs.
const bases = records.slice(0, 200);
await ingestStore.close();
const ingestRate = ingest.done / ingest.seconds;
const startSeconds = ((firstWritten?.at ?? ingestEnded) - ingestStarted) / 1000;
const steadyRate =
  ((ingest.done - (firstWritten?.done ?? 0)) / (ingestEnded - (firstWritten?.at ?? ingestStarted))) * 1000;

// 2. The store at scale: records varied from the analysed ones.
function synthetic(n: number): ArticleRecord {
  const base = bases[n % bases.length]!;
  const story = Math.floor(n / (1 + (n % 7)));
  const suffix = `-${story % 5000}`;
  const rename = (id: string) => (id.startsWith('gpe/') ? id : `${id}${suffix}`);
  const day = new Date(Date.UTC(2021, 0, 1) + (story % 365) * 86400000).toISOString().slice(0, 10);
  const renamed = renameEntities(base, rename);
  const copy = n > 100 && random() < 0.05;
  const text = copy ? bases[(n - 1) % bases.length]!.text : `${vary(base.text, 4 + (n % 5))}\n\n${n}`;
  return {
    ...base,
    id: `ng-bench${String(n).padStart(12, '0')}`,
    source: {
      ...base.source,
      path: `bench/${n}.txt`,
      url: `https://outlet${n % 50}.example.com/a/${n}`,
      sha256: `${n}`,
    },
    meta: { ...base.meta, published: day, title: `${base.meta.title ?? ''} ${story}` },
    text,
    ...renamed,
    events: renamed.events.map((e) => ({ ...e, date: day })),
  };
}
const dbPath = values.db ?? join(dir, 'corpus.db');
const store = await openStore(dbPath);
// A fresh corpus gets records 0…ARTICLES-1; an existing one, with --append, the next APPEND numbers.
const first = values.existing ? (await store.stats()).articles : 0;
const written = values.existing ? APPEND : ARTICLES;
const started = performance.now();
const startedCpu = process.cpuUsage();
// Written as ingest writes them: up to 32 records per transaction.
const BATCH = 32;
for (let n = first; n < first + written; n += BATCH) {
  const batch = Array.from({ length: Math.min(BATCH, first + written - n) }, (_, k) => synthetic(n + k));
  await store.writeMany(batch);
  if (process.stderr.isTTY && n % 1024 === 0) process.stderr.write(`\r${n - first}/${written}`);
}
const storeSeconds = (performance.now() - started) / 1000;
const storeCpu = process.cpuUsage(startedCpu);
const storeCpuSeconds = (storeCpu.user + storeCpu.system) / 1e6;
const stats = await store.stats();
const bytes = ['', '-wal'].reduce((sum, ext) => {
  try {
    return sum + statSync(`${dbPath}${ext}`).size;
  } catch {
    return sum;
  }
}, 0);

// 3. Queries, with their own random sequence: the same parameters whether or not the store phase ran.
const queryRandom = seededRandom(11);
async function time(kind: string, runs: number, query: (i: number) => Promise<unknown>) {
  const ms: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    await query(i);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
    ms.push(performance.now() - t);
  }
  const at = (list: number[], q: number) =>
    [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(q * list.length))]!;
  return { kind, p50: at(ms, 0.5), p95: at(ms, 0.95), cpu50: at(cpu, 0.5), cpu95: at(cpu, 0.95) };
}
const entityIds = bases.flatMap((r) => r.entities.map((e) => e.id));
const speakers = bases.flatMap((r) =>
  r.quotes.map((q) => q.speaker?.entity).filter((e): e is string => Boolean(e)),
);
const words = [
  'korea',
  'military',
  'stampede pilgrims',
  'election council',
  'robotics team',
  'shells',
  'hajj',
];
const ids = (id: string, i: number) => (id.startsWith('gpe/') ? id : `${id}-${(i * 37) % 5000}`);
const q = (s: CorpusStore) => [
  // Repeated words answer from the store's search cache after their first ask; the first ask ranks every
  // match. `search (first ask)` times only first asks: each run another page size, so nothing is remembered.
  () => time('search', 100, (i) => s.search(words[i % words.length]!, { limit: 20 })),
  () => time('search (first ask)', 28, (i) => s.search(words[i % words.length]!, { limit: 21 + i })),
  () => time('quotes', 100, (i) => s.quotes({ speaker: ids(speakers[i % speakers.length] ?? 'x', i) })),
  () => time('entity', 100, (i) => s.entity(ids(entityIds[i % entityIds.length]!, i))),
  () => time('entity (country)', 30, () => s.entity('South Korea')),
  () =>
    time('events', 100, (i) =>
      s.events({
        actor: ['KOR', 'PRK', 'USA', 'AFG'][Math.floor(queryRandom() * 4)]!,
        since: `2021-${String(1 + (i % 12)).padStart(2, '0')}-01`,
      }),
    ),
  () => time('stories', 50, (i) => s.stories({ since: `2021-${String(1 + (i % 12)).padStart(2, '0')}-01` })),
  () => time('article', 100, (i) => s.article(`ng-bench${String((i * 997) % ARTICLES).padStart(12, '0')}`)),
];
// Queries come from other processes (the CLI commands), so they run on a fresh connection.
await store.close();
const reader = await openStore(dbPath);
const latencies = [];
for (const run of q(reader)) latencies.push(await run());
await reader.close();
rmSync(dir, { recursive: true, force: true });

console.log(
  `newsgraph corpus benchmark — Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`,
);
console.log(
  `ingest (analysis in 2 worker threads + store): ${ingest.done} articles in ${ingest.seconds.toFixed(1)} s = ${ingestRate.toFixed(1)} articles/s; ` +
    `after the first records (${startSeconds.toFixed(1)} s of worker start-up): ${steadyRate.toFixed(1)} articles/s; ` +
    `${ingestCpuSeconds.toFixed(1)} s of CPU = ${(ingest.done / ingestCpuSeconds).toFixed(1)} articles per CPU-second`,
);
if (values.existing && written === 0)
  console.log(`store phase skipped (--existing): queries over the corpus at ${dbPath}`);
else
  console.log(
    `store alone${values.existing ? ` (appended to ${first} articles)` : ''}: ${written} articles in ${storeSeconds.toFixed(1)} s = ` +
      `${(written / storeSeconds).toFixed(0)} articles/s (${storeCpuSeconds.toFixed(1)} s of CPU: ` +
      `${(written / storeCpuSeconds).toFixed(0)} articles per CPU-second)`,
  );
console.log(
  `load average at the end: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (wall times suffer on a shared machine; CPU times do not)`,
);
console.log(
  `corpus: ${stats.articles} articles (${stats.duplicates} copies), ${stats.stories} stories, ${stats.entities} entities, ${stats.quotes} quotes, ${stats.events} story events`,
);
console.log(
  `database: ${(bytes / 1e6).toFixed(1)} MB, ${(bytes / stats.articles / 1024).toFixed(1)} KiB per article`,
);
console.log('query                p50 ms   p95 ms   (CPU p50   p95)');
for (const l of latencies) {
  const f = (v: number) => v.toFixed(1).padStart(6);
  console.log(`${l.kind.padEnd(20)} ${f(l.p50)}   ${f(l.p95)}   (${f(l.cpu50)} ${f(l.cpu95)})`);
}
