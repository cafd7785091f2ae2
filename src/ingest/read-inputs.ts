/**
 * Command-line arguments → raw articles: text files, HTML pages, RSS/Atom/JSON feeds, WARC archives,
 * JSON Lines, directories (walked in name order) and "-" for standard input. The reader is chosen by
 * file extension, then by a look at the content. A problem with one input (or one record of an archive)
 * is yielded as an InputError, so that the caller reports it and goes on.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError, type RawInput } from './raw-input.js';
import { readFeed } from './read-feed.js';
import { headBytes, readFileBytes } from './read-file-bytes.js';
import { htmlInput, readHtml } from './read-html.js';
import { readJsonl } from './read-jsonl.js';
import { MAX_INPUT_BYTES, readTextInput } from './read-text.js';
import { readWarc } from './read-warc.js';

export interface ReadOptions {
  maxBytes?: number;
}

type Format = 'text' | 'html' | 'feed' | 'warc' | 'jsonl';

const EXTENSIONS: [RegExp, Format][] = [
  [/\.(?:txt|text|md)$/i, 'text'],
  [/\.(?:html?|xhtml)$/i, 'html'],
  [/\.(?:rss|atom|xml|feed)$/i, 'feed'],
  [/\.warc(?:\.gz)?$/i, 'warc'],
  [/\.(?:jsonl|ndjson)$/i, 'jsonl'],
];

/** The format its extension names, looking through a ".gz" ("page.html.gz" is HTML). */
function formatByName(path: string): Format | undefined {
  const named = (name: string) => EXTENSIONS.find(([pattern]) => pattern.test(name))?.[1];
  return named(path) ?? (/\.gz$/i.test(path) ? named(path.slice(0, -3)) : undefined);
}

/** For a file without a known extension: what its first bytes look like. */
async function sniff(path: string): Promise<Format> {
  const head = (await headBytes(path, 1024)).toString('utf8').trimStart().toLowerCase();
  if (head.startsWith('warc/')) return 'warc';
  if (/^(?:<\?xml[^>]*>\s*)?<(?:rss|feed|rdf:rdf)\b/.test(head)) return 'feed';
  if (head.startsWith('{') && head.includes('jsonfeed.org/version')) return 'feed';
  if (/^(?:<!doctype html|<html|<head|<body|<!--)/.test(head)) return 'html';
  return 'text';
}

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile() && formatByName(entry.name)) yield path;
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function asInputError(name: string, error: unknown): InputError {
  if (error instanceof InputError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const message =
    code === 'ENOENT'
      ? 'no such file or directory'
      : code === 'EACCES'
        ? 'permission denied'
        : error instanceof Error
          ? error.message
          : String(error);
  return new InputError(name, message);
}

const looksHtml = (bytes: Uint8Array) =>
  /^\s*(?:<!doctype html|<html)/i.test(Buffer.from(bytes.subarray(0, 512)).toString('utf8'));

/** One file, by its format; archives and feeds give many inputs, and per-record problems as errors. */
async function* readOneFile(path: string, maxBytes: number): AsyncGenerator<RawInput | InputError> {
  const format = formatByName(path) ?? (await sniff(path));
  const problems: InputError[] = [];
  const onError = (error: InputError) => problems.push(error);
  let source: AsyncGenerator<RawInput>;
  if (format === 'warc')
    source = readWarc(path, {
      onSkip: (id, why) => onError(new InputError(`${path}#${id ?? '?'}`, `skipped: ${why}`)),
    });
  else if (format === 'jsonl') source = readJsonl(path, { onError });
  else if (format === 'feed') source = readFeed(path);
  else if (format === 'html') source = readHtml(path);
  else {
    const bytes = await readFileBytes(path, maxBytes, 'see --max-bytes');
    yield looksHtml(bytes)
      ? htmlInput(bytes, { path, format: 'html' })
      : readTextInput(bytes, { path }, maxBytes);
    return;
  }
  for await (const input of source) {
    yield* problems.splice(0);
    yield input;
  }
  yield* problems.splice(0);
}

export async function* readInputs(
  args: readonly string[],
  options: ReadOptions = {},
): AsyncGenerator<RawInput | InputError> {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  for (const arg of args) {
    try {
      if (arg === '-') {
        const bytes = await readStdin();
        yield looksHtml(bytes)
          ? htmlInput(bytes, { path: '<stdin>', format: 'html' })
          : readTextInput(bytes, { path: '<stdin>' }, maxBytes);
        continue;
      }
      const info = await stat(arg);
      const paths = info.isDirectory()
        ? walk(arg)
        : (async function* () {
            yield arg;
          })();
      for await (const path of paths) {
        try {
          yield* readOneFile(path, maxBytes);
        } catch (error) {
          yield asInputError(path, error);
        }
      }
    } catch (error) {
      yield asInputError(arg, error);
    }
  }
}
