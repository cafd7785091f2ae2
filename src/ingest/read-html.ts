/** Saved HTML pages: bytes → string (charset detection in `charset.ts`), with provenance. */
import { readFile, stat } from 'node:fs/promises';
import type { Source } from '../doc/record-schema.js';
import { decodeHtmlBytes } from './charset.js';
import { InputError, type RawInput } from './raw-input.js';
import { sha256 } from './read-text.js';

export { decodeHtmlBytes } from './charset.js';

/** Bigger files are refused: no saved article page is 64 MB; the extractor bounds its own work further. */
export const MAX_HTML_BYTES = 64 * 1024 * 1024;

/** One HTML document's bytes → RawInput. `declaredCharset` is a charset or a Content-Type header value. */
export function htmlInput(
  bytes: Uint8Array,
  source: Omit<Source, 'bytes' | 'sha256'>,
  declaredCharset?: string,
  meta?: RawInput['meta'],
): RawInput {
  const input: RawInput = {
    source: { ...source, bytes: bytes.length, sha256: sha256(bytes) },
    kind: 'html',
    body: decodeHtmlBytes(bytes, declaredCharset),
  };
  if (meta && Object.keys(meta).length) input.meta = meta;
  return input;
}

export async function* readHtml(path: string, options: { url?: string } = {}): AsyncGenerator<RawInput> {
  const info = await stat(path);
  if (info.size > MAX_HTML_BYTES) throw new InputError(path, `is ${info.size} bytes, over ${MAX_HTML_BYTES}`);
  const source: Omit<Source, 'bytes' | 'sha256'> = { path, format: 'html' };
  if (options.url) source.url = options.url;
  yield htmlInput(await readFile(path), source);
}
