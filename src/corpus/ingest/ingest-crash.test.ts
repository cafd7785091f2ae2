/**
 * Crash test: ingest is killed with SIGKILL at random points, again and again, then resumed. Afterwards
 * the corpus must hold every input exactly once, agree with an uninterrupted run, and pass the integrity
 * check. Analysis is stood in for by the quick analyzer (see quick-analyzer.ts); the store, the reader,
 * the resume logic and the transactions are the real ones. `ingest-command.test.ts` covers the real CLI.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../../testing/seeded-random.js';
import { openStore } from '../open-store.js';
import type { CorpusStore } from '../store.js';
import { writeSyntheticCorpus } from '../testing/synthetic-corpus.js';

const KILLS = 10;
const child = fileURLToPath(new URL('../testing/ingest-child.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'newsgraph-crash-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the child; with `killAfter`, SIGKILLs it once it has handled that many inputs. Resolves `true` if it finished. */
function ingestOnce(db: string, input: string, killAfter?: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, db, input], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let buffered = '';
    let finished = false;
    proc.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      if (buffered.includes('finished')) finished = true;
      const done = [...buffered.matchAll(/done (\d+)/g)].length;
      if (killAfter !== undefined && done >= killAfter && proc.exitCode === null) proc.kill('SIGKILL');
    });
    proc.on('error', reject);
    proc.on('close', () => resolve(finished));
  });
}

async function snapshot(store: CorpusStore) {
  const rows: string[] = [];
  for await (const { summary } of store.exportRecords()) {
    rows.push(
      [summary.id, summary.duplicateOf ?? '', summary.duplicateKind ?? '', summary.storyId ?? ''].join(' '),
    );
  }
  return rows.sort();
}

test('ingest killed with SIGKILL ten times resumes to the same corpus, every article once', async () => {
  const corpus = join(dir, 'articles');
  const files = writeSyntheticCorpus(corpus, 20, 6);
  const reference = join(dir, 'reference.db');
  assert.equal(await ingestOnce(reference, corpus), true);

  const crashed = join(dir, 'crashed.db');
  const random = seededRandom(42);
  let kills = 0;
  for (let i = 0; i < KILLS; i++) {
    // Kill after a random number of handled inputs: sometimes before the first write, mostly in the middle.
    const finished = await ingestOnce(crashed, corpus, Math.floor(random() * 24));
    if (!finished) kills++;
  }
  assert.ok(kills >= KILLS - 1, `only ${kills} of ${KILLS} runs were killed before finishing`);
  assert.equal(await ingestOnce(crashed, corpus), true);

  const expected = await openStore(reference);
  const store = await openStore(crashed);
  try {
    const stats = await store.stats();
    assert.equal(stats.articles, files.length, 'every input stored exactly once');
    assert.deepEqual(await store.checkIntegrity(), []);
    const [got, want] = [await snapshot(store), await snapshot(expected)];
    assert.equal(got.length, files.length);
    // The same articles, the same copies and the same stories: writes happen in input order, and a story
    // takes the number of its first article, so the interrupted runs build exactly the same corpus.
    assert.deepEqual(got, want);
    assert.deepEqual(stats, await expected.stats());
  } finally {
    await store.close();
    await expected.close();
  }
});
