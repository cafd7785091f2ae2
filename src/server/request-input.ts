/** Turning what a client sent into checked values, and refusing the rest with a 4xx that says why. */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { z } from 'zod';

export function problem(
  status: 400 | 401 | 403 | 404 | 413 | 415 | 422 | 503,
  message: string,
): HTTPException {
  return new HTTPException(status, { res: Response.json({ error: message }, { status }) });
}

function issuesOf(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`);
}

export function invalid(error: z.ZodError, what: string): HTTPException {
  const issues = issuesOf(error);
  return new HTTPException(400, {
    res: Response.json({ error: `invalid ${what}`, issues }, { status: 400 }),
  });
}

/** The query string checked against `schema`; a parameter given twice is refused. */
export function parseQuery<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  const all = c.req.queries();
  const single: Record<string, string> = {};
  for (const [key, values] of Object.entries(all)) {
    if (values.length > 1) throw problem(400, `query parameter "${key}" is given more than once`);
    single[key] = values[0] ?? '';
  }
  const parsed = schema.safeParse(single);
  if (!parsed.success) throw invalid(parsed.error, 'query');
  return parsed.data;
}

/** The body as JSON, checked against `schema`: bad JSON and wrong shapes are 400s. */
export async function parseJsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  let body: unknown;
  try {
    body = JSON.parse(await c.req.text());
  } catch {
    throw problem(400, 'the body is not valid JSON');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw invalid(parsed.error, 'body');
  return parsed.data;
}

/** The media type of the request, lower-case, without parameters. */
export function mediaType(c: Context): string {
  return (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}
