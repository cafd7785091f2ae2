/** Names (the trained tagger, models/ner.bin) and their canonical entities and mentions (linker), as pipeline stages. */
import { type Doc, layer, withLayers } from '../doc/doc.js';
import type { Stage } from '../pipeline/stage.js';
import { withoutCredentials } from './credentials.js';
import { linkMentions } from './link-mentions.js';
import { tagEntities } from './tagger/tag-entities.js';
import { withTranscriptSpeakers } from './transcript-speakers.js';

export const findNamesStage: Stage = {
  name: 'find-names',
  reads: ['tokens', 'sentences', 'blocks'],
  adds: ['names'],
  run(doc: Doc) {
    const tagged = tagEntities(doc.text, layer(doc, 'tokens'), layer(doc, 'sentences'));
    return withLayers(doc, {
      names: withTranscriptSpeakers(doc.text, layer(doc, 'blocks'), withoutCredentials(doc.text, tagged)),
    });
  },
};

export const linkMentionsStage: Stage = {
  name: 'link-mentions',
  reads: ['names', 'tokens', 'sentences', 'flags'],
  adds: ['entities', 'mentions', 'flags'],
  run(doc: Doc) {
    const linked = linkMentions(doc.text, layer(doc, 'names'), layer(doc, 'tokens'), layer(doc, 'sentences'));
    return withLayers(doc, {
      entities: linked.entities,
      mentions: linked.mentions,
      flags: [...layer(doc, 'flags'), ...linked.flags],
    });
  },
};
