/**
 * Names of one thing, within one article: exact repeats, short forms ("Blinken" → "Antony Blinken",
 * "Islamic State" → "Islamic State in Iraq and Syria"), acronyms ("ISIS"), names with a generic noun
 * ("the Islamic State group" → "Islamic State"), countries by any of their names or demonyms ("US",
 * "American" → United States), and probable name variants ("Antoine Blink" ~ "Antony Blinken", merged
 * with a flag). Longer names are read first so that short forms find the full name wherever it is;
 * every lookup goes through a map keyed by name, prefix, word or initials.
 */
import { countryByCode } from '../../places/country-names.js';
import { countryOfDemonym, countryOfName } from '../../places/demonyms.js';
import { isRegionName } from '../../places/region-names.js';
import { wordSet } from '../../resources/word-set.js';
import { isNameTitle, isRankOrAddress } from '../name-titles.js';
import type { CorefMention } from './coref-mention.js';
import type { SieveContext } from './sieve-context.js';

const ACRONYM = /^\p{Lu}{2,6}$/u;
/** The word after a company's short name that only says what kind of company it is ("RFK Racing"). */
const COMPANY_FORMS = wordSet(
  'Inc Inc. Corp Corp. Corporation Co Co. Company Ltd Ltd. LLC plc PLC AG SA NV Group Holdings Racing Motorsports',
);

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');

const sharedPrefix = (x: string, y: string) => {
  let n = 0;
  while (n < x.length && n < y.length && x[n]?.toLowerCase() === y[n]?.toLowerCase()) n++;
  return n;
};

/** Two spellings of one person's name, as translation damages them: "Antoine Blink" ~ "Antony Blinken". */
export function isNameVariant(a: string[], b: string[]): boolean {
  const lastA = a[a.length - 1] ?? '';
  const lastB = b[b.length - 1] ?? '';
  if (a.length < 2 || b.length < 2 || lastA === lastB) return false;
  return sharedPrefix(lastA, lastB) >= 4 && sharedPrefix(a[0] ?? '', b[0] ?? '') >= 3;
}

/** The ISO alpha-3 code of the country a name ("Syria", "US") or a demonym ("Italian", "Iranian-backed") stands for. */
const COUNTRY_NAME_TYPES = new Set(['NORP', 'GPE', 'ORG', 'LOC', 'MISC']);

export function countryOfMention(name: string, mention: CorefMention): string | undefined {
  // A country's own name denotes the country even when the tagger typed it ORG, LOC or MISC
  // ("North Korea fired…", "the US said"); a person's name is left alone ("Chad", "Jordan").
  if (!mention.type || !COUNTRY_NAME_TYPES.has(mention.type)) return undefined;
  const code = mention.type === 'NORP' ? countryOfDemonym(name) : countryOfName(name);
  return code ? countryByCode(code)?.code3 : undefined;
}

/**
 * An organisation's name as a qualifier and the name it qualifies, of two capitalised words or more:
 * "UN" + "Security Council", "United Nations" + "Security Council", "Russian" + "Foreign Ministry".
 */
function qualifierSplit(words: readonly string[]): [string, string] | undefined {
  for (let k = 1; k <= 2 && words.length - k >= 2; k++) {
    const head = words.slice(0, k).join(' ');
    const tail = words.slice(k);
    if (!tail.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|for|and|the)$/.test(w))) continue;
    const qualifier =
      (k === 1 && ACRONYM.test(head)) ||
      countryOfName(head) !== undefined ||
      countryOfDemonym(head) !== undefined ||
      (k === 2 && initials(head).length === 2);
    if (qualifier) return [head, tail.join(' ')];
  }
  return undefined;
}

/** Last words of a name for an event named after its party: "Hamas War", "Gaza Summit", "Paris Agreement". */
const EVENT_HEADS = wordSet(
  'War Wars Conflict Crisis Summit Talks Agreement Accord Accords Treaty Awards Prize Festival Week Cup Games Championship Championships Open Marathon Conference Forum Election Elections Revolution Massacre Attack Attacks',
);

