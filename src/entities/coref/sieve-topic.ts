/**
 * The text's main place or company under a plain description: in a guide to Athens, "the city" is Athens
 * twenty times over, though the exact-repeat sieve has already made the repeats one cluster of their own and
 * the description sieve (which looks only at the nearest name) skips a phrase already clustered. A
 * lone description or a cluster of definite singular descriptions with no name in it ("the city" … "the city", "the company")
 * joins the text's dominant name of the matching kind: the named cluster with at least MIN_MENTIONS
 * mentions and RATIO times as many as the next one, named before the description. Only a few head nouns
 * whose kind can be told apart: a city, town or village is a place name that is not a country, "the
 * country" / "the nation" a country's name (the name sieve notes countries), "the company" / "the firm" /
 * "the university" / "the museum" / "the club" an organisation. Wider lists ("the team", "the party", "the
 * island", "the state") and person nouns measured lower on GUM train (see models/coref.md, sixth round).
 * It runs before the description sieve, so that a lone "the city" also goes to the dominant city rather
 * than to the nearest place name (GUM train: 6 more right links, 4 fewer spurious ones).
 */
import type { EntityType } from '../../doc/record-schema.js';
import type { SieveContext } from './sieve-context.js';

const MIN_MENTIONS = 3;
const RATIO = 2;
const KIND_OF_HEAD: Record<string, 'city' | 'country' | 'organisation'> = {
  city: 'city',
  town: 'city',
  village: 'city',
  capital: 'city',
  country: 'country',
  nation: 'country',
  company: 'organisation',
  firm: 'organisation',
  university: 'organisation',
  museum: 'organisation',
  club: 'organisation',
};
const TYPES: Record<'city' | 'country' | 'organisation', readonly EntityType[]> = {
  city: ['GPE', 'LOC'],
  country: ['GPE', 'LOC'],
  organisation: ['ORG'],
};

export function topicSieve(context: SieveContext): void {
  const { mentions, clusters, text } = context;
  // Named clusters: their size, type and whether they hold a country.
  const named = new Map<number, { size: number; types: Set<EntityType>; country: boolean }>();
  mentions.forEach((m, i) => {
    if (m.kind !== 'name' || !m.type) return;
    const root = clusters.find(i);
    const entry = named.get(root) ?? { size: clusters.of(i).size, types: new Set(), country: false };
    entry.types.add(m.type);
    if (context.countries.has(i)) entry.country = true;
    named.set(root, entry);
  });
  // The dominant name of each kind, found once (a union below only grows that name's own cluster).
  const found = new Map<string, number | undefined>();
  const dominant = (kind: 'city' | 'country' | 'organisation'): number | undefined => {
    if (found.has(kind)) return found.get(kind);
    const fits = [...named]
      .filter(
        ([, e]) =>
          TYPES[kind].some((t) => e.types.has(t)) &&
          (kind === 'organisation' || e.country === (kind === 'country')),
      )
      .sort((a, b) => b[1].size - a[1].size);
    const [first, second] = fits;
    const clear =
      first && first[1].size >= MIN_MENTIONS && !(second && first[1].size < RATIO * second[1].size);
    found.set(kind, clear ? first[0] : undefined);
    return found.get(kind);
  };
  const done = new Set<number>();
  mentions.forEach((m, i) => {
    const kind = KIND_OF_HEAD[m.head];
    if (
      !kind ||
      m.kind !== 'nominal' ||
      m.determiner !== 'definite' ||
      m.number !== 'sg' ||
      m.end > m.headEnd
    )
      return;
    // "A Month in the Country": a capitalised head is part of a title.
    if (/^\p{Lu}/u.test(text.slice(m.headStart, m.headStart + 1))) return;
    const root = clusters.find(i);
    if (done.has(root) || clusters.of(i).names > 0) return;
    done.add(root);
    const name = dominant(kind);
    if (name !== undefined && mentions[name]!.start < m.start) clusters.union(name, i);
  });
}
