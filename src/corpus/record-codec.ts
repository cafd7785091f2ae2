/** Records are stored whole, as gzip-compressed JSON: about a fifth of their size, and read back exactly. */
import { gunzipSync, gzipSync } from 'node:zlib';
import type { ArticleRecord } from '../doc/record-schema.js';

export function encodeRecord(record: ArticleRecord): Buffer {
  return gzipSync(JSON.stringify(record), { level: 6 });
}

export function decodeRecord(bytes: Uint8Array): ArticleRecord {
  return JSON.parse(gunzipSync(bytes).toString('utf8')) as ArticleRecord;
}

/**
 * The record's JSON as UTF-8 bytes, for sending on without parsing. Synchronous on purpose: for records
 * of a few KiB, one native call costs less than the thread pool's round trips (measured with bench:api).
 */
export function recordBytes(bytes: Uint8Array): Buffer {
  return gunzipSync(bytes);
}
