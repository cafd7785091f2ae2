import { type Doc, layer, withLayers } from '../doc/doc.js';
import type { Stage } from '../pipeline/stage.js';
import { findAmounts } from './find-amounts.js';
import { findDates } from './find-dates.js';

export const findAmountsStage: Stage = {
  name: 'find-amounts',
  reads: ['tokens'],
  adds: ['amounts'],
  run(doc: Doc) {
    return withLayers(doc, { amounts: findAmounts(doc.text, layer(doc, 'tokens')) });
  },
};

export const findDatesStage: Stage = {
  name: 'find-dates',
  reads: ['sentences'],
  adds: ['dates'],
  run(doc: Doc, options) {
    return withLayers(doc, {
      dates: findDates(doc.text, layer(doc, 'sentences'), options.published ?? doc.meta.published),
    });
  },
};
