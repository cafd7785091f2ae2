import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { InputError, type RawInput } from './raw-input.js';
import { readInputs } from './read-inputs.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-inputs-'));
const PAGE =
  '<!doctype html><html><head><title>Bridge reopens</title></head><body><article><p>The bridge reopened on Monday.</p></article></body></html>';
const FEED =
  '<?xml version="1.0"?><rss version="2.0"><channel><title>News</title><item><title>Bridge reopens</title><link>https://example.org/a</link><description>The bridge reopened on Monday.</description></item></channel></rss>';

async function readAll(paths: string[], maxBytes?: number): Promise<(RawInput | InputError)[]> {
  const out: (RawInput | InputError)[] = [];
  for await (const input of readInputs(paths, maxBytes ? { maxBytes } : {})) out.push(input);
  return out;
}

function write(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

test('gzip-compressed pages, feeds, JSON Lines and text are read through', async () => {
  const inputs = await readAll([
    write('page.html.gz', gzipSync(PAGE)),
    write('feed.xml.gz', gzipSync(FEED)),
    write('rows.jsonl.gz', gzipSync(`{"text":"First story."}\n{"html":"${PAGE.replace(/"/g, '\\"')}"}\n`)),
    write('note.txt.gz', gzipSync('Storm hits coast\n\nThe storm hit the coast.\n')),
    write('download.gz', gzipSync(PAGE)),
  ]);
  assert.ok(
    inputs.every((input) => !(input instanceof InputError)),
    String(inputs),
  );
  const read = inputs as RawInput[];
  assert.deepEqual(
    read.map((input) => [input.source.format, input.kind]),
    [
      ['html', 'html'],
      ['feed-item', 'text'],
      ['jsonl', 'text'],
      ['jsonl', 'html'],
      ['text', 'text'],
      ['html', 'html'],
    ],
  );
  assert.match(read[0]!.body, /The bridge reopened/);
  assert.match(read[4]!.body, /The storm hit the coast/);
});

test('a gzip that expands past the limit, or is corrupt, is a clear error', async () => {
  const [big] = await readAll([write('big.txt.gz', gzipSync('a'.repeat(100_000)))], 1000);
  assert.ok(big instanceof InputError);
  assert.match(big.message, /over the 1000-byte limit/);
  const corrupt = gzipSync(PAGE).subarray(0, 20);
  const [broken] = await readAll([write('broken.html.gz', corrupt)]);
  assert.ok(broken instanceof InputError);
  assert.match(broken.message, /not valid gzip/);
});
