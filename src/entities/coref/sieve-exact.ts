/**
 * Exact repeats of a noun phrase ("the coalition" … "the coalition"), ignoring a leading determiner: the
 * later phrase joins the earlier one unless it is indefinite ("a car" … "a car" are two cars). Time
 * phrases too: GUM chains "the night" … "the night" like any other repeat.
 */
import { isGeneric } from './coref-mention.js';
import type { SieveContext } from './sieve-context.js';

const DETERMINER = /^(?:the|this|that|these|those|a|an)\s+/i;

export function exactMatchSieve(context: SieveContext): void {
  const { text, mentions, clusters } = context;
  const seen = new Map<string, number>();
  mentions.forEach((m, i) => {
    if (m.kind !== 'nominal') return;
    if (isGeneric(m)) return;
    const key = text.slice(m.start, m.end).toLowerCase().replace(DETERMINER, '').replace(/\s+/g, ' ');
    const known = seen.get(key);
    if (known !== undefined && m.determiner !== 'indefinite') clusters.union(known, i);
    else if (known === undefined) seen.set(key, i);
  });
}
