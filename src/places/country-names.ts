/**
 * Countries: names, demonyms, GeoNames ids and centroids, from `world-countries`, `i18n-iso-countries`
 * and our `data/places/countries.json` + `aliases.json`. Small and fast: no city data is read here.
 */
import { createRequire } from 'node:module';
import { readDataFile } from '../resources/read-data-file.js';

const require = createRequire(import.meta.url);

interface WorldCountry {
  cca2: string;
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
  latlng: number[];
}

export interface Country {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** ISO 3166-1 alpha-3, the code records use for roles and actors. */
  code3: string;
  geonameId: number;
  name: string;
  lat: number;
  lon: number;
  /** Names and aliases, as written (not normalized). */
  names: string[];
  demonyms: string[];
}

interface AliasesFile {
  countries: Record<string, string[]>;
  demonyms: Record<string, string[]>;
  cities: Record<string, string[]>;
  notCountryNames: string[];
}

/** Short codes as names are only kept when news write them as names. */
const SHORT_NAMES_KEPT = new Set(['US', 'USA', 'UK', 'UAE', 'DRC', 'DPRK']);

let cached: Country[] | undefined;

export function placeAliases(): AliasesFile {
  return readDataFile<AliasesFile>('places/aliases.json');
}

export function countries(): Country[] {
  if (cached) return cached;
  const world = require('world-countries/countries.json') as WorldCountry[];
  const english = require('i18n-iso-countries/langs/en.json') as {
    countries: Record<string, string | string[]>;
  };
  const ids =
    readDataFile<Record<string, { geonameId: number; lat: number; lon: number }>>('places/countries.json');
  const aliases = placeAliases();
  const banned = new Set(aliases.notCountryNames);
  cached = [];
  for (const w of world) {
    const id = ids[w.cca2];
    if (!id) continue;
    const i18n = english.countries[w.cca2] ?? [];
    const candidates = [
      w.name.common,
      w.name.official,
      ...w.altSpellings,
      ...(Array.isArray(i18n) ? i18n : [i18n]),
      ...(aliases.countries[w.cca2] ?? []),
    ];
    const names = [...new Set(candidates)].filter(
      (n) =>
        !banned.has(n) &&
        /^[\p{Script=Latin}\d\s.,'’()-]+$/u.test(n) &&
        (n.length > 3 || SHORT_NAMES_KEPT.has(n.replace(/\./g, ''))),
    );
    const eng = w.demonyms?.eng;
    const demonyms = [
      ...new Set(
        [...(eng ? [eng.m, eng.f] : []), ...(aliases.demonyms[w.cca2] ?? [])].flatMap((d) => d.split(/,\s*/)),
      ),
    ].filter((d) => d.length > 2);
    cached.push({
      code: w.cca2,
      code3: w.cca3,
      geonameId: id.geonameId,
      name: w.name.common,
      lat: id.lat,
      lon: id.lon,
      names,
      demonyms,
    });
  }
  return cached;
}

let byCode: Map<string, Country> | undefined;

export function countryByCode(code: string): Country | undefined {
  byCode ??= new Map(countries().map((c) => [c.code, c]));
  return byCode.get(code);
}

let byCode3: Map<string, Country> | undefined;

export function countryByCode3(code3: string): Country | undefined {
  byCode3 ??= new Map(countries().map((c) => [c.code3, c]));
  return byCode3.get(code3);
}
