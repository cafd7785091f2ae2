import { type Doc, layer, withLayers } from '../doc/doc.js';
import type { Stage } from '../pipeline/stage.js';
import { findQuotes } from './find-quotes.js';

export const findQuotesStage: Stage = {
  name: 'find-quotes',
  reads: ['blocks', 'tokens', 'sentences', 'quoteMarks', 'mentions', 'entities'],
  adds: ['quotes'],
  run(doc: Doc) {
    const quotes = findQuotes({
      text: doc.text,
      blocks: layer(doc, 'blocks'),
      tokens: layer(doc, 'tokens'),
      sentences: layer(doc, 'sentences'),
      quoteMarks: layer(doc, 'quoteMarks'),
      mentions: layer(doc, 'mentions'),
      entities: new Map(layer(doc, 'entities').map((e) => [e.id, e])),
    });
    return withLayers(doc, { quotes });
  },
};
