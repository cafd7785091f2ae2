/** Records are stored whole, as gzip-compressed JSON: about a fifth of their size, and read back exactly. */
import { promisify } from 'node:util';
import { gunzip, gunzipSync, gzipSync } from 'node:zlib';
import type { ArticleRecord } from '../doc/record-schema.js';

const gunzipAsync = promisify(gunzip);

export function encodeRecord(record: ArticleRecord): Buffer {
  return gzipSync(JSON.stringify(record), { level: 6 });
}

export function decodeRecord(bytes: Uint8Array): ArticleRecord {
  return JSON.parse(gunzipSync(bytes).toString('utf8')) as ArticleRecord;
}

/** The record's JSON text, decompressed on libuv's thread pool: the server's event loop stays free. */
export async function recordJson(bytes: Uint8Array): Promise<string> {
  return (await gunzipAsync(bytes)).toString('utf8');
}
