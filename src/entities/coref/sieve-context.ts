/** What every sieve works on: the text, the mentions in text order, their clusters, and what sieves note on the way. */
import type { Token } from '../../doc/doc.js';
import type { Flag } from '../../doc/record-schema.js';
import type { Clusters } from './clusters.js';
import type { CorefMention } from './coref-mention.js';

export interface SieveContext {
  text: string;
  sentences: readonly { start: number; end: number }[];
  /** The text's tokens with their part of speech (mentions point into them by `token`). */
  tokens: readonly Token[];
  mentions: readonly CorefMention[];
  clusters: Clusters;
  /** Warnings for the record (name variants). */
  flags: Flag[];
  /** Mention index → ISO alpha-3 code of the country a name or demonym stands for. */
  countries: Map<number, string>;
  /** Mention index → role phrase (nominal mentions that name a person's role next to the name). */
  roles: Map<number, number>;
}

export type Sieve = (context: SieveContext) => void;

/** Offset → index of the longest mention starting there, so that the phrase after a comma or bracket is one lookup. */
export function longestStartingAt(mentions: readonly CorefMention[]): Map<number, number> {
  const startingAt = new Map<number, number>();
  mentions.forEach((m, i) => {
    const known = startingAt.get(m.start);
    if (known === undefined || mentions[known]!.end < m.end) startingAt.set(m.start, i);
  });
  return startingAt;
}
