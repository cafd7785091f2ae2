/** Tagging speed of tagEntities alone on the WNW dev texts (tokens prepared first). For profiling. */
import { loadEntityModel } from '../src/entities/tagger/entity-model.js';
import { tagEntities } from '../src/entities/tagger/tag-entities.js';
import { winkTokens } from '../src/entities/tagger/wink-tokens.js';
import { wnwDevDocs } from './ner-eval-corpora.js';

const t0 = performance.now();
loadEntityModel();
console.log(`load ${(performance.now() - t0).toFixed(0)} ms`);
const docs = wnwDevDocs().map((d) => ({ text: d.text, ...winkTokens(d.text) }));
const rounds = Number(process.argv[2] ?? 5);
let tokens = 0;
const t1 = performance.now();
for (let r = 0; r < rounds; r++)
  for (const d of docs) {
    tagEntities(d.text, d.tokens, d.sentences);
    tokens += d.tokens.length;
  }
console.log(`${Math.round(tokens / ((performance.now() - t1) / 1000))} tokens/s`);
