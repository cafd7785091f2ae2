import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { InputError, RawInput } from './raw-input.js';
import { readJsonl } from './read-jsonl.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-jsonl-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('one input per line, html or text, with metadata; bad lines reported and skipped', async () => {
  const path = join(dir, 'articles.jsonl');
  writeFileSync(
    path,
    [
      JSON.stringify({
        id: 'a1',
        url: 'https://a.example/1',
        title: 'Bridge',
        html: '<p>The council voted.</p>',
        published: '2024-03-05',
      }),
      '',
      '{not json',
      JSON.stringify({ text: 'Plain text article.', author: 'Jane Doe', lang: 'en' }),
      JSON.stringify({ title: 'No body' }),
    ].join('\n'),
  );
  const inputs: RawInput[] = [];
  const errors: InputError[] = [];
  for await (const input of readJsonl(path, { onError: (e) => errors.push(e) })) inputs.push(input);
  assert.equal(inputs.length, 2);
  assert.equal(inputs[0]!.kind, 'html');
  assert.equal(inputs[0]!.source.recordId, 'a1');
  assert.equal(inputs[0]!.source.url, 'https://a.example/1');
  assert.deepEqual(inputs[0]!.meta, { title: 'Bridge', published: '2024-03-05' });
  assert.equal(inputs[1]!.kind, 'text');
  assert.equal(inputs[1]!.source.recordId, '4');
  assert.deepEqual(inputs[1]!.meta, { byline: 'Jane Doe', language: 'en' });
  assert.deepEqual(
    errors.map((e) => e.inputName),
    [`${path}:3`, `${path}:5`],
  );
});
