/** A mention as the coreference sieves see it: its span, what kind of phrase it is, and its attributes. */
import type { EntityType, MentionKind } from '../../doc/record-schema.js';
import type { Determiner, Gender, GrammaticalNumber } from './coref-lexicon.js';

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
  /** Extraposed clauses only: where the "it" that stands for the clause starts ("it is hard [to tell]"). */
  extraposedBy?: number;
}

/**
 * The mention with every field, optional ones too, in the order above: mentions built by different paths
 * (names, pronouns, clauses, modifier nouns) otherwise have different hidden classes, and V8 threw away
 * the optimised sieves each time a new one reached them.
 */
export function withEveryField(m: CorefMention): CorefMention {
  return {
    start: m.start,
    end: m.end,
    kind: m.kind,
    type: m.type,
    head: m.head,
    headStart: m.headStart,
    headEnd: m.headEnd,
    modifiers: m.modifiers,
    sentence: m.sentence,
    token: m.token,
    number: m.number,
    gender: m.gender,
    person: m.person,
    semantic: m.semantic,
    determiner: m.determiner,
    possessive: m.possessive,
    demonstrative: m.demonstrative,
    modifier: m.modifier,
    extraposedBy: m.extraposedBy,
  };
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
