import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const MAIN = new URL('./main.ts', import.meta.url).pathname;
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    encoding: 'utf8',
    input,
    env: { ...process.env, NO_COLOR: '1' },
  });

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-cli-'));
const good = join(dir, 'a.txt');
writeFileSync(good, 'Storm hits coast\n\nThe storm hit the coast on Monday, officials said.\n');
writeFileSync(join(dir, 'b.txt'), 'Second story\n\n“We are ready,” the mayor said.\n');
writeFileSync(join(dir, 'empty.txt'), '');
writeFileSync(join(dir, 'junk.txt'), Buffer.from([0, 1, 2, 3, 255]));

test('one file prints one pretty JSON record', () => {
  const result = run(['analyze', good]);
  assert.equal(result.status, 0, result.stderr);
  const record = JSON.parse(result.stdout);
  assert.equal(record.schema, 'newsgraph.article/1');
  assert.equal(record.meta.title, 'Storm hits coast');
  assert.ok(result.stdout.includes('\n  "schema"'));
});

test('a directory streams JSON Lines, reports bad files by name and exits 1', () => {
  const result = run(['analyze', dir, join(dir, 'missing.txt')]);
  assert.equal(result.status, 1);
  const lines = result.stdout.trim().split('\n');
  assert.deepEqual(
    lines.map((line) => JSON.parse(line).meta.title),
    ['Storm hits coast', 'Second story'],
  );
  assert.match(result.stderr, /empty\.txt: is empty/);
  assert.match(result.stderr, /junk\.txt: looks like a binary file/);
  assert.match(result.stderr, /missing\.txt: no such file or directory/);
});

test('standard input, --raw and --published', () => {
  const text = 'Talks\r\n\r\nThey met on Monday.  ';
  const result = run(['analyze', '--raw', '--published', '2021-06-29', '--format', 'jsonl', '-'], text);
  assert.equal(result.status, 0, result.stderr);
  const record = JSON.parse(result.stdout);
  assert.equal(record.text, text);
  assert.equal(record.dates[0].value, '2021-06-28');
});

test('text format prints a readable summary', () => {
  const result = run(['analyze', '--format', 'text', join(dir, 'b.txt')]);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /^Second story/);
  assert.match(result.stdout, /Quotes \(1\)\n {2}“We are ready,” — the mayor \(said\)/);
});

test('usage errors are explained', () => {
  assert.match(run(['analyze']).stderr, /no input given/);
  assert.match(run(['analyze', '--format', 'xml', good]).stderr, /unknown --format "xml"/);
  assert.match(run(['analyze', '--published', 'soon', good]).stderr, /is not a date/);
  assert.equal(run(['frobnicate']).status, 2);
});

test('HTML pages and feeds are read by their format', () => {
  const fixtures = new URL('../../test/fixtures/html/', import.meta.url).pathname;
  const page = run(['analyze', '--format', 'jsonl', `${fixtures}article.html`, `${fixtures}feed-rss.xml`]);
  assert.equal(page.status, 0, page.stderr);
  const records = page.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  assert.equal(records[0].source.format, 'html');
  assert.equal(records[0].meta.title, 'Council approves new bridge over the river');
  assert.ok(records.slice(1).every((r: { source: { format: string } }) => r.source.format === 'feed-item'));
  assert.ok(records.length >= 3);
});
