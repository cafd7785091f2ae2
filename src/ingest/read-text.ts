import { createHash } from 'node:crypto';
import type { Source } from '../doc/record-schema.js';
import { InputError, type RawInput } from './raw-input.js';

/** Inputs above this size are refused: a scraped article is rarely over 1 MB; 32 MB leaves room for dumps. */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;

/** Share of control characters (other than tab, CR, LF, FF) above which bytes are taken as binary. */
const BINARY_CONTROL_SHARE = 0.1;
/** How much of the head of a file the binary check reads. */
const BINARY_SNIFF_BYTES = 8192;

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, BINARY_SNIFF_BYTES);
  let controls = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13) controls++;
  }
  return head.length > 0 && controls / head.length > BINARY_CONTROL_SHARE;
}

/** Decodes UTF-8 text strictly, with a clear error for empty, binary, oversized or mis-encoded input. */
export function decodeTextBytes(bytes: Uint8Array, name: string, maxBytes = MAX_INPUT_BYTES): string {
  if (bytes.length > maxBytes) {
    throw new InputError(name, `is ${bytes.length} bytes, over the ${maxBytes}-byte limit (see --max-bytes)`);
  }
  if (looksBinary(bytes)) throw new InputError(name, 'looks like a binary file, not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(
      name,
      `is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8Offset(bytes)})`,
    );
  }
  if (text.trim() === '') throw new InputError(name, 'is empty (no text to analyse)');
  return text;
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence (for the error message). */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const trailing = lead < 0x80 ? 0 : lead >> 5 === 6 ? 1 : lead >> 4 === 14 ? 2 : lead >> 3 === 30 ? 3 : -1;
    if (trailing < 0) return i;
    for (let k = 1; k <= trailing; k++) {
      if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    }
    i += trailing + 1;
  }
  return i;
}

export function readTextInput(
  bytes: Uint8Array,
  source: Omit<Source, 'bytes' | 'sha256' | 'format'>,
  maxBytes = MAX_INPUT_BYTES,
): RawInput {
  const name = source.path ?? source.url ?? 'input';
  const body = decodeTextBytes(bytes, name, maxBytes);
  return {
    kind: 'text',
    body,
    source: { ...source, format: 'text', bytes: bytes.length, sha256: sha256(bytes) },
  };
}
