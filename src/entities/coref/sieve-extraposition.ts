/**
 * Extraposition: "it is hard to tell", "it follows that the state is essential", "this makes it difficult to
 * investigate causality". Mention detection finds the clause such an "it" stands for (a mention from the
 * complementizer to the clause's head, semantic class 'clause'); this sieve joins the two. GUM chains them.
 */
import type { SieveContext } from './sieve-context.js';

export function extrapositionSieve(context: SieveContext): void {
  const { mentions, clusters } = context;
  const pronounAt = new Map<number, number>();
  mentions.forEach((m, i) => {
    if (m.kind === 'pronoun') pronounAt.set(m.start, i);
  });
  mentions.forEach((m, i) => {
    if (m.extraposedBy === undefined) return;
    const it = pronounAt.get(m.extraposedBy);
    if (it !== undefined) clusters.union(it, i);
  });
}