export function nameSieve(context: SieveContext): void {
  const { text, mentions, clusters } = context;
  const exact = new Map<string, number>();
  const byCountry = new Map<string, number>();
  const byPrefix = new Map<string, number>();
  const byInitials = new Map<string, number>();
  /** Organisations by their name after a leading country or acronym: "Security Council" → "UN Security Council". */
  const byQualifiedTail = new Map<string, { head: string; at: number }[]>();
  const personByWord = new Map<string, number[]>();
  const personByStem = new Map<string, number[]>();
  const order = mentions
    .map((m, i) => ({ m, i }))
    .filter(({ m }) => m.kind === 'name')
    .sort((a, b) => b.m.end - b.m.start - (a.m.end - a.m.start) || a.m.start - b.m.start);

  for (const { m, i } of order) {
    // "Penn State's" is "Penn State".
    const name = text.slice(m.start, m.end).replace(/['’]s?$/u, '');
    const words = name.split(/\s+/);
    const country = countryOfMention(name, m);
    if (country) {
      context.countries.set(i, country);
      // A demonym ("Greek architects", "the Japanese") is noted as its country for the entity links
      // (link-mentions.ts joins it to the country's entity by id) but joins no cluster: GUM never chains
      // a demonym with the country (the people, or a modifier that is no mention at all); GUM train
      // 55.6 -> 55.9, dev 56.8 -> 57.0.
      if (m.type === 'NORP') continue;
      const known = byCountry.get(country);
      if (known === undefined) byCountry.set(country, i);
      else clusters.union(known, i);
      continue;
    }
    if (m.type === 'NORP') continue;
    // An organisation's qualifier and the name it qualifies, read once for the look-up and the index.
    const split = m.type === 'ORG' ? qualifierSplit(words) : undefined;
    const target = findTarget(m, i, name, words, split);
    if (target !== undefined) clusters.union(target, i);
    index(m, i, name, words, split);
  }
  joinNamedDescriptions(context);

  function findTarget(
    m: CorefMention,
    i: number,
    name: string,
    words: string[],
    split: [string, string] | undefined,
  ): number | undefined {
    const same = exact.get(name);
    if (same !== undefined) return same;
    if (m.type === 'PERSON' || m.type === 'MISC') {
      // "Emperor Norton" is "Joshua Abraham Norton": titles and ranks are left out of the comparison;
      // "Francis" is "Pope Francis" (of one gender: not "Mrs. Smith" for "Mr. Smith").
      // Of two people it may be ("Cruz": Ted Cruz, Rafael Cruz), the one named last before it.
      const own = withoutTitles(words);
      const before = (j: number) => mentions[j]!.start < m.start;
      let found: number | undefined;
      for (const candidate of personByWord.get(words[words.length - 1] ?? '') ?? []) {
        const full = withoutTitles(
          text.slice(mentions[candidate]!.start, mentions[candidate]!.end).split(/\s+/),
        );
        const genders = [m.gender, mentions[candidate]!.gender].filter((g) => g === 'm' || g === 'f');
        const sameGender = genders.length < 2 || genders[0] === genders[1];
        if (!(own.length <= full.length && own.every((w) => full.includes(w)) && sameGender)) continue;
        const later = found !== undefined && mentions[candidate]!.start > mentions[found]!.start;
        if (found === undefined || (before(candidate) && (!before(found) || later))) found = candidate;
      }
      if (found !== undefined) return found;
      if (m.type !== 'PERSON' || words.length < 2) return undefined;
      for (const candidate of personByStem.get(stem(words)) ?? []) {
        const fullName = text.slice(mentions[candidate]!.start, mentions[candidate]!.end);
        if (!isNameVariant(words, fullName.split(/\s+/))) continue;
        context.flags.push({
          code: 'name-variant',
          message: `"${name}" is probably a variant of "${fullName}" (likely translation damage); merged`,
          start: m.start,
          end: m.end,
        });
        return candidate;
      }
      return undefined;
    }
    if (ACRONYM.test(name)) {
      const expansion = byInitials.get(name);
      if (expansion !== undefined && (mentions[expansion]!.type === m.type || m.type === 'ORG'))
        return expansion;
    }
    // "Ozy" → "Ozy Media"; but an organisation's acronym before more words names a part of it or
    // something of its own ("ACC" and "ACC Network", "NBC" and "NBC News", "UN" and "UN Security Council"),
    // unless the word after it is the company's form ("RFK" and "RFK Racing", "HSBC Holdings").
    const prefixOf = byPrefix.get(name);
    const partOf =
      m.type === 'ORG' &&
      ACRONYM.test(name) &&
      prefixOf !== undefined &&
      !COMPANY_FORMS.has(
        text.slice(mentions[prefixOf]!.start, mentions[prefixOf]!.end).slice(name.length).trim(),
      );
    // "New Jersey" (a state the tagger typed as a body) is not the "New Jersey Economic Development
    // Authority", nor "Michigan" "Michigan State"; "Hamas" is not the "Hamas War".
    if (
      prefixOf !== undefined &&
      mentions[prefixOf]!.type === m.type &&
      !partOf &&
      !isRegionName(name) &&
      !EVENT_HEADS.has(
        text.slice(mentions[prefixOf]!.start, mentions[prefixOf]!.end).split(/\s+/).at(-1) ?? '',
      )
    )
      return prefixOf;
    const qualified = m.type === 'ORG' ? sameBodyQualified(name, split) : undefined;
    if (qualified !== undefined) return qualified;
    // "Islamic State group": the name without its trailing common noun.
    const bare = name.replace(/(?:\s+\p{Ll}+)+$/u, '');
    if (bare !== name) return exact.get(bare) ?? byPrefix.get(bare);
    void i;
    return undefined;
  }

  /**
   * "Security Council" after "UN Security Council" (one organisation qualified by an acronym, and by no
   * other qualifier: "the Foreign Ministry" of a text about two countries' ministries stays apart, and a
   * country's "Foreign Ministry" is left to the descriptions); "UN Security Council" and "United Nations
   * Security Council" (the acronym spells the other's qualifier).
   */
  function sameBodyQualified(name: string, split: [string, string] | undefined): number | undefined {
    const bodies = byQualifiedTail.get(name);
    const acronym = bodies?.find((b) => ACRONYM.test(b.head))?.head;
    const sameHead = (head: string) => head === acronym || initials(head) === acronym;
    if (acronym && bodies?.every((b) => sameHead(b.head))) return bodies[0]!.at;
    const [head, tail] = split ?? [];
    if (!head || !tail || !ACRONYM.test(head)) return undefined;
    return byQualifiedTail.get(tail)?.find((b) => initials(b.head) === head)?.at;
  }

  function withoutTitles(words: string[]): string[] {
    const kept = words.filter((w) => !isNameTitle(w) && !isRankOrAddress(w));
    return kept.length > 0 ? kept : words;
  }

  function stem(words: string[]): string {
    return `${(words[0] ?? '').slice(0, 3).toLowerCase()} ${(words[words.length - 1] ?? '').slice(0, 4).toLowerCase()}`;
  }

  function index(
    m: CorefMention,
    i: number,
    name: string,
    words: string[],
    split: [string, string] | undefined,
  ): void {
    if (!exact.has(name)) exact.set(name, i);
    if (m.type === 'PERSON') {
      if (words.length < 2) return;
      for (const w of words) {
        const list = personByWord.get(w) ?? [];
        if (list.length < 8) list.push(i);
        personByWord.set(w, list);
      }
      const list = personByStem.get(stem(words)) ?? [];
      if (list.length < 8) list.push(i);
      personByStem.set(stem(words), list);
      return;
    }
    const acronym = initials(name);
    if (acronym.length >= 2 && words.length >= 2 && !byInitials.has(acronym)) byInitials.set(acronym, i);
    const [head, tail] = split ?? [];
    if (head && tail) byQualifiedTail.set(tail, [...(byQualifiedTail.get(tail) ?? []), { head, at: i }]);
    for (let n = 1; n < words.length; n++) {
      const prefix = words.slice(0, n).join(' ');
      if (!byPrefix.has(prefix) && /^\p{Lu}/u.test(words[n - 1] ?? '')) byPrefix.set(prefix, i);
    }
  }
}

/**
 * "the Islamic State group": a singular organisation description whose only premodifier is an
 * organisation's name is that organisation (the tagger leaves the common noun out of the name).
 */
function joinNamedDescriptions(context: SieveContext): void {
  const { text, mentions, clusters } = context;
  const orgByEnd = new Map<number, number>();
  mentions.forEach((m, i) => {
    if (m.kind === 'name' && m.type === 'ORG') orgByEnd.set(m.end, i);
  });
  if (orgByEnd.size === 0) return;
  mentions.forEach((m, i) => {
    if (m.kind !== 'nominal' || m.semantic !== 'organization' || m.number !== 'sg') return;
    let end = m.headStart;
    while (end > m.start && /\s/.test(text[end - 1]!)) end--;
    const name = orgByEnd.get(end);
    if (name === undefined || end === m.headStart) return;
    const before = text.slice(m.start, mentions[name]!.start);
    if (mentions[name]!.start >= m.start && /^(?:the\s+)?$/i.test(before)) clusters.union(name, i);
  });
}
