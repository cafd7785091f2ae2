/**
 * The word lists the coreference sieves read, loaded once: pronouns with person, number and gender
 * (data/coref/pronouns.json), gendered nouns, irregular plurals and determiners (data/coref/nouns.json),
 * the semantic class of common head nouns learned from GUM train (data/coref/noun-classes.json), and
 * the role words of data/roles.json (a role word heads a mention of a person).
 */
import { readDataFile } from '../../resources/read-data-file.js';

export type Gender = 'm' | 'f' | 'n' | '?';
export type GrammaticalNumber = 'sg' | 'pl' | '?';

export interface PronounInfo {
  person: 1 | 2 | 3;
  number: GrammaticalNumber;
  gender: Gender;
  possessive: boolean;
}

interface PronounFile {
  pronouns: Record<string, string>;
  possessive: string[];
}
interface NounFile {
  male: string[];
  female: string[];
  plural: string[];
  singularInS: string[];
  definite: string[];
  indefinite: string[];
  organization: string[];
  places: string[];
}
interface Lexicon {
  pronouns: Map<string, PronounInfo>;
  gender: Map<string, Gender>;
  givenGender: Map<string, Gender>;
  plural: Set<string>;
  singularInS: Set<string>;
  definite: Set<string>;
  indefinite: Set<string>;
  classes: Map<string, string>;
  /** Nouns that describe a named place or organisation ("the country", "the group"). */
  describing: Set<string>;
}

let lexicon: Lexicon | undefined;

function load(): Lexicon {
  if (lexicon) return lexicon;
  const pronounFile = readDataFile<PronounFile>('coref/pronouns.json');
  const possessive = new Set(pronounFile.possessive);
  const pronouns = new Map<string, PronounInfo>();
  for (const [word, spec] of Object.entries(pronounFile.pronouns)) {
    const [person, number, gender] = spec.split(' ');
    pronouns.set(word, {
      person: Number(person) as 1 | 2 | 3,
      number: number === 'sg' || number === 'pl' ? number : '?',
      gender: gender === 'm' || gender === 'f' || gender === 'n' ? gender : '?',
      possessive: possessive.has(word),
    });
  }
  const nouns = readDataFile<NounFile>('coref/nouns.json');
  const gender = new Map<string, Gender>();
  for (const w of nouns.male) gender.set(w, 'm');
  for (const w of nouns.female) gender.set(w, 'f');
  const given = readDataFile<{ male: string[]; female: string[] }>('coref/given-names.json');
  const givenGender = new Map<string, Gender>();
  for (const w of given.male) givenGender.set(w, 'm');
  for (const w of given.female) givenGender.set(w, 'f');
  const classes = new Map(
    Object.entries(readDataFile<{ classes: Record<string, string> }>('coref/noun-classes.json').classes),
  );
  for (const role of readDataFile<{ roles: string[] }>('roles.json').roles) {
    const head = role.split(' ').pop();
    if (head) classes.set(head, 'person');
  }
  for (const w of nouns.organization) classes.set(w, 'organization');
  lexicon = {
    pronouns,
    gender,
    givenGender,
    plural: new Set(nouns.plural),
    singularInS: new Set(nouns.singularInS),
    definite: new Set(nouns.definite),
    indefinite: new Set(nouns.indefinite),
    classes,
    describing: new Set([...nouns.places, ...nouns.organization]),
  };
  return lexicon;
}

export const pronounInfo = (word: string): PronounInfo | undefined => load().pronouns.get(word.toLowerCase());

/** GUM entity type of a common head noun: person, organization, place, object, abstract… or undefined. */
export const nounClass = (word: string): string | undefined => load().classes.get(word.toLowerCase());

export const nounGender = (word: string): Gender => load().gender.get(word.toLowerCase()) ?? '?';

/** The gender a given name says ("Donald", "Nikki"; data/coref/given-names.json), or '?'. */
export const givenNameGender = (word: string): Gender => load().givenGender.get(word.toLowerCase()) ?? '?';

export function nounNumber(word: string): GrammaticalNumber {
  const w = word.toLowerCase();
  const { plural, singularInS } = load();
  if (plural.has(w)) return 'pl';
  if (singularInS.has(w) || /(?:ss|us|is|ics)$/.test(w)) return 'sg';
  return /[a-z]s$/.test(w) ? 'pl' : 'sg';
}

export type Determiner = 'definite' | 'indefinite' | 'possessive' | 'none';

export function determinerOf(word: string): Determiner {
  const w = word.toLowerCase();
  const { definite, indefinite } = load();
  if (definite.has(w)) return 'definite';
  if (indefinite.has(w)) return 'indefinite';
  if (pronounInfo(w)?.possessive) return 'possessive';
  return 'none';
}

/** Whether a definite "the <word>" can describe a named place or organisation ("the country", "the group"). */
export const isDescribingNoun = (word: string): boolean => load().describing.has(word.toLowerCase());
