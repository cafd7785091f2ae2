/** Quick scores on gold tokenisation (between training epochs and for checks). */
import { modelDecoder, tagWords } from '../src/entities/tagger/entity-model.js';
import type { Gazetteer } from '../src/entities/tagger/gazetteer.js';
import { labelIndex, labelSpans } from '../src/entities/tagger/tag-labels.js';
import { computeAtoms } from '../src/entities/tagger/token-atoms.js';
import type { Scorer } from '../src/entities/tagger/weight-table.js';
import type { WordClusters } from '../src/entities/tagger/word-clusters.js';
import type { LabelledDoc } from './ner-corpora.js';
import type { TrainingDoc } from './ner-perceptron.js';
import { corpusPos } from './ner-pos.js';
import { combinedGroup, prf, SpanScores } from './ner-span-scores.js';

export function docWords(doc: LabelledDoc): { words: string[]; starts: number[]; labels: string[] } {
  const words: string[] = [];
  const labels: string[] = [];
  const starts: number[] = [];
  for (const s of doc.sentences) {
    starts.push(words.length);
    words.push(...s.words);
    labels.push(...s.labels);
  }
  return { words, starts, labels };
}

export function toTrainingDoc(
  doc: LabelledDoc,
  gazetteer: Gazetteer,
  clusters: WordClusters,
  pos = true,
): TrainingDoc {
  const { words, starts, labels } = docWords(doc);
  return {
    atoms: computeAtoms(words, starts, gazetteer, clusters, pos ? corpusPos(words) : undefined),
    gold: Uint8Array.from(labels.map(labelIndex)),
    bounds: [...starts, words.length],
  };
}

/** Combined PERSON/ORG/location F1 on gold tokenisation (a quick check between epochs). */
export function quickF1(
  scorer: Scorer,
  gazetteer: Gazetteer,
  clusters: WordClusters,
  docs: readonly LabelledDoc[],
  header: Readonly<Record<string, unknown>> = {},
): number {
  const model = { gazetteer, clusters, decoder: modelDecoder(scorer, header) };
  const scores = new SpanScores();
  for (const doc of docs) {
    const { words, starts, labels } = docWords(doc);
    const gold = labelSpans(Uint8Array.from(labels.map(labelIndex))).map((s) => ({ ...s, type: s.cls }));
    const pred = tagWords(model, words, starts, true, header.pos === true ? corpusPos(words) : undefined).map(
      (s) => ({ ...s, type: s.cls }),
    );
    scores.add(gold, pred, combinedGroup);
  }
  return prf(scores.total()).f;
}
