/**
 * API latency: p50/p95/p99 of article, entity and search requests under 20 concurrent clients, against
 * `newsgraph serve` in its own process on 127.0.0.1 (no other host is ever contacted).
 *   --db <path|postgres://…>  an existing corpus, e.g. the 100,000-article one `npm run bench:corpus -- --db` builds
 *                             (a SQLite path that does not exist yet is built there and kept, for the next run)
 *   --articles <n>            the size of a corpus this script builds (default 10,000)
 *   --requests <n>            requests per kind (default 2,000), --clients <n> (default 20)
 * Usage: npm run bench:api -- [--db path] [--articles N]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { Agent, get } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isPostgresUrl, openStore } from '../src/corpus/open-store.js';
import { renameEntities } from '../src/corpus/testing/rename-entities.js';
import type { ArticleRecord } from '../src/doc/record-schema.js';
import { readTextInput } from '../src/ingest/read-text.js';
import { analyze } from '../src/pipeline/analyze.js';
import { seededRandom } from '../src/testing/seeded-random.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    articles: { type: 'string', default: '10000' },
    requests: { type: 'string', default: '2000' },
    clients: { type: 'string', default: '20' },
  },
});
const REQUESTS = Number(values.requests);
const CLIENTS = Number(values.clients);
/** The whole run stops after this, whatever is left: the bench must stay bounded. */
const MAX_SECONDS_PER_KIND = 120;
const TARGET_P95_MS = 50;

const random = seededRandom(12345);
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;

