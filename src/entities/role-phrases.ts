/**
 * Role phrases that stand next to a person's name: "The US Secretary of State, Antoine Blink",
 * "his Italian counterpart Luigi Di Maio", "Pope Francis". Role words live in data/roles.json.
 */
import { readDataFile } from '../resources/read-data-file.js';

interface RoleWords {
  roles: string[];
}

let rolePattern: RegExp | undefined;

function pattern(): RegExp {
  if (rolePattern) return rolePattern;
  // Either case for a role's first letter ("Secretary", "secretary"), but names stay capitalised.
  const anyCase = (word: string) => `[${word[0]?.toUpperCase()}${word[0]}]${word.slice(1)}`;
  const roles = readDataFile<RoleWords>('roles.json')
    .roles.map((r) => anyCase(r).replace(/ /g, '[ \\t]+'))
    .join('|');
  // [determiner] [country word] [up to two modifiers] ROLE [of (the) Capitalised words] [,] — then the name.
  rolePattern = new RegExp(
    `(?:\\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)[ \\t]+)?(?:((?:U\\.S\\.|US|UK|EU|UN|[A-Z][a-z]+))[ \\t]+)?(?:[a-z-]+[ \\t]+){0,2}?\\b((?:${roles})(?:[ \\t]+of[ \\t]+(?:the[ \\t]+)?[A-Z][\\w-]*(?:[ \\t]+[A-Z][\\w-]*){0,3})?)[ \\t]*,?[ \\t]*$`,
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

/** The role phrase that ends right before `nameStart`, if there is one. */
export function findRolePhrase(text: string, nameStart: number): RolePhrase | undefined {
  const windowStart = Math.max(0, nameStart - 80, text.lastIndexOf('\n', nameStart - 1) + 1);
  const before = text.slice(windowStart, nameStart);
  const match = pattern().exec(before);
  if (!match?.[2]) return undefined;
  const phrase = match[0].replace(/\s*,?\s*$/, '');
  const start = windowStart + match.index;
  const role: RolePhrase = { start, end: start + phrase.length, title: match[2].replace(/\s+/g, ' ') };
  if (match[1]) role.countryWord = match[1];
  return role;
}
