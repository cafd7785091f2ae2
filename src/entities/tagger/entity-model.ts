/**
 * Loads the trained tagger (models/ner.bin: weights and compiled gazetteer) once, lazily and
 * synchronously, and tags token sequences. Paths resolve from this module, so the same code runs
 * from src/ (tsx) and from dist/.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isRegionName } from '../../places/region-names.js';
import { LabelDecoder } from './decode-labels.js';
import { makeConsistent } from './document-consistency.js';
import { GAZ, type Gazetteer } from './gazetteer.js';
import { type LabelSpan, labelSpans } from './tag-labels.js';
import { computeAtoms, type DocAtoms } from './token-atoms.js';
import { ViterbiDecoder } from './viterbi-decoder.js';
import { decodeModel, type Scorer, type WeightTable } from './weight-table.js';
import type { WordClusters } from './word-clusters.js';

const ROOT = new URL('../../../', import.meta.url);
export const MODEL_PATH = fileURLToPath(new URL('models/ner.bin', ROOT));
/** The model file tagging loads: models/ner.bin, or another one trained by `train:ner -- --out <path>`. */
const modelPath = () => process.env.NEWSGRAPH_NER_MODEL || MODEL_PATH;

/** Labels the tokens [start, end) of one sentence. */
export interface SentenceDecoder {
  readonly description: string;
  decode(atoms: DocAtoms, start: number, end: number, out: Uint8Array): void;
}

/**
 * The decoder a model was trained for (header `decoder`): "viterbi" (exact first-order decoding,
 * with lean features for lowercase words when `lean`), or greedy left-to-right with `beamWidth`.
 */
export function modelDecoder(scorer: Scorer, header: Readonly<Record<string, unknown>>): SentenceDecoder {
  if (header.decoder === 'viterbi') return new ViterbiDecoder(scorer, header.lean === true);
  return new LabelDecoder(scorer, typeof header.beamWidth === 'number' ? header.beamWidth : 1);
}

export interface EntityModel {
  table: WeightTable;
  gazetteer: Gazetteer;
  clusters: WordClusters;
  decoder: SentenceDecoder;
}

let cached: EntityModel | undefined;

export function loadEntityModel(): EntityModel {
  if (!cached) {
    const { table, gazetteer, clusters } = decodeModel(readFileSync(modelPath()));
    cached = { table, gazetteer, clusters, decoder: modelDecoder(table, table.header) };
  }
  return cached;
}

/**
 * Tags the words of one document.
 * @param sentenceStarts ascending token indices where sentences begin (first 0)
 * @param pos wink part-of-speech tag of each word (piecePos in token-atoms.ts)
 * @returns token spans (end exclusive), sorted and non-overlapping
 */
export function tagWords(
  model: Pick<EntityModel, 'gazetteer' | 'clusters' | 'decoder'>,
  words: readonly string[],
  sentenceStarts: readonly number[],
  consistent = true,
  pos?: readonly string[],
): LabelSpan[] {
  if (words.length === 0) return [];
  const atoms = computeAtoms(words, sentenceStarts, model.gazetteer, model.clusters, pos);
  const labels = new Uint8Array(words.length);
  for (let s = 0; s < sentenceStarts.length; s++) {
    const start = sentenceStarts[s]!;
    const end = s + 1 < sentenceStarts.length ? sentenceStarts[s + 1]! : words.length;
    if (end > start) model.decoder.decode(atoms, start, end, labels);
  }
  const spans = labelSpans(labels);
  const place = GAZ.COUNTRY | GAZ.CITY | GAZ.REGION;
  return consistent
    ? makeConsistent(
        words,
        spans,
        (phrase) => (model.gazetteer.bits(phrase) & place) !== 0 || isRegionName(phrase),
      )
    : spans;
}
