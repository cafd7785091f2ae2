/**
 * In-document coreference as a sequence of sieves, most precise first (after Lee et al. 2013, the Stanford
 * multi-pass sieve): names and their short forms, acronyms and variants; appositives and roles; phrases and
 * the acronym in brackets after them; an extraposed "it" and its clause ("it is hard to tell"); predicate
 * nominatives ("Newton is a busy man"); exact repeats; strict then relaxed head match; descriptions of the
 * text's main place or company ("the city" … "the city" → Athens), then of the nearest name ("the
 * minister"); first- and second-person pronouns; third-person pronouns.
 * Each sieve only joins clusters, so a later, less precise sieve cannot undo an earlier decision.
 */
import type { NameSpan, Token } from '../../doc/doc.js';
import type { Flag } from '../../doc/record-schema.js';
import { Clusters } from './clusters.js';
import type { CorefMention } from './coref-mention.js';
import { findMentions } from './find-mentions.js';
import { acronymSieve } from './sieve-acronyms.js';
import { appositiveSieve } from './sieve-appositives.js';
import type { Sieve, SieveContext } from './sieve-context.js';
import { copulaSieve } from './sieve-copula.js';
import { descriptionSieve } from './sieve-descriptions.js';
import { exactMatchSieve } from './sieve-exact.js';
import { extrapositionSieve } from './sieve-extraposition.js';
import { headMatchSieve } from './sieve-head-match.js';
import { nameSieve } from './sieve-names.js';
import { firstPersonSieve, pronounSieve } from './sieve-pronouns.js';
import { topicSieve } from './sieve-topic.js';
import { filterClusters } from './singleton-filter.js';

export const SIEVES: readonly Sieve[] = [
  nameSieve,
  appositiveSieve,
  acronymSieve,
  extrapositionSieve,
  copulaSieve,
  exactMatchSieve,
  headMatchSieve({ strict: true, window: 1000 }),
  headMatchSieve({ strict: false, window: 3 }),
  topicSieve,
  descriptionSieve,
  firstPersonSieve,
  pronounSieve,
];

export interface Coreference {
  mentions: CorefMention[];
  /** Mention indices per cluster, in order of first mention. */
  clusters: number[][];
  flags: Flag[];
  countries: Map<number, string>;
  /** Role nominal index → index of the name it stands before. */
  roles: Map<number, number>;
}

export function resolveCoreference(
  text: string,
  names: readonly NameSpan[],
  tokens: readonly Token[],
  sentences: readonly { start: number; end: number }[],
  sieves: readonly Sieve[] = SIEVES,
): Coreference {
  const context = sieveContext(text, names, tokens, sentences);
  for (const sieve of sieves) sieve(context);
  return {
    mentions: [...context.mentions],
    clusters: filterClusters(text, tokens, context.mentions, context.clusters.groups()),
    flags: context.flags,
    countries: context.countries,
    roles: context.roles,
  };
}

/** The mentions of a text, each in a cluster of its own, ready for the sieves. */
export function sieveContext(
  text: string,
  names: readonly NameSpan[],
  tokens: readonly Token[],
  sentences: readonly { start: number; end: number }[],
): SieveContext {
  const mentions = findMentions(text, names, tokens, sentences);
  return {
    text,
    sentences,
    tokens,
    mentions,
    clusters: new Clusters(mentions),
    flags: [],
    countries: new Map(),
    roles: new Map(),
  };
}
