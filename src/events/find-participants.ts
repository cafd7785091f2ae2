/**
 * The people, groups and places a sentence can make actors, targets or the place of an event: entity
 * mentions, and sector nouns with their country ("Syrian rebels" → Syria, rebel; "the Georgian
 * government" → Georgia, government; "Syrian President Bashar Assad" → Syria, government).
 */
import type { Token } from '../doc/doc.js';
import type { Entity, Mention, Span } from '../doc/record-schema.js';
import { lemma, sectorLexicon, verbWordSets } from './event-lexicon.js';

export interface Participant extends Span {
  text: string;
  entity?: string;
  country?: string;
  sector?: string;
  /** Entity type of the linked entity, when there is one. */
  type?: string;
  /** A place rather than an actor: a GPE or LOC after "in", "at", "near"… */
  place: boolean;
  /** Governed by a verb or a preposition ("told reporters", "from Afghanistan"): an object, not a subject. */
  object: boolean;
  /** The preposition that governs it, lower case ("against", "for"), if any. */
  preposition?: string;
  /** A possessive pronoun ("its deliberate targeting"): actor only of the event noun it owns. */
  owner?: boolean;
}

/** "the city of Rafah", "the province of Idlib": a place named after its kind. */
const PLACE_NOUNS =
  /^(?:city|town|village|province|region|district|state|county|port|capital|island|governorate|municipality)$/i;
const PLACE_PREPOSITIONS = new Set([
  'in',
  'at',
  'near',
  'outside',
  'inside',
  'across',
  'throughout',
  'into',
  'around',
  'between',
]);
const POSSESSIVE_PRONOUNS = /^(?:his|her|its|their|our|my|your)$/i;
/** Words skipped when looking for what governs a noun phrase. */
const MODIFIER_POS = new Set(['DET', 'ADJ', 'NUM', 'PROPN']);
const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);
/** Tokens that may stand between a country and the person or group it qualifies: titles, "'s", "of". */
const TITLE_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'PART']);

let nounSectors: Map<string, string> | undefined;
/** The first words of the two-word sector nouns ("armed" of "armed forces"). */
let pairStarts: Set<string> | undefined;
let orgSectors: Map<string, string> | undefined;
/** Each sector's name words as whole-word patterns, compiled once (they were compiled on every call). */
let nameWordPatterns: [string, RegExp[]][] | undefined;

function sectorNouns(): Map<string, string> {
  if (!nounSectors) {
    nounSectors = new Map();
    for (const [sector, nouns] of Object.entries(sectorLexicon().nouns))
      for (const noun of nouns) nounSectors.set(noun, sector);
  }
  return nounSectors;
}

function sectorOfNoun(words: string): string | undefined {
  return sectorNouns().get(words.toLowerCase());
}

/**
 * The sector of the two words `first second` ("armed forces"). Most words start no two-word sector
 * noun: those are answered without building the pair (this ran for every token of a sentence).
 */
function sectorOfPair(first: string, second: string): string | undefined {
  pairStarts ??= new Set(
    [...sectorNouns().keys()].filter((noun) => noun.includes(' ')).map((noun) => noun.split(' ')[0]!),
  );
  if (!pairStarts.has(first.toLowerCase())) return undefined;
  return sectorOfNoun(`${first} ${second}`);
}

/** Sector of a named organisation: known names first, then words in the name ("Defence Forces"). */
export function sectorOfName(name: string): string | undefined {
  if (!orgSectors) {
    orgSectors = new Map();
    for (const [sector, names] of Object.entries(sectorLexicon().organisations))
      for (const n of names) orgSectors.set(n.toLowerCase(), sector);
  }
  const known = orgSectors.get(name.toLowerCase());
  if (known) return known;
  nameWordPatterns ??= Object.entries(sectorLexicon().nameWords).map(([sector, words]) => [
    sector,
    words.map((w) => new RegExp(`\\b${w}\\b`)),
  ]);
  for (const [sector, patterns] of nameWordPatterns) {
    if (patterns.some((pattern) => pattern.test(name))) return sector;
  }
  return undefined;
}

export function countryOf(entity: Entity | undefined): string | undefined {
  return entity?.country ?? entity?.roles.find((r) => r.country)?.country;
}

function entitySector(entity: Entity | undefined): string | undefined {
  if (!entity) return undefined;
  if (entity.type === 'ORG' || entity.type === 'NORP') return sectorOfName(entity.name);
  if (entity.type === 'PERSON') {
    for (const role of entity.roles) {
      const word = role.title
        .toLowerCase()
        .split(/\s+/)
        .find((w) => sectorOfNoun(w));
      if (word) return sectorOfNoun(word);
    }
  }
  return undefined;
}

/**
 * The country of the first name inside `mention` that has one (its own mention left out). A loop, not
 * filter-map-find: the arrays those made were empty in some sentences and not in others, and each new
 * kind of array threw away findParticipants' optimised code (two recompilations per worker).
 */
function countryWithin(
  mention: Mention,
  mentions: readonly Mention[],
  entities: ReadonlyMap<string, Entity>,
): string | undefined {
  for (const m of mentions) {
    if (m.start < mention.start || m.end > mention.end || m === mention) continue;
    const country = countryOf(entities.get(m.entity));
    if (country) return country;
  }
  return undefined;
}

/** The sector of the first of `words` that is a sector noun ("deputy", "defence" → military). */
function firstSectorNoun(words: readonly string[]): string | undefined {
  for (const w of words) {
    const sector = sectorOfNoun(w);
    if (sector) return sector;
  }
  return undefined;
}

