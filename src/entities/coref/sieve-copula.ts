/**
 * Predicate nominatives: "Brother Newton is a busy man", "Athens was just a small provincial village",
 * "Jason, who is our editor". GUM (like the roles a news reader wants: "Blinken is the US Secretary of
 * State") chains the noun phrase after a copula with the subject right before it ("It was an accident",
 * "That was a joke", "I was a little girl" too). The subject is the longest mention ending just before the
 * verb; a negated copula ("is not a", "was never the") links nothing. The copula may be contracted ("it's a
 * mess"), modal ("would be", "'ll be") or "seems to be" (GUM train 55.9 -> 56.1, dev 57.0 -> 57.1); "served
 * as" measured no different, and a bare predicate ("they are students") lower (train 55.7, dev 56.7).
 * The subject may stand before a bracket or a comma-delimited insertion ("Charles J. Fillmore (1929 – 2014)
 * was an American linguist", "Lensey, born in 1929, is a children's book author"; GUM train: 21 more links
 * right, 10 spurious).
 */
import type { SieveContext } from './sieve-context.js';

const COPULA =
  /^[ \t]*(?:,[ \t]*who[ \t]+)?(?:is|was|are|were|['’]re|['’]s|remains|remained|became|becomes|become|has been|have been|had been|(?:will|would|could|can|may|might|must|should|['’]ll|['’]d) be|(?:seems?|seemed|appears?|appeared) to be)[ \t]+(?:(?:just|also|still|now|only|really|actually|truly|indeed|already|once|always|probably|definitely|certainly|clearly)[ \t]+)?$/i;
const AFTER_PREPOSITION = /\b(?:on|in|at|of|from|with|by|for|to|into|under|over|about)\s+$/i;
/** Subjects that are no referents of their own here ("there was a man", "what is a …"). */
const NO_SUBJECT = new Set(['this', 'that', 'there', 'what', 'which', 'who']);

export function copulaSieve(context: SieveContext): void {
  const { text, mentions, clusters } = context;
  // Longest mention ending at each offset: the subject before a copula.
  const endingAt = new Map<number, number>();
  mentions.forEach((m, i) => {
    const known = endingAt.get(m.end);
    if (known === undefined || mentions[known]!.start > m.start) endingAt.set(m.end, i);
  });
  const longestAt = new Map<number, number>();
  mentions.forEach((m, i) => {
    const known = longestAt.get(m.start);
    if (known === undefined || mentions[known]!.end < m.end) longestAt.set(m.start, i);
  });
  mentions.forEach((m, i) => {
    if (m.kind !== 'nominal' || longestAt.get(m.start) !== i || m.determiner === 'none') return;
    // "the world's most prevalent …": a possessor, not the predicate.
    if (/^['’]s\b/u.test(text.slice(m.end, m.end + 3))) return;
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    for (let cut = 0; cut < before.length; cut++) {
      if (!COPULA.test(before.slice(cut))) continue;
      const verbAt = m.start - before.length + cut;
      const j = endingAt.get(verbAt) ?? endingAt.get(insertionStart(text, verbAt));
      const subject = j === undefined ? undefined : mentions[j];
      if (j === undefined || !subject || subject.sentence !== m.sentence) return;
      // "On the floor was a wrapper": a phrase after a preposition is no subject.
      if (AFTER_PREPOSITION.test(text.slice(Math.max(0, subject.start - 8), subject.start))) return;
      if (subject.kind === 'pronoun' && NO_SUBJECT.has(subject.head) && !subject.demonstrative) return;
      if (subject.kind === 'nominal' && NO_SUBJECT.has(subject.head)) return;
      if (subject.number !== '?' && m.number !== '?' && subject.number !== m.number) return;
      clusters.union(j, i);
      return;
    }
  });
}

/** The longest insertion a subject may stand before: "(August 9, 1929 – February 13, 2014)", ", born in 1929,". */
const MAX_INSERTION = 80;

/**
 * Where an insertion right before a copula starts, when there is one: "Charles J. Fillmore (August 9, 1929 –
 * February 13, 2014) was …", "His third daughter Lensey, born in 1929, is …" (-1 when there is none).
 */
function insertionStart(text: string, verbAt: number): number {
  const before = text.slice(Math.max(0, verbAt - MAX_INSERTION), verbAt);
  const bracket = /\s*\([^()\n]*\)\s*$/.exec(before);
  if (bracket) return verbAt - bracket[0].length;
  const comma = /\s*,[^,.;:!?()\n]*,\s*$/.exec(before);
  if (comma) return verbAt - comma[0].length;
  return -1;
}
