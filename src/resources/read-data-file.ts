/**
 * The one loader for the data files the product ships under `data/` (word lists, lexicons, gazetteers).
 * Resolved relative to this module, so it works from `src/` (tsx) and from the compiled `dist/` alike.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export function projectPath(relative: string): string {
  return projectRoot + relative;
}

const cache = new Map<string, unknown>();

/** Parses `data/<name>` once per process. The caller states the type; data files are ours and tested. */
export function readDataFile<T>(name: string): T {
  let value = cache.get(name);
  if (value === undefined) {
    value = JSON.parse(readFileSync(projectPath(`data/${name}`), 'utf8'));
    cache.set(name, value);
  }
  return value as T;
}
