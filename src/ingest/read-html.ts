/** Saved HTML pages: bytes → string (charset detection in `charset.ts`), with provenance. */
import type { Source } from '../doc/record-schema.js';
import { decodeHtmlBytes } from './charset.js';
import type { RawInput } from './raw-input.js';
import { readFileBytes } from './read-file-bytes.js';
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
  const bytes = await readFileBytes(path, MAX_HTML_BYTES);
  const source: Omit<Source, 'bytes' | 'sha256'> = { path, format: 'html' };
  if (options.url) source.url = options.url;
  yield htmlInput(bytes, source);
}
