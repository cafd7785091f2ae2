import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { browseContract } from '../browse-contract.js';
import { openStore } from '../open-store.js';
import { type OpenStore, storeContract } from '../store-contract.js';
import { ALL, mosul, talksSameText } from '../testing/corpus-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-sqlite-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

const open: OpenStore = async (options) => {
  const path = join(dir, `corpus-${++n}.db`);
  return { store: await openStore(path, options), reopen: () => openStore(path, options) };
};
storeContract('sqlite', open);
browseContract('sqlite', open);

test('the integrity check names what a damaged corpus lacks or holds wrongly', async () => {
  const { store } = await open();
  for (const record of ALL) await store.write(record);
  await store.close();
  const path = join(dir, `corpus-${n}.db`);
  const db = new Database(path);
  const numOf = (id: string) => db.prepare('SELECT num FROM articles WHERE id = ?').pluck().get(id) as number;
  db.prepare('DELETE FROM article_bands WHERE article_num = ?').run(numOf(mosul.id));
  db.prepare(
    "INSERT INTO article_entities (article_num, entity_id, mentions, period, roles, geo) VALUES (?, 'gpe/iraq', 1, '2021-06', NULL, NULL)",
  ).run(numOf(talksSameText.id));
  db.close();
  const damaged = await openStore(path);
  try {
    const problems = await damaged.checkIntegrity();
    assert.ok(problems.includes('1 originals without LSH bands'), problems.join('; '));
    assert.ok(problems.includes('1 entity links of copies or missing articles'), problems.join('; '));
    assert.ok(problems.includes('1 entities whose article count is wrong'), problems.join('; '));
  } finally {
    await damaged.close();
  }
});
