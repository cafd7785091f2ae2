/** First-level regions (data/places/admin1.json: US states, Canadian provinces, …) for the entity stages. */
import { readDataFile } from '../resources/read-data-file.js';

interface Region {
  country: string;
  name: string;
}

let regions: readonly Region[] | undefined;

/** The first-level regions the places data lists, with their country codes. */
export function firstLevelRegions(): readonly Region[] {
  regions ??= readDataFile<Region[]>('places/admin1.json');
  return regions;
}

let regionNames: Set<string> | undefined;

/** A first-level region's name ("New Jersey", "Ontario"), any case. */
export function isRegionName(name: string): boolean {
  regionNames ??= new Set(firstLevelRegions().map((region) => region.name.toLowerCase()));
  return regionNames.has(name.toLowerCase());
}
