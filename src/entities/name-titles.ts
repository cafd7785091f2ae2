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

/** Capitalised ranks and forms of address that GUM includes in a person's name ("General Gordon", "Doctor Spock"). */
const RANK_OR_ADDRESS =
  /^(?:General|Gen\.|Colonel|Col\.|Major|Captain|Capt\.|Lieutenant|Lt\.|Sergeant|Sgt\.|Admiral|Adm\.|Corporal|Private|Professor|Prof\.|Doctor|Dr\.?|Judge|Justice|Mister|Mr\.?|Mrs\.?|Ms\.?|Miss|Madame|Mme\.?|Monsieur|Father|Brother|Sister|Uncle|Aunt|Auntie|Grandma|Grandpa|Coach|Officer|Detective|Inspector|Agent)$/;

/** Whether a word is such a rank or form of address. */
export const isRankOrAddress = (word: string): boolean => RANK_OR_ADDRESS.test(word);

/** Members of parties and political camps, in the plural. */
const PARTY_MEMBERS =
  /^(?:Republicans|Democrats|Conservatives|Liberals|Socialists|Communists|Tories|Greens)$/i;

/** Whether a word names party members, a group that never begins a person's name ("Republicans Trump"). */
export const isPartyMembers = (word: string): boolean => PARTY_MEMBERS.test(word);

/** A generational suffix after a surname ("Jr.", "III"): no name of its own. */
const GENERATION = /^(?:Jr|Sr|II|III|IV)\.?$/;
export const isGenerationalSuffix = (word: string): boolean => GENERATION.test(word);
