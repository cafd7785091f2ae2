/** A mention as the coreference sieves see it: its span, what kind of phrase it is, and its attributes. */
import type { EntityType, MentionKind } from '../../doc/record-schema.js';
import { bareChainPrior, type Determiner, type Gender, type GrammaticalNumber } from './coref-lexicon.js';

export interface CorefMention {
  start: number;
  end: number;
  kind: MentionKind;
  /** The tagger's type, for names. */
  type?: EntityType;
  /** Lower-case head word (for names: the last word). */
  head: string;
  headStart: number;
  headEnd: number;
  /** Lower-case words of the mention before its head, determiners left out ("international"). */
  modifiers: string[];
  /** Index of the sentence the mention is in. */
  sentence: number;
  /** Index of the mention's first token. */
  token: number;
  number: GrammaticalNumber;
  gender: Gender;
  person: 1 | 2 | 3;
  /** Semantic class: person, organization, place, object, abstract… ('?' when unknown). */
  semantic: string;
  determiner: Determiner;
  /** Pronouns only: possessive ("his", "its"). */
  possessive?: boolean;
  /** Pronouns only: a demonstrative standing alone ("That was a joke"). */
  demonstrative?: boolean;
  /** Nominals only: a noun modifying the head of a longer phrase ("iodine" in "iodine deficiency"). */
  modifier?: boolean;
}

const SEMANTIC_OF_TYPE: Partial<Record<EntityType, string>> = {
  PERSON: 'person',
  ORG: 'organization',
  GPE: 'place',
  LOC: 'place',
  FAC: 'place',
  EVENT: 'event',
  PRODUCT: 'object',
};

export const semanticOfType = (type: EntityType): string => SEMANTIC_OF_TYPE[type] ?? '?';

/** A common-noun phrase with neither determiner nor modifier ("example" in "for example"). */
export const isBare = (m: CorefMention): boolean =>
  m.kind === 'nominal' && m.determiner === 'none' && m.modifiers.length === 0;

/**
 * Below this share of chained mentions in GUM train, a bare head is taken as idiomatic or generic (tuned
 * on train: 0.1–0.25 all help there; higher thresholds start to cut real repeats on dev).
 */
const MIN_CHAIN_PRIOR = 0.15;

/**
 * A bare noun (no determiner, no modifier) whose head, bare, is rarely in a coreference chain in GUM
 * train: idioms and generic uses ("for example", "in order to", "take place", "in addition"). Such
 * phrases are neither matched with each other nor antecedents of pronouns. Phrases with a determiner
 * are left alone: whether "the way" or "the time" is referential depends on the text, not on the head.
 */
export const isGeneric = (m: CorefMention): boolean => isBare(m) && bareChainPrior(m.head) < MIN_CHAIN_PRIOR;
