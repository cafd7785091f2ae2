/** The read-only API over the corpus: articles, search, entities, quotes, events, stories, stats. */
import { Hono } from 'hono';
import type { CorpusStore } from '../corpus/store.js';
import { ArticleQuerySchema, EventQuerySchema, QuoteQuerySchema, StoryQuerySchema } from './api-schemas.js';
import { parseQuery, problem } from './request-input.js';
import { storyView } from './story-view.js';

/** Article ids are `ng-` and hex digits; entity ids `type/slug`. Anything else is not worth a query. */
const ARTICLE_ID = /^[\w.-]{1,100}$/;
const ENTITY_KEY = /^[^\u0000-\u001f]{1,200}$/;

export function readRoutes(store: CorpusStore): Hono {
  const api = new Hono();

  api.get('/stats', async (c) => c.json(await store.stats()));

  const listArticles = async (query: ReturnType<typeof ArticleQuerySchema.parse>) => {
    const { q, limit, offset, ...filters } = query;
    const page = await store.articles({ ...filters, ...(q ? { text: q } : {}), limit, offset });
    return { ...page, limit, offset };
  };
  api.get('/articles', async (c) => c.json(await listArticles(parseQuery(c, ArticleQuerySchema))));
  api.get('/search', async (c) => {
    const query = parseQuery(c, ArticleQuerySchema);
    if (!query.q) throw problem(400, 'query parameter "q" is required');
    return c.json(await listArticles(query));
  });

  api.get('/articles/:id', async (c) => {
    const id = c.req.param('id');
    if (!ARTICLE_ID.test(id)) throw problem(404, 'no such article');
    // The record goes out as stored, never parsed and serialised again: the biggest answer stays cheap.
    const article = await store.articleJson(id);
    if (!article) throw problem(404, 'no such article');
    return c.body(article, 200, { 'Content-Type': 'application/json' });
  });

  api.get('/entities/:key{.+}', async (c) => {
    const key = c.req.param('key');
    if (!ENTITY_KEY.test(key)) throw problem(404, 'no such entity');
    const entry = await store.entity(key);
    if (!entry) throw problem(404, 'no such entity');
    return c.json(entry);
  });

  api.get('/quotes', async (c) => {
    const { speaker, limit } = parseQuery(c, QuoteQuerySchema);
    return c.json({ items: await store.quotes({ speaker, limit }) });
  });

  api.get('/events', async (c) => {
    const { type, limit, ...options } = parseQuery(c, EventQuerySchema);
    // The type filter applies after grouping, so ask for more when it is given.
    const events = await store.events({ ...options, limit: type ? limit * 5 : limit });
    return c.json({ items: (type ? events.filter((e) => e.type === type) : events).slice(0, limit) });
  });

  api.get('/stories', async (c) => {
    const { since, limit } = parseQuery(c, StoryQuerySchema);
    return c.json({ items: await store.stories({ ...(since ? { since } : {}), limit }) });
  });

  api.get('/stories/:id', async (c) => {
    const id = Number(c.req.param('id'));
    if (!Number.isSafeInteger(id) || id < 0) throw problem(404, 'no such story');
    const view = await storyView(store, id);
    if (!view) throw problem(404, 'no such story');
    return c.json(view);
  });

  return api;
}