/** n synthetic articles varied from the analysed samples: other entity ids, dates over a year, changed words. */
async function buildCorpus(path: string, n: number): Promise<void> {
  const samples = readdirSync('samples')
    .filter((name) => name.endsWith('.txt'))
    .map((name) => analyze(readTextInput(readFileSync(join('samples', name)), { path: name })));
  const words = 'harbour council minister ceasefire election flood strike budget court border market'.split(
    ' ',
  );
  const store = await openStore(path);
  const started = performance.now();
  for (let i = 0; i < n; i++) {
    const base: ArticleRecord = samples[i % samples.length]!;
    const group = `-${Math.floor(i / 3) % 5000}`;
    const rename = (id: string) => (id.startsWith('gpe/') ? id : `${id}${group}`);
    const day = new Date(Date.UTC(2021, 0, 1) + (i % 365) * 86_400_000).toISOString().slice(0, 10);
    let k = 0;
    const text = `${base.text.replace(/\b[a-z]{5,}\b/g, (w) => (++k % (4 + (i % 5)) === 0 ? pick(words) : w))}\n\n${i}`;
    await store.write({
      ...base,
      id: `ng-api${String(i).padStart(14, '0')}`,
      source: { ...base.source, path: `bench/${i}.txt`, sha256: String(i) },
      meta: { ...base.meta, published: day, title: `${base.meta.title ?? ''} ${i}` },
      text,
      ...renameEntities(base, rename),
    });
    if (process.stderr.isTTY && i % 500 === 0) process.stderr.write(`\rbuilding corpus ${i}/${n}`);
  }
  process.stderr.write(`\rbuilt ${n} articles in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  await store.close();
}

async function startServer(db: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--db', db, '--port', '0', '--host', '127.0.0.1'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (found) resolve(found[0]);
    });
    child.once('exit', (code) => reject(new Error(`server exited with code ${code}`)));
  });
  return { child, url };
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/**
 * The clients' connections: kept alive, one per client. node:http rather than fetch, because the clients
 * share the server's machine and fetch costs them 0.7 ms of CPU a request here, node:http 0.3 ms.
 */
const agent = new Agent({ keepAlive: true, maxSockets: 1000 });

/** GETs a URL to the end of its body; resolves with whether it answered 2xx. */
function request(url: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    get(url, { agent }, (response) => {
      response.on('data', () => {});
      response.on('end', () => resolve((response.statusCode ?? 0) < 300));
      response.on('error', reject);
    }).on('error', reject);
  });
}

/** CPU milliseconds a process has used (Linux /proc; undefined elsewhere): the server's cost per request. */
function cpuMsOf(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in 100 Hz ticks
  } catch {
    return undefined;
  }
}

/** `clients` loops, each sending its next request when the last has answered, until `total` are done. */
async function load(base: string, paths: () => string, total: number, clients: number) {
  const times: number[] = [];
  let sent = 0;
  let failed = 0;
  const deadline = performance.now() + MAX_SECONDS_PER_KIND * 1000;
  const started = performance.now();
  const client = async () => {
    while (sent < total && performance.now() < deadline) {
      sent++;
      const t0 = performance.now();
      const ok = await request(base + paths());
      times.push(performance.now() - t0);
      if (!ok) failed++;
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? Number.NaN;
  return {
    count: times.length,
    failed,
    rps: times.length / seconds,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
  };
}

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-api-'));
const db = values.db ?? join(dir, 'corpus.db');
if (!values.db || (!isPostgresUrl(db) && !existsSync(db))) await buildCorpus(db, Number(values.articles));
const { child, url } = await startServer(db);
try {
  const stats = await getJson<{ articles: number; originals: number; entities: number }>(`${url}api/stats`);
  // Ids and words to ask for, sampled over the corpus through the API itself (not timed).
  const ids: string[] = [];
  const deepest = Math.min(stats.originals - 100, 10_000);
  for (let i = 0; i < 20; i++) {
    const offset = Math.max(0, Math.floor(random() * deepest));
    const page = await getJson<{ items: { id: string; title?: string }[] }>(
      `${url}api/articles?limit=100&offset=${offset}`,
    );
    ids.push(...page.items.map((item) => item.id));
  }
  const entities = new Set<string>();
  const words = new Set<string>();
  for (const id of ids.slice(0, 400).filter((_, i) => i % 10 === 0)) {
    const { record } = await getJson<{ record: ArticleRecord }>(`${url}api/articles/${id}`);
    for (const entity of record.entities) entities.add(entity.id);
    for (const word of (record.meta.title ?? '').toLowerCase().match(/[a-z]{5,}/g) ?? []) words.add(word);
  }
  const kinds: [string, () => string][] = [
    ['article', () => `api/articles/${pick(ids)}`],
    ['entity', () => `api/entities/${encodeURIComponent(pick([...entities]))}`],
    ['search', () => `api/search?q=${pick([...words])}`],
  ];
  console.log(
    `newsgraph API latency · ${stats.originals} originals (${stats.articles} articles, ${stats.entities} entities) · ` +
      `${CLIENTS} concurrent clients, ${REQUESTS} requests per kind · Node ${process.version} · ` +
      `${cpus()[0]?.model ?? 'cpu'} ×${cpus().length}`,
  );
  console.log('kind      requests  failed  req/s   p50 ms  p95 ms  p99 ms  server CPU ms/request');
  let worst = 0;
  for (const [kind, path] of kinds) {
    await load(url, path, 100, 4); // warm-up
    const cpuBefore = cpuMsOf(child.pid);
    const r = await load(url, path, REQUESTS, CLIENTS);
    const cpuAfter = cpuMsOf(child.pid);
    const serverCpu =
      cpuBefore === undefined || cpuAfter === undefined ? '?' : ((cpuAfter - cpuBefore) / r.count).toFixed(2);
    worst = Math.max(worst, r.p95);
    console.log(
      `${kind.padEnd(9)} ${String(r.count).padStart(8)}  ${String(r.failed).padStart(6)}  ${r.rps.toFixed(0).padStart(5)}  ` +
        `${r.p50.toFixed(1).padStart(6)}  ${r.p95.toFixed(1).padStart(6)}  ${r.p99.toFixed(1).padStart(6)}  ${serverCpu.padStart(8)}`,
    );
  }
  console.log(`p95 target < ${TARGET_P95_MS} ms: ${worst < TARGET_P95_MS ? 'met' : 'NOT met'}`);
  console.log(
    `load average at the end: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} (the clients run on the same machine; other work on it lengthens every time)`,
  );
} finally {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  agent.destroy();
  rmSync(dir, { recursive: true, force: true });
}
