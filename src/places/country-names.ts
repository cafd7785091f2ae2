/**
 * Countries: names, demonyms, GeoNames ids and centroids, from `world-countries`, `i18n-iso-countries`
 * and our `data/places/countries.json` + `aliases.json`. Small and fast: no city data is read here.
 */
import { createRequire } from 'node:module';
import { readPlacesData } from './read-places-data.js';

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
  code: string;
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
  return readPlacesData<AliasesFile>('aliases.json');
}

export function countries(): Country[] {
  if (cached) return cached;
  const world = require('world-countries/countries.json') as WorldCountry[];
  const english = require('i18n-iso-countries/langs/en.json') as {
    countries: Record<string, string | string[]>;
  };
  const ids =
    readPlacesData<Record<string, { geonameId: number; lat: number; lon: number }>>('countries.json');
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

export function countryByCode(code: string): Country | undefined {
  return countries().find((c) => c.code === code);
}
