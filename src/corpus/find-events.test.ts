/** The newest-first events answer equals grouping every matching event, whatever the scan it starts with. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { Entity } from '../doc/record-schema.js';
import { seededRandom } from '../testing/seeded-random.js';
import { findEvents, fullQuery, toStoryEvent } from './find-events.js';
import { openStore } from './open-store.js';
import { SqliteDriver } from './sqlite/sqlite-driver.js';
import { makeRecord } from './testing/make-record.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-events-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const COUNTRIES: [string, string][] = [
  ['united-states', 'USA'],
  ['russia', 'RUS'],
  ['china', 'CHN'],
  ['france', 'FRA'],
];
const country = ([slug, code]: [string, string]): Partial<Entity> => ({
  id: `gpe/${slug}`,
  name: slug.replace('-', ' '),
  country: code,
  geo: { name: slug, featureClass: 'A', lat: 0, lon: 0, countryCode: code.slice(0, 2) },
});
const ACTOR_IDS: Record<string, string> = {
  USA: 'gpe/united-states',
  Russia: 'gpe/russia',
  'gpe/china': 'gpe/china',
  FRA: 'gpe/france',
};
const TYPES = ['CONSULT', 'FIGHT', 'ACCUSE'];
const WORDS =
  'harbour council minister ceasefire election flood strike budget court border market vaccine'.split(' ');

test('events newest first equal the grouped whole, for every actor, day, page size and first scan', async () => {
  const random = seededRandom(3);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const path = join(dir, 'events.db');
  const store = await openStore(path);
  const ids: string[] = [];
  for (let n = 0; n < 160; n++) {
    const topic = n % 12;
    const day = new Date(Date.UTC(2021, 0, 1 + topic * 5 + (n % 4))).toISOString().slice(0, 10);
    const body = Array.from({ length: 60 }, (_, i) => (i % 3 === 0 ? `w${n}x${i}` : pick(WORDS))).join(' ');
    const events = Array.from({ length: 1 + (n % 3) }, (_, k) => ({
      type: pick(TYPES),
      actors: [`gpe/${pick(COUNTRIES)[0]}`],
      targets: [`gpe/${pick(COUNTRIES)[0]}`],
      // Some reports dated in the text, some by the article's day, some (undated articles) not at all.
      ...(k === 1 ? { date: `2021-0${1 + (n % 6)}-1${n % 10}` } : {}),
    }));
    const record = makeRecord({
      title: `Topic ${topic} ${WORDS[topic]} report ${n}`,
      body,
      ...(n % 9 === 4 ? {} : { published: day }),
      entities: COUNTRIES.map(country),
      events,
    });
    ids.push(record.id);
    await store.write(record);
  }
  // Story event groups follow deletes too (recomputed from the reports left).
  for (const id of ids.filter((_, i) => i % 10 === 3)) await store.delete(id);
  assert.deepEqual(await store.checkIntegrity(), []);
  await store.close();

  const driver = new SqliteDriver(path);
  try {
    let compared = 0;
    for (const actor of [undefined, 'USA', 'Russia', 'gpe/china', 'FRA'])
      for (const since of [undefined, '2021-01-01', '2021-02-10', '2021-03-01', '2021-12-01'])
        for (const limit of [1, 3, 7, 20, 500]) {
          const actorIds = actor ? [ACTOR_IDS[actor]!] : [];
          const expected = (
            await fullQuery(driver, { ids: actorIds, ...(since ? { since } : {}) }, limit)
          ).map(toStoryEvent);
          const query = { ...(actor ? { actor } : {}), ...(since ? { since } : {}), limit };
          for (const firstScan of [1, 2, 5, 40, undefined]) {
            assert.deepEqual(await findEvents(driver, query, firstScan), expected, JSON.stringify(query));
            compared++;
          }
          if (limit === 20 && since === undefined) assert.ok(expected.length > 3, 'the corpus has events');
        }
    assert.equal(compared, 625);
  } finally {
    await driver.close();
  }
});
