/**
 * Throughput of analyze() on one core: a corpus made by repeating the bundled samples (and the seed
 * article when ../shared is beside the repository), run in this one process.
 * Usage: npm run bench [-- --articles 400]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { readTextInput } from '../src/ingest/read-text.js';
import { analyzeDoc, extract, STAGES } from '../src/pipeline/analyze.js';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '400' } } });
const articleCount = Number(values.articles);

const samplesDir = new URL('../samples/', import.meta.url);
const files = readdirSync(samplesDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => new URL(f, samplesDir));
const seed = new URL('../../shared/samples/seed-article.txt', import.meta.url);
if (existsSync(seed)) files.push(seed);
const inputs = files.map((file) => readTextInput(readFileSync(file), { path: file.pathname }));

// Warm up: load the models and let the JIT settle.
for (const input of inputs) analyzeDoc(input);

let tokens = 0;
let chars = 0;
let peakRss = process.memoryUsage().rss;
const started = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
for (let i = 0; i < articleCount; i++) {
  const input = inputs[i % inputs.length]!;
  const doc = analyzeDoc(input, { published: '2021-06-29' });
  chars += doc.text.length;
  tokens += doc.layers.tokens?.length ?? 0;
  if (i % 50 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
peakRss = Math.max(peakRss, process.memoryUsage().rss);

console.log(
  `newsgraph bench: analyze() on ${articleCount} articles (${inputs.length} distinct samples repeated)`,
);
console.log(
  `machine: ${cpus()[0]?.model ?? 'unknown cpu'} · ${cpus().length} cores · Node ${process.version}`,
);
console.log(`wall ${seconds.toFixed(2)} s · cpu ${cpuSeconds.toFixed(2)} s (one thread)`);
console.log(`articles/s      ${(articleCount / seconds).toFixed(1)}`);
console.log(
  `tokens/s        ${Math.round(tokens / seconds).toLocaleString('en-US')}  (wink tokens, punctuation included)`,
);
console.log(`chars/s         ${Math.round(chars / seconds).toLocaleString('en-US')}`);
console.log(`peak RSS        ${(peakRss / 1024 / 1024).toFixed(0)} MB`);

// Where the time goes: the same articles again, each stage timed on its own.
const options = { published: '2021-06-29' };
const stageSeconds = new Map<string, number>();
const time = (name: string, run: () => void) => {
  const t0 = process.hrtime.bigint();
  run();
  stageSeconds.set(name, (stageSeconds.get(name) ?? 0) + Number(process.hrtime.bigint() - t0) / 1e9);
};
for (let i = 0; i < articleCount; i++) {
  let doc = extract(inputs[i % inputs.length]!, options);
  time('extract', () => {
    doc = extract(inputs[i % inputs.length]!, options);
  });
  for (const stage of STAGES) {
    time(stage.name, () => {
      doc = stage.run(doc, options);
    });
  }
}
console.log('\nper stage           ms/article   tokens/s (this stage alone)');
for (const [name, stageTime] of stageSeconds) {
  const perArticle = ((stageTime / articleCount) * 1000).toFixed(2).padStart(8);
  console.log(
    `${name.padEnd(20)}${perArticle}   ${Math.round(tokens / stageTime)
      .toLocaleString('en-US')
      .padStart(12)}`,
  );
}
