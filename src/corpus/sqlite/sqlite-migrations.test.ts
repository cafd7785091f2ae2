/** Opening a corpus stored by an older newsgraph upgrades it in place, and it answers as a new one does. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { openStore } from '../open-store.js';
import type { CorpusStore } from '../store.js';
import { ALL, talks } from '../testing/corpus-fixtures.js';
import { SQLITE_MIGRATIONS } from './migrations.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-migrate-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function answers(store: CorpusStore) {
  return {
    search: await store.search('arms control guarantees'),
    page: await store.articles({ text: 'guarantees', limit: 10 }),
    lavrov: await store.entity('Lavrov'),
    usa: await store.entity('USA'),
    article: await store.articleJson(talks.id),
    events: await store.events({ actor: 'USA' }),
    recentEvents: await store.events({ actor: 'USA', since: '2021-06-01' }),
    stories: await store.stories(),
    problems: await store.checkIntegrity(),
  };
}

test('a schema-2 corpus gets its plain texts and entity roles and places from the records', async () => {
  const path = join(dir, 'old.db');
  const store = await openStore(path);
  for (const record of ALL) await store.write(record);
  const expected = await answers(store);
  await store.close();
  assert.deepEqual(expected.problems, []);
  assert.equal(expected.lavrov?.roles.length, 1);
  assert.equal(expected.events.length, 2);

  // Back to what schema 2 had: no plain texts, no roles or places on entity links, no version, no timeline
  // counters, no story norms, no name edges, no event link dates or read-path indexes, no story event groups,
  // its first link indexes and no stories by first day.
  const db = new Database(path);
  db.exec(`DROP TABLE entity_periods; DROP TABLE corpus_state; DROP TABLE article_texts; DROP INDEX article_entities_recent;
    ALTER TABLE article_entities DROP COLUMN roles; ALTER TABLE article_entities DROP COLUMN geo;
    ALTER TABLE stories DROP COLUMN entity_norm2; ALTER TABLE stories DROP COLUMN term_norm2; DROP TABLE entity_name_edges;
    DROP INDEX event_entities_recent; ALTER TABLE event_entities DROP COLUMN date; DROP INDEX story_entities_top;
    DROP INDEX events_story; CREATE INDEX events_story ON events (story_id, event_key); DROP TABLE story_events;
    DROP INDEX stories_first_day; CREATE INDEX article_entities_entity ON article_entities (entity_id, period, article_num);
    CREATE INDEX event_entities_entity ON event_entities (entity_id, role);
    PRAGMA user_version = 2;`);
  db.close();

  const upgraded = await openStore(path);
  try {
    assert.deepEqual(await answers(upgraded), expected);
  } finally {
    await upgraded.close();
  }
  const check = new Database(path, { readonly: true });
  assert.equal(check.pragma('user_version', { simple: true }), SQLITE_MIGRATIONS.length);
  check.close();
});

test('a corpus from a newer newsgraph is refused, and left as it is', async () => {
  const path = join(dir, 'newer.db');
  const db = new Database(path);
  db.pragma(`user_version = ${SQLITE_MIGRATIONS.length + 1}`);
  db.close();
  await assert.rejects(openStore(path), /newer than this newsgraph/);
});
