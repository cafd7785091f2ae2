/**
 * Event coding evaluation on ../shared/data/events/petrarch2/PETR2_GSR_validation.xml: sentences with the
 * CAMEO events PETRARCH-2 should code, mapped to PLOVER with the shipped CAMEO2PLOVER-2021 table.
 * Codes the table leaves unmapped (CAMEO 01 statements, 02 appeals) are not PLOVER events, so a sentence
 * whose only gold events are such codes counts as a sentence without events.
 *
 * Scores, per sentence (each analysed alone, published on the record's date):
 *   detection      predicted ≥ 1 event vs gold ≥ 1 event: precision, recall, F1
 *   type accuracy  on detected sentences, the first main-clause event's type is one of the gold types
 *                  ("any" also printed: some predicted type is a gold type)
 *   countries      on detected sentences whose gold source (target) starts with an ISO alpha-3 country,
 *                  one of the first event's actor (target) countries is it
 * Fails (exit 1) below scripts/floors/events.json. The 78 sentences were not used to write the lexicons.
 */
import { readFileSync } from 'node:fs';
import countries from 'i18n-iso-countries';
import type { ArticleRecord, Event } from '../src/doc/record-schema.js';
import { readTextInput } from '../src/ingest/read-text.js';
import { analyze } from '../src/pipeline/analyze.js';

const DATA = new URL('../../shared/data/events/', import.meta.url);
const FLOORS = new URL('./floors/events.json', import.meta.url);

function readMapping(): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of readFileSync(new URL('plover/CAMEO2PLOVER-2021.txt', DATA), 'utf8').split('\n')) {
    const match = /^(\d{3,4}):\s*([A-Z]+)\s*,/.exec(line.trim());
    if (match?.[1] && match[2] && !map.has(match[1])) map.set(match[1], match[2]);
  }
  return map;
}

interface GoldEvent {
  code: string;
  type?: string;
  source: string;
  target: string;
}
interface Item {
  id: string;
  text: string;
  date: string;
  gold: GoldEvent[];
}

function readSentences(mapping: Map<string, string>): { items: Item[]; empty: number } {
  const xml = readFileSync(new URL('petrarch2/PETR2_GSR_validation.xml', DATA), 'utf8');
  const items: Item[] = [];
  let empty = 0;
  for (const [, head = '', body = ''] of xml.matchAll(/<Sentence ([^>]*)>([\s\S]*?)<\/Sentence>/g)) {
    const text = (/<Text>([\s\S]*?)<\/Text>/.exec(body)?.[1] ?? '').replace(/\s+/g, ' ').trim();
    if (text === '') {
      empty++;
      continue;
    }
    const raw = /date="(\d{8})"/.exec(head)?.[1];
    const date = raw ? `${raw.slice(0, 4)}-${raw.slice(4, 6)}-${raw.slice(6, 8)}` : '';
    const gold: GoldEvent[] = [];
    for (const [, attrs = ''] of body.matchAll(/<EventCoding ([^>]*)>/g)) {
      const code = /eventcode="(\d+)"/.exec(attrs)?.[1];
      if (!code) continue;
      const type = mapping.get(code) ?? mapping.get(code.slice(0, 3));
      const source = /sourcecode="([^"]*)"/.exec(attrs)?.[1] ?? '';
      const target = /targetcode="([^"]*)"/.exec(attrs)?.[1] ?? '';
      gold.push({ code, type, source, target });
    }
    items.push({ id: /id="([^"]*)"/.exec(head)?.[1] ?? '', text, date, gold });
  }
  return { items, empty };
}

const countryCode = (code: string) => {
  const prefix = code.slice(0, 3);
  return countries.isValid(prefix) ? prefix : undefined;
};
const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function countriesOf(event: Event, role: 'actor' | 'target'): Set<string> {
  return new Set(
    event.participants.filter((p) => p.role === role && p.country).map((p) => p.country as string),
  );
}

