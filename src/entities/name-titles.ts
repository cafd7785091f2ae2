/**
 * Titles that are part of the name a person is known by ("Pope Francis", "Prince Charles", "Sheikh
 * Hasina"; `nameTitles` in data/roles.json): the mention finder joins them to the name, and neither the
 * tagger's title repair nor the linker's role split takes them off it.
 */
import { readDataFile } from '../resources/read-data-file.js';

let titles: Set<string> | undefined;

/** Whether a capitalised word is such a title, in any letter case after its first ("POPE", "Pope"). */
export function isNameTitle(word: string): boolean {
  titles ??= new Set(readDataFile<{ nameTitles: string[] }>('roles.json').nameTitles);
  return /^\p{Lu}/u.test(word) && titles.has(word.charAt(0) + word.slice(1).toLowerCase());
}
