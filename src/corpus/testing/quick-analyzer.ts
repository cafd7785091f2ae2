/**
 * A stand-in for the analysis pipeline in ingest tests that kill processes: it builds a record from the
 * raw input in microseconds (capitalised words become organisations), so tests spend their time in the
 * store and the resume logic rather than in starting analysis threads.
 */
import type { ArticleRecord } from '../../doc/record-schema.js';
import type { RawInput } from '../../ingest/raw-input.js';
import type { Analyzer } from '../ingest/run-ingest.js';
import { makeRecord } from './make-record.js';

export function quickRecord(input: RawInput): ArticleRecord {
  const [title = '', ...rest] = input.body.split('\n');
  const body = rest.join('\n').trim();
  const names = [...new Set(body.match(/(?<=\s)[A-Z][a-z]{3,}/g) ?? [])];
  const published = body.match(/\b\d{4}-\d{2}-\d{2}\b/)?.[0];
  return makeRecord({
    title: title.trim(),
    body,
    sha256: input.source.sha256,
    ...(input.source.path ? { path: input.source.path } : {}),
    ...(published ? { published } : {}),
    entities: names.map((name) => ({ id: `org/${name.toLowerCase()}`, type: 'ORG' as const, name })),
  });
}

export const quickAnalyzer: Analyzer = {
  analyze: async (input) => quickRecord(input),
  close: async () => undefined,
};
