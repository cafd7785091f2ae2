/**
 * Features of a (pronoun, candidate antecedent) pair for the learned pronoun ranker
 * (models/coref-pronouns.json): the candidate's rank in the Hobbs-like search order, distance, kind,
 * semantic class, and agreement of its cluster in number, gender and animacy with the pronoun.
 */
import type { Clusters } from './clusters.js';
import type { CorefMention } from './coref-mention.js';

const PERSON_LIKE = new Set(['person', 'animal']);
const PREPOSITION =
  /\b(?:of|in|on|at|to|for|with|from|by|about|into|over|under|through|between|against|during|without|within|after|before)\s+$/i;

const bucket = (n: number, limits: number[]) => {
  const i = limits.findIndex((l) => n <= l);
  return i < 0 ? `>${limits[limits.length - 1]}` : `${limits[i]}`;
};

export function pairFeatures(
  text: string,
  p: CorefMention,
  j: number,
  rank: number,
  clusters: Clusters,
  mentionsBetween: number,
): string[] {
  const c = clusters.mentions[j]!;
  const a = clusters.of(j);
  const pr = p.head;
  const personLike = [...a.semantics].some((s) => PERSON_LIKE.has(s));
  const orgLike = a.semantics.has('organization');
  const thingLike = [...a.semantics].some((s) => !PERSON_LIKE.has(s) && s !== 'organization');
  const gender =
    p.gender === '?' ? 'na' : a.genders.has(p.gender) ? 'same' : a.genders.size > 0 ? 'clash' : 'unknown';
  const number =
    p.number === '?'
      ? 'na'
      : a.numbers.has(p.number)
        ? a.numbers.size > 1
          ? 'mixed'
          : 'same'
        : a.numbers.size > 0
          ? 'clash'
          : 'unknown';
  const animacy = personLike
    ? thingLike
      ? 'mixed'
      : 'person'
    : orgLike
      ? 'org'
      : thingLike
        ? 'thing'
        : 'unknown';
  const kind =
    c.kind === 'pronoun' ? `pron:${c.head}` : c.kind === 'name' ? `name:${c.type}` : `nom:${c.determiner}`;
  const dist = `${Math.min(p.sentence - c.sentence, 4)}`;
  const afterPreposition = PREPOSITION.test(text.slice(Math.max(0, c.start - 12), c.start));
  return [
    'bias',
    `rank=${bucket(rank, [0, 1, 2, 3, 5, 8, 12])}`,
    `p=${pr}|rank=${bucket(rank, [0, 1, 2, 4, 8])}`,
    `dist=${dist}`,
    `p=${pr}|dist=${dist}`,
    `between=${bucket(mentionsBetween, [0, 1, 2, 4, 8, 16])}`,
    `kind=${kind}`,
    `p=${pr}|kind=${kind}`,
    `p=${pr}|gender=${gender}`,
    `p=${pr}|number=${number}`,
    `p=${pr}|animacy=${animacy}`,
    `p=${pr}|gender=${gender}|animacy=${animacy}`,
    `p=${pr}|sem=${c.semantic}`,
    `size=${bucket(a.size, [1, 2, 4, 8, 16])}`,
    `p=${pr}|size=${bucket(a.size, [1, 3, 8])}`,
    `pp=${afterPreposition}`,
    `p=${pr}|pp=${afterPreposition}`,
    `samePronoun=${c.kind === 'pronoun' && c.head === pr}`,
    `names=${a.names > 0}`,
  ];
}
