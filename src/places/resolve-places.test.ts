import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articleLocale } from './article-locale.js';
import { findPlaceNames } from './find-place-names.js';
import { countyListAfter, localUse } from './place-context.js';
import { distanceKm } from './place-entry.js';
import { countryOfDemonym, focusCountries, type PlaceMention, resolvePlaces } from './resolve-places.js';

/** Mentions of every occurrence of each name in the text. */
function mentionsOf(text: string, names: readonly string[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      out.push({ start: at, end: at + name.length, text: name });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function resolveOne(text: string, name: string, others: readonly string[] = []) {
  const resolved = resolvePlaces(text, mentionsOf(text, [name, ...others]));
  const place = resolved.find((r) => r.text === name);
  assert.ok(place, `${name} resolved`);
  return place.geo;
}

describe('resolvePlaces', () => {
  const cases: {
    text: string;
    name: string;
    others?: string[];
    country: string;
    admin1?: string;
    near: [number, number];
  }[] = [
    { text: 'The talks were held in Rome on Tuesday.', name: 'Rome', country: 'IT', near: [41.9, 12.5] },
    {
      text: 'Paris, a small town in Texas, flooded.',
      name: 'Paris',
      others: ['Texas'],
      country: 'US',
      admin1: 'TX',
      near: [33.66, -95.56],
    },
    { text: 'Fighting in Syria spilled into Iraq.', name: 'Syria', country: 'SY', near: [35, 38] },
    { text: 'Fighting in Syria spilled into Iraq.', name: 'Iraq', country: 'IQ', near: [33, 44] },
    { text: 'Troops left Kuwait.', name: 'Kuwait', country: 'KW', near: [29.4, 47.7] },
    { text: 'Cocoa prices rose in Ghana.', name: 'Ghana', country: 'GH', near: [8, -1.2] },
    { text: 'A coup in Burkina Faso.', name: 'Burkina Faso', country: 'BF', near: [12.3, -1.6] },
    { text: 'Floods hit Mozambique.', name: 'Mozambique', country: 'MZ', near: [-18, 35] },
    { text: 'The war in Afghanistan.', name: 'Afghanistan', country: 'AF', near: [33, 66] },
    {
      text: 'Food insecurity in Georgia',
      name: 'Georgia',
      others: ['Atlanta'],
      country: 'US',
      admin1: 'GA',
      near: [32.7, -83.5],
    },
    { text: 'Protests in Georgia', name: 'Georgia', others: ['Tbilisi'], country: 'GE', near: [42, 43.5] },
    {
      text: 'Springfield, Illinois, voted.',
      name: 'Springfield',
      others: ['Illinois'],
      country: 'US',
      admin1: 'IL',
      near: [39.8, -89.65],
    },
    {
      text: 'Springfield, Mass., voted.',
      name: 'Springfield',
      country: 'US',
      admin1: 'MA',
      near: [42.1, -72.59],
    },
  ];
  for (const c of cases) {
    it(`${c.name} in "${c.text}"`, () => {
      const text = c.name === 'Georgia' ? `${c.text}: ${c.others?.[0]} reports.` : c.text;
      const geo = resolveOne(text, c.name, c.others ?? []);
      assert.equal(geo.countryCode, c.country);
      if (c.admin1) assert.equal(geo.admin1, c.admin1);
      const km = distanceKm(geo, { lat: c.near[0], lon: c.near[1] });
      assert.ok(km < 161, `${c.name} is ${Math.round(km)} km off`);
    });
  }

  const regions: [string, [number, number]][] = [
    ['Africa', [7, 21]],
    ['the Sahel', [14, 0]],
    ['Europe', [48.7, 9.1]],
    ['the Mediterranean', [35, 20]],
  ];
  for (const [name, near] of regions) {
    it(`${name} resolves to a region with coordinates`, () => {
      const text = `Migration across ${name} grew.`;
      const geo = resolveOne(text, name);
      assert.ok(distanceKm(geo, { lat: near[0], lon: near[1] }) < 500);
      assert.equal(geo.countryCode, undefined);
    });
  }

  it('keeps the mention offsets and gives GeoNames ids for cities and countries', () => {
    const text = 'From Rome to Italy.';
    const [rome, italy] = resolvePlaces(text, mentionsOf(text, ['Rome', 'Italy']));
    assert.deepEqual([rome?.start, rome?.end, rome?.geo.geonameId], [5, 9, 3169070]);
    assert.equal(italy?.geo.geonameId, 3175395);
  });

  it('leaves unknown names out', () => {
    assert.deepEqual(resolvePlaces('Xqzzyville', [{ start: 0, end: 10, text: 'Xqzzyville' }]), []);
  });
});

describe('local news', () => {
  it('reads the locale of a local paper from its institutions, not its place names', () => {
    assert.equal(articleLocale("The Sheriff's Office said the School District closed.")?.code, 'US');
    assert.equal(articleLocale('Mr Wood paid £20 to the Borough Council.')?.code, 'GB');
    assert.equal(articleLocale("The OPP said the province's roads were closed.")?.code, 'CA');
    assert.equal(articleLocale('Talks resumed on Tuesday.'), undefined);
    assert.equal(articleLocale("The Sheriff's Office said so.")?.strength, 0.5);
  });
  it('sees a name used as the local community', () => {
    const at = (text: string, name: string) => {
      const start = text.indexOf(name);
      return localUse(text, { start, end: start + name.length });
    };
    assert.ok(at('A Paris man was arrested.', 'Paris'));
    assert.ok(at('City of Oxford residents may recycle.', 'Oxford'));
    assert.ok(at('Jo Smith, 41, of 420 Augusta St., Alexandria, was charged.', 'Alexandria'));
    assert.ok(at('The Palestine Independent School District met.', 'Palestine'));
    assert.ok(!at('He flew to Paris on Monday.', 'Paris'));
    assert.ok(!at('Gomez, a native of Mexico, was arrested.', 'Mexico'));
  });
  it("puts a famous name used by a local paper in the paper's country", () => {
    const text =
      "A Paris man was arrested Sunday, the Sheriff's Office said. He is held at the county jail on a felony charge.";
    assert.equal(resolveOne(text, 'Paris').countryCode, 'US');
    const world = 'Talks in Paris ended on Sunday, the ministry said.';
    assert.equal(resolveOne(world, 'Paris').countryCode, 'FR');
    const lebanon =
      "A Lebanon woman was charged, the district attorney said. Gov. Smith spoke in the state's capital.";
    assert.equal(resolveOne(lebanon, 'Lebanon').countryCode, 'US');
  });
  it('reads time and telephone formats as locale cues', () => {
    assert.equal(articleLocale('Call police on 01524 63333. It happened at 4.15am.')?.code, 'GB');
    assert.equal(articleLocale('It happened at 7:35 p.m. Call (903) 555-1234.')?.code, 'US');
  });
  it('looks up the names of a county list as counties', () => {
    const text = "the district attorneys' offices in Navarro, Henderson and Ellis counties.";
    const at = (name: string) => countyListAfter(text, text.indexOf(name) + name.length);
    assert.deepEqual([at('Navarro'), at('Henderson'), at('Ellis')], ['County', 'County', 'County']);
    assert.equal(countyListAfter('in Navarro on Monday', 'in Navarro'.length), undefined);
    const geo = resolveOne(text, 'Navarro', ['Henderson', 'Ellis']);
    assert.deepEqual([geo.countryCode, geo.admin1], ['US', 'TX']);
  });
  it('keeps a country name for the country among towns of another country', () => {
    const text = 'Gomez, a native of Mexico, was arrested by Danbury police and taken to New Milford.';
    assert.equal(resolveOne(text, 'Mexico', ['Danbury', 'New Milford']).countryCode, 'MX');
  });
});

describe('focusCountries', () => {
  it('orders countries by how many places the article has in them', () => {
    const text = 'Iraq: Baghdad and Mosul. Later, Syria.';
    const places = resolvePlaces(text, mentionsOf(text, ['Iraq', 'Baghdad', 'Mosul', 'Syria']));
    assert.deepEqual(focusCountries(places), ['IQ', 'SY']);
  });
});

describe('countryOfDemonym', () => {
  const table: [string, string | undefined][] = [
    ['American', 'US'],
    ['Iraqi', 'IQ'],
    ['Iranian', 'IR'],
    ['Italian', 'IT'],
    ['Syrian', 'SY'],
    ['Dutch', 'NL'],
    ['Iranian-backed', 'IR'],
    ['pro-Iran', 'IR'],
    ['Tuesday', undefined],
    ['american', undefined],
  ];
  for (const [word, code] of table) it(`${word} → ${code}`, () => assert.equal(countryOfDemonym(word), code));
});

describe('findPlaceNames', () => {
  it('finds capitalised gazetteer names and demonyms, longest first', () => {
    const text = 'Iranian officials met in New York and Burkina Faso on Tuesday.';
    assert.deepEqual(
      findPlaceNames(text).map((m) => m.text),
      ['Iranian', 'New York', 'Burkina Faso'],
    );
  });
  it('reads no contraction as a place ("I\'ll" is not "Ill.", Illinois)', () => {
    const text = '"I\'ll do it," he said in Cambridge. We\'d go too.';
    assert.deepEqual(
      findPlaceNames(text).map((m) => m.text),
      ['Cambridge'],
    );
  });
  it('skips person names and newspaper titles', () => {
    const text = 'Hillary Clinton told the Washington Post that Mr. Jackson left.';
    assert.deepEqual(
      findPlaceNames(text).map((m) => m.text),
      [],
    );
  });
});