/** The participants of one sentence, in text order. `mentions` are those inside the sentence. */
export function findParticipants(
  text: string,
  tokens: readonly Token[],
  mentions: readonly Mention[],
  entities: ReadonlyMap<string, Entity>,
  /** Spans whose names are no actors: amounts ("US $ 436 million"), a dateline. */
  excluded: readonly Span[] = [],
): Participant[] {
  const out: Participant[] = [];
  const word = (t: Token | undefined) => (t ? text.slice(t.start, t.end) : '');
  const tokenIndexAt = (offset: number) => tokens.findIndex((t) => t.start >= offset);
  const isPlace = (start: number, type: string | undefined) => {
    const i = tokenIndexAt(start);
    let k = i - 1;
    // "in the city of Rafah": the preposition before the place noun.
    if (/^of$/i.test(word(tokens[k])) && PLACE_NOUNS.test(word(tokens[k - 1]))) k -= 2;
    if (/^the$/i.test(word(tokens[k]))) k--;
    return !!type && PLACE_TYPES.has(type) && PLACE_PREPOSITIONS.has(word(tokens[k]).toLowerCase());
  };
  const governorOf = (start: number) => {
    let i = tokenIndexAt(start) - 1;
    while (i >= 0 && MODIFIER_POS.has(tokens[i]?.pos ?? '')) i--;
    return tokens[i];
  };
  const isObject = (start: number) => {
    const governor = governorOf(start);
    if (!governor) return false;
    // "saying the regime is killing citizens": after a reporting verb comes the subject of its clause.
    if (governor.pos === 'VERB') return !reporting.has(lemma(word(governor)));
    return governor.pos === 'ADP' && word(governor).toLowerCase() !== 'of';
  };
  const prepositionOf = (start: number) => {
    const governor = governorOf(start);
    return governor?.pos === 'ADP' ? word(governor).toLowerCase() : undefined;
  };
  const { reporting } = verbWordSets();
  for (const mention of mentions) {
    const owner = POSSESSIVE_PRONOUNS.test(mention.text);
    if (owner && !mention.entity) continue;
    if (excluded.some((e) => e.start <= mention.start && mention.start < e.end)) continue;
    // "Florida" in "Florida State": the longer name that starts there is the participant; "Palestinian"
    // in "the Palestinian armed group" (Hamas): the phrase around it, when it stands for someone.
    if (
      mentions.some(
        (m) =>
          m.start <= mention.start &&
          m.end >= mention.end &&
          m.end - m.start > mention.end - mention.start &&
          (m.start === mention.start || (m.entity && m.entity !== mention.entity)),
      )
    )
      continue;
    const entity = entities.get(mention.entity);
    out.push({
      start: mention.start,
      end: mention.end,
      text: mention.text,
      entity: mention.entity,
      // "the Palestinian armed group": the country of a name inside the phrase when its own has none.
      country: countryOf(entity) ?? countryWithin(mention, mentions, entities),
      sector: entitySector(entity),
      type: entity?.type,
      place: isPlace(mention.start, entity?.type),
      object: isObject(mention.start),
      preposition: prepositionOf(mention.start),
      ...(owner ? { owner } : {}),
    });
  }
  // Sector nouns outside mentions; a country mention just before qualifies them ("Syrian rebels").
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (out.some((p) => p.start <= token.start && token.start < p.end)) continue;
    const pair = i + 1 < tokens.length ? sectorOfPair(word(token), word(tokens[i + 1])) : undefined;
    const sector =
      pair || (token.pos === 'NOUN' || token.pos === 'PROPN' ? sectorOfNoun(word(token)) : undefined);
    if (!sector) continue;
    const last = pair ? (tokens[i + 1] as Token) : token;
    let start = token.start;
    let qualifier: Participant | undefined;
    for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
      const before = tokens[j] as Token;
      const owner = out.find((p) => p.start <= before.start && before.start < p.end && p.entity);
      if (owner && (owner.type === 'GPE' || owner.type === 'NORP' || owner.type === 'ORG')) {
        qualifier = owner;
        break;
      }
      const glued = word(before) === '-' || text[before.start - 1] === '-';
      if (!TITLE_POS.has(before.pos) && word(before) !== "'s" && !glued) break;
    }
    if (qualifier) {
      out.splice(out.indexOf(qualifier), 1);
      start = qualifier.start;
    }
    out.push({
      start,
      end: last.end,
      text: text.slice(start, last.end),
      entity: qualifier?.entity,
      country: qualifier?.country,
      sector,
      type: qualifier?.type,
      place: false,
      object: isObject(start),
      preposition: prepositionOf(start),
    });
    if (pair) i++;
  }
  // A person or organisation named after a country and a title: "Syrian President Bashar Assad".
  out.sort((a, b) => a.start - b.start);
  const modifiers = new Set<Participant>();
  for (let k = 1; k < out.length; k++) {
    const current = out[k] as Participant;
    const previous = out[k - 1] as Participant;
    if (current.type !== 'PERSON' && current.type !== 'ORG') continue;
    if (previous.type !== 'GPE' && previous.type !== 'NORP') continue;
    const between = text.slice(previous.end, current.start);
    // Only titles may stand between: capitalised words, "of", "'s" ("US Deputy Secretary of Energy").
    if (
      !/^(?:'s)?(?:\s+(?:\p{Lu}[\p{L}.-]*|of|the|'s))*\s+$/u.test(between) ||
      between.split(/\s+/).length > 7
    )
      continue;
    current.country ??= previous.country;
    current.sector ??= firstSectorNoun(between.toLowerCase().split(/\s+/));
    modifiers.add(previous);
  }
  return out.filter((p) => !modifiers.has(p) && p.text.trim() !== '');
}
