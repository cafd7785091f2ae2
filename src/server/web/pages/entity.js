// An entity across the corpus: names, roles, counts, articles per month, quotes over time,
// the entities named with it (a small graph) and its articles.
import { articleItem, chip, el, getJson, routes, section } from '../dom.js';
import { coMentionGraph, timelineBars } from '../graph-views.js';

export async function entityPage(id) {
  const entity = await getJson(`/api/entities/${encodeURIComponent(id)}`);
  const [quotes, articles] = await Promise.all([
    getJson(`/api/quotes?${new URLSearchParams({ speaker: entity.id, limit: 50 })}`),
    getJson(`/api/articles?${new URLSearchParams({ entity: entity.id, limit: 20 })}`),
  ]);
  const byDate = [...quotes.items].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''));
  const quoteList = byDate.length
    ? el(
        'ol',
        { class: 'quotes', 'data-testid': 'entity-quotes' },
        byDate.map((q) =>
          el(
            'li',
            {},
            el('span', { class: 'muted' }, q.published ?? 'undated'),
            ' “',
            q.text,
            '” ',
            el('a', { href: routes.article(q.articleId) }, 'article'),
          ),
        ),
      )
    : el('p', { class: 'muted' }, 'No quotes.');
  return el(
    'div',
    { class: 'entity-page' },
    el(
      'h1',
      { 'data-testid': 'entity-name' },
      entity.name,
      ' ',
      chip(entity.type, { class: `ent-${entity.type}` }),
    ),
    el(
      'p',
      { class: 'muted' },
      `${entity.articleCount} articles · ${entity.mentionCount} mentions · ${entity.quoteCount} quotes`,
      entity.firstSeen ? ` · ${entity.firstSeen} – ${entity.lastSeen}` : '',
      entity.geo ? ` · ${entity.geo.lat.toFixed(2)}, ${entity.geo.lon.toFixed(2)}` : '',
    ),
    el(
      'div',
      { class: 'chips' },
      entity.aliases.map((alias) => chip(alias, { title: 'alias' })),
      entity.roles.map((role) =>
        chip(role.title + (role.country ? ` (${role.country})` : ''), { class: 'role' }),
      ),
    ),
    el(
      'div',
      { class: 'columns' },
      el(
        'div',
        {},
        section('Quotes over time', quoteList),
        section(
          'Articles',
          el('ol', { class: 'results', 'data-testid': 'entity-articles' }, articles.items.map(articleItem)),
        ),
      ),
      el(
        'div',
        {},
        section('Named together with', coMentionGraph(entity, entity.coMentioned)),
        section('Articles per month', timelineBars(entity.timeline)),
      ),
    ),
  );
}
