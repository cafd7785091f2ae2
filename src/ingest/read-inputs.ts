/**
 * Command-line arguments → raw articles: files, directories (walked in name order) and "-" for standard
 * input. A problem with one input is yielded as an InputError so that the caller reports it and goes on.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError, type RawInput } from './raw-input.js';
import { MAX_INPUT_BYTES, readTextInput } from './read-text.js';

export interface ReadOptions {
  maxBytes?: number;
}

/** File types a directory walk picks up; named files are read whatever their extension. */
const ARTICLE_EXTENSIONS = /\.(?:txt|text|md)$/i;

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile() && ARTICLE_EXTENSIONS.test(entry.name)) yield path;
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message : String(error);
}

async function readOne(path: string, maxBytes: number): Promise<RawInput> {
  const info = await stat(path);
  if (info.size > maxBytes) {
    throw new InputError(path, `is ${info.size} bytes, over the ${maxBytes}-byte limit (see --max-bytes)`);
  }
  return readTextInput(await readFile(path), { path }, maxBytes);
}

export async function* readInputs(
  args: readonly string[],
  options: ReadOptions = {},
): AsyncGenerator<RawInput | InputError> {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  for (const arg of args) {
    try {
      if (arg === '-') {
        yield readTextInput(await readStdin(), { path: '<stdin>' }, maxBytes);
        continue;
      }
      const info = await stat(arg);
      if (!info.isDirectory()) {
        yield await readOne(arg, maxBytes);
        continue;
      }
      for await (const path of walk(arg)) {
        try {
          yield await readOne(path, maxBytes);
        } catch (error) {
          yield error instanceof InputError ? error : new InputError(path, describe(error));
        }
      }
    } catch (error) {
      yield error instanceof InputError ? error : new InputError(arg, describe(error));
    }
  }
}
