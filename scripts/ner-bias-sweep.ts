/**
 * Start-penalty sweep on the dev sets (never UNER-EWT test): decodes WNW dev and UNER-EWT dev through
 * tagEntities with each START_BIAS setting of a grid and prints the combined PERSON/ORG/location F1.
 * For choosing START_BIAS (viterbi-decoder.ts) after a model is retrained.
 *
 *   NEWSGRAPH_NER_MODEL=<path> npx tsx scripts/ner-bias-sweep.ts [--person -6,-5,-4] [--location -3,-2,-1] [--org 0]
 */
import { parseArgs } from 'node:util';
import { loadEntityModel } from '../src/entities/tagger/entity-model.js';
import { tagEntities } from '../src/entities/tagger/tag-entities.js';
import type { TaggerClass } from '../src/entities/tagger/tag-labels.js';
import { ViterbiDecoder } from '../src/entities/tagger/viterbi-decoder.js';
import { winkTokens } from '../src/entities/tagger/wink-tokens.js';
import { type EvalDoc, unerDocs, wnwDocs } from './ner-eval-corpora.js';
import { combinedGroup, prf, SpanScores } from './ner-span-scores.js';

const { values: args } = parseArgs({
  options: {
    person: { type: 'string', default: '-7,-6,-5,-4,-3' },
    location: { type: 'string', default: '-3,-2,-1,0' },
    org: { type: 'string', default: '0' },
  },
});
const grid = (s: string) => s.split(',').map(Number);

const model = loadEntityModel();
const prepare = (docs: EvalDoc[]) => docs.map((d) => ({ ...d, ...winkTokens(d.text) }));
const sets = { wnw: prepare(wnwDocs()), uner: prepare(unerDocs('dev')) };

function f1(docs: ReturnType<typeof prepare>): number {
  const scores = new SpanScores();
  for (const d of docs) scores.add(d.gold, tagEntities(d.text, d.tokens, d.sentences), combinedGroup);
  return prf(scores.total()).f;
}

for (const person of grid(args.person))
  for (const location of grid(args.location))
    for (const org of grid(args.org)) {
      const bias: Partial<Record<TaggerClass, number>> = { PERSON: person, LOCATION: location, ORG: org };
      model.decoder = new ViterbiDecoder(
        model.table,
        model.table.header.lean === true,
        Number.POSITIVE_INFINITY,
        bias,
      );
      const w = f1(sets.wnw);
      const u = f1(sets.uner);
      console.log(
        `PERSON ${person} LOCATION ${location} ORG ${org}: WNW dev ${w.toFixed(2)}, UNER dev ${u.toFixed(2)}, mean ${((w + u) / 2).toFixed(2)}`,
      );
    }
