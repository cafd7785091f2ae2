/** The one loader for `data/places/*.json`, resolved relative to this module (src/ under tsx). */
import { readFileSync } from 'node:fs';

const cache = new Map<string, unknown>();

export function readPlacesData<T>(file: string): T {
  let value = cache.get(file);
  if (value === undefined) {
    value = JSON.parse(readFileSync(new URL(`../../data/places/${file}`, import.meta.url), 'utf8'));
    cache.set(file, value);
  }
  return value as T;
}
