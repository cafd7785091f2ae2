/**
 * Definite descriptions of a named thing: "the minister" → the person named just before, "the group" →
 * the organisation, "the country" → the place. A definite singular noun phrase whose head is a person noun,
 * or a noun that describes places or organisations (data/coref/nouns.json), and that no earlier sieve linked, joins the nearest name of that kind in its
 * sentence or the MAX_SENTENCES before it (agreeing in gender for people). A place or organisation phrase
 * with words after its head ("the town of Yeoncheon") describes something of its own and is left alone,
 * and so is "the region" (around the place named, not the place).
 */
import type { EntityType } from '../../doc/record-schema.js';
import { isDescribingNoun } from './coref-lexicon.js';
import type { SieveContext } from './sieve-context.js';

const MAX_SENTENCES = 2;
const TYPES: Record<string, readonly EntityType[]> = {
  person: ['PERSON'],
  organization: ['ORG'],
  place: ['GPE', 'LOC'],
};

export function descriptionSieve(context: SieveContext): void {
  const { mentions, clusters } = context;
  const lastName = new Map<EntityType, number>();
  const titles = titleHolders(context);
  mentions.forEach((m, i) => {
    const types = TYPES[m.semantic];
    const describes = (m.semantic === 'person' || isDescribingNoun(m.head)) && m.head !== 'region';
    // "the town of Yeoncheon", "the city of Mosul": a place or organisation phrase that names what it
    // describes after its head is not the place named before it. "The region" is the area around the place
    // named, not the place (GUM train: 2 links wrong, 7 spurious, 1 right).
    const namesItself = m.semantic !== 'person' && m.end > m.headEnd;
    if (
      m.kind === 'nominal' &&
      m.determiner === 'definite' &&
      m.number === 'sg' &&
      types &&
      describes &&
      !namesItself
    ) {
      const titled = clusters.of(i).names === 0 && m.modifiers.length === 0 ? titles.get(m.head) : undefined;
      if (titled !== undefined) clusters.union(titled, i);
      else if (clusters.of(i).size === 1) {
        const candidates = types
          .map((t) => lastName.get(t))
          .filter((j): j is number => j !== undefined && mentions[j]!.end <= m.start)
          .sort((a, b) => b - a);
        const j = candidates[0];
        const antecedent = j === undefined ? undefined : mentions[j];
        const genders = j === undefined ? undefined : clusters.of(j).genders;
        const clash = m.gender !== '?' && genders?.has(m.gender === 'm' ? 'f' : 'm');
        if (j !== undefined && antecedent && m.sentence - antecedent.sentence <= MAX_SENTENCES && !clash) {
          clusters.union(j, i);
        }
      }
    }
    if (m.kind === 'name' && m.type) lastName.set(m.type, i);
  });
}

/**
 * "The pope" … "Pope Francis", "the president" … "President Joe Biden": for each title, the one person of
 * the text whose name carries it (in the name, or as a role right before it), as one of that person's
 * name mentions; titles that several people hold are left out. Read once per text (the sieve joins no two
 * names, so who holds a title does not change while it runs).
 */
function titleHolders(context: SieveContext): Map<string, number> {
  const { mentions, clusters, text } = context;
  const holder = new Map<string, number | null>();
  const hold = (title: string, j: number) => {
    const known = holder.get(title);
    if (known === undefined) holder.set(title, j);
    else if (known !== null && !clusters.same(known, j)) holder.set(title, null);
  };
  mentions.forEach((n, j) => {
    if (n.kind !== 'name' || n.type !== 'PERSON') return;
    const words = text.slice(n.start, n.end).split(/\s+/);
    if (words.length > 1) hold(words[0]!.replace(/\.$/, '').toLowerCase(), j);
  });
  for (const [role, name] of context.roles) hold(mentions[role]!.head, name);
  const out = new Map<string, number>();
  for (const [title, j] of holder) if (j !== null) out.set(title, j);
  return out;
}
