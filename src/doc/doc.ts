/**
 * The Doc: one analysed text and its stand-off layers. Every layer is an array of annotations whose
 * `start`/`end` index `text`. Stages read some layers and add others; nothing else is mutated.
 */
import type {
  Amount,
  Block,
  DateMention,
  Entity,
  EntityType,
  Event,
  Flag,
  Mention,
  Meta,
  Quote,
  Removed,
  Sentence,
  Source,
  Span,
} from './record-schema.js';

/** A token with its part-of-speech tag (Universal POS). */
export interface Token extends Span {
  pos: string;
}

/** A name found by the entity tagger, before coreference links it to an entity. */
export interface NameSpan extends Span {
  type: EntityType;
}

/** A quotation mark as the repair step reads it: where it is and which way it faces. */
export interface QuoteMark extends Span {
  role: 'open' | 'close';
  /** Index of the partner mark in the layer, or -1 when the mark stays unpaired. */
  pair: number;
}

export interface Layers {
  blocks: Block[];
  removed: Removed[];
  tokens: Token[];
  sentences: Sentence[];
  quoteMarks: QuoteMark[];
  names: NameSpan[];
  entities: Entity[];
  mentions: Mention[];
  quotes: Quote[];
  amounts: Amount[];
  dates: DateMention[];
  events: Event[];
  flags: Flag[];
}

export type LayerName = keyof Layers;

export interface Doc {
  readonly text: string;
  readonly meta: Meta;
  readonly source: Source;
  readonly layers: Partial<Layers>;
}

/** Returns a layer that an earlier stage must have added; throws a clear error otherwise. */
export function layer<K extends LayerName>(doc: Doc, name: K): Layers[K] {
  const value = doc.layers[name];
  if (value === undefined) throw new Error(`layer "${name}" is missing: a stage that adds it must run first`);
  return value;
}

/** A copy of the doc with extra layers and meta fields; the input doc is left as it was. */
export function withLayers(doc: Doc, added: Partial<Layers>, meta?: Partial<Meta>): Doc {
  return {
    ...doc,
    meta: meta ? { ...doc.meta, ...meta } : doc.meta,
    layers: { ...doc.layers, ...added },
  };
}

export function spanText(doc: Doc, span: Span): string {
  return doc.text.slice(span.start, span.end);
}

/** The flags layer plus new flags, for stages that add warnings. */
export function addFlags(doc: Doc, flags: Flag[]): Flag[] {
  return [...(doc.layers.flags ?? []), ...flags];
}
