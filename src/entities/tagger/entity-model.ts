/**
 * Loads the trained tagger (models/ner.bin: weights and compiled gazetteer) once, lazily and
 * synchronously, and tags token sequences. Paths resolve from this module, so the same code runs
 * from src/ (tsx) and from dist/.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LabelDecoder } from './decode-labels.js';
import { makeConsistent } from './document-consistency.js';
import type { Gazetteer } from './gazetteer.js';
import { type LabelSpan, labelSpans } from './tag-labels.js';
import { computeAtoms } from './token-atoms.js';
import { decodeModel, type WeightTable } from './weight-table.js';
import type { WordClusters } from './word-clusters.js';

const ROOT = new URL('../../../', import.meta.url);
export const MODEL_PATH = fileURLToPath(new URL('models/ner.bin', ROOT));
/** The model file tagging loads: models/ner.bin, or another one trained by `train:ner -- --out <path>`. */
const modelPath = () => process.env.NEWSGRAPH_NER_MODEL || MODEL_PATH;

export interface EntityModel {
  table: WeightTable;
  gazetteer: Gazetteer;
  clusters: WordClusters;
  decoder: LabelDecoder;
}

let cached: EntityModel | undefined;

export function loadEntityModel(): EntityModel {
  if (!cached) {
    const { table, gazetteer, clusters } = decodeModel(readFileSync(modelPath()));
    const beam = typeof table.header.beamWidth === 'number' ? table.header.beamWidth : 1;
    cached = { table, gazetteer, clusters, decoder: new LabelDecoder(table, beam) };
  }
  return cached;
}

/**
 * Tags the words of one document.
 * @param sentenceStarts ascending token indices where sentences begin (first 0)
 * @returns token spans (end exclusive), sorted and non-overlapping
 */
export function tagWords(
  model: Pick<EntityModel, 'gazetteer' | 'clusters' | 'decoder'>,
  words: readonly string[],
  sentenceStarts: readonly number[],
  consistent = true,
): LabelSpan[] {
  if (words.length === 0) return [];
  const atoms = computeAtoms(words, sentenceStarts, model.gazetteer, model.clusters);
  const labels = new Uint8Array(words.length);
  for (let s = 0; s < sentenceStarts.length; s++) {
    const start = sentenceStarts[s]!;
    const end = s + 1 < sentenceStarts.length ? sentenceStarts[s + 1]! : words.length;
    if (end > start) model.decoder.decode(atoms, start, end, labels);
  }
  const spans = labelSpans(labels);
  return consistent ? makeConsistent(words, spans) : spans;
}
