/**
 * Noun phrases with the same head: "the coalition" → "the international coalition against terrorism",
 * "the extremist group" → "the Islamic State group". A definite or possessive phrase looks back for an
 * earlier mention with its head ("the system" … "our system"); the strict pass also asks that every modifier of the later phrase
 * appear in the earlier cluster ("the global coalition" does not join "the local coalition" there),
 * the relaxed pass, run after, only within a few sentences. A phrase with a post-modifier ("the end of
 * the day") looks back for nothing. Mentions are indexed by head word.
 */
import type { CorefMention } from './coref-mention.js';
import type { SieveContext } from './sieve-context.js';

export interface HeadMatchOptions {
  /** Every modifier of the later phrase must be a word of the earlier cluster. */
  strict: boolean;
  /** How many sentences back an antecedent may be. */
  window: number;
}

/** Earlier phrases with the same head that one phrase is compared with (keeps long texts linear). */
const MAX_CANDIDATES = 50;

const contains = (a: CorefMention, b: CorefMention) => a.start <= b.start && b.end <= a.end;
const capitalised = (text: string, at: number) => /^\p{Lu}/u.test(text[at] ?? '');
/**
 * A one-word name ("Health", the magazine; "Apple"): "our health", "the apple" is the common noun,
 * not the name, though the head is the same word.
 */
const nameIsItsHead = (text: string, m: CorefMention) =>
  m.kind === 'name' && m.start === m.headStart && capitalised(text, m.headStart);

export function headMatchSieve(options: HeadMatchOptions): (context: SieveContext) => void {
  const sieve = (context: SieveContext): void => {
    const { mentions, clusters, text } = context;
    const byHead = new Map<string, number[]>();
    mentions.forEach((m, i) => {
      if (m.kind === 'pronoun' || m.type === 'NORP') return;
      const earlier = byHead.get(m.head);
      // A phrase with words after its head ("the end of the day", "the use of correct bulbs") is mostly a
      // thing of its own: on GUM train 37 such head-match links were right against 190 wrong or spurious.
      const postModified = m.end > m.headEnd;
      if (m.kind === 'nominal' && earlier && m.determiner !== 'indefinite' && m.semantic !== 'time') {
        // A possessive phrase looks back too ("the system" … "our system", "property rights" … "their
        // property rights"): held out on GUM train +0.2, dev +0.3.
        const looksBack = m.determiner === 'definite' || m.determiner === 'possessive';
        if (looksBack && !postModified) {
          for (let k = earlier.length - 1; k >= 0 && k >= earlier.length - MAX_CANDIDATES; k--) {
            const j = earlier[k]!;
            const antecedent = mentions[j]!;
            if (m.sentence - antecedent.sentence > options.window) break;
            if (clusters.same(i, j)) break;
            if (contains(antecedent, m) || contains(m, antecedent) || antecedent.number !== m.number)
              continue;
            const words = clusters.of(j).words;
            if (options.strict && !m.modifiers.every((w) => words.has(w))) continue;
            if (!options.strict && hasConflictingModifier(m, antecedent)) continue;
            if (clusters.namedApart(i, j)) continue;
            if (nameIsItsHead(text, antecedent) && !capitalised(text, m.headStart)) continue;
            clusters.union(j, i);
            break;
          }
        }
      }
      const list = byHead.get(m.head) ?? [];
      list.push(i);
      byHead.set(m.head, list);
    });
  };
  return Object.defineProperty(sieve, 'name', {
    value: options.strict ? 'strictHeadMatch' : 'relaxedHeadMatch',
  });
}

/** Numbers and ordinal or contrast words that tell two things apart ("the first group", "the other group"). */
const CONTRAST =
  /^(?:\d[\d,.]*|first|second|third|last|next|other|another|new|old|former|latter|same|different|north|south|east|west|northern|southern|eastern|western)$/;

function hasConflictingModifier(m: CorefMention, antecedent: CorefMention): boolean {
  return m.modifiers.some((w) => CONTRAST.test(w) && !antecedent.modifiers.includes(w));
}
