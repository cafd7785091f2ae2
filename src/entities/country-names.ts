/**
 * Country names, short forms and demonyms from the `world-countries` dataset, keyed in lower case,
 * each pointing to the ISO 3166-1 alpha-3 code. Used to type names (GPE, NORP) and to give roles and
 * actors their country ("US Secretary of State", "Italian counterpart", "Iranian-backed").
 */
import worldCountries, { type Countries } from 'world-countries';

// The package is CommonJS with an ESM-style declaration file: at run time the default import is the array.
const countries = worldCountries as unknown as Countries;

export interface CountryName {
  cca3: string;
  cca2: string;
  name: string;
}

let byName: Map<string, CountryName> | undefined;
let byDemonym: Map<string, CountryName> | undefined;

/** Short forms the dataset lacks but news uses. */
const EXTRA_NAMES: Record<string, string> = {
  us: 'USA',
  'u.s.': 'USA',
  'u.s': 'USA',
  usa: 'USA',
  america: 'USA',
  uk: 'GBR',
  'u.k.': 'GBR',
  britain: 'GBR',
  'great britain': 'GBR',
  england: 'GBR',
  uae: 'ARE',
  drc: 'COD',
  'ivory coast': 'CIV',
  'north korea': 'PRK',
  'south korea': 'KOR',
  russia: 'RUS',
  iran: 'IRN',
  syria: 'SYR',
  vietnam: 'VNM',
  burma: 'MMR',
  palestine: 'PSE',
  'the netherlands': 'NLD',
  holland: 'NLD',
  'czech republic': 'CZE',
  turkey: 'TUR',
  'the united states': 'USA',
  'the philippines': 'PHL',
};

function build(): void {
  byName = new Map();
  byDemonym = new Map();
  const byCode = new Map<string, CountryName>();
  for (const country of countries) {
    const entry: CountryName = { cca3: country.cca3, cca2: country.cca2, name: country.name.common };
    byCode.set(country.cca3, entry);
    const names = [country.name.common, country.name.official, ...country.altSpellings];
    for (const name of names)
      if (name.length > 3 || name === name.toUpperCase()) byName.set(name.toLowerCase(), entry);
    const demonyms = country.demonyms?.eng;
    if (demonyms) {
      for (const demonym of [demonyms.m, demonyms.f])
        if (demonym) byDemonym.set(demonym.toLowerCase(), entry);
    }
  }
  for (const [name, code] of Object.entries(EXTRA_NAMES)) {
    const entry = byCode.get(code);
    if (entry) byName.set(name, entry);
  }
  const american = byCode.get('USA');
  if (american) byDemonym.set('american', american);
}

export function countryByName(name: string): CountryName | undefined {
  if (!byName) build();
  return byName?.get(name.toLowerCase());
}

/** "Italian" → Italy; also "Iranian-backed", "pro-Iran", "Iraqi-Syrian" (first part). */
export function countryByDemonym(word: string): CountryName | undefined {
  if (!byDemonym) build();
  const lower = word.toLowerCase().replace(/^pro-/, '');
  const head = lower.split('-')[0] ?? lower;
  return (
    byDemonym?.get(lower) ??
    byDemonym?.get(head) ??
    (lower.startsWith('pro') ? countryByName(head) : undefined)
  );
}
