// An article from the corpus: its headline and source, its copies, and the record view.
import { el, externalLink, getJson, routes } from '../dom.js';
import { recordView } from '../record-view.js';

export async function articlePage(id) {
  const article = await getJson(`/api/articles/${encodeURIComponent(id)}`);
  const record = article.record;
  return el(
    'article',
    { class: 'article-page' },
    el('h1', { 'data-testid': 'article-title' }, record.meta.title ?? article.title ?? article.id),
    el(
      'p',
      { class: 'muted' },
      record.meta.published ?? 'undated',
      article.storyId !== undefined
        ? [
            ' · ',
            el(
              'a',
              { href: routes.story(article.storyId), 'data-testid': 'story-link' },
              `story ${article.storyId}`,
            ),
          ]
        : null,
      article.url ? [' · ', externalLink(article.url, 'source')] : null,
      article.path ? ` · ${article.path}` : null,
      article.duplicateOf
        ? [' · copy of ', el('a', { href: routes.article(article.duplicateOf) }, article.duplicateOf)]
        : null,
    ),
    article.duplicates.length
      ? el(
          'p',
          { class: 'muted' },
          `Also published as: `,
          article.duplicates.map((copy, i) => [
            i ? ', ' : '',
            el('a', { href: routes.article(copy.id) }, copy.title ?? copy.id),
          ]),
        )
      : null,
    el(
      'p',
      { class: 'legend' },
      ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP'].map((t) => el('span', { class: `chip ent-${t}` }, t)),
      el('span', { class: 'chip quote' }, 'quote'),
      el('span', { class: 'chip amount' }, 'amount'),
      el('span', { class: 'chip date' }, 'date'),
    ),
    recordView(record),
  );
}
