// The page's router: `#/search?…`, `#/article/<id>`, `#/entity/<id>`, `#/story/<id>`, `#/analyze`.
import { el, getJson } from './dom.js';
import { analyzePage } from './pages/analyze.js';
import { articlePage } from './pages/article.js';
import { entityPage } from './pages/entity.js';
import { searchPage } from './pages/search.js';
import { storyPage } from './pages/story.js';

const PAGES = {
  search: searchPage,
  article: articlePage,
  entity: entityPage,
  story: storyPage,
  analyze: analyzePage,
};

let shown = 0;

async function show() {
  const view = document.getElementById('view');
  const hash = location.hash.replace(/^#\/?/, '') || 'search';
  const [path, query = ''] = hash.split('?');
  const [name, ...rest] = path.split('/');
  const page = PAGES[name] ?? searchPage;
  const arg = rest.length ? decodeURIComponent(rest.join('/')) : '';
  const ticket = ++shown;
  view.replaceChildren(el('p', { class: 'muted' }, 'Loading…'));
  try {
    const content = await page(arg, new URLSearchParams(query));
    if (ticket === shown) view.replaceChildren(content);
  } catch (error) {
    if (ticket === shown)
      view.replaceChildren(el('p', { class: 'error', role: 'alert' }, String(error.message ?? error)));
  }
  document.body.dataset.page = name || 'search';
}

window.addEventListener('hashchange', show);
show();
getJson('/api/stats')
  .then((stats) => {
    document.getElementById('stats').textContent =
      `${stats.originals} articles · ${stats.stories} stories · ${stats.entities} entities · ${stats.quotes} quotes`;
  })
  .catch(() => {});
