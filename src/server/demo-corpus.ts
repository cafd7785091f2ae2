/**
 * `newsgraph serve --demo`: the bundled Wikinews samples analysed into a fresh corpus in a temporary
 * folder, with the dates and links listed in `samples/README.md`, so a first run has something to show.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../corpus/open-store.js';
import type { CorpusStore } from '../corpus/store.js';
import { readTextInput } from '../ingest/read-text.js';
import { analyze } from '../pipeline/analyze.js';

export const SAMPLES_DIR = fileURLToPath(new URL('../../samples/', import.meta.url));

/** `| \`file.txt\` | title | 2015-08-21 | https://… |` rows of the samples' README. */
function sampleDates(dir: string): Map<string, { published: string; url?: string }> {
  const found = new Map<string, { published: string; url?: string }>();
  let readme = '';
  try {
    readme = readFileSync(join(dir, 'README.md'), 'utf8');
  } catch {
    return found;
  }
  for (const match of readme.matchAll(
    /^\|\s*`([^`]+\.txt)`\s*\|[^|]*\|\s*(\d{4}-\d{2}-\d{2})\s*\|\s*(\S*)\s*\|/gm,
  )) {
    found.set(match[1]!, { published: match[2]!, ...(match[3] ? { url: match[3] } : {}) });
  }
  return found;
}

export async function openDemoCorpus(
  dir: string = SAMPLES_DIR,
): Promise<{ store: CorpusStore; path: string; articles: number }> {
  const path = join(mkdtempSync(join(tmpdir(), 'newsgraph-demo-')), 'demo.db');
  const store = await openStore(path);
  const dates = sampleDates(dir);
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  for (const name of names) {
    const known = dates.get(name);
    const input = readTextInput(readFileSync(join(dir, name)), {
      path: `samples/${name}`,
      ...(known?.url ? { url: known.url } : {}),
    });
    await store.write(analyze(input, known ? { published: known.published } : {}));
  }
  return { store, path, articles: names.length };
}
