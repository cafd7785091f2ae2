/**
 * The web page's files (`src/server/web/`), read once at start-up into memory and served by exact
 * name only: no path from a request ever reaches the file system, so `..`, encoded slashes and NUL
 * bytes simply find nothing. From `dist/` the files are found in the source tree beside it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

export interface StaticFile {
  body: Uint8Array;
  type: string;
}

/** `src/server/web` from source (tests, tsx), or from `dist/server/` when run built. */
export function webDir(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  for (const dir of [join(here, 'web'), join(here, '..', '..', 'src', 'server', 'web')]) {
    if (existsSync(join(dir, 'index.html'))) return dir;
  }
  throw new Error(`web page files not found beside ${here}`);
}

/** Every servable file under `dir`, keyed by its URL path (`/app.js`, `/pages/article.js`). */
export function loadStaticFiles(dir: string = webDir()): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  const walk = (folder: string, prefix: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path, `${prefix}${name}/`);
      else if (TYPES[extname(name)] && !name.endsWith('.test.ts')) {
        files.set(`${prefix}${name}`, { body: readFileSync(path), type: TYPES[extname(name)]! });
      }
    }
  };
  walk(dir, '/');
  return files;
}
