// The shared store contract against a real PostgreSQL server (scripts/ci.sh starts one and sets the URL).
import { after } from 'node:test';
import pg from 'pg';
import { browseContract } from '../browse-contract.js';
import { openStore } from '../open-store.js';
import { storeContract } from '../store-contract.js';

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

const open = async () => {
  const schema = `ng_test_${process.pid}_${schemas.length + 1}`;
  schemas.push(schema);
  await admin((client) => client.query(`CREATE SCHEMA ${schema}`));
  const target = withSchema(url!, schema);
  return { store: await openStore(target), reopen: () => openStore(target) };
};
storeContract('postgres', open, url ? undefined : SKIP);
browseContract('postgres', open, url ? undefined : SKIP);
