/**
 * `POST /api/analyze` and token-guarded ingest take an article as pasted text or an HTML page, sent as
 * JSON (`{"text"}` or `{"html"}`), as a form (`text` field or `file` upload) or as a raw
 * `text/plain` / `text/html` body. This turns any of them into the RawInput the pipeline reads.
 */
import type { Context } from 'hono';
import { InputError, type RawInput } from '../ingest/raw-input.js';
import { htmlInput } from '../ingest/read-html.js';
import { readTextInput } from '../ingest/read-text.js';
import { AnalyzeJsonSchema } from './api-schemas.js';
import { mediaType, parseJsonBody, problem } from './request-input.js';

interface Article {
  kind: 'text' | 'html';
  bytes: Uint8Array;
  name: string;
  published?: string;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const encoder = new TextEncoder();

async function fromForm(c: Context): Promise<Article> {
  let form: Record<string, string | File | (string | File)[]>;
  try {
    form = await c.req.parseBody();
  } catch {
    throw problem(400, 'the form could not be read');
  }
  const published = typeof form.published === 'string' && form.published ? form.published : undefined;
  if (published && !DATE.test(published)) throw problem(400, '"published" must be an ISO date');
  const file = form.file;
  if (file instanceof File && file.size > 0) {
    const isHtml = /\.x?html?$/i.test(file.name) || file.type.includes('html');
    const name = file.name.replace(/[^\w.\- ]/g, '_').slice(0, 100) || 'upload';
    return {
      kind: isHtml ? 'html' : 'text',
      bytes: new Uint8Array(await file.arrayBuffer()),
      name,
      published,
    };
  }
  if (typeof form.text === 'string' && form.text.trim()) {
    return { kind: 'text', bytes: encoder.encode(form.text), name: 'pasted text', published };
  }
  throw problem(400, 'send a "text" field or an HTML "file"');
}

async function readArticle(c: Context): Promise<Article> {
  const type = mediaType(c);
  if (type === 'application/json') {
    const body = await parseJsonBody(c, AnalyzeJsonSchema);
    const published = body.published;
    if (body.html) return { kind: 'html', bytes: encoder.encode(body.html), name: 'posted page', published };
    return { kind: 'text', bytes: encoder.encode(body.text ?? ''), name: 'pasted text', published };
  }
  if (type === 'multipart/form-data' || type === 'application/x-www-form-urlencoded') return fromForm(c);
  if (type === 'text/plain' || type === 'text/html') {
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    return { kind: type === 'text/html' ? 'html' : 'text', bytes, name: 'posted body' };
  }
  throw problem(415, 'send JSON, a form, text/plain or text/html');
}

/** The request's article as a RawInput; bad input (empty, binary, not UTF-8) is a 400 naming the problem. */
export async function rawInputOf(c: Context): Promise<RawInput> {
  const article = await readArticle(c);
  try {
    const input =
      article.kind === 'html'
        ? htmlInput(article.bytes, { format: 'html', path: article.name })
        : readTextInput(article.bytes, { path: article.name });
    if (article.kind === 'html' && !input.body.trim()) throw new InputError(article.name, 'is empty');
    if (article.published) input.meta = { ...input.meta, published: article.published };
    return input;
  } catch (error) {
    if (error instanceof InputError) throw problem(400, error.message);
    throw error;
  }
}
