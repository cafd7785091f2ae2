/**
 * Tagging speed of tagEntities alone on the WNW dev texts (tokens prepared first). For profiling and
 * for comparing models (NEWSGRAPH_NER_MODEL) on a shared machine: besides wall-clock speed it prints
 * tokens per second of this process's CPU time, which other jobs disturb less.
 */
import { loadEntityModel } from '../src/entities/tagger/entity-model.js';
import { tagEntities } from '../src/entities/tagger/tag-entities.js';
import { winkTokens } from '../src/entities/tagger/wink-tokens.js';
import { wnwDocs } from './ner-eval-corpora.js';

const t0 = performance.now();
loadEntityModel();
console.log(`load ${(performance.now() - t0).toFixed(0)} ms`);
const docs = wnwDocs().map((d) => ({ text: d.text, ...winkTokens(d.text) }));
const rounds = Number(process.argv[2] ?? 5);
let tokens = 0;
const t1 = performance.now();
const cpu0 = process.cpuUsage();
for (let r = 0; r < rounds; r++)
  for (const d of docs) {
    tagEntities(d.text, d.tokens, d.sentences);
    tokens += d.tokens.length;
  }
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(
  `${Math.round(tokens / ((performance.now() - t1) / 1000))} tokens/s wall, ${Math.round(tokens / cpuSeconds)} tokens/s of CPU time`,
);
