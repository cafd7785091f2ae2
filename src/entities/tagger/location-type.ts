/**
 * The tagger learns one location class (the corpora have one: WNW "Location", UNER "LOC", GUM
 * "place"); this splits it into GPE (countries, cities, states) and LOC (continents, regions, seas,
 * rivers, mountains) with the gazetteer, and types buildings, infrastructure and streets by the name's
 * last word (data/gazetteers/facilities.json): FAC for "Jamarat Bridge", LOC for "Grand Mosque".
 */
import { readDataFile } from '../../resources/read-data-file.js';
import { GAZ, type Gazetteer } from './gazetteer.js';

let siteTypes: Map<string, 'FAC' | 'LOC'> | undefined;

function siteType(lastWord: string): 'FAC' | 'LOC' | undefined {
  if (!siteTypes) {
    const lists = readDataFile<{ facility: string[]; site: string[] }>('gazetteers/facilities.json');
    siteTypes = new Map([
      ...lists.facility.map((w) => [w, 'FAC'] as const),
      ...lists.site.map((w) => [w, 'LOC'] as const),
    ]);
  }
  return siteTypes.get(lastWord);
}

export function locationType(gazetteer: Gazetteer, lowerWords: readonly string[]): 'GPE' | 'LOC' | 'FAC' {
  const bits = gazetteer.bits(lowerWords.join(' '));
  if (bits & (GAZ.COUNTRY | GAZ.CITY)) return 'GPE';
  if (bits & GAZ.REGION) return 'LOC';
  const site = lowerWords.length > 1 ? siteType(lowerWords.at(-1) ?? '') : undefined;
  if (site) return site;
  const last = gazetteer.bits(lowerWords.at(-1) ?? '');
  const first = gazetteer.bits(lowerWords[0] ?? '');
  if (lowerWords.length > 1 && (last & GAZ.LANDFORM || first & GAZ.LANDFORM)) return 'LOC';
  return 'GPE';
}
