/**
 * Throughput of analysis on one core: a corpus made by repeating the bundled samples (and the seed
 * article when ../shared is beside the repository), run in this one process. Two runs: the language
 * layer alone (clean text, quotation marks, tokens, sentences, part of speech, amounts, dates) and the
 * whole of analyze() down to the record; then the time each stage takes.
 * Usage: npm run bench [-- --articles 1000]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { toRecord } from '../src/doc/to-record.js';
import { readTextInput } from '../src/ingest/read-text.js';
import { analyzeDoc, extract, LANGUAGE_STAGES, STAGES } from '../src/pipeline/analyze.js';
import type { Stage } from '../src/pipeline/stage.js';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' } } });
const articleCount = Number(values.articles);
const options = { published: '2021-06-29' };

const samplesDir = new URL('../samples/', import.meta.url);
const files = readdirSync(samplesDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => new URL(f, samplesDir));
const seed = new URL('../../shared/samples/seed-article.txt', import.meta.url);
if (existsSync(seed)) files.push(seed);
const inputs = files.map((file) => readTextInput(readFileSync(file), { path: file.pathname }));

/**
 * Warm-up: load the models and let the JIT settle. Fifteen articles left V8 still optimising during
 * the first timed run (the language layer measured 179-189k tokens/s on one core over 1,000 articles
 * and 213k over 3,000); a corpus run is thousands of articles, so the figures are for the settled code.
 */
const WARM_UP_ARTICLES = 200;
for (let i = 0; i < WARM_UP_ARTICLES; i++) toRecord(analyzeDoc(inputs[i % inputs.length]!, options));

let peakRss = process.memoryUsage().rss;

/** Analyses `articleCount` articles through `stages` (and into records if asked); prints the rates. */
function run(label: string, stages: readonly Stage[], records: boolean): number {
  let tokens = 0;
  let chars = 0;
  const started = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < articleCount; i++) {
    const doc = analyzeDoc(inputs[i % inputs.length]!, options, stages);
    if (records) toRecord(doc);
    chars += doc.text.length;
    tokens += doc.layers.tokens?.length ?? 0;
    if (i % 50 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  const rate = (n: number) => Math.round(n / seconds).toLocaleString('en-US');
  console.log(`\n${label}`);
  console.log(
    `  wall ${seconds.toFixed(2)} s · cpu ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s (this process: main thread and GC)`,
  );
  console.log(`  articles/s   ${(articleCount / seconds).toFixed(1)}`);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(
    `  tokens/s     ${rate(tokens)}  (wink tokens, punctuation included; ${Math.round(tokens / cpuSeconds).toLocaleString('en-US')} per CPU second)`,
  );
  console.log(`  chars/s      ${rate(chars)}`);
  return tokens;
}

console.log(
  `newsgraph bench: ${articleCount} articles (${inputs.length} distinct samples repeated), one thread`,
);
console.log(
  `machine: ${cpus()[0]?.model ?? 'unknown cpu'} · ${cpus().length} cores · Node ${process.version}`,
);
run(
  `language layer: extract, ${LANGUAGE_STAGES.map((stage) => stage.name).join(', ')}`,
  LANGUAGE_STAGES,
  false,
);
const tokens = run('whole analyze(): every stage, then the record', STAGES, true);
peakRss = Math.max(peakRss, process.memoryUsage().rss);
console.log(`\npeak RSS       ${(peakRss / 1024 / 1024).toFixed(0)} MB`);

// Where the time goes: the same articles again, each stage timed on its own. Wall time, and the
// process's CPU time, which other jobs on a shared machine do not inflate (it includes GC threads).
const stageSeconds = new Map<string, number>();
const stageCpuSeconds = new Map<string, number>();
const time = <T>(name: string, step: () => T): T => {
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  const result = step();
  const cpu = process.cpuUsage(cpu0);
  stageSeconds.set(name, (stageSeconds.get(name) ?? 0) + Number(process.hrtime.bigint() - t0) / 1e9);
  stageCpuSeconds.set(name, (stageCpuSeconds.get(name) ?? 0) + (cpu.user + cpu.system) / 1e6);
  return result;
};
for (let i = 0; i < articleCount; i++) {
  let doc = time('extract', () => extract(inputs[i % inputs.length]!, options));
  for (const stage of STAGES) doc = time(stage.name, () => stage.run(doc, options));
  time('to-record', () => toRecord(doc));
}
console.log('\nper stage           ms/article   CPU ms/article   tokens/s (this stage alone)');
const perArticle = (seconds: number) => ((seconds / articleCount) * 1000).toFixed(2);
for (const [name, stageTime] of stageSeconds) {
  const cpu = stageCpuSeconds.get(name) ?? 0;
  console.log(
    `${name.padEnd(20)}${perArticle(stageTime).padStart(8)}   ${perArticle(cpu).padStart(14)}   ${Math.round(
      tokens / stageTime,
    )
      .toLocaleString('en-US')
      .padStart(12)}`,
  );
}
const totalCpu = [...stageCpuSeconds.values()].reduce((sum, s) => sum + s, 0);
console.log(`${'all stages'.padEnd(20)}${''.padStart(8)}   ${perArticle(totalCpu).padStart(14)}`);
