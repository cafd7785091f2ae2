/**
 * The tagger learns one location class (the corpora have one: WNW "Location", UNER "LOC", GUM
 * "place"); this splits it into GPE (countries, cities, states) and LOC (continents, regions, seas,
 * rivers, mountains) with the gazetteer.
 */
import { GAZ, type Gazetteer } from './gazetteer.js';

export function locationType(gazetteer: Gazetteer, lowerWords: readonly string[]): 'GPE' | 'LOC' {
  const bits = gazetteer.bits(lowerWords.join(' '));
  if (bits & (GAZ.COUNTRY | GAZ.CITY)) return 'GPE';
  if (bits & GAZ.REGION) return 'LOC';
  const last = gazetteer.bits(lowerWords.at(-1) ?? '');
  const first = gazetteer.bits(lowerWords[0] ?? '');
  if (lowerWords.length > 1 && (last & GAZ.LANDFORM || first & GAZ.LANDFORM)) return 'LOC';
  return 'GPE';
}
