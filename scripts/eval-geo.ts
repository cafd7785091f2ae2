/**
 * Geoparsing evaluation on ../shared/data/geo (LGL: local US news with GeoNames ids; GeoVirus: WikiNews
 * with Wikipedia coordinates). Three settings: resolution of the gold spans; recognition + resolution
 * with the gazetteer recogniser (`findPlaceNames`); and `pipeline`, what `analyze` itself does (the
 * trained tagger's GPE/LOC/FAC entities, their mentions, then the places stage). Articles are split by
 * parity (even = dev, used for tuning; odd = held out) and both halves of the gold-span setting are printed.
 *
 * "Correct country" is scored only where the gold place lies in one country: continents, world regions
 * and seas ("Europe", "the Middle East", "Black Sea", whose GeoVirus coordinates fall in some country)
 * are left out of that column, and their number is printed.
 * Fails (exit 1) when a metric drops below scripts/floors/geo.json.
 * `--errors` instead lists the pipeline's wrong-country places on the dev halves (gold and ours, the text
 * around the mention, the article's other places), for error analysis.
 */
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { readTextInput } from '../src/ingest/read-text.js';
import { analyzeDoc } from '../src/pipeline/analyze.js';
import { findPlaceNames } from '../src/places/find-place-names.js';
import { gazetteer } from '../src/places/load-gazetteer.js';
import { lookupCandidates } from '../src/places/lookup-candidates.js';
import { distanceKm } from '../src/places/place-entry.js';
import { type PlaceMention, type ResolvedPlace, resolvePlaces } from '../src/places/resolve-places.js';
import { countryOfPoint, goldCountryOfGeonameId } from './eval-geo-gold.js';

const DATA = new URL('../../shared/data/geo/', import.meta.url);
const KM = 161;

interface GoldPlace extends PlaceMention {
  /** A continent, world region or sea: no one country to score. */
  multiCountry?: boolean;
  geonameId?: number;
  lat: number;
  lon: number;
  countryCode?: string;
}
interface Article {
  text: string;
  gold: GoldPlace[];
}

