/** Event coding as a pipeline stage: PLOVER events over the entities, mentions and dates of a Doc. */
import { type Doc, layer, withLayers } from '../doc/doc.js';
import type { Stage } from '../pipeline/stage.js';
import { codeEvents } from './code-events.js';

export const codeEventsStage: Stage = {
  name: 'code-events',
  reads: ['tokens', 'sentences', 'entities', 'mentions', 'quotes', 'dates', 'amounts'],
  adds: ['events'],
  run(doc: Doc, options) {
    const events = codeEvents({
      text: doc.text,
      tokens: layer(doc, 'tokens'),
      sentences: layer(doc, 'sentences'),
      mentions: layer(doc, 'mentions'),
      entities: layer(doc, 'entities'),
      dates: layer(doc, 'dates'),
      amounts: layer(doc, 'amounts'),
      quotes: layer(doc, 'quotes')
        .filter((q) => q.kind !== 'indirect')
        .sort((a, b) => a.start - b.start),
      published: options.published ?? doc.meta.published,
    });
    return withLayers(doc, { events });
  },
};
