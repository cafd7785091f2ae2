/**
 * JSON Lines: one article per line, with an `html` or a `text` field (also `content`/`body`),
 * and optional `url`, `title`, `published`/`date`, `byline`/`author`, `id`. Streamed line by line.
 * A line that is not JSON or has no body is reported through `onError` and skipped.
 */
import { createInterface } from 'node:readline';
import { InputError, type RawInput } from './raw-input.js';
import { openFileStream } from './read-file-bytes.js';
import { sha256 } from './read-text.js';

/** Longer lines are refused (one article is far smaller; a runaway line would exhaust memory). */
export const MAX_JSONL_LINE_CHARS = 32 * 1024 * 1024;

export interface JsonlOptions {
  onError?: (error: InputError) => void;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);

export async function* readJsonl(path: string, options: JsonlOptions = {}): AsyncGenerator<RawInput> {
  const lines = createInterface({
    input: (await openFileStream(path)).setEncoding('utf8'),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    const where = `${path}:${n}`;
    if (line.length > MAX_JSONL_LINE_CHARS) {
      options.onError?.(new InputError(where, `line of ${line.length} characters`));
      continue;
    }
    let row: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(line);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
      row = parsed as Record<string, unknown>;
    } catch (err) {
      options.onError?.(new InputError(where, `not a JSON object: ${(err as Error).message}`));
      continue;
    }
    const html = str(row.html);
    const body = html ?? str(row.text) ?? str(row.content) ?? str(row.body);
    if (!body) {
      options.onError?.(new InputError(where, 'no html or text field'));
      continue;
    }
    const bytes = Buffer.from(body, 'utf8');
    const input: RawInput = {
      source: {
        path,
        format: 'jsonl',
        bytes: bytes.length,
        sha256: sha256(bytes),
        recordId: str(row.id) ?? String(n),
      },
      kind: html ? 'html' : 'text',
      body,
    };
    const url = str(row.url);
    if (url) input.source.url = url;
    const meta: NonNullable<RawInput['meta']> = {};
    const title = str(row.title);
    const published = str(row.published) ?? str(row.date) ?? str(row.published_at);
    const byline = str(row.byline) ?? str(row.author) ?? str(row.authors);
    const language = str(row.language) ?? str(row.lang);
    if (title) meta.title = title;
    if (published) meta.published = published;
    if (byline) meta.byline = byline;
    if (language) meta.language = language;
    if (Object.keys(meta).length) input.meta = meta;
    yield input;
  }
}
