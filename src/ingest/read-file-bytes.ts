/**
 * File contents for the readers, gunzipped when the file is gzip-compressed ("page.html.gz",
 * "export.jsonl.gz"): whole for pages and feeds, with the size limit applied to what is decompressed
 * (a small archive can expand without bound), or as a stream for JSON Lines.
 */
import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip, gunzipSync } from 'node:zlib';
import { InputError } from './raw-input.js';

const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

async function startsWithGzip(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && isGzip(buffer);
  } finally {
    await handle.close();
  }
}

/**
 * The file's bytes, decompressed if gzip; an InputError when they are over `maxBytes` or corrupt.
 * `hint` ends the size message: where the user can raise the limit ("see --max-bytes").
 */
export async function readFileBytes(path: string, maxBytes: number, hint?: string): Promise<Buffer> {
  const tooBig = (size: number | string) =>
    new InputError(path, `is ${size} bytes, over the ${maxBytes}-byte limit${hint ? ` (${hint})` : ''}`);
  const info = await stat(path);
  if (info.size > maxBytes) throw tooBig(info.size);
  const bytes = await readFile(path);
  if (!isGzip(bytes)) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooBig('more than that');
    throw new InputError(path, `is not valid gzip: ${(error as Error).message}`);
  }
}

/** The file as a stream of bytes, decompressed if gzip. */
export async function openFileStream(path: string): Promise<Readable> {
  const raw = createReadStream(path);
  if (!(await startsWithGzip(path))) return raw;
  const gunzip = createGunzip();
  raw.on('error', (error) => gunzip.destroy(error));
  return raw.pipe(gunzip);
}

/** The first `n` bytes of the file's (decompressed) content. */
export async function headBytes(path: string, n: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of await openFileStream(path)) {
      chunks.push(chunk as Buffer);
      size += (chunk as Buffer).length;
      if (size >= n) break;
    }
  } catch {
    // A corrupt archive: its readable start is all there is to look at.
  }
  return Buffer.concat(chunks).subarray(0, n);
}
