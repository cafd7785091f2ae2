// A story: its timeline of articles and events, its main actors, and its places on a map.
import { chip, el, getJson, routes, section } from '../dom.js';
import { placeMap } from '../graph-views.js';

let outlines;

export async function storyPage(id) {
  outlines ??= getJson('/api/world.json');
  const [story, world] = await Promise.all([getJson(`/api/stories/${encodeURIComponent(id)}`), outlines]);
  const name = (entityId) => story.names[entityId] ?? entityId;
  const who = (ids) =>
    ids.length
      ? ids.map((x) => el('a', { href: routes.entity(x) }, name(x))).flatMap((a, i) => (i ? [', ', a] : [a]))
      : ['—'];
  const entries = [
    ...story.articles.map((a) => ({
      date: a.published ?? '',
      node: el('span', {}, chip('article'), ' ', el('a', { href: routes.article(a.id) }, a.title ?? a.id)),
    })),
    ...story.events.map((e) => ({
      date: e.date ?? '',
      node: el(
        'span',
        {},
        chip(e.type, { class: 'event' }),
        ' ',
        who(e.actors),
        ' → ',
        who(e.targets),
        e.place ? [' in ', el('a', { href: routes.entity(e.place) }, name(e.place))] : null,
        e.articles > 1 ? el('span', { class: 'muted' }, ` (${e.articles} reports)`) : null,
      ),
    })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  const timeline = el(
    'ol',
    { class: 'timeline', 'data-testid': 'story-timeline' },
    entries.map((e) => el('li', {}, el('time', {}, e.date || 'undated'), e.node)),
  );
  const actors = el(
    'ul',
    { class: 'actors', 'data-testid': 'story-actors' },
    story.entities.map((e) =>
      el(
        'li',
        {},
        el('a', { href: routes.entity(e.id) }, e.name),
        ' ',
        chip(e.type, { class: `ent-${e.type}` }),
        el('span', { class: 'muted' }, ` ${e.weight}`),
      ),
    ),
  );
  const places = el(
    'ul',
    { class: 'actors' },
    story.places.map((p) => el('li', {}, el('a', { href: routes.entity(p.id) }, p.name))),
  );
  return el(
    'div',
    { class: 'story-page' },
    el('h1', { 'data-testid': 'story-title' }, story.title),
    el(
      'p',
      { class: 'muted' },
      `${story.articleCount} article${story.articleCount === 1 ? '' : 's'} · ${story.firstSeen ?? 'undated'}${story.lastSeen && story.lastSeen !== story.firstSeen ? ` – ${story.lastSeen}` : ''}`,
    ),
    el(
      'div',
      { class: 'columns' },
      section('Timeline', timeline),
      el('div', {}, section('Places', placeMap(world, story.map), places), section('Main actors', actors)),
    ),
  );
}
