/**
 * Evaluates the entity tagger through its runtime entry point (wink tokens → tagEntities) on the
 * worldwide-newswire dev split and UNER-EWT test: exact-span P/R/F1 per type and overall, the
 * combined PERSON/ORG/location F1, tagging speed and model load time. Exits 1 below a pinned floor
 * (models/ner.floors.json).
 *
 *   npx tsx scripts/eval-ner.ts [--no-floors] [--beam N] [--margin M] [--no-start-bias] [--no-shortcut] [--dev] [--no-speed]
 *   (--beam overrides a greedy model's beam width, --margin prunes a Viterbi model's decoding,
 *   --no-start-bias decodes it without START_BIAS; --no-shortcut scores every token of a greedy model,
 *   see decode-labels.ts and viterbi-decoder.ts; --dev scores UNER-EWT dev instead of test and skips
 *   the floors (not held out for a model trained with --uner-dev, as the shipped one is: it warns);
 *   --no-speed skips the speed run)
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { LabelDecoder } from '../src/entities/tagger/decode-labels.js';
import { loadEntityModel } from '../src/entities/tagger/entity-model.js';
import { tagEntities } from '../src/entities/tagger/tag-entities.js';
import { START_BIAS, ViterbiDecoder } from '../src/entities/tagger/viterbi-decoder.js';
import { winkTokens } from '../src/entities/tagger/wink-tokens.js';
import { type EvalDoc, unerDocs, wnwDocs } from './ner-eval-corpora.js';
import { combinedGroup, formatTable, prf, SpanScores } from './ner-span-scores.js';

const FLOORS_PATH = join(import.meta.dirname, '..', 'models', 'ner.floors.json');

interface Floors {
  wnwDevCombinedF1: number;
  unerTestCombinedF1: number;
  tokensPerSecond: number;
  maxLoadMs: number;
}

const loadStart = performance.now();
const model = loadEntityModel();
const loadMs = performance.now() - loadStart;
const beamArg = process.argv.indexOf('--beam');
const marginArg = process.argv.indexOf('--margin');
const shortcut = !process.argv.includes('--no-shortcut');
const noStartBias = process.argv.includes('--no-start-bias');
const unerSplit = process.argv.includes('--dev') ? 'dev' : 'test';
if (model.table.header.decoder === 'viterbi') {
  if (marginArg > 0 || noStartBias)
    model.decoder = new ViterbiDecoder(
      model.table,
      model.table.header.lean === true,
      marginArg > 0 ? Number(process.argv[marginArg + 1]) : Number.POSITIVE_INFINITY,
      noStartBias ? {} : START_BIAS,
    );
} else if (beamArg > 0 || !shortcut)
  model.decoder = new LabelDecoder(
    model.table,
    beamArg > 0 ? Number(process.argv[beamArg + 1]) : 1,
    shortcut,
  );
console.log(`decoder: ${model.decoder.description}`);
const trainedOn = model.table.header.corpora as Record<string, number> | undefined;
if (unerSplit === 'dev' && trainedOn?.unerDev)
  console.log(
    'warning: this model was trained on UNER-EWT dev too (train:ner --uner-dev): its UNER dev figures are not held out',
  );

/** Per-type view: GPE and LOC are scored as the corpora's one location class. */
const perType = (t: string) => (t === 'GPE' || t === 'LOC' ? 'LOCATION' : t);
/** UNER annotates only PER/ORG/LOC (facilities inside LOC). */
const unerType = (t: string) => combinedGroup(t);

function evaluate(docs: readonly EvalDoc[], mapType: (t: string) => string | undefined) {
  const typed = new SpanScores();
  const combined = new SpanScores();
  for (const doc of docs) {
    const { tokens, sentences } = winkTokens(doc.text);
    const names = tagEntities(doc.text, tokens, sentences);
    typed.add(doc.gold, names, mapType);
    combined.add(doc.gold, names, combinedGroup);
  }
  return { typed, combined };
}

const types = ['PERSON', 'ORG', 'LOCATION', 'FAC', 'NORP', 'PRODUCT', 'MISC'];
const wnw = evaluate(wnwDocs(), perType);
console.log(formatTable('worldwide-newswire dev (exact span; LOCATION = GPE + LOC)', wnw.typed, types));
const wnwF1 = prf(wnw.combined.total()).f;
console.log(`combined PERSON/ORG/location (GPE+LOC+FAC) F1: ${wnwF1.toFixed(1)}\n`);
const uner = evaluate(unerDocs(unerSplit), unerType);
console.log(formatTable(`UNER-EWT ${unerSplit} (exact span; LOCATION = GPE + LOC + FAC)`, uner.typed, types));
const unerF1 = prf(uner.combined.total()).f;
console.log(`combined PERSON/ORG/location (GPE+LOC+FAC) F1: ${unerF1.toFixed(1)}`);
console.log(`to two decimals: WNW dev ${wnwF1.toFixed(2)}, UNER-EWT ${unerSplit} ${unerF1.toFixed(2)}\n`);
if (process.argv.includes('--no-speed')) process.exit(0);

// Speed: tag the WNW dev texts again with tokens prepared beforehand (tagging only, one thread).
const prepared = wnwDocs().map((d) => ({ text: d.text, ...winkTokens(d.text) }));
let tokens = 0;
const t0 = performance.now();
for (let round = 0; round < 3; round++)
  for (const d of prepared) {
    tagEntities(d.text, d.tokens, d.sentences);
    tokens += d.tokens.length;
  }
const tokensPerSecond = tokens / ((performance.now() - t0) / 1000);
console.log(
  `speed: ${Math.round(tokensPerSecond).toLocaleString('en')} tokens/s (tagging only, ${tokens} tokens, one thread, ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version})`,
);
console.log(`model load: ${loadMs.toFixed(0)} ms`);

if (!process.argv.includes('--no-floors') && unerSplit === 'test') {
  const floors = JSON.parse(readFileSync(FLOORS_PATH, 'utf8')) as Floors;
  const failures: string[] = [];
  if (wnwF1 < floors.wnwDevCombinedF1)
    failures.push(`WNW dev F1 ${wnwF1.toFixed(1)} < ${floors.wnwDevCombinedF1}`);
  if (unerF1 < floors.unerTestCombinedF1)
    failures.push(`UNER test F1 ${unerF1.toFixed(1)} < ${floors.unerTestCombinedF1}`);
  if (tokensPerSecond < floors.tokensPerSecond)
    failures.push(`speed ${Math.round(tokensPerSecond)} < ${floors.tokensPerSecond} tokens/s`);
  if (loadMs > floors.maxLoadMs) failures.push(`load ${loadMs.toFixed(0)} ms > ${floors.maxLoadMs} ms`);
  if (failures.length > 0) {
    console.error(`below floor: ${failures.join('; ')}`);
    process.exit(1);
  }
  console.log('all floors met');
}
