/**
 * Features of a common-noun phrase for the singleton filter (singleton-filter.ts), after Recasens, de
 * Marneffe and Potts (2013), "The life and death of discourse entities": what makes a phrase one that a
 * text comes back to, or one it mentions once ("a lot", "the end of the day", "classroom" in
 * "classroom-like"). Its determiner, modifiers and post-modifier, number, semantic class, whether it only
 * modifies a longer phrase, how often its head and spelling recur in the text, its rough grammatical role,
 * its head word alone and with the determiner class and the role ("the world" is chained, "a world" less),
 * the part of speech of the word after it ("the impact on …", "time ,"), the part of speech and last
 * letters of its head (nouns the tagger got wrong: "drives", "gonna"), and the
 * cluster the sieves put it in (with how many of its mates are modifier nouns, and whether all of them
 * modify the same word).
 */
import type { Token } from '../../doc/doc.js';
import { firstStartingAt } from '../../doc/span-search.js';
import type { CorefMention } from './coref-mention.js';

const bucket = (n: number, limits: number[]) => {
  const i = limits.findIndex((l) => n <= l);
  return i < 0 ? `>${limits[limits.length - 1]}` : `${limits[i]}`;
};

const DETERMINER = /^(?:the|this|that|these|those|a|an)\s+/i;
const FIRST_WORD = /^\S+/;
const PREPOSITION =
  /\b(?:of|in|on|at|to|for|with|from|by|about|into|over|under|through|between|against|during|without|within|after|before)\s+$/i;
const COPULA = /\b(?:is|was|are|were|be|been|being|become|became|['’]s|['’]re)\s+(?:\w+\s+)?$/i;

const spelled = new WeakMap<CorefMention, string>();

/** A phrase's spelling without its leading determiner, spaces folded, lower case (kept per mention). */
export function spelling(text: string, m: CorefMention): string {
  let s = spelled.get(m);
  if (s === undefined) {
    s = text.slice(m.start, m.end).replace(DETERMINER, '').replace(/\s+/g, ' ').toLowerCase();
    spelled.set(m, s);
  }
  return s;
}

/** Counts over a whole text that the features read: nominal heads and spellings. */
export interface TextCounts {
  heads: Map<string, number>;
  spellings: Map<string, number>;
}

export function textCounts(text: string, mentions: readonly CorefMention[]): TextCounts {
  const heads = new Map<string, number>();
  const spellings = new Map<string, number>();
  for (const m of mentions) {
    if (m.kind === 'pronoun') continue;
    heads.set(m.head, (heads.get(m.head) ?? 0) + 1);
    const s = spelling(text, m);
    spellings.set(s, (spellings.get(s) ?? 0) + 1);
  }
  return { heads, spellings };
}

/** What the features read about the cluster a phrase is in, computed once per cluster. */
export interface ClusterSummary {
  /** Mentions of the cluster by kind ("nominal", "name", "p1", "p2", "p3"). */
  kinds: Map<string, number>;
  /** Non-pronoun mentions of the cluster by spelling. */
  spellings: Map<string, number>;
  /** Nouns of the cluster that modify a longer phrase, by the word they modify ("property" in "property rights"). */
  compounds: Map<string, number>;
  /** How many nouns of the cluster modify a longer phrase. */
  modifiers: number;
  size: number;
}

