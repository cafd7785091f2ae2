/** First-level regions by name (US states, provinces; data/places/admin1.json), for the entity stages. */
import { readDataFile } from '../resources/read-data-file.js';

let regionNames: Set<string> | undefined;

/** A first-level region's name ("New Jersey", "Ontario"), any case. */
export function isRegionName(name: string): boolean {
  regionNames ??= new Set(
    readDataFile<{ name: string }[]>('places/admin1.json').map((region) => region.name.toLowerCase()),
  );
  return regionNames.has(name.toLowerCase());
}
