/** Records are stored whole, as gzip-compressed JSON: about a fifth of their size, and read back exactly. */
import { gunzipSync, gzipSync } from 'node:zlib';
import type { ArticleRecord } from '../doc/record-schema.js';

export function encodeRecord(record: ArticleRecord): Buffer {
  return gzipSync(JSON.stringify(record), { level: 6 });
}

export function decodeRecord(bytes: Uint8Array): ArticleRecord {
  return JSON.parse(gunzipSync(bytes).toString('utf8')) as ArticleRecord;
}