const NEXT_WORD = /^[\s-]*([\p{L}\p{N}'’]+)/u;

/** The word after a phrase, lower case: for a modifier noun, the noun it modifies. */
const wordAfter = (text: string, end: number) =>
  (NEXT_WORD.exec(text.slice(end, end + 40))?.[1] ?? '').toLowerCase();

export function summariseCluster(text: string, members: readonly CorefMention[]): ClusterSummary {
  const kinds = new Map<string, number>();
  const spellings = new Map<string, number>();
  const compounds = new Map<string, number>();
  let modifiers = 0;
  for (const x of members) {
    const kind = x.kind === 'pronoun' ? `p${x.person}` : x.kind;
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    if (x.kind !== 'pronoun') {
      const s = spelling(text, x);
      spellings.set(s, (spellings.get(s) ?? 0) + 1);
    }
    if (x.kind === 'nominal' && x.modifier) {
      modifiers++;
      const w = wordAfter(text, x.end);
      compounds.set(w, (compounds.get(w) ?? 0) + 1);
    }
  }
  return { kinds, spellings, compounds, modifiers, size: members.length };
}

export interface MentionInCluster {
  text: string;
  tokens: readonly Token[];
  m: CorefMention;
  counts: TextCounts;
  cluster: ClusterSummary;
  /** Sentences between the phrase and the nearest other mention of its cluster. */
  nearest: number;
}

export function mentionFeatures({ text, tokens, m, counts, cluster, nearest }: MentionInCluster): string[] {
  const det =
    m.determiner === 'none'
      ? 'none'
      : `${m.determiner}:${(FIRST_WORD.exec(text.slice(m.start, m.end))?.[0] ?? '').toLowerCase()}`;
  const detClass = m.determiner;
  const post = m.end > m.headEnd;
  const mods = bucket(m.modifiers.length, [0, 1, 2]);
  const spelledAs = spelling(text, m);
  const headCount = bucket(counts.heads.get(m.head) ?? 1, [1, 2, 3, 5, 10]);
  const spellCount = bucket(counts.spellings.get(spelledAs) ?? 1, [1, 2, 3, 5]);
  const before = text.slice(Math.max(0, m.start - 16), m.start);
  const next = tokens[firstStartingAt(tokens, m.end)];
  const role = PREPOSITION.test(before)
    ? 'pp'
    : COPULA.test(before)
      ? 'pred'
      : next && (next.pos === 'VERB' || next.pos === 'AUX')
        ? 'subj'
        : 'other';
  // The kinds of the other mentions: the cluster's kinds less this phrase's own ("nominal").
  const mateKinds =
    [...cluster.kinds]
      .filter(([kind, n]) => n > (kind === 'nominal' ? 1 : 0))
      .map(([kind]) => kind)
      .sort()
      .join('+') || 'none';
  const sameSpelling = (cluster.spellings.get(spelledAs) ?? 1) - 1;
  const capital = /^\p{Lu}/u.test(text.slice(m.headStart, m.headStart + 1));
  const words = bucket(text.slice(m.start, m.end).split(/\s+/).length, [1, 2, 3, 5, 8]);
  const modifier = m.modifier === true;
  // Modifier nouns among the other mentions, and whether every mention of the cluster is this noun in the
  // same compound ("property rights" … "property rights": the chain, if any, is the longer phrase's).
  const modifierMates = cluster.modifiers - (modifier ? 1 : 0);
  const mateModifiers = modifierMates === 0 ? 'none' : modifierMates === cluster.size - 1 ? 'all' : 'some';
  const sameCompound = modifier && cluster.compounds.get(wordAfter(text, m.end)) === cluster.size;
  const headToken = tokens[firstStartingAt(tokens, m.headStart)];
  return [
    'bias',
    `det=${det}`,
    `det=${detClass}|post=${post}`,
    `det=${detClass}|mods=${mods}`,
    `modifier=${m.modifier === true}`,
    `number=${m.number}|det=${detClass}`,
    `sem=${m.semantic}`,
    `sem=${m.semantic}|det=${detClass}`,
    `heads=${headCount}`,
    `heads=${headCount}|det=${detClass}`,
    `spellings=${spellCount}`,
    `role=${role}`,
    `role=${role}|det=${detClass}`,
    `mates=${mateKinds}`,
    `mates=${mateKinds}|det=${detClass}`,
    `size=${bucket(cluster.size, [1, 2, 3, 5, 10])}`,
    `same=${bucket(sameSpelling, [0, 1, 2, 4])}|det=${detClass}`,
    `nearest=${bucket(nearest, [0, 1, 2, 5, 10, 999])}`,
    `capital=${capital}`,
    `words=${words}`,
    `head=${m.head}`,
    `head=${m.head}|modifier=${modifier}`,
    `head=${m.head}|det=${detClass}`,
    `head=${m.head}|role=${role}`,
    `next=${next?.pos ?? '?'}|det=${detClass}`,
    `pos=${headToken?.pos ?? '?'}`,
    `suffix=${m.head.slice(-3)}`,
    `mateModifiers=${mateModifiers}|modifier=${modifier}`,
    `sameCompound=${sameCompound}`,
  ];
}
