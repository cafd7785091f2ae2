// Search with filters (text, date range, entity, place, event type), paginated, beside the latest stories.
import { articleItem, el, getJson, routes, section } from '../dom.js';

const PAGE = 20;
const FIELDS = [
  ['q', 'Words', 'search', 'e.g. arms control'],
  ['entity', 'Entity', 'text', 'name or id'],
  ['place', 'Place', 'text', 'country or city'],
  ['eventType', 'Event type', 'text', 'e.g. CONSULT'],
  ['since', 'From', 'date', ''],
  ['until', 'To', 'date', ''],
];

export async function searchPage(_arg, params) {
  const query = {};
  for (const [name] of FIELDS) if (params.get(name)) query[name] = params.get(name);
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const inputs = FIELDS.map(([name, label, type, placeholder]) =>
    el(
      'label',
      {},
      label,
      el('input', { name, type, placeholder, value: query[name] ?? '', 'data-testid': `filter-${name}` }),
    ),
  );
  const form = el(
    'form',
    { class: 'card search-form', role: 'search' },
    inputs,
    el('button', { type: 'submit', 'data-testid': 'search-submit' }, 'Search'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = {};
    for (const [key, value] of new FormData(form)) if (String(value).trim()) next[key] = String(value).trim();
    if (next.eventType) next.eventType = next.eventType.toUpperCase();
    location.hash = routes.search(next);
  });

  const [page, stories] = await Promise.all([
    getJson(`/api/articles?${new URLSearchParams({ ...query, limit: PAGE, offset })}`),
    getJson('/api/stories?limit=8'),
  ]);
  const pager = el(
    'div',
    { class: 'pager' },
    offset > 0
      ? el('a', { href: routes.search({ ...query, offset: Math.max(0, offset - PAGE) }) }, '← newer')
      : null,
    el(
      'span',
      { class: 'muted' },
      page.total ? `${offset + 1}–${offset + page.items.length} of ${page.total}` : '',
    ),
    offset + PAGE < page.total
      ? el(
          'a',
          { href: routes.search({ ...query, offset: offset + PAGE }), 'data-testid': 'next-page' },
          'older →',
        )
      : null,
  );
  const heading = Object.keys(query).length ? 'Results' : 'Latest articles';
  const results = page.items.length
    ? el('ol', { class: 'results', 'data-testid': 'results' }, page.items.map(articleItem))
    : el('p', { class: 'muted', 'data-testid': 'no-results' }, 'No article matches.');
  const storyList = el(
    'ul',
    { class: 'stories' },
    stories.items.map((story) =>
      el(
        'li',
        {},
        el('a', { href: routes.story(story.id) }, story.title),
        el(
          'div',
          { class: 'muted' },
          `${story.articleCount} article${story.articleCount === 1 ? '' : 's'} · ${story.lastSeen ?? 'undated'}`,
        ),
      ),
    ),
  );
  return el(
    'div',
    { class: 'search-page' },
    form,
    el('div', { class: 'columns' }, section(heading, results, pager), section('Stories', storyList)),
  );
}
