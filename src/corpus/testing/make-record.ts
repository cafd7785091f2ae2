/**
 * Small hand-built records for store tests: text with entity mentions found by name, so tests state
 * what an article says and who is in it without running the analysis pipeline.
 */
import { createHash } from 'node:crypto';
import type { ArticleRecord, Entity, Event } from '../../doc/record-schema.js';
import { escapeRegExp } from '../../resources/regex-alternation.js';

export interface RecordSpec {
  title: string;
  body: string;
  url?: string;
  path?: string;
  published?: string;
  entities?: Partial<Entity>[];
  quotes?: { text: string; speaker: string; cue?: string }[];
  events?: Partial<Event>[];
  /** Distinguishes inputs with the same text (another file, another fetch). */
  salt?: string;
  /** The input's hash, when the record stands for a real input (its id derives from it). */
  sha256?: string;
}

const TYPE_BY_PREFIX: Record<string, Entity['type']> = {
  person: 'PERSON',
  org: 'ORG',
  gpe: 'GPE',
  loc: 'LOC',
  norp: 'NORP',
};

function entityFrom(spec: Partial<Entity>): Entity {
  const id = spec.id ?? 'misc/unknown';
  const name = spec.name ?? id.split('/')[1]!.replace(/-/g, ' ');
  return {
    id,
    type: spec.type ?? TYPE_BY_PREFIX[id.split('/')[0]!] ?? 'MISC',
    name,
    aliases: spec.aliases ?? [],
    roles: spec.roles ?? [],
    ...(spec.country ? { country: spec.country } : {}),
    ...(spec.geo ? { geo: spec.geo } : {}),
    ...(spec.described ? { described: true as const } : {}),
  };
}

export function makeRecord(spec: RecordSpec): ArticleRecord {
  const text = `${spec.title}\n\n${spec.body}`;
  const sha256 =
    spec.sha256 ??
    createHash('sha256')
      .update(`${spec.salt ?? ''}${spec.url ?? ''}${text}`)
      .digest('hex');
  const entities = (spec.entities ?? []).map(entityFrom);
  const mentions = entities.flatMap((entity) =>
    [entity.name, ...entity.aliases].flatMap((name) =>
      [...text.matchAll(new RegExp(`\\b${escapeRegExp(name)}\\b`, 'g'))].map((match) => ({
        start: match.index ?? 0,
        end: (match.index ?? 0) + name.length,
        text: name,
        entity: entity.id,
        kind: 'name' as const,
      })),
    ),
  );
  const quotes = (spec.quotes ?? []).map((quote) => {
    const start = Math.max(0, text.indexOf(quote.text));
    const speaker = entities.find(
      (entity) => entity.name === quote.speaker || entity.aliases.includes(quote.speaker),
    );
    return {
      start,
      end: start + quote.text.length,
      text: quote.text,
      kind: 'direct' as const,
      cue: { start: 0, end: 0, text: quote.cue ?? 'said' },
      speaker: { start: 0, end: 0, text: quote.speaker, ...(speaker ? { entity: speaker.id } : {}) },
      confidence: 0.9,
    };
  });
  // Defaults for every field the event schema requires (cast: the schema is still growing).
  const events = (spec.events ?? []).map(
    (event) =>
      ({
        type: 'CONSULT',
        context: [],
        trigger: { start: 0, end: 0, text: '' },
        actors: [],
        targets: [],
        participants: [],
        salience: 'main',
        ...event,
      }) as Event,
  );
  return {
    schema: 'newsgraph.article/1',
    id: `ng-${sha256.slice(0, 20)}`,
    source: {
      ...(spec.path ? { path: spec.path } : {}),
      ...(spec.url ? { url: spec.url } : {}),
      format: 'text',
      bytes: Buffer.byteLength(text),
      sha256,
    },
    meta: {
      title: spec.title,
      ...(spec.published ? { published: spec.published } : {}),
      credits: [],
      captions: [],
    },
    text,
    blocks: [
      { start: 0, end: spec.title.length, kind: 'title' },
      { start: spec.title.length + 2, end: text.length, kind: 'paragraph' },
    ],
    removed: [],
    sentences: [],
    entities,
    mentions,
    quotes,
    amounts: [],
    dates: [],
    events,
    flags: [],
  };
}
