import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { readWarc } from './read-warc.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-warc-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function record(type: string, uri: string, id: number, contentType: string, body: Buffer): Buffer {
  const http = Buffer.concat([
    Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: ${contentType}\r\nContent-Length: ${body.length}\r\n\r\n`),
    body,
  ]);
  const block = type === 'response' ? http : body;
  const head =
    `WARC/1.1\r\nWARC-Type: ${type}\r\nWARC-Target-URI: ${uri}\r\nWARC-Date: 2024-03-05T14:30:${String(id % 60).padStart(2, '0')}Z\r\n` +
    `WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-${String(id).padStart(12, '0')}>\r\n` +
    `Content-Type: ${type === 'response' ? 'application/http; msgtype=response' : 'application/warc-fields'}\r\n` +
    `Content-Length: ${block.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), block, Buffer.from('\r\n\r\n')]);
}

const articleHtml = (i: number, filler = 0) =>
  `<html><head><meta charset="windows-1252"><title>Story ${i}</title></head><body><p>Caf\u00e9 story ${i}.</p>${'<p>Filler paragraph text.</p>'.repeat(filler)}</body></html>`;

test('.warc.gz: HTML responses with target URI, date and record id; other records skipped', async () => {
  const path = join(dir, 'small.warc.gz');
  const records = [
    record('warcinfo', '', 0, '', Buffer.from('software: test\r\n')),
    record(
      'response',
      'https://a.example/1',
      1,
      'text/html; charset=windows-1252',
      iconv.encode(articleHtml(1), 'windows-1252'),
    ),
    record('response', 'https://a.example/logo.png', 2, 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47])),
    record('request', 'https://a.example/2', 3, '', Buffer.from('GET /2 HTTP/1.1\r\n\r\n')),
    record('response', 'https://a.example/2', 4, 'text/html', Buffer.from(articleHtml(2), 'utf8')),
  ];
  writeFileSync(path, Buffer.concat(records.map((r) => gzipSync(r))));
  const inputs = [];
  for await (const input of readWarc(path)) inputs.push(input);
  assert.equal(inputs.length, 2);
  assert.equal(inputs[0]!.source.url, 'https://a.example/1');
  assert.equal(inputs[0]!.source.fetchedAt, '2024-03-05T14:30:01Z');
  assert.equal(inputs[0]!.source.recordId, 'urn:uuid:00000000-0000-0000-0000-000000000001');
  assert.equal(inputs[0]!.source.format, 'warc-record');
  assert.equal(inputs[0]!.kind, 'html');
  assert.match(inputs[0]!.body, /Café story 1\./);
  assert.match(inputs[1]!.body, /Caf\u00e9 story 2\./);
});

test('a large WARC streams in flat memory', async () => {
  const path = join(dir, 'large.warc');
  const out = createWriteStream(path);
  const count = 1200;
  for (let i = 0; i < count; i++) {
    const rec = record(
      'response',
      `https://b.example/${i}`,
      i,
      'text/html',
      Buffer.from(articleHtml(i, 1400)),
    );
    if (!out.write(rec)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  const size = statSync(path).size;
  assert.ok(size > 40 * 1024 * 1024, `WARC is ${size} bytes`);

  global.gc?.();
  const base = process.memoryUsage();
  let peak = 0;
  let n = 0;
  for await (const input of readWarc(path)) {
    assert.ok(input.body.includes(`story ${n}.`));
    n++;
    if (n % 50 === 0) {
      global.gc?.();
      const m = process.memoryUsage();
      peak = Math.max(peak, m.heapUsed + m.arrayBuffers - base.heapUsed - base.arrayBuffers);
    }
  }
  assert.equal(n, count);
  // Holding the file would take > 40 MB; streaming keeps a few records' worth (plus garbage not yet collected).
  assert.ok(
    peak < size / 2,
    `memory grew by ${(peak / 1e6).toFixed(1)} MB for a ${(size / 1e6).toFixed(1)} MB WARC`,
  );
});
