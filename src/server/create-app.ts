/**
 * The web server as a Hono app: the JSON API under `/api`, the OpenAPI document, the map outlines
 * and the web page's static files, behind body-size limits and strict security headers. Tests call
 * `app.request(...)` on it directly; `start-server.ts` puts it on a port.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import type { CorpusStore } from '../corpus/store.js';
import { type Analyzer, QueueFullError } from './analysis-queue.js';
import { rawInputOf } from './analyze-request.js';
import { openApiDocument } from './openapi.js';
import { readRoutes } from './read-routes.js';
import { problem } from './request-input.js';
import { loadStaticFiles, type StaticFile } from './static-files.js';
import { worldMapJson } from './world-map.js';
import { writeRoutes } from './write-routes.js';

/** A news article, even as a full HTML page, is well under this; a posted record with all its layers too. */
export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

export interface AppOptions {
  store: CorpusStore;
  analyze: Analyzer;
  /** Writes (ingest, delete) are allowed only with this bearer token; without one the API is read-only. */
  token?: string;
  maxBodyBytes?: number;
  staticFiles?: Map<string, StaticFile>;
  /** Called with unexpected errors (they answer 500 without details). */
  onError?: (error: unknown) => void;
}

export function createApp(options: AppOptions): Hono {
  const app = new Hono();
  const files = options.staticFiles ?? loadStaticFiles();
  const maxBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: maxBytes,
      onError: () => {
        throw problem(413, `the body is over the ${maxBytes}-byte limit`);
      },
    }),
  );

  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    if (error instanceof QueueFullError) return c.json({ error: error.message }, 503);
    options.onError?.(error);
    return c.json({ error: 'internal error' }, 500);
  });
  app.notFound((c) => c.json({ error: 'not found' }, 404));

  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));
  app.get('/api/world.json', (c) => {
    c.header('Cache-Control', 'public, max-age=86400');
    return c.body(worldMapJson(), 200, { 'Content-Type': 'application/json' });
  });
  app.post('/api/analyze', async (c) => c.json(await options.analyze(await rawInputOf(c))));
  app.route('/api', writeRoutes(options.store, options.token, options.analyze));
  app.route('/api', readRoutes(options.store));
  app.all('/api/*', (c) => c.json({ error: 'not found' }, 404));

  app.get('*', (c) => {
    const path = c.req.path === '/' ? '/index.html' : c.req.path;
    const file = files.get(path);
    if (!file) return c.notFound();
    return c.body(file.body as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': file.type,
      'Cache-Control': 'no-cache',
    });
  });
  return app;
}