const decode = (s: string): string =>
  s
    .replace(/^<!\[CDATA\[([\s\S]*)\]\]>$/, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const field = (xml: string, tag: string): string | undefined =>
  new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`).exec(xml)?.[1];

/** GeoVirus offsets are one character late: take the occurrence of the name nearest to the given start. */
function align(text: string, name: string, start: number, end: number): { start: number; end: number } {
  if (name === '' || text.slice(start, end) === name) return { start, end };
  for (let shift = 1; shift <= 5; shift++) {
    for (const s of [start - shift, start + shift]) {
      if (text.startsWith(name, s)) return { start: s, end: s + name.length };
    }
  }
  return { start, end };
}

let multiCountryPlaces = 0;
const MULTI_COUNTRY_KINDS = new Set(['continent', 'region', 'water']);
/** The name is, first of all, a continent, world region or sea in the gazetteer. */
const multiCountry = (name: string) =>
  lookupCandidates(name.replace(/^the\s+/i, '')).some(
    (entry) => MULTI_COUNTRY_KINDS.has(entry.kind) && !entry.countryCode,
  );

function readSet(file: string, placeTag: string): { articles: Article[]; skipped: number } {
  const xml = readFileSync(new URL(file, DATA), 'utf8');
  let skipped = 0;
  const articles: Article[] = [];
  for (const [, body = ''] of xml.matchAll(/<article[^>]*>([\s\S]*?)<\/article>/g)) {
    const text = decode(field(body, 'text') ?? '');
    const gold: GoldPlace[] = [];
    for (const [, p = ''] of body.matchAll(new RegExp(`<${placeTag}>([\\s\\S]*?)</${placeTag}>`, 'g'))) {
      const name = decode(field(p, 'phrase') ?? field(p, 'name') ?? '');
      const { start, end } = align(text, name, Number(field(p, 'start')), Number(field(p, 'end')));
      const lat = Number(field(p, 'lat'));
      const lon = Number(field(p, 'lon'));
      if (!Number.isFinite(lat) || field(p, 'lat') === undefined || text.slice(start, end).length === 0) {
        skipped++; // LGL toponyms without a gazetteer entry
        continue;
      }
      const id = /<gaztag geonameid="(\d+)"/.exec(p)?.[1];
      const countryId = /<country geonameid="(\d+)"/.exec(p)?.[1];
      const place: GoldPlace = { start, end, text: text.slice(start, end), lat, lon };
      if (id) place.geonameId = Number(id);
      if (multiCountry(name)) {
        place.multiCountry = true;
        multiCountryPlaces++;
      }
      const cc = countryId
        ? goldCountryOfGeonameId(Number(countryId))
        : id
          ? undefined
          : countryOfPoint(lat, lon);
      if (cc) place.countryCode = cc;
      gold.push(place);
    }
    articles.push({ text, gold });
  }
  return { articles, skipped };
}

interface Tally {
  gold: number;
  found: number;
  matched: number;
  within: number;
  exact: number;
  exactOf: number;
  country: number;
  countryOf: number;
}
const tally = (): Tally => ({
  gold: 0,
  found: 0,
  matched: 0,
  within: 0,
  exact: 0,
  exactOf: 0,
  country: 0,
  countryOf: 0,
});

function score(t: Tally, gold: GoldPlace, got: ResolvedPlace | undefined): void {
  if (!got) return;
  if (distanceKm(gold, got.geo) <= KM) t.within++;
  if (gold.geonameId !== undefined) {
    t.exactOf++;
    if (got.geo.geonameId === gold.geonameId) t.exact++;
  }
  if (gold.countryCode && !gold.multiCountry) {
    t.countryOf++;
    if (got.geo.countryCode === gold.countryCode) t.country++;
  }
}

type Recogniser = (text: string) => PlaceMention[];

/** analyze() as the product runs it: every name mention of a place entity, with the entity's place. */
function pipelinePlaces(text: string): ResolvedPlace[] {
  if (text.trim() === '') return [];
  const doc = analyzeDoc(readTextInput(Buffer.from(text), { path: 'article.txt' }), { raw: true });
  const entities = new Map((doc.layers.entities ?? []).map((e) => [e.id, e]));
  return (doc.layers.mentions ?? []).flatMap((m) => {
    const geo = entities.get(m.entity)?.geo;
    return geo && m.kind === 'name' ? [{ start: m.start, end: m.end, text: m.text, geo, score: 0 }] : [];
  });
}

function evaluate(articles: readonly Article[], recognise?: Recogniser | 'pipeline'): Tally {
  const t = tally();
  for (const a of articles) {
    t.gold += a.gold.length;
    if (!recognise) {
      const resolved = resolvePlaces(a.text, a.gold);
      const bySpan = new Map(resolved.map((r) => [r.start, r]));
      for (const g of a.gold) {
        t.matched++;
        score(t, g, bySpan.get(g.start));
      }
      continue;
    }
    const found = recognise === 'pipeline' ? pipelinePlaces(a.text) : recognise(a.text);
    t.found += found.length;
    const resolved = recognise === 'pipeline' ? (found as ResolvedPlace[]) : resolvePlaces(a.text, found);
    for (const g of a.gold) {
      const hit = resolved.find((r) => r.start < g.end && g.start < r.end);
      if (!found.some((f) => f.start < g.end && g.start < f.end)) continue;
      t.matched++;
      score(t, g, hit);
    }
  }
  return t;
}

const pct = (a: number, b: number): string =>
  b === 0 ? '   -  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`;
type Row = { set: string; mode: string; split: string; t: Tally };

function printRows(rows: readonly Row[]): void {
  console.log('set       mode        split  gold  recall  acc@161  exact-id  country  (on matched places)');
  for (const { set, mode, split, t } of rows) {
    const recall = mode === 'gold-spans' ? '   -  ' : pct(t.matched, t.gold);
    console.log(
      `${set.padEnd(9)} ${mode.padEnd(11)} ${split.padEnd(5)} ${String(t.gold).padStart(5)}  ${recall}  ${pct(t.within, t.matched)}   ${pct(t.exact, t.exactOf)}   ${pct(t.country, t.countryOf)}`,
    );
  }
}

/** `--errors`: the wrong-country places of the pipeline on the dev halves, with the article's other places. */
function printCountryErrors(): void {
  for (const [set, file, tag] of [
    ['lgl', 'lgl.xml', 'toponym'],
    ['geovirus', 'GeoVirus.xml', 'location'],
  ] as const) {
    const { articles } = readSet(file, tag);
    let errors = 0;
    articles.forEach((a, index) => {
      if (index % 2 === 1) return;
      const resolved = pipelinePlaces(a.text);
      const others = [
        ...new Set(
          resolved.map(
            (r) => `${r.text}[${r.geo.countryCode ?? '-'}${r.geo.admin1 ? `.${r.geo.admin1}` : ''}]`,
          ),
        ),
      ];
      for (const g of a.gold) {
        if (!g.countryCode || g.multiCountry) continue;
        const hit = resolved.find((r) => r.start < g.end && g.start < r.end);
        if (!hit || hit.geo.countryCode === g.countryCode) continue;
        errors++;
        const around = a.text.slice(Math.max(0, g.start - 60), g.end + 60).replace(/\s+/g, ' ');
        console.log(
          `${set} #${index} "${g.text}" gold ${g.countryCode} ours ${hit.geo.name} [${hit.geo.countryCode ?? '-'}.${hit.geo.admin1 ?? ''} ${hit.geo.featureClass}] | …${around}… | places: ${others.join(', ')}`,
        );
      }
    });
    console.log(`${set}: ${errors} wrong-country places on dev`);
  }
}

async function main(): Promise<void> {
  if (process.argv.includes('--errors')) {
    printCountryErrors();
    return;
  }
  let started = performance.now();
  gazetteer();
  const loadMs = performance.now() - started;
  const recognisers: Record<string, Recogniser> = { gazetteer: findPlaceNames };
  const rows: Row[] = [];
  started = performance.now();
  for (const [set, file, tag] of [
    ['lgl', 'lgl.xml', 'toponym'],
    ['geovirus', 'GeoVirus.xml', 'location'],
  ] as const) {
    const { articles } = readSet(file, tag);
    const halves = {
      dev: articles.filter((_, i) => i % 2 === 0),
      held: articles.filter((_, i) => i % 2 === 1),
    };
    rows.push({ set, mode: 'gold-spans', split: 'all', t: evaluate(articles) });
    for (const [split, part] of Object.entries(halves))
      rows.push({ set, mode: 'gold-spans', split, t: evaluate(part) });
    for (const [name, recognise] of Object.entries(recognisers)) {
      rows.push({ set, mode: name, split: 'all', t: evaluate(articles, recognise) });
    }
    rows.push({ set, mode: 'pipeline', split: 'all', t: evaluate(articles, 'pipeline') });
  }
  printRows(rows);
  console.log(`continents, world regions and seas left out of the country column: ${multiCountryPlaces}`);
  console.log(
    `gazetteer load ${loadMs.toFixed(0)} ms; evaluation ${(performance.now() - started).toFixed(0)} ms`,
  );
  process.exitCode = checkFloors(rows);
}

function checkFloors(rows: readonly Row[]): number {
  const floorsUrl = new URL('./floors/geo.json', import.meta.url);
  if (!existsSync(floorsUrl)) return 0;
  const floors = JSON.parse(readFileSync(floorsUrl, 'utf8')) as Record<string, Record<string, number>>;
  let failed = 0;
  for (const r of rows.filter((x) => x.split === 'all')) {
    const floor = floors[`${r.set}/${r.mode}`];
    if (!floor) continue;
    const got: Record<string, number> = {
      recall: r.t.matched / r.t.gold,
      acc161: r.t.within / r.t.matched,
      exactId: r.t.exactOf ? r.t.exact / r.t.exactOf : 1,
      country: r.t.countryOf ? r.t.country / r.t.countryOf : 1,
    };
    for (const [metric, min] of Object.entries(floor)) {
      if ((got[metric] ?? 0) + 1e-9 < min) {
        console.error(`below floor: ${r.set}/${r.mode} ${metric} ${(got[metric] ?? 0).toFixed(4)} < ${min}`);
        failed++;
      }
    }
  }
  return failed > 0 ? 1 : 0;
}

await main();
