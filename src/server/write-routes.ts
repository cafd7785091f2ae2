/**
 * Writes: storing an article (a finished record as JSON, or text/HTML to analyse first) and deleting
 * one. Refused (403) unless the server was started with a token, and then only with
 * `Authorization: Bearer <token>` (401 otherwise).
 */
import { timingSafeEqual } from 'node:crypto';
import { Hono, type MiddlewareHandler } from 'hono';
import type { CorpusStore } from '../corpus/store.js';
import { ArticleRecordSchema } from '../doc/record-schema.js';
import type { Analyzer } from './analysis-queue.js';
import { rawInputOf } from './analyze-request.js';
import { invalid, mediaType, problem } from './request-input.js';

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function requireToken(token: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (!token) throw problem(403, 'this server is read-only (start it with --token to allow writes)');
    const header = c.req.header('authorization') ?? '';
    const given = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    if (!given || !sameSecret(given, token)) {
      c.header('WWW-Authenticate', 'Bearer');
      throw problem(401, 'a valid "Authorization: Bearer <token>" header is required');
    }
    await next();
  };
}

export function writeRoutes(store: CorpusStore, token: string | undefined, analyze: Analyzer): Hono {
  const api = new Hono();
  const guard = requireToken(token);

  api.post('/articles', guard, async (c) => {
    let record: unknown;
    if (mediaType(c) === 'application/json') {
      const text = await c.req.text();
      try {
        record = JSON.parse(text);
      } catch {
        throw problem(400, 'the body is not valid JSON');
      }
    }
    const isRecord = typeof record === 'object' && record !== null && 'schema' in record;
    if (isRecord) {
      const parsed = ArticleRecordSchema.safeParse(record);
      if (!parsed.success) throw invalid(parsed.error, 'record');
      return c.json(await store.write(parsed.data), 201);
    }
    return c.json(await store.write(await analyze(await rawInputOf(c))), 201);
  });

  api.delete('/articles/:id', guard, async (c) => {
    const removed = await store.delete(c.req.param('id'));
    if (removed.length === 0) throw problem(404, 'no such article');
    return c.json({ deleted: removed });
  });

  return api;
}
