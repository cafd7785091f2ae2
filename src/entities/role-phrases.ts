/**
 * Role phrases that stand next to a person's name: "The US Secretary of State, Antoine Blink",
 * "his Italian counterpart Luigi Di Maio", "Pope Francis". Role words live in data/roles.json.
 */
import { countryOfDemonym, countryOfName } from '../places/demonyms.js';
import { readDataFile } from '../resources/read-data-file.js';

interface RoleWords {
  roles: string[];
}

let rolePattern: RegExp | undefined;
/** Capitalised words before a role that are not part of its title: "During Prime Minister Modi's visit", "Former President". */
const NOT_TITLE_WORDS =
  /^(?:during|in|on|at|after|before|when|while|as|with|for|from|by|under|since|then|but|and|or|if|so|meanwhile|also|now|today|yesterday|last|next|this|that|these|those|former|new|outgoing|incoming|late|both|all|our|my|your|we|us|dear|thanks|thank|like|unlike|said|says|told|to|of|follow|contact|email|read|meet|ask|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
/** Words before a role that belong to its title: "deputy prime minister", "Vice President". */
const RANKS = '(?:[Dd]eputy|[Vv]ice|[Aa]cting|[Ii]nterim|[Aa]ssistant|[Ff]irst)';

/** Titles abbreviated before a name ("Gov. Gavin Newsom", "Sen. Warren"), and what they stand for. */
const ABBREVIATED_TITLES: Record<string, string> = {
  Gov: 'Governor',
  Sen: 'Senator',
  Rep: 'Representative',
  Gen: 'General',
  Lt: 'Lieutenant',
  Col: 'Colonel',
  Maj: 'Major',
  Capt: 'Captain',
  Sgt: 'Sergeant',
  Adm: 'Admiral',
  Cmdr: 'Commander',
  Amb: 'Ambassador',
  Supt: 'Superintendent',
  Insp: 'Inspector',
  Det: 'Detective',
  Atty: 'Attorney',
};

/** Whether a word is an abbreviated title, with or without its full stop ("Gov.", "sen"). */
export function isAbbreviatedTitle(word: string): boolean {
  const bare = word.replace(/\.$/, '');
  return Object.hasOwn(ABBREVIATED_TITLES, bare[0]?.toUpperCase() + bare.slice(1).toLowerCase());
}

function pattern(): RegExp {
  if (rolePattern) return rolePattern;
  // Either case for the first letter of each word of a role ("Prime Minister", "prime minister"), a space
  // or a hyphen between its words ("Vice-President"), but names stay capitalised; the longest role first
  // ("prime minister" before "minister").
  const anyCase = (word: string) => `[${word[0]?.toUpperCase()}${word[0]}]${word.slice(1)}`;
  const roles = readDataFile<RoleWords>('roles.json')
    .roles.sort((a, b) => b.length - a.length)
    .map((r) => r.split(' ').map(anyCase).join('[ \\t-]+'))
    .join('|');
  // One or two abbreviations: "Gov.", "Lt. Gen.".
  const abbreviation = `(?:${Object.keys(ABBREVIATED_TITLES).join('|')})\\.`;
  const abbreviated = `(?:${abbreviation}[ \\t]+)?${abbreviation}`;
  // [determiner] [country word['s]] [up to two modifiers] [rank] ROLE [of/to (the) Capitalised words] [,] —
  // then the name.
  rolePattern = new RegExp(
    `(?:\\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)[ \\t]+)?(?:((?:U\\.S\\.|US|UK|EU|UN|[A-Z][a-z]+))(['’]s)?[ \\t]+)?((?:(?!(?:and|or|but|with|to|of|for|by|at|in|on|from|as)[ \\t])[a-z-]+[ \\t]+){0,2}?)\\b((?:${RANKS}[ \\t]+)?(?:${roles}|${abbreviated})(?:[ \\t]+(?:of|to)[ \\t]+(?:the[ \\t]+)?[A-Z][\\w-]*(?:[ \\t]+[A-Z][\\w-]*){0,3})?)[ \\t]*,?[ \\t]*$`,
    'u',
  );
  return rolePattern;
}

let roleWords: Set<string> | undefined;

/** Whether a word (any case) is a one-word role: "general", "Ambassador", "spokesman". */
export function isRoleWord(word: string): boolean {
  roleWords ??= new Set(readDataFile<RoleWords>('roles.json').roles.filter((r) => !r.includes(' ')));
  return roleWords.has(word.toLowerCase());
}

export interface RolePhrase {
  start: number;
  end: number;
  title: string;
  countryWord?: string;
}

const countryOf = (word: string) => countryOfName(word) ?? countryOfDemonym(word);

/** The role phrase that ends right before `nameStart`, if there is one. */
export function findRolePhrase(text: string, nameStart: number): RolePhrase | undefined {
  const windowStart = Math.max(0, nameStart - 80, text.lastIndexOf('\n', nameStart - 1) + 1);
  const before = text.slice(windowStart, nameStart);
  const match = pattern().exec(before);
  if (!match?.[4]) return undefined;
  const phrase = match[0].replace(/\s*,?\s*$/, '');
  const start = windowStart + match.index;
  // "earned her PhD at Cambridge Judge, Yeun Joon Kim of …": after "at" or "in" and before a comma,
  // the words name a place or an institution in a list, not the next person's title.
  if (match[0].includes(',') && /\b(?:at|in)[ \t]+$/i.test(before.slice(0, match.index))) return undefined;
  const [, word, possessive, modifiers, title] = match;
  const written = title.replace(/\s+/g, ' ');
  const role: RolePhrase = {
    start,
    end: start + phrase.length,
    title: written.replace(
      /\b(\p{Lu}\p{Ll}+)\.(?=\s|$)/gu,
      (abbreviation, bare: string) => ABBREVIATED_TITLES[bare] ?? abbreviation,
    ),
  };
  // Capitalised words right before the word are part of one place with it: "New York Governor",
  // "Negros Occidental Gov.", "Papua New Guinea Prime Minister" ("New" of a place is no adjective).
  // A run of three or more is a longer name ("World Food Programme Executive Director"): left as it was.
  // A country or demonym first is the country ("Czech Interior Minister").
  const preceding = word ? /(?:\p{Lu}[\p{L}-]*[ \t]+){1,3}$/u.exec(before.slice(0, match.index)) : null;
  const placeWords = preceding?.[0].trim().split(/[ \t]+/) ?? [];
  const countryFirst = placeWords.length === 1 && countryOf(placeWords[0]!) !== undefined;
  const longer =
    placeWords.length > 0 &&
    placeWords.length < 3 &&
    !placeWords.some((w) => w !== 'New' && NOT_TITLE_WORDS.test(w)) &&
    !(countryFirst && !countryOfName(`${placeWords[0]} ${word}`));
  const place = longer ? `${placeWords.join(' ')} ${word}` : word;
  const country = place && (longer ? countryOfName(place) : countryOf(place));
  // "Finance Minister", "Deputy Prime Minister": a capitalised word that names no country, before a
  // capitalised title, is the title's ("Microsoft founder" is the company's founder).
  const capitalisedTitle = /^\p{Lu}/u.test(role.title);
  if (place && !country && !possessive && !modifiers && capitalisedTitle && !NOT_TITLE_WORDS.test(word!)) {
    role.title = `${place} ${role.title}`;
    if (longer) role.start -= preceding![0].length;
    else if (countryFirst) {
      role.countryWord = placeWords[0];
      role.start -= preceding![0].length;
    }
  } else if (country) {
    role.countryWord = place;
    if (longer) role.start -= preceding![0].length;
  }
  return role;
}

/** ", chief executive of the FMB," after a name: the words between its comma and the next. */
const APPOSITION = /^,[ \t]+([^,.;:()"“”\n]{2,80}?)[ \t]*(?=[,.;])/;

/**
 * The role in an apposition right after a name: "Brian Berry, chief executive of the FMB, said",
 * "Antoine Blink, the US envoy,". The whole apposition must be the role phrase.
 */
export function findAppositiveRole(text: string, nameEnd: number): RolePhrase | undefined {
  const match = APPOSITION.exec(text.slice(nameEnd, nameEnd + 100));
  if (!match) return undefined;
  const start = nameEnd + match[0].length - match[1]!.length;
  const role = findRolePhrase(text, start + match[1]!.length);
  return role?.start === start ? role : undefined;
}