const mapping = readMapping();
const { items, empty } = readSentences(mapping);
let tp = 0;
let fp = 0;
let fn = 0;
let tn = 0;
let typeFirst = 0;
let typeAny = 0;
const country = { actor: [0, 0], target: [0, 0] };
let unmappedOnly = 0;
const verbose = process.argv.includes('--verbose');
for (const item of items) {
  const record: ArticleRecord = analyze(readTextInput(Buffer.from(item.text), { path: `${item.id}.txt` }), {
    published: item.date,
    raw: true,
  });
  const goldTypes = new Set(item.gold.flatMap((g) => (g.type ? [g.type] : [])));
  if (goldTypes.size === 0 && item.gold.length > 0) unmappedOnly++;
  const predicted = record.events;
  const first = predicted.find((e) => e.salience === 'main') ?? predicted[0];
  if (goldTypes.size > 0 && first) {
    tp++;
    if (goldTypes.has(first.type)) typeFirst++;
    if (predicted.some((e) => goldTypes.has(e.type))) typeAny++;
    for (const role of ['actor', 'target'] as const) {
      const wanted = new Set(
        item.gold.flatMap((g) => {
          const code = countryCode(role === 'actor' ? g.source : g.target);
          return g.type && code ? [code] : [];
        }),
      );
      if (wanted.size === 0) continue;
      const tally = country[role];
      tally[1] = (tally[1] ?? 0) + 1;
      if ([...countriesOf(first, role)].some((c) => wanted.has(c))) tally[0] = (tally[0] ?? 0) + 1;
    }
  } else if (goldTypes.size > 0) fn++;
  else if (first) fp++;
  else tn++;
  if (verbose) {
    const got = predicted.map((e) => `${e.type}/${e.cameo}:${e.trigger.text}`).join(' ');
    const goldRoles = item.gold.map((g) => `${g.source}>${g.target}`).join(',');
    const roles = first
      ? `${[...countriesOf(first, 'actor')].join('+')}>${[...countriesOf(first, 'target')].join('+')}`
      : '';
    console.log(
      `${item.id}\tgold=${[...goldTypes].join(',') || '-'} ${goldRoles}\tgot=${got || '-'} ${roles}`,
    );
  }
}

const precision = ratio(tp, tp + fp);
const recall = ratio(tp, tp + fn);
const f1 = ratio(2 * precision * recall, precision + recall);
const scores: Record<string, number> = {
  'detection.precision': precision,
  'detection.recall': recall,
  'detection.f1': f1,
  'type.accuracy': ratio(typeFirst, tp),
  'type.any': ratio(typeAny, tp),
  'actor.country': ratio(country.actor[0] ?? 0, country.actor[1] ?? 0),
  'target.country': ratio(country.target[0] ?? 0, country.target[1] ?? 0),
};
console.log(
  `PETRARCH-2 gold standard: ${items.length} sentences with text (${empty} empty skipped); ` +
    `${items.length - tn - fp} with PLOVER events, ${unmappedOnly} whose only codes are unmapped (CAMEO 01/02)`,
);
console.log(`detected ${tp}, missed ${fn}, false alarms ${fp}, correct silences ${tn}`);
console.log(`countries scored: actor ${country.actor[1]}, target ${country.target[1]} sentences`);
console.log('metric                value     floor');
const floors = JSON.parse(readFileSync(FLOORS, 'utf8')) as Record<string, number>;
let failed = false;
for (const [name, value] of Object.entries(scores)) {
  const floor = floors[name];
  const below = floor !== undefined && value + 1e-9 < floor;
  if (below) failed = true;
  console.log(
    `${name.padEnd(20)}  ${pct(value).padStart(6)}  ${floor === undefined ? '' : pct(floor).padStart(6)}${below ? '  BELOW FLOOR' : ''}`,
  );
}
if (failed) process.exit(1);
