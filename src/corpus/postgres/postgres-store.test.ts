// The shared store contract against a real PostgreSQL server (scripts/ci.sh starts one and sets the URL).
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import pg from 'pg';
import { browseContract } from '../browse-contract.js';
import { openStore } from '../open-store.js';
import { type OpenStore, storeContract } from '../store-contract.js';
import { ALL, talks } from '../testing/corpus-fixtures.js';
import { POSTGRES_MIGRATIONS } from './migrations.js';

const url = process.env.NEWSGRAPH_TEST_PG_URL;
const SKIP =
  'NEWSGRAPH_TEST_PG_URL is not set: PostgreSQL store tests skipped (bash scripts/ci.sh runs them)';
if (!url) process.stderr.write(`SKIP: ${SKIP}\n`);

const schemas: string[] = [];

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Each store gets its own schema, so tests never see each other's rows. */
function withSchema(base: string, schema: string): string {
  const target = new URL(base);
  target.searchParams.set('options', `-c search_path=${schema}`);
  return target.toString();
}

after(async () => {
  if (!url || schemas.length === 0) return;
  await admin(async (client) => {
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  });
});

const open: OpenStore = async (options) => {
  const schema = `ng_test_${process.pid}_${schemas.length + 1}`;
  schemas.push(schema);
  await admin((client) => client.query(`CREATE SCHEMA ${schema}`));
  const target = withSchema(url!, schema);
  return { store: await openStore(target, options), reopen: () => openStore(target, options) };
};
storeContract('postgres', open, url ? undefined : SKIP);
browseContract('postgres', open, url ? undefined : SKIP);

test(
  'postgres: a schema-2 corpus gets its plain texts and entity roles and places from the records',
  url ? {} : { skip: SKIP },
  async () => {
    const { store, reopen } = await open();
    for (const record of ALL) await store.write(record);
    const answers = async (s: typeof store) => ({
      search: await s.search('arms control guarantees'),
      lavrov: await s.entity('Lavrov'),
      usa: await s.entity('USA'),
      article: await s.articleJson(talks.id),
      problems: await s.checkIntegrity(),
    });
    const expected = await answers(store);
    await store.close();
    assert.deepEqual(expected.problems, []);
    assert.equal(expected.lavrov?.roles.length, 1);
    const schema = schemas[schemas.length - 1]!;
    await admin((client) =>
      client.query(`SET search_path = ${schema}; DROP TABLE entity_periods; DROP TABLE corpus_state; DROP TABLE article_texts; DROP INDEX article_entities_recent;
      ALTER TABLE article_entities DROP COLUMN roles, DROP COLUMN geo;
      ALTER TABLE stories DROP COLUMN entity_norm2, DROP COLUMN term_norm2; DROP TABLE entity_name_edges;
      DROP INDEX event_entities_recent; ALTER TABLE event_entities DROP COLUMN date; DROP INDEX story_entities_top;
      DROP INDEX events_story; CREATE INDEX events_story ON events (story_id, event_key); DROP TABLE story_events;
      DROP INDEX stories_first_day; CREATE INDEX article_entities_entity ON article_entities (entity_id, period, article_num);
      CREATE INDEX event_entities_entity ON event_entities (entity_id, role);
      DELETE FROM schema_migrations WHERE version > 2`),
    );
    const upgraded = await reopen();
    try {
      assert.deepEqual(await answers(upgraded), expected);
    } finally {
      await upgraded.close();
    }
    const version = await admin((client) =>
      client.query(`SELECT MAX(version) AS v FROM ${schema}.schema_migrations`),
    );
    assert.equal(Number(version.rows[0].v), POSTGRES_MIGRATIONS.length);
  },
);
