import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { GKG_COLUMNS } from '../events/export-gkg.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-ingest-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const db = join(dir, 'corpus.db');

function newsgraph(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('ingest analyses the samples into a corpus, marks a copy, and changes nothing the second time', () => {
  const input = join(dir, 'input');
  mkdirSync(input);
  for (const name of ['wikinews-korea', 'wikinews-stampede', 'wikinews-election']) {
    copyFileSync(`samples/${name}.txt`, join(input, `${name}.txt`));
  }
  copyFileSync('samples/wikinews-korea.txt', join(input, 'z-mirror-of-korea.txt'));
  const first = newsgraph('ingest', '--db', db, '--workers', '2', input);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /4 inputs .*: 3 new, 0 duplicates, 1 already stored, 0 failed/);
  assert.match(first.stdout, /corpus .*: 3 articles \(0 duplicates\), 3 stories/);

  const again = newsgraph('ingest', '--db', db, input);
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stdout, /0 new, 0 duplicates, 4 already stored, 0 failed/);
});

test('query commands read the corpus as table, JSON and CSV', () => {
  const stories = newsgraph('stories', '--db', db, '--format', 'json');
  assert.equal(stories.code, 0, stories.stderr);
  const list = JSON.parse(stories.stdout) as { title: string; articleCount: number }[];
  assert.equal(list.length, 3);
  assert.ok(list.some((story) => /North Korea/.test(story.title)));

  const search = newsgraph('search', '--db', db, 'stampede', 'pilgrims');
  assert.equal(search.code, 0, search.stderr);
  assert.match(search.stdout, /Hundreds dead in Hajj stampede/);

  const quotes = newsgraph('quotes', '--db', db, '--speaker', 'KCNA', '--format', 'csv');
  assert.equal(quotes.code, 0, quotes.stderr);
  assert.match(quotes.stdout.split('\n')[0] ?? '', /^date,speaker,cue,quote,article$/);
  assert.ok(quotes.stdout.split('\n').length > 2, 'KCNA is quoted');

  const entity = newsgraph('entity', '--db', db, 'North Korea', '--format', 'json');
  assert.equal(entity.code, 0, entity.stderr);
  assert.equal((JSON.parse(entity.stdout) as { name: string }).name, 'North Korea');

  const missing = newsgraph('entity', '--db', db, 'Atlantis');
  assert.equal(missing.code, 1);

  const events = newsgraph('events', '--db', db, '--since', '2000-01-01', '--format', 'json');
  assert.equal(events.code, 0, events.stderr);
  assert.ok(Array.isArray(JSON.parse(events.stdout)));

  const gkg = newsgraph('export', '--db', db, '--format', 'gkg');
  assert.equal(gkg.code, 0, gkg.stderr);
  const lines = gkg.stdout.trim().split('\n');
  assert.equal(lines.length, 4, 'header and one row per article');
  for (const line of lines) assert.equal(line.split('\t').length, GKG_COLUMNS.length);

  const jsonl = newsgraph('export', '--db', db);
  assert.equal(jsonl.stdout.trim().split('\n').length, 3);
  const plover = newsgraph('export', '--db', db, '--format', 'plover');
  assert.equal(plover.code, 0, plover.stderr);
});
